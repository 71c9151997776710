// Snippet text helpers: resolving `${1:default}` placeholders for clients (and tests) that cannot take snippets.

/** Replaces every placeholder by its default (`${1:x}` -> x, `$1` -> '') and unescapes `\$`. */
export function resolveSnippet(text: string): string {
  let out = text;
  for (let i = 0; i < 5 && /\$\{\d+:[^{}]*\}/.test(out); i++) out = out.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return out.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\\$/g, '$').replace(/\\\}/g, '}');
}
