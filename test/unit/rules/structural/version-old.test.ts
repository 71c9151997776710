import assert from 'node:assert/strict';
import { applyFix } from './support';
import { checkDiagnostics, doc, service } from '../../../support/fixture';

describe('version-old', () => {
  it('reports 2008-10-17', () => {
    checkDiagnostics(`
{"Version": "2008-10-17", "Statement": []}
            ^^^^^^^^^^^^ version-old:information
`, 'version-old');
  });
  it('stays quiet for 2012-10-17', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": []}
`, 'version-old');
  });
  it('fix: sets 2012-10-17 (preferred when the policy has no variables)', () => {
    const fixed = applyFix(`{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`, 'version-old');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
  it('does not prefer the upgrade when variables would start to be substituted', () => {
    const d = doc(`{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:RoleSessionName": "\${aws:username}"}}}]}`);
    const target = service.validate(d).find((x) => x.code === 'version-old');
    assert.ok(target);
    const actions = service.codeActions(d, target.range, [target]);
    assert.deepEqual(actions.map((a) => [a.title, !!a.isPreferred]), [['Set Version to "2012-10-17"', false]]);
  });
});
