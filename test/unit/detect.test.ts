import assert from 'node:assert/strict';
import { looksLikeTrustPolicy, matchesFilePattern, DEFAULT_FILE_PATTERNS } from '../../server/src/detect';

describe('trust policy detection (client)', () => {
  it('matches the default file name patterns', () => {
    for (const name of ['/x/role-trust-policy.json', 'C:\\x\\ci.trust.json', 'assume-role-policy.json', 'app_assume_role_policy.json', 'MyTrust-Policy.JSON']) {
      assert.ok(matchesFilePattern(name, DEFAULT_FILE_PATTERNS), name);
    }
    for (const name of ['package.json', 'policy.json', 'trust.yaml', 'tsconfig.json']) {
      assert.ok(!matchesFilePattern(name, DEFAULT_FILE_PATTERNS), name);
    }
  });
  it('honours user patterns, including folder globs', () => {
    assert.ok(matchesFilePattern('/repo/iam/roles/deploy.json', ['**/roles/*.json']));
    assert.ok(!matchesFilePattern('/repo/iam/roles/deploy.yaml', ['**/roles/*.json']));
  });
  it('recognises a trust policy by content', () => {
    assert.ok(looksLikeTrustPolicy('{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'));
    assert.ok(looksLikeTrustPolicy('{"Statement":{"Effect":"Allow","Action":["sts:AssumeRoleWithWebIdentity"]}}'));
    assert.ok(looksLikeTrustPolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*",}]}'), 'trailing comma still detected');
    assert.ok(looksLikeTrustPolicy('{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*"}]}'), 'a trust policy with a mistaken Resource');
    assert.ok(looksLikeTrustPolicy('{"Statement":[{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":["sts:TagSession"]}]}'), 'only sts actions');
  });
  it('does not claim other JSON', () => {
    assert.ok(!looksLikeTrustPolicy('{"name":"x","version":"1.0.0"}'));
    assert.ok(!looksLikeTrustPolicy('{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'), 'identity policy');
    assert.ok(!looksLikeTrustPolicy('[1,2,3]'));
    assert.ok(!looksLikeTrustPolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::bucket/*"}]}'), 'bucket policy');
    assert.ok(!looksLikeTrustPolicy('{"Version":"2012-10-17","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}'), 'KMS key policy');
    assert.ok(!looksLikeTrustPolicy('not json at all'));
  });
});
