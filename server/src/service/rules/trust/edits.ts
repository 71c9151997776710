// Quick-fix edits that add condition keys to a statement: a new Condition, a new operator block or a new key.
import type { Node } from 'jsonc-parser';
import type { Statement, TrustPolicy } from '../../document';
import type { Fix, OffsetEdit } from '../../types';
import { eolOf, indentUnit, lineIndent } from '../structural/edits';
import { splitArn } from '../../principals';

/** One key to add: `valueJson` is raw JSON text and may hold snippet placeholders such as `"${1:111122223333}"`. */
export interface ConditionAddition {
  operator: string;
  key: string;
  valueJson: string;
}

interface Layout {
  eol: string;
  unit: string;
}

/** `{"k": v, ...}` on one line, or one property per line indented one level below `indent`. */
function renderObject(entries: readonly [string, string][], indent: string | undefined, layout: Layout): string {
  if (indent === undefined) return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(', ')}}`;
  const inner = indent + layout.unit;
  return `{${entries.map(([k, v]) => `${layout.eol}${inner}${JSON.stringify(k)}: ${v}`).join(',')}${layout.eol}${indent}}`;
}

function isMultiline(text: string, object: Node): boolean {
  const first = object.children?.[0];
  return !!first && /[\r\n]/.test(text.slice(object.offset, first.offset));
}

/** Inserts rendered properties into an object; `render(indent)` gets the new line's indentation (undefined: one line). */
function insertInto(text: string, object: Node, props: readonly ((indent: string | undefined) => string)[], layout: Layout): OffsetEdit {
  const children = object.children ?? [];
  if (children.length === 0) {
    const inner = text.slice(object.offset + 1, object.offset + object.length - 1);
    // An empty `{}` inside a one-property-per-line object opens up the same way.
    const container = object.parent?.type === 'property' ? object.parent.parent : undefined;
    if (/[\r\n]/.test(inner) || (container && isMultiline(text, container))) {
      const indent = lineIndent(text, object.offset);
      const own = indent + layout.unit;
      return { offset: object.offset + 1, length: object.length - 2, newText: `${props.map((p) => `${layout.eol}${own}${p(own)}`).join(',')}${layout.eol}${indent}` };
    }
    return { offset: object.offset + 1, length: object.length - 2, newText: props.map((p) => p(undefined)).join(', ') };
  }
  const last = children[children.length - 1];
  const own = isMultiline(text, object) ? lineIndent(text, last.offset) : undefined;
  const sep = own === undefined ? ' ' : `${layout.eol}${own}`;
  return { offset: last.offset + last.length, length: 0, newText: props.map((p) => `,${sep}${p(own)}`).join('') };
}

function group(additions: readonly ConditionAddition[]): Map<string, [string, string][]> {
  const byOperator = new Map<string, [string, string][]>();
  for (const a of additions) {
    const list = byOperator.get(a.operator) ?? [];
    list.push([a.key, a.valueJson]);
    byOperator.set(a.operator, list);
  }
  return byOperator;
}

/**
 * Edits that add the keys to the statement's conditions, keeping the document valid JSON and its layout:
 * a new `Condition` property when there is none, a new operator block when the operator is missing, a new
 * key inside an existing block otherwise. Undefined when the statement or its Condition is not an object.
 */
export function conditionEdits(policy: TrustPolicy, statement: Statement, additions: readonly ConditionAddition[]): OffsetEdit[] | undefined {
  const text = policy.text;
  const layout: Layout = { eol: eolOf(text), unit: indentUnit(text) };
  if (statement.node.type !== 'object') return undefined;
  const byOperator = group(additions);
  const condition = statement.condition;
  if (!condition) {
    const render = (indent: string | undefined) => `"Condition": ${renderObject([...byOperator].map(([op, entries]) => [op, renderObject(entries, indent === undefined ? undefined : indent + layout.unit, layout)]), indent, layout)}`;
    return [insertInto(text, statement.node, [render], layout)];
  }
  const conditionNode = condition.property.valueNode;
  if (conditionNode?.type !== 'object') return undefined;
  const edits: OffsetEdit[] = [];
  const newBlocks: ((indent: string | undefined) => string)[] = [];
  for (const [operator, entries] of byOperator) {
    // A JSON reader keeps the last of duplicate keys, and so does IAM: extend that block.
    const block = condition.blocks.filter((b) => b.operator === operator).pop();
    if (block) {
      const object = block.property.valueNode;
      if (object?.type !== 'object') return undefined;
      const fresh: [string, string][] = [];
      for (const [k, v] of entries) {
        const existing = block.entries.filter((e) => e.key.toLowerCase() === k.toLowerCase()).pop()?.property.valueNode;
        if (existing) edits.push({ offset: existing.offset, length: existing.length, newText: v });
        else fresh.push([k, v]);
      }
      if (fresh.length) edits.push(insertInto(text, object, fresh.map(([k, v]) => () => `${JSON.stringify(k)}: ${v}`), layout));
    } else {
      newBlocks.push((indent) => `${JSON.stringify(operator)}: ${renderObject(entries, indent, layout)}`);
    }
  }
  if (newBlocks.length) edits.push(insertInto(text, conditionNode, newBlocks, layout));
  return edits;
}

/** Escapes text that is not a placeholder so it survives as a literal inside an LSP snippet. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$]/g, (c) => `\\${c}`);
}

/** Merges edits into one that spans them all (snippet fixes must have a single edit); text in between is kept. */
export function mergeEdits(text: string, edits: readonly OffsetEdit[], snippet: boolean): OffsetEdit {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const start = sorted[0].offset;
  let cursor = start;
  let newText = '';
  for (const e of sorted) {
    const between = text.slice(cursor, e.offset);
    newText += snippet ? escapeSnippet(between) : between;
    newText += e.newText;
    cursor = e.offset + e.length;
  }
  return { offset: start, length: cursor - start, newText };
}

/** A fix that adds condition keys, or nothing when the statement cannot take them. */
export function addConditionFix(policy: TrustPolicy, statement: Statement, title: string, additions: readonly ConditionAddition[], options: { snippet?: boolean; isPreferred?: boolean } = {}): Fix[] {
  const edits = conditionEdits(policy, statement, additions);
  if (!edits?.length) return [];
  const snippet = !!options.snippet;
  return [{ title, edits: snippet ? [mergeEdits(policy.text, edits, true)] : edits, ...(snippet ? { snippet: true } : {}), ...(options.isPreferred ? { isPreferred: true } : {}) }];
}

/** The partition the policy's own ARNs use (so fixes in aws-cn or aws-iso documents stay in their partition). */
export function policyPartition(policy: TrustPolicy): string {
  const m = /"arn:(aws[a-z-]*):/.exec(policy.text);
  return m && splitArn(`arn:${m[1]}:x:::`) ? m[1] : 'aws';
}

/** A JSON string holding one snippet placeholder. */
export function placeholder(index: number, defaultText: string): string {
  return `"\${${index}:${defaultText.replace(/[$}\\"]/g, '')}}"`;
}
