import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseTrustPolicy } from '../../../../server/src/service/document';
import type { OffsetEdit } from '../../../../server/src/service/types';
import { moveEntry, removeChild, renameBlock } from '../../../../server/src/service/rules/conditions/edits';

function apply(text: string, edits: readonly OffsetEdit[]): string {
  const d = TextDocument.create('file:///x.json', 'json', 1, text);
  return TextDocument.applyEdits(d, edits.map((e) => ({ range: { start: d.positionAt(e.offset), end: d.positionAt(e.offset + e.length) }, newText: e.newText })));
}

function conditionOf(text: string) {
  const condition = parseTrustPolicy(text).statements[0].condition;
  assert.ok(condition);
  return condition;
}

const policy = (body: string, eol = '\n') => ['{', '  "Statement": [{', '    "Effect": "Allow",', '    "Condition": {', body, '    }', '  }]', '}'].join(eol);

describe('condition edits', () => {
  it('removes the first, middle and last element with one comma each', () => {
    const text = '{"Statement": {"Condition": {"Bool": {"a": ["1", "2", "3"]}}}}';
    const list = conditionOf(text).blocks[0].entries[0].property.valueNode!;
    const [one, two, three] = list.children!;
    assert.equal(apply(text, [removeChild(list, one)]), '{"Statement": {"Condition": {"Bool": {"a": ["2", "3"]}}}}');
    assert.equal(apply(text, [removeChild(list, two)]), '{"Statement": {"Condition": {"Bool": {"a": ["1", "3"]}}}}');
    assert.equal(apply(text, [removeChild(list, three)]), '{"Statement": {"Condition": {"Bool": {"a": ["1", "2"]}}}}');
  });
  it('creates a new block in the layout of the source block, with CRLF line ends kept', () => {
    const body = ['      "StringEquals": {', '        "k1": "a",', '        "k2": "b*"', '      }'];
    for (const eol of ['\n', '\r\n']) {
      const text = policy(body.join(eol), eol);
      const c = conditionOf(text);
      const fixed = apply(text, moveEntry(text, c, c.blocks[0], c.blocks[0].entries[1], 'StringLike')!);
      assert.equal(fixed, policy(['      "StringEquals": {', '        "k1": "a"', '      },', '      "StringLike": {', '        "k2": "b*"', '      }'].join(eol), eol));
    }
  });
  it('merges a renamed block into an existing one and refuses when a key would repeat', () => {
    const text = policy('      "StringLike": {"k1": "a*"},\n      "StringEquals": {"k2": "b*"}');
    const c = conditionOf(text);
    assert.equal(apply(text, renameBlock(text, c, c.blocks[1], 'StringLike')!), policy('      "StringLike": {"k1": "a*", "k2": "b*"}'));
    const clash = policy('      "StringLike": {"K2": "a*"},\n      "StringEquals": {"k2": "b*"}');
    const cc = conditionOf(clash);
    assert.equal(renameBlock(clash, cc, cc.blocks[1], 'StringLike'), undefined);
  });
  it('moves an entry into an empty target block', () => {
    const text = policy('      "StringLike": {},\n      "StringEquals": {"k1": "a", "k2": "b*"}');
    const c = conditionOf(text);
    assert.equal(apply(text, moveEntry(text, c, c.blocks[1], c.blocks[1].entries[1], 'StringLike')!), policy('      "StringLike": {"k2": "b*"},\n      "StringEquals": {"k1": "a"}'));
  });
});
