// Decides whether a JSON document is a trust policy, by file name or by content (pure; no vscode import).
import { parse } from 'jsonc-parser';

export const DEFAULT_FILE_PATTERNS = ['*trust-policy*.json', '*trust_policy*.json', '*.trust.json', '*assume-role-policy*.json', '*assume_role_policy*.json'];

/** Converts a file-name glob (`*`, `?`) to a RegExp matched against the base name. */
export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

export function matchesFilePattern(fileName: string, patterns: readonly string[]): boolean {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return patterns.some((p) => {
    const last = p.split('/').pop() ?? p;
    return globToRegExp(last).test(base);
  });
}

const ASSUME = /^sts:assumerole/i;

/** True for a JSON document whose statements use sts:AssumeRole* actions or a Principal. */
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
    if ('Principal' in st || 'NotPrincipal' in st) return true;
    const actions = ([] as unknown[]).concat(st.Action ?? [], st.NotAction ?? []);
    return actions.some((a) => typeof a === 'string' && ASSUME.test(a));
  });
}
