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

describe('structural preferred fixes together (fix all)', () => {
  it('converge on a messy policy to valid JSON without structural findings', () => {
    let text = messy;
    for (let round = 0; round < 5; round++) {
      const d = doc(text);
      const edits = service.fixAll(d, structuralOnly);
      if (edits.length === 0) break;
      text = TextDocument.applyEdits(d, edits);
      assert.doesNotThrow(() => JSON.parse(text), `round ${round} left invalid JSON:\n${text}`);
    }
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
