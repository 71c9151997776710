// Renders JSON values as HCL text: strings escaped for templates, unknown values written back as the expressions
// they came from, and policy-document blocks (principals, condition, statement).
import type { PolicyContext } from './terraform-extract';

export type Original = (virtualString: string) => string | undefined;

/** Characters of an HCL quoted string, escaped; `${` and `%{` are doubled so they stay literal. */
export function escapeHcl(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    .replace(/[\\"\u0000-\u001f]/g, (ch) => {
      const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
      return named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    })
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, '%%{');
}

/** Template-escapes text that is already valid in its place (heredoc JSON): only `${` and `%{`. */
export function escapeTemplate(text: string): string {
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, '%%{');
}

/** Splits a virtual string into literal text and host expressions (unknown or own-account pieces). */
export function splitSubstitutions(value: string, substitutions: ReadonlyMap<string, string>): { text: string; source?: string }[] {
  if (!substitutions.size) return [{ text: value }];
  const keys = [...substitutions.keys()].filter((k) => k.length > 0).sort((a, b) => b.length - a.length);
  const out: { text: string; source?: string }[] = [];
  let literal = '';
  for (let i = 0; i < value.length;) {
    const key = keys.find((k) => value.startsWith(k, i));
    if (key) {
      if (literal) out.push({ text: literal });
      literal = '';
      out.push({ text: key, source: substitutions.get(key) });
      i += key.length;
    } else {
      literal += value[i++];
    }
  }
  if (literal) out.push({ text: literal });
  return out;
}

export class HclRenderer {
  constructor(private readonly context: PolicyContext, private readonly original?: Original) {}

  /** A string as an HCL expression: the author's expression when unchanged, else a quoted template. */
  string(value: string): string {
    const original = this.original?.(value);
    if (original !== undefined && this.context.scalarTexts.has(original)) return original;
    const parts = splitSubstitutions(value, this.context.substitutions);
    if (parts.length === 1 && parts[0].source !== undefined) return parts[0].source;
    return `"${parts.map((p) => (p.source !== undefined ? `\${${p.source}}` : escapeHcl(p.text))).join('')}"`;
  }

  key(key: string): string {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) && !['null', 'true', 'false', 'for', 'in', 'if'].includes(key) ? key : `"${escapeHcl(key)}"`;
  }

  /** Any JSON value in HCL object syntax (as inside `jsonencode`), continuing lines at `indent`. */
  value(value: unknown, indent: string, separator = '='): string | undefined {
    if (typeof value === 'string') return this.string(value);
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
    if (typeof value === 'boolean' || value === null) return String(value);
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
      const items = value.map((v) => this.value(v, inner, separator));
      if (items.some((i) => i === undefined)) return undefined;
      const flat = `[${items.join(', ')}]`;
      if (value.every((v) => typeof v !== 'object' || v === null) && flat.length <= 80) return flat;
      return items.length ? `[\n${items.map((i) => `${inner}${i}`).join(',\n')},\n${indent}]` : '[]';
    }
    if (typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      const lines: string[] = [];
      for (const [k, v] of entries) {
        const rendered = this.value(v, inner, separator);
        if (rendered === undefined) return undefined;
        lines.push(`${inner}${this.key(k)} ${separator} ${rendered}`);
      }
      return lines.length ? `{\n${lines.join('\n')}\n${indent}}` : '{}';
    }
    return undefined;
  }

  /** A list attribute value: `["a", "b"]` (a single string becomes a one-item list). */
  list(value: unknown): string | undefined {
    const items = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
    return items && `[${items.map((i) => this.string(i)).join(', ')}]`;
  }

  /** `principals` (or `not_principals`) blocks for a JSON Principal value. */
  principals(value: unknown, indent: string, block = 'principals'): string[] | undefined {
    const entries: [string, unknown][] = value === '*' ? [['*', ['*']]] : value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
    if (!entries.length) return undefined;
    const blocks: string[] = [];
    for (const [type, identifiers] of entries) {
      const list = this.list(identifiers);
      if (list === undefined) return undefined;
      blocks.push(`${block} {\n${indent}  type        = ${this.string(type)}\n${indent}  identifiers = ${list}\n${indent}}`);
    }
    return blocks;
  }

  /** `condition` blocks for a JSON Condition value (`{operator: {key: values}}`), or for one operator's keys. */
  conditions(value: unknown, indent: string, test?: string): string[] | undefined {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const operators: [string, unknown][] = test !== undefined ? [[test, value]] : Object.entries(value);
    const blocks: string[] = [];
    for (const [operator, keys] of operators) {
      if (!keys || typeof keys !== 'object' || Array.isArray(keys)) return undefined;
      for (const [variable, values] of Object.entries(keys)) {
        const list = this.list(typeof values === 'boolean' || typeof values === 'number' ? String(values) : values);
        if (list === undefined) return undefined;
        blocks.push(`condition {\n${indent}  test     = ${this.string(operator)}\n${indent}  variable = ${this.string(variable)}\n${indent}  values   = ${list}\n${indent}}`);
      }
    }
    return blocks;
  }

  /** The lines of a statement body for a JSON statement property, or undefined when it has no Terraform form. */
  statementProperty(key: string, value: unknown, indent: string): string[] | undefined {
    const attribute: Record<string, string> = { Sid: 'sid', Effect: 'effect' };
    const lists: Record<string, string> = { Action: 'actions', NotAction: 'not_actions', Resource: 'resources', NotResource: 'not_resources' };
    if (key in attribute) return typeof value === 'string' ? [`${attribute[key]} = ${this.string(value)}`] : undefined;
    if (key in lists) {
      const list = this.list(value);
      return list === undefined ? undefined : [`${lists[key]} = ${list}`];
    }
    if (key === 'Principal' || key === 'NotPrincipal') return this.principals(value, indent, key === 'Principal' ? 'principals' : 'not_principals');
    if (key === 'Condition') return this.conditions(value, indent);
    return undefined;
  }

  /** A whole `statement` block for a JSON statement object. */
  statement(value: unknown, indent: string): string | undefined {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const lines: string[] = [];
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const rendered = this.statementProperty(key, v, `${indent}  `);
      if (!rendered) return undefined;
      lines.push(...rendered);
    }
    return `statement {\n${lines.map((l) => `${indent}  ${l}`).join('\n')}\n${indent}}`;
  }
}
