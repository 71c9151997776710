import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { doc, service } from '../../../support/fixture';
import { messageOf, structuralOnly } from './support';

const messy = `{
  "version": "2012-10-18",
  "Comment": "deploy",
  "Statement": {
    "Sid": "Allow Deploy",
    "Effect": "allow",
    "Principals": {"service": "Lambda.amazonaws.com", "AWS": ["arn:aws:sts::111122223333:role/Ci", "arn:aws:sts::111122223333:assumed-role/Ci/s"]},
    "Action": ["sts:assumerole", "s3:GetObject"],
    "Resource": "*"
  }
}`;

/** Applies the preferred quick fix of the first finding that has one, as a user would, until none is left. */
function applyPreferredFixesOneByOne(text: string): string {
  for (let step = 0; step < 30; step++) {
    const d = doc(text);
    const diagnostics = service.validate(d, structuralOnly);
    const action = diagnostics.map((x) => service.codeActions(d, x.range, [x], structuralOnly).find((a) => a.isPreferred)).find((a) => a);
    if (!action) return text;
    text = TextDocument.applyEdits(d, action.edit?.changes?.[d.uri] ?? []);
    assert.doesNotThrow(() => JSON.parse(text), `"${action.title}" left invalid JSON:\n${text}`);
  }
  assert.fail(`preferred fixes did not converge:\n${text}`);
}

describe('structural preferred fixes, one after another', () => {
  it('turn a messy policy into valid JSON without structural findings', () => {
    const text = applyPreferredFixesOneByOne(messy);
    assert.deepEqual(service.validate(doc(text), structuralOnly).map((d) => `${String(d.code)}: ${messageOf(d)}`), []);
    assert.equal(text, `{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "AllowDeploy",
    "Effect": "Allow",
    "Principal": {"Service": "lambda.amazonaws.com", "AWS": ["arn:aws:iam::111122223333:role/Ci"]},
    "Action": ["sts:AssumeRole"]
  }]
}`);
  });
});
