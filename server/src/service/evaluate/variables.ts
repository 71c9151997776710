// Policy variables: ${key}, ${key, 'default'} and the escapes ${*}, ${?}, ${$}, substituted from the request context.
import type { ContextValue } from './request';
import type { Pattern, PatternPart } from './values';

const VARIABLE = /\$\{([^}]*)\}/g;

/**
 * Substitutes the variables in a policy value. Substituted text is literal (a `*` in a request value is not a
 * wildcard); `wildcards` says whether bare `*` and `?` in the policy text are. Returns undefined when a variable has
 * no single value in the request and no default: then the value can never match.
 */
export function substitute(text: string, lookup: (key: string) => ContextValue | undefined, wildcards: boolean): Pattern | undefined {
  const parts: PatternPart[] = [];
  const pushText = (s: string) => {
    if (!s) return;
    if (!wildcards) {
      parts.push({ text: s });
      return;
    }
    for (const piece of s.split(/([*?])/)) {
      if (piece === '*' || piece === '?') parts.push({ wildcard: piece });
      else if (piece) parts.push({ text: piece });
    }
  };
  let last = 0;
  for (const m of text.matchAll(VARIABLE)) {
    pushText(text.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    const inner = m[1];
    if (inner === '*' || inner === '?' || inner === '$') {
      parts.push({ text: inner });
      continue;
    }
    const withDefault = /^\s*([^,]+?)\s*,\s*'([^']*)'\s*$/.exec(inner);
    const key = (withDefault ? withDefault[1] : inner).trim();
    const value = lookup(key);
    if (typeof value === 'string') parts.push({ text: value });
    else if (withDefault) parts.push({ text: withDefault[2] });
    else return undefined;
  }
  pushText(text.slice(last));
  return parts;
}

/** The keys a policy value refers to through ${...}. */
export function variablesIn(text: string): string[] {
  return [...text.matchAll(VARIABLE)].map((m) => m[1].split(',')[0].trim()).filter((k) => k !== '*' && k !== '?' && k !== '$');
}
