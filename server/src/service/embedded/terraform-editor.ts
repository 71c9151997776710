// Writes changes of a Terraform policy's virtual JSON back as HCL: jsonencode object syntax, JSON in a heredoc or
// quoted string, or the attributes and blocks of an aws_iam_policy_document.
import { findNodeAtLocation, modify, parseTree, type JSONPath } from 'jsonc-parser';
import type { HostEdit, HostEditor, MappedNode } from './types';
import type { BlockInfo, ObjectInfo, TerraformHandle, TupleInfo } from './terraform-handles';
import type { PolicyContext } from './terraform-extract';
import type { Range } from './terraform-parse';
import { escapeHcl, escapeTemplate, HclRenderer, splitSubstitutions } from './terraform-render';

const handleOf = (node: MappedNode): TerraformHandle | undefined => node.handle as TerraformHandle | undefined;

export function terraformEditor(source: string, context: PolicyContext): HostEditor {
  const text = new HostText(source);
  return {
    renderString(node, value) {
      const handle = handleOf(node);
      if (!handle) return null;
      if (handle.form === 'json') return context.decoded?.quoted ? escapeHcl(JSON.stringify(value)) : escapeTemplate(JSON.stringify(value));
      // Keys and values written as expressions take a quoted string; keywords and defaults have no string to replace.
      const expression = handle.form === 'hcl' ? handle.kind === 'expr' || (handle.kind === 'elem' && node.kind === 'key') : handle.kind === 'expr' || handle.kind === 'principal-type' || handle.kind === 'condition-test' || handle.kind === 'condition-variable';
      return expression ? `"${escapeHcl(value)}"` : null;
    },

    replace(node, value, original) {
      const handle = handleOf(node);
      if (!handle) return undefined;
      // A known list read from `var.x` inside: rewriting would replace the reference with its values.
      const end = node.host.offset + node.host.length;
      if (context.frozen?.some((r) => r.offset >= node.host.offset && r.offset + r.length <= end)) return undefined;
      if (handle.form === 'json') return jsonEdit(source, context, handle.path, value);
      const renderer = new HclRenderer(context, original);
      if (handle.form === 'hcl') {
        if (handle.kind === 'elem') return undefined;
        const rendered = renderer.value(value, text.indentAt(node.host.offset), separatorAround(node));
        return rendered === undefined ? undefined : { offset: node.host.offset, length: node.host.length, newText: rendered };
      }
      switch (handle.kind) {
        case 'expr': {
          const rendered = typeof value === 'string' ? renderer.string(value) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
          return rendered === undefined ? undefined : { offset: node.host.offset, length: node.host.length, newText: rendered };
        }
        case 'list': {
          const rendered = renderer.list(value);
          if (rendered === undefined || handle.tuples.length !== 1) return undefined;
          const tuple = handle.tuples[0];
          return { offset: tuple.open, length: tuple.close + 1 - tuple.open, newText: rendered };
        }
        case 'default':
          if (typeof value !== 'string') return undefined;
          return text.insertInBody(handle.owner, [`${handle.attribute} = ${renderer.string(value)}`], 'start');
        case 'principal-star': {
          const blocks = renderer.principals(value, text.indentAt(handle.block.range.start));
          return blocks && { offset: handle.block.range.start, length: handle.block.range.end - handle.block.range.start, newText: blocks.join(`\n${text.indentAt(handle.block.range.start)}`) };
        }
        // Rewrites of whole blocks (a renamed key, a split statement); not where `dynamic` blocks write part of it.
        case 'statement': {
          const rendered = handle.dynamic ? undefined : renderer.statement(value, text.indentAt(handle.block.range.start));
          return rendered === undefined ? undefined : { offset: handle.block.range.start, length: handle.block.range.end - handle.block.range.start, newText: rendered };
        }
        case 'statements': {
          if (handle.dynamic || !Array.isArray(value)) return undefined;
          const indent = text.childIndent(handle.document);
          const blocks = value.map((v) => renderer.statement(v, indent));
          return blocks.every((b): b is string => b !== undefined) ? text.replaceBlocks(handle.blocks, blocks, handle.document) : undefined;
        }
        case 'principals': {
          const blocks = handle.dynamic ? undefined : renderer.principals(value, text.childIndent(handle.owner), handle.block);
          return blocks && text.replaceBlocks(handle.blocks, blocks, handle.owner);
        }
        case 'conditions': {
          const blocks = handle.dynamic ? undefined : renderer.conditions(value, text.childIndent(handle.owner));
          return blocks && text.replaceBlocks(handle.blocks, blocks, handle.owner);
        }
        case 'condition-test': {
          const blocks = renderer.conditions(value, text.childIndent(handle.owner), handle.test);
          return blocks && text.replaceBlocks(handle.blocks, blocks, handle.owner);
        }
        default:
          return undefined;
      }
    },

    removeProperty(object, property) {
      const owner = handleOf(object);
      const handle = handleOf(property);
      if (!owner || !handle) return undefined;
      if (handle.form === 'json') return jsonEdit(source, context, handle.path, undefined);
      if (handle.form === 'hcl') {
        if (owner.form !== 'hcl' || owner.kind !== 'object' || handle.kind !== 'elem') return undefined;
        return removeFromList(owner.object.elems, handle.range, owner.object);
      }
      switch (handle.kind) {
        case 'attribute':
          return text.removeLines([handle.range]);
        case 'principals':
        case 'conditions':
        case 'principal-type':
        case 'condition-test':
        case 'condition-variable':
        case 'statements':
          return handle.blocks.length ? text.removeLines(handle.blocks.map((b) => b.range)) : undefined;
        case 'principal-star':
          return text.removeLines([handle.block.range]);
        default:
          return undefined;
      }
    },

    addProperty(object, key, value, original) {
      const handle = handleOf(object);
      if (!handle) return undefined;
      if (handle.form === 'json') return jsonEdit(source, context, [...handle.path, key], value);
      const renderer = new HclRenderer(context, original);
      if (handle.form === 'hcl') {
        if (handle.kind !== 'object') return undefined;
        const info = handle.object;
        const indent = text.indentAt(info.open);
        const rendered = renderer.value(value, `${indent}  `, info.separator);
        if (rendered === undefined) return undefined;
        return addToList(text, info.elems, info, `${renderer.key(key)} ${info.separator} ${rendered}`);
      }
      switch (handle.kind) {
        case 'statement': {
          const lines = renderer.statementProperty(key, value, text.childIndent(handle.block));
          return lines && text.insertInBody(handle.block, lines, 'end');
        }
        case 'document': {
          const attribute = key === 'Version' ? 'version' : key === 'Id' ? 'policy_id' : undefined;
          return attribute && typeof value === 'string' ? text.insertInBody(handle.block, [`${attribute} = ${renderer.string(value)}`], 'start') : undefined;
        }
        case 'principals': {
          const blocks = renderer.principals({ [key]: value }, text.childIndent(handle.owner), handle.block);
          return blocks && text.insertInBody(handle.owner, blocks, 'end');
        }
        case 'conditions': {
          const blocks = renderer.conditions(value, text.childIndent(handle.owner), key);
          return blocks && text.insertInBody(handle.owner, blocks, 'end');
        }
        case 'condition-test': {
          const blocks = renderer.conditions({ [key]: value }, text.childIndent(handle.owner), handle.test);
          return blocks && text.insertInBody(handle.owner, blocks, 'end');
        }
        default:
          return undefined;
      }
    },

    removeItem(array, item) {
      const handle = handleOf(array);
      if (!handle) return undefined;
      if (handle.form === 'json') {
        const index = itemIndex(array, item);
        return index === undefined ? undefined : jsonEdit(source, context, [...handle.path, index], undefined);
      }
      if (handle.form === 'hcl') {
        if (handle.kind !== 'tuple') return undefined;
        return removeFromList(handle.tuple.items, { start: item.host.offset, end: item.host.offset + item.host.length }, handle.tuple);
      }
      if (handle.kind === 'list') {
        const tuple = handle.tuples.find((t) => t.items.some((i) => i.start === item.host.offset));
        return tuple && removeFromList(tuple.items, { start: item.host.offset, end: item.host.offset + item.host.length }, tuple);
      }
      const itemHandle = handleOf(item);
      if (handle.kind === 'statements' && itemHandle?.form === 'doc' && itemHandle.kind === 'statement') return text.removeLines([itemHandle.block.range]);
      return undefined;
    },

    addItem(array, value, original) {
      const handle = handleOf(array);
      if (!handle) return undefined;
      if (handle.form === 'json') return jsonEdit(source, context, [...handle.path, handle.count ?? 0], value, true);
      const renderer = new HclRenderer(context, original);
      if (handle.form === 'hcl') {
        if (handle.kind !== 'tuple') return undefined;
        const rendered = renderer.value(value, text.itemIndent(handle.tuple.items, handle.tuple.open));
        return rendered === undefined ? undefined : addToList(text, handle.tuple.items, handle.tuple, rendered);
      }
      if (handle.kind === 'list') {
        const tuple = handle.tuples[handle.tuples.length - 1];
        if (!tuple || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
        return addToList(text, tuple.items, tuple, renderer.string(String(value)));
      }
      if (handle.kind === 'statements') {
        const rendered = renderer.statement(value, text.childIndent(handle.document));
        return rendered === undefined ? undefined : text.insertInBody(handle.document, [rendered], 'end');
      }
      return undefined;
    },
  };

  function separatorAround(node: MappedNode): '=' | ':' {
    const handle = handleOf(node);
    return handle?.form === 'hcl' && handle.kind === 'object' ? handle.object.separator : '=';
  }
}

/** Offsets in the host text: lines, indentation, and edits that keep the layout. */
class HostText {
  constructor(readonly source: string) {}

  lineStart(offset: number): number {
    return this.source.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The indentation of the line holding `offset`. */
  indentAt(offset: number): string {
    const start = this.lineStart(offset);
    return /^[ \t]*/.exec(this.source.slice(start, offset))?.[0] ?? '';
  }

  /** The indentation of a block's children (as written, else the block's own plus two spaces). */
  childIndent(block: BlockInfo): string {
    const first = block.children[0];
    if (first && this.onOwnLine(first.start)) return this.indentAt(first.start);
    return `${this.indentAt(block.range.start)}  `;
  }

  itemIndent(items: readonly Range[], open: number): string {
    const last = items[items.length - 1];
    return last && this.onOwnLine(last.start) ? this.indentAt(last.start) : this.indentAt(open);
  }

  onOwnLine(offset: number): boolean {
    return /^[ \t]*$/.test(this.source.slice(this.lineStart(offset), offset));
  }

  /** Inserts lines (each may span several lines, already indented after its first) as children of a block body. */
  insertInBody(block: BlockInfo, lines: readonly string[], where: 'start' | 'end'): HostEdit {
    const indent = this.childIndent(block);
    const last = block.children[block.children.length - 1];
    // Before the line of the closing brace: clear of a removal of the last child's lines in the same fix.
    if (where === 'end' && last && this.onOwnLine(block.close)) {
      return { offset: this.lineStart(block.close), length: 0, newText: lines.map((l) => `${indent}${l}\n`).join('') };
    }
    const at = where === 'start' || !last ? block.open + 1 : last.end;
    let newText = lines.map((l) => `\n${indent}${l}`).join('');
    if (!/\n/.test(this.source.slice(at, block.close))) newText += `\n${this.indentAt(block.range.start)}`;
    return { offset: at, length: 0, newText };
  }

  /** Replaces blocks of a body with new ones, written where the first stood (or at the end of the body). */
  replaceBlocks(blocks: readonly BlockInfo[], rendered: readonly string[], owner: BlockInfo): HostEdit | undefined {
    if (!blocks.length) return rendered.length ? this.insertInBody(owner, rendered, 'end') : undefined;
    const first = blocks[0].range.start;
    if (!this.onOwnLine(first)) return undefined;
    const indent = this.indentAt(first);
    const removal = this.removeLines(blocks.map((b) => b.range));
    if (removal.offset !== this.lineStart(first)) return undefined;
    const written = rendered.map((b) => `${indent}${b}\n`).join('');
    return { ...removal, newText: written + removal.newText };
  }

  /** Removes ranges with the lines they sit alone on; one edit spanning them keeps the text in between. */
  removeLines(ranges: readonly Range[]): HostEdit {
    const widened = ranges.map((r) => this.wholeLines(r)).sort((a, b) => a.start - b.start);
    const start = widened[0].start;
    const end = Math.max(...widened.map((r) => r.end));
    let newText = '';
    let at = start;
    for (const range of widened) {
      if (range.start > at) newText += this.source.slice(at, range.start);
      at = Math.max(at, range.end);
    }
    return { offset: start, length: end - start, newText };
  }

  private wholeLines(range: Range): Range {
    const lineStart = this.lineStart(range.start);
    const newline = this.source.indexOf('\n', range.end);
    const lineEnd = newline < 0 ? this.source.length : newline;
    if (!/^[ \t]*$/.test(this.source.slice(lineStart, range.start)) || !/^[ \t]*(#.*|\/\/.*)?\r?$/.test(this.source.slice(range.end, lineEnd))) return range;
    return { start: lineStart, end: newline < 0 ? lineEnd : newline + 1 };
  }
}

/** Removes one element of an HCL tuple or object, with the separator that goes with it. */
function removeFromList(items: readonly Range[], target: Range, list: TupleInfo | ObjectInfo): HostEdit | undefined {
  const index = items.findIndex((i) => i.start === target.start);
  if (index < 0) return undefined;
  if (items.length === 1) return { offset: list.open + 1, length: list.close - list.open - 1, newText: '' };
  const range = index < items.length - 1 ? { start: items[index].start, end: items[index + 1].start } : { start: items[index - 1].end, end: items[index].end };
  return { offset: range.start, length: range.end - range.start, newText: '' };
}

/** Adds an element at the end of an HCL tuple or object, on its own line when the list is written one per line. */
function addToList(text: HostText, items: readonly Range[], list: TupleInfo | ObjectInfo, rendered: string): HostEdit {
  const source = text.source;
  const indent = text.indentAt(list.open);
  const last = items[items.length - 1];
  if (!last) {
    // An insertion (not a rewrite of the brackets), so that several added elements compose at one offset.
    const separator = 'elems' in list ? '' : ',';
    return { offset: list.open + 1, length: 0, newText: `\n${indent}  ${rendered}${separator}\n${indent}` };
  }
  const after = /^[ \t]*,/.exec(source.slice(last.end, list.close));
  const commas = items.length > 1 ? /^[ \t]*,/.test(source.slice(items[0].end, items[1].start)) : Boolean(after) || !('elems' in list);
  if (text.onOwnLine(last.start)) {
    const itemIndent = text.indentAt(last.start);
    if (after) return { offset: last.end + after[0].length, length: 0, newText: `\n${itemIndent}${rendered},` };
    return { offset: last.end, length: 0, newText: `${commas ? ',' : ''}\n${itemIndent}${rendered}` };
  }
  return { offset: last.end, length: 0, newText: `, ${rendered}` };
}

function itemIndex(array: MappedNode, item: MappedNode): number | undefined {
  const handle = handleOf(item);
  if (handle?.form !== 'json') return undefined;
  const last = handle.path[handle.path.length - 1];
  void array;
  return typeof last === 'number' ? last : undefined;
}

const SENTINEL = /\uE001(\d+)\uE002/g;

/** A JSON edit (jsonc-parser `modify`) on the decoded text of a heredoc or quoted string, mapped to the host. */
function jsonEdit(source: string, context: PolicyContext, path: JSONPath, value: unknown, isArrayInsertion = false): HostEdit | undefined {
  const decoded = context.decoded;
  if (!decoded) return undefined;
  if (value === undefined) return jsonRemove(decoded, path);
  const sources: string[] = [];
  const prepare = (v: unknown): unknown => {
    if (typeof v === 'string') {
      return splitSubstitutions(v, context.substitutions).map((p) => {
        if (p.source === undefined) return p.text;
        sources.push(p.source);
        return `\uE001${sources.length - 1}\uE002`;
      }).join('');
    }
    if (Array.isArray(v)) return v.map(prepare);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, prepare(x)]));
    return v;
  };
  let edits;
  try {
    // A quoted string stays on one line: no formatting (jsonc-parser then writes compact JSON).
    const formattingOptions = decoded.quoted ? undefined : { insertSpaces: true, tabSize: 2, eol: '\n' };
    edits = modify(decoded.text, path, prepare(value), { formattingOptions, isArrayInsertion });
  } catch {
    return undefined;
  }
  if (!edits.length) return undefined;
  const start = Math.min(...edits.map((e) => e.offset));
  const end = Math.max(...edits.map((e) => e.offset + e.length));
  let content = '';
  let at = start;
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    // Text kept between two edits is copied: it must not hold an interpolation (the decoded text has placeholders there).
    if (decoded.holes.some((h) => h.start < edit.offset && h.end > at)) return undefined;
    content += decoded.text.slice(at, edit.offset) + edit.content;
    at = edit.offset + edit.length;
  }
  let newText = decoded.quoted ? escapeHcl(content.replace(/\r?\n[ \t]*/g, '')) : escapeTemplate(content);
  newText = newText.replace(SENTINEL, (_, index: string) => `\${${sources[Number(index)]}}`);
  return smallestEdit(source, { offset: decoded.map[start], length: decoded.map[end] - decoded.map[start], newText });
}

/**
 * Removes a property or an item with the separator that goes with it (jsonc-parser's `modify` leaves a stray quote
 * when it removes the last item of an array, so removal is done here).
 */
function jsonRemove(decoded: NonNullable<PolicyContext['decoded']>, path: JSONPath): HostEdit | undefined {
  const root = parseTree(decoded.text);
  const value = root && findNodeAtLocation(root, path);
  const target = value?.parent?.type === 'property' ? value.parent : value;
  const container = target?.parent;
  if (!target || !container?.children) return undefined;
  const siblings = container.children;
  const index = siblings.indexOf(target);
  const end = (n: { offset: number; length: number }) => n.offset + n.length;
  const [start, stop] = siblings.length === 1 ? [container.offset + 1, end(container) - 1]
    : index < siblings.length - 1 ? [target.offset, siblings[index + 1].offset] : [end(siblings[index - 1]), end(target)];
  if (decoded.text.slice(start, stop).trim() === '' && siblings.length > 1) return undefined;
  return { offset: decoded.map[start], length: decoded.map[stop] - decoded.map[start], newText: '' };
}

/**
 * The same change with the text it keeps at both ends trimmed off (jsonc-parser rewrites whole lines around an
 * insertion; callers compose added properties as pure insertions).
 */
function smallestEdit(source: string, edit: HostEdit): HostEdit {
  const old = source.slice(edit.offset, edit.offset + edit.length);
  let prefix = 0;
  while (prefix < old.length && prefix < edit.newText.length && old[prefix] === edit.newText[prefix]) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < edit.newText.length - prefix && old[old.length - 1 - suffix] === edit.newText[edit.newText.length - 1 - suffix]) suffix++;
  return { offset: edit.offset + prefix, length: old.length - prefix - suffix, newText: edit.newText.slice(prefix, edit.newText.length - suffix) };
}
