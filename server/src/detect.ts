// Decides whether a JSON document is a trust policy, by file name or by content (pure; used by the client and the CLI).
import { parse } from 'jsonc-parser';

export const DEFAULT_FILE_PATTERNS = ['*trust-policy*.json', '*trust_policy*.json', '*.trust.json', '*assume-role-policy*.json', '*assume_role_policy*.json'];

/** Converts a glob (`**`, `*`, `?`) to a RegExp; `*` stays within one path segment. */
export function globToRegExp(glob: string): RegExp {
  let body = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      body += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') body += '[^/]*';
    else if (c === '?') body += '[^/]';
    else body += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${body}$`, 'i');
}

/** A pattern without a slash matches the base name; one with a slash matches the end of the full path. */
export function matchesFilePattern(fileName: string, patterns: readonly string[]): boolean {
  const normalised = fileName.replace(/\\/g, '/');
  const base = normalised.split('/').pop() ?? normalised;
  return patterns.some((p) => {
    if (!p.includes('/')) return globToRegExp(p).test(base);
    const re = globToRegExp(p.startsWith('**/') || p.startsWith('/') ? p : `**/${p}`);
    return re.test(normalised) || re.test(normalised.replace(/^\//, ''));
  });
}

const ASSUME = /^sts:assumerole/i;

/**
 * True for a JSON document with a statement that uses an sts:AssumeRole* action, or that names a Principal with
 * no Resource and only sts: actions. Resource policies (bucket, key, queue policies) also have a Principal, but
 * they name resources and other services' actions, so they are left alone.
 */
export function looksLikeTrustPolicy(text: string): boolean {
  if (text.length > 2_000_000 || !text.includes('Statement')) return false;
  let root: unknown;
  try {
    root = parse(text, [], { allowTrailingComma: true });
  } catch {
    return false;
  }
  if (!root || typeof root !== 'object' || Array.isArray(root)) return false;
  const statement = (root as Record<string, unknown>).Statement;
  const statements = Array.isArray(statement) ? statement : statement && typeof statement === 'object' ? [statement] : [];
  return statements.some((s) => {
    if (!s || typeof s !== 'object') return false;
    const st = s as Record<string, unknown>;
    const actions = ([] as unknown[]).concat(st.Action ?? [], st.NotAction ?? []).filter((a): a is string => typeof a === 'string');
    if (actions.some((a) => ASSUME.test(a))) return true;
    const hasPrincipal = 'Principal' in st || 'NotPrincipal' in st;
    const namesResource = 'Resource' in st || 'NotResource' in st;
    return hasPrincipal && !namesResource && actions.every((a) => /^sts:/i.test(a));
  });
}
