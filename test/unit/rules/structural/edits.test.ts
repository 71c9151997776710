import assert from 'node:assert/strict';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { appendStrings, insertProperty, removeElement, replaceString, wrapInArray } from '../../../../server/src/service/rules/structural/edits';
import type { OffsetEdit } from '../../../../server/src/service/types';

function apply(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  JSON.parse(out); // every edit must leave valid JSON
  return out;
}

function at(text: string, path: (string | number)[]): Node {
  const node = findNodeAtLocation(parseTree(text) as Node, path);
  assert.ok(node, `no node at ${path.join('.')}`);
  return node;
}

describe('structural edits', () => {
  describe('removeElement', () => {
    const text = '{\n  "a": 1,\n  "b": [1, 2, 3],\n  "c": {"x": 1}\n}';
    it('removes a first or middle property with the comma after it', () => {
      assert.equal(apply(text, [removeElement(at(text, ['a']))]), '{\n  "b": [1, 2, 3],\n  "c": {"x": 1}\n}');
      assert.equal(apply(text, [removeElement(at(text, ['b']).parent as Node)]), '{\n  "a": 1,\n  "c": {"x": 1}\n}');
    });
    it('removes a last property with the comma before it', () => {
      assert.equal(apply(text, [removeElement(at(text, ['c']))]), '{\n  "a": 1,\n  "b": [1, 2, 3]\n}');
    });
    it('removes array elements and the only element of a container', () => {
      assert.equal(apply(text, [removeElement(at(text, ['b', 1]))]), '{\n  "a": 1,\n  "b": [1, 3],\n  "c": {"x": 1}\n}');
      assert.equal(apply(text, [removeElement(at(text, ['b', 2]))]), '{\n  "a": 1,\n  "b": [1, 2],\n  "c": {"x": 1}\n}');
      assert.equal(apply(text, [removeElement(at(text, ['c', 'x']))]), '{\n  "a": 1,\n  "b": [1, 2, 3],\n  "c": {}\n}');
    });
  });
  describe('insertProperty', () => {
    it('inserts first and last with the indentation of the siblings (tabs, CRLF)', () => {
      const text = '{\r\n\t"a": 1,\r\n\t"b": 2\r\n}';
      const root = parseTree(text) as Node;
      assert.equal(apply(text, [insertProperty(text, root, 'v', '"x"', 'first')]), '{\r\n\t"v": "x",\r\n\t"a": 1,\r\n\t"b": 2\r\n}');
      assert.equal(apply(text, [insertProperty(text, root, 'v', '"x"', 'last')]), '{\r\n\t"a": 1,\r\n\t"b": 2,\r\n\t"v": "x"\r\n}');
    });
    it('inserts after a given property', () => {
      const text = '{"a": 1, "b": 2}';
      const root = parseTree(text) as Node;
      assert.equal(apply(text, [insertProperty(text, root, 'v', '3', { after: root.children?.[0] as Node })]), '{"a": 1, "v": 3, "b": 2}');
    });
    it('fills an empty object, one level deeper on a multi-line object', () => {
      const text = '{\n    "p": {\n    }\n}';
      assert.equal(apply(text, [insertProperty(text, at(text, ['p']), 'v', '1')]), '{\n    "p": {\n        "v": 1\n    }\n}');
      const inline = '{"p": {}}';
      assert.equal(apply(inline, [insertProperty(inline, at(inline, ['p']), 'v', '1')]), '{"p": {"v": 1}}');
    });
  });
  describe('appendStrings, wrapInArray, replaceString', () => {
    it('turns a string into an array and extends arrays in their layout', () => {
      const text = '{"a": "x", "b": [], "c": [\n  "y"\n]}';
      assert.equal(apply(text, [appendStrings(text, at(text, ['a']), ['z'])]), '{"a": ["x", "z"], "b": [], "c": [\n  "y"\n]}');
      assert.equal(apply(text, [appendStrings(text, at(text, ['b']), ['z', 'w'])]), '{"a": "x", "b": ["z", "w"], "c": [\n  "y"\n]}');
      assert.equal(apply(text, [appendStrings(text, at(text, ['c']), ['z'])]), '{"a": "x", "b": [], "c": [\n  "y",\n  "z"\n]}');
    });
    it('wraps a value in an array and replaces strings with escaping', () => {
      const text = '{"s": {"k": 1}}';
      assert.equal(apply(text, wrapInArray(at(text, ['s']))), '{"s": [{"k": 1}]}');
      assert.equal(apply(text, [replaceString(at(text, ['s']).parent?.children?.[0] as Node, 'a"b')]), '{"a\\"b": {"k": 1}}');
    });
  });
});
