// Turns a change of a virtual policy's JSON (a quick fix's edits) into host edits: the two JSON trees are compared
// and each difference becomes the smallest host change (replace a value, remove or add a property or an item).
import { getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { OffsetEdit } from '../types';
import type { HostEdit, MappedNode, VirtualPolicy } from './types';
import { nodeAt } from './mapping';

class Untranslatable extends Error {}

function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => equal(x, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const props = (n: Node) => (n.children ?? []).map((p) => ({ key: p.children?.[0]?.value as string, node: p, value: p.children?.[1] }));

/**
 * Host edits that turn the host into what the virtual text becomes after `edits`; undefined when some change
 * cannot be written in the host (the fix is then not offered there).
 */
export function translateEdits(vp: VirtualPolicy, edits: readonly OffsetEdit[], hostText: string): HostEdit[] | undefined {
  const editor = vp.editor;
  if (!editor) return undefined;
  const oldRoot = parseTree(vp.text);
  const newText = applyEdits(vp.text, edits);
  const errors: ParseError[] = [];
  const newRoot = parseTree(newText, errors, { allowTrailingComma: false, disallowComments: true });
  if (!oldRoot || !newRoot || errors.length) return undefined;

  const originals = new Map<string, string>();
  for (const n of vp.nodes) {
    if (n.kind !== 'scalar' || vp.text[n.virtual.offset] !== '"') continue;
    const value = JSON.parse(vp.text.slice(n.virtual.offset, n.virtual.offset + n.virtual.length)) as string;
    if (!originals.has(value)) originals.set(value, hostText.slice(n.host.offset, n.host.offset + n.host.length));
  }
  const original = (s: string) => originals.get(s);
  const mapped = (n: Node): MappedNode => {
    const m = nodeAt(vp, n.offset, n.length);
    if (!m) throw new Untranslatable('no host element');
    return m;
  };
  const need = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Untranslatable('host cannot express');
    return x;
  };

  const out: HostEdit[] = [];
  const replace = (oldNode: Node, value: unknown) => out.push(need(editor.replace(mapped(oldNode), value, original)));

  const diff = (oldNode: Node, newNode: Node): void => {
    const oldValue = getNodeValue(oldNode);
    const newValue = getNodeValue(newNode);
    if (equal(oldValue, newValue) && oldNode.type === newNode.type) return;
    if (oldNode.type === 'object' && newNode.type === 'object') {
      const before = props(oldNode);
      const after = props(newNode);
      const keysBefore = before.map((p) => p.key);
      const keysAfter = after.map((p) => p.key);
      const duplicates = new Set(keysBefore).size !== keysBefore.length || new Set(keysAfter).size !== keysAfter.length;
      const removed = before.filter((p) => !keysAfter.includes(p.key));
      const added = after.filter((p) => !keysBefore.includes(p.key));
      const common = keysBefore.filter((k) => keysAfter.includes(k));
      const sameOrder = common.join('\u0000') === keysAfter.filter((k) => keysBefore.includes(k)).join('\u0000');
      if (duplicates || !sameOrder || (removed.length && added.length) || removed.length === before.length) {
        replace(oldNode, newValue);
        return;
      }
      for (const p of removed) out.push(need(editor.removeProperty(mapped(oldNode), mapped(p.node))));
      for (const key of common) {
        const o = before.find((p) => p.key === key)?.value;
        const n = after.find((p) => p.key === key)?.value;
        if (o && n) diff(o, n);
      }
      if (added.length) {
        const texts = added.map((p) => need(editor.addProperty(mapped(oldNode), p.key, getNodeValue(p.value as Node), original)));
        out.push({ offset: texts[0].offset, length: 0, newText: texts.map((t) => t.newText).join('') });
      }
      return;
    }
    if (oldNode.type === 'array' && newNode.type === 'array') {
      const a = oldNode.children ?? [];
      const b = newNode.children ?? [];
      if (a.length === b.length) {
        a.forEach((x, i) => diff(x, b[i]));
        return;
      }
      const av = a.map(getNodeValue);
      const bv = b.map(getNodeValue);
      if (b.length > a.length && av.every((x, i) => equal(x, bv[i])) && editor.addItem) {
        const texts = bv.slice(a.length).map((v) => need(editor.addItem?.(mapped(oldNode), v, original)));
        out.push({ offset: texts[0].offset, length: 0, newText: texts.map((t) => t.newText).join('') });
        return;
      }
      if (b.length === a.length - 1 && editor.removeItem) {
        const gone = av.findIndex((x, i) => !equal(x, bv[i]));
        if (av.every((x, i) => i === gone || equal(x, bv[i < gone ? i : i - 1]))) {
          out.push(need(editor.removeItem(mapped(oldNode), mapped(a[gone]))));
          return;
        }
      }
      replace(oldNode, newValue);
      return;
    }
    replace(oldNode, newValue);
  };

  try {
    diff(oldRoot, newRoot);
  } catch (e) {
    if (e instanceof Untranslatable) return undefined;
    throw e;
  }
  out.sort((x, y) => x.offset - y.offset);
  for (let i = 1; i < out.length; i++) if (out[i].offset < out[i - 1].offset + out[i - 1].length) return undefined;
  return out;
}

export { applyEdits };
