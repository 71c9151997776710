// Condition-adding fixes keep the document valid JSON in every layout and every starting shape of Condition.
import assert from 'node:assert/strict';
import { parseTrustPolicy } from '../../../../server/src/service/document';
import { conditionEdits } from '../../../../server/src/service/rules/trust/edits';

const shapes: Record<string, unknown> = {
  'no Condition': undefined,
  'empty Condition': {},
  'another operator': { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
  'the operator with another key': { StringEquals: { 'sts:RoleSessionName': 'x' } },
  'the operator, empty': { StringEquals: {} },
  'the operator with the key': { StringEquals: { 'aws:SourceAccount': [] } },
};
const layouts: Record<string, (o: unknown) => string> = {
  'one line': (o) => JSON.stringify(o),
  'two spaces': (o) => JSON.stringify(o, null, 2),
  'four spaces': (o) => JSON.stringify(o, null, 4),
  tabs: (o) => JSON.stringify(o, null, '\t'),
  CRLF: (o) => JSON.stringify(o, null, 2).replace(/\n/g, '\r\n'),
};

function apply(text: string, edits: readonly { offset: number; length: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

describe('condition edits', () => {
  for (const [shapeName, condition] of Object.entries(shapes)) {
    for (const [layoutName, render] of Object.entries(layouts)) {
      it(`adds StringEquals and ArnLike keys to ${shapeName}, ${layoutName}`, () => {
        const statement: Record<string, unknown> = { Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' };
        if (condition !== undefined) statement.Condition = condition;
        const text = render({ Version: '2012-10-17', Statement: [statement] });
        const policy = parseTrustPolicy(text);
        const edits = conditionEdits(policy, policy.statements[0], [
          { operator: 'StringEquals', key: 'aws:SourceAccount', valueJson: '"111122223333"' },
          { operator: 'ArnLike', key: 'aws:SourceArn', valueJson: '"arn:aws:codebuild:us-east-1:111122223333:project/*"' },
        ]);
        assert.ok(edits);
        const fixed = apply(text, edits);
        const parsed = JSON.parse(fixed) as { Statement: { Condition: Record<string, Record<string, unknown>> }[] };
        const result = parsed.Statement[0].Condition;
        assert.equal(result.StringEquals['aws:SourceAccount'], '111122223333');
        assert.equal(result.ArnLike['aws:SourceArn'], 'arn:aws:codebuild:us-east-1:111122223333:project/*');
        if (layoutName === 'CRLF') assert.ok(!/[^\r]\n/.test(fixed), 'keeps CRLF line endings');
        if (layoutName !== 'one line') assert.ok(fixed.split(/\r?\n/).every((l) => !/^\s*".*": .*".*": /.test(l) || /\{.*\}/.test(l)), `one property per line:\n${fixed}`);
      });
    }
  }
});
