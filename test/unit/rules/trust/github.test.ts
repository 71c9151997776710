import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics, doc, service } from '../../../support/fixture';
import { applyFixReport } from './helpers';

const GH = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';

describe('github-sub-missing', () => {
  it('warns when GitHub conditions exist but none pins the subject, for the plain host and enterprise slugs', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ github-sub-missing:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com/acme"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com/acme:aud": "sts.amazonaws.com"}}},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ github-sub-missing:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}, "StringNotLike": {"token.actions.githubusercontent.com:sub": "repo:evil/*"}}}
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ github-sub-missing:warning
]}
`, 'github-sub-missing');
  });

  it('is silent with a sub, a repository claim, no GitHub condition at all (oidc-no-condition), or Deny', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:acme/app:environment:prod"}}},
  {"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:repository": "acme/app"}}},
  {"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity"},
  {"Effect": "Deny", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}}
]}
`, 'github-sub-missing');
  });

  it('fixes with a sub for one repository and environment', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}}]}`,
      'github-sub-missing', 'Add a sub condition for one repository and GitHub environment');
    assert.match(fixed, /"StringLike": \{"token.actions.githubusercontent.com:sub": "repo:ORG\/REPO:environment:production"\}/);
  });

  it('fixes with a sub for one repository and branch (the environment hint is the only new note)', () => {
    const { fixed, added } = applyFixReport(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}}]}`,
      'github-sub-missing', 'Add a sub condition for one repository and branch');
    assert.match(fixed, /"token.actions.githubusercontent.com:sub": "repo:ORG\/REPO:ref:refs\/heads\/main"/);
    assert.deepEqual(added, ['github-environment-sub']);
  });
});

describe('github-sub-missing with an owner claim', () => {
  it('says the owner condition narrows to that owner, not to other people\'s repositories', () => {
    const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:repository_owner_id": "1234567"}}}]}`;
    const [d] = service.validate(doc(text)).filter((x) => x.code === 'github-sub-missing');
    assert.match(String(d.message), /any repository that matches its repository_owner_id condition/);
    assert.doesNotMatch(String(d.message), /other people/);
  });
});

describe('github-sub-wildcard', () => {
  it('warns for "*", repo:*, any organization, a first claim other than repo, and values without claims', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": [ "*", "repo:*", "repo:*/infra:*", "environment:prod", "acme/app", "repo:ac*/app:*", "repo:acme"]}}},
                                                                                                                                                                                                                                                      ^^^ github-sub-wildcard:warning
                                                                                                                                                                                                                                                           ^^^^^^^^ github-sub-wildcard:warning
                                                                                                                                                                                                                                                                     ^^^^^^^^^^^^^^^^ github-sub-wildcard:warning
                                                                                                                                                                                                                                                                                       ^^^^^^^^^^^^^^^^^^ github-sub-wildcard:warning
                                                                                                                                                                                                                                                                                                           ^^^^^^^^^^ github-sub-wildcard:warning
                                                                                                                                                                                                                                                                                                                       ^^^^^^^^^^^^^^^^ github-sub-wildcard:warning
                                                                                                                                                                                                                                                                                                                                         ^^^^^^^^^^^ github-sub-wildcard:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com/acme"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com/acme:sub": "repo:*"}}}
                                                                                                                                                                                                                                                              ^^^^^^^^ github-sub-wildcard:warning
]}
`, 'github-sub-wildcard');
  });

  it('says how far each value reaches', () => {
    const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}, "StringLike": {"token.actions.githubusercontent.com:sub": ["repo:*", "repo:ac*/app:*", "repo:acme"]}}}]}`;
    const messages = service.validate(doc(text)).filter((d) => d.code === 'github-sub-wildcard').map((d) => String(d.message));
    assert.equal(messages.length, 3);
    assert.match(messages[0], /every repository on GitHub/);
    assert.match(messages[1], /repositories of other owners/);
    assert.match(messages[2], /names no repository/);
  });

  it('warns on an organization-wide repo:ORG/* (any member can add a repository) and on repository name patterns', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/*"}}},
                                                                                                                                                                                                                                                    ^^^^^^^^^^^^^ github-sub-wildcard:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/*:ref:refs/heads/main"}}}
                                                                                                                                                                                                                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ github-sub-wildcard:warning
]}
`, 'github-sub-wildcard');
  });

  it('accepts one repository (any ref, a branch, an environment), literal "*" under StringEquals, Deny', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": ["repo:acme/app:*", "repo:acme/app:ref:refs/heads/main", "repo:acme/app:environment:prod", "repo:acme/app-*:pull_request"]}}},
  {"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:acme/*"}}},
  {"Effect": "Deny", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "*"}}}
]}
`, 'github-sub-wildcard');
  });
});

describe('github-aud', () => {
  it('warns when aud is missing or is not sts.amazonaws.com', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/app:*"}}},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ github-aud:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "https://github.com/acme"}, "StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/app:*"}}}
                                                                                                                                                                                                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^ github-aud:warning
]}
`, 'github-aud');
  });

  it('accepts sts.amazonaws.com (also among other values) and ignores Deny', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": ["sts.amazonaws.com", "api://custom"]}, "StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/app:*"}}},
  {"Effect": "Deny", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:evil/*"}}}
]}
`, 'github-aud');
  });

  it('fixes a missing aud by adding it and a wrong aud by replacing it', () => {
    const added = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/app:*"}}}]}`, 'github-aud');
    assert.match(added, /"StringLike": \{"token.actions.githubusercontent.com:sub": "repo:acme\/app:\*"\}, "StringEquals": \{"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"\}/);
    const replaced = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "https://github.com/acme"}, "StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/app:*"}}}]}`, 'github-aud');
    assert.match(replaced, /"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"\}/);
  });
});

describe('github-environment-sub', () => {
  it('hints that a branch-pinned sub does not match environment jobs', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main"}}}
                                                                                                                                                                                                                                                                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ github-environment-sub:hint
]}
`, 'github-environment-sub');
  });

  it('gives one hint per condition for many branches, naming the repositories', () => {
    const subs = Array.from({ length: 30 }, (_, i) => `"repo:acme/app${i}:ref:refs/heads/main"`).join(', ');
    const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": [${subs}]}}}]}`;
    const found = service.validate(doc(text)).filter((d) => d.code === 'github-environment-sub');
    assert.equal(found.length, 1);
    assert.match(String(found[0].message), /these 30 branch subjects do not match them\. Add repo:acme\/app0:environment:NAME, repo:acme\/app1:environment:NAME, repo:acme\/app2:environment:NAME, \.\.\./);
  });

  it('is silent when environments are also admitted', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": ["repo:acme/app:ref:refs/heads/main", "repo:acme/app:environment:prod"]}}},
  {"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}, "StringLike": {"token.actions.githubusercontent.com:sub": ["repo:acme/app:ref:refs/heads/main", "repo:acme/app:*"]}}}
]}
`, 'github-environment-sub');
  });
});

describe('github-sub-wildcard values that never match', () => {
  const text = (subs: string, op = 'StringLike') => `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": "${GH}"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}, "${op}": {"token.actions.githubusercontent.com:sub": ${subs}}}}]}`;
  const found = (t: string) => service.validate(doc(t)).filter((d) => d.code === 'github-sub-wildcard');
  it('is an error when no value of the condition can match, a warning beside a value that can', () => {
    const [only] = found(text('"repo:acme"'));
    assert.equal(only.severity, 1);
    assert.match(String(only.message), /cannot be assumed through this statement/);
    const beside = found(text('["repo:acme", "repo:acme/app:*"]'));
    assert.deepEqual(beside.map((d) => d.severity), [2]);
    assert.equal(found(text('"acme/app"', 'StringEquals'))[0].severity, 1);
  });
  it('does not call repo:ORG* a never-match: under StringLike it also matches other owners', () => {
    const [d] = found(text('"repo:acme*"'));
    assert.match(String(d.message), /does not fix the organization/);
    assert.equal(d.severity, 2);
  });
});
