// Simulations and access tests run against a role inside a template (FILE#ROLE), as against a policy file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const TEMPLATE = path.resolve(__dirname, '../../fixtures/cloudformation/github-oidc.yaml');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const FORK = '{"github": {"repository": "evil/fork", "ref": "refs/heads/main"}}';

describe('simulate and test roles inside templates', () => {
  it('simulates a request against one role of a template', () => {
    const r = run('simulate', `${TEMPLATE}#DeployRole`, '--request', FORK, '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    // The deploy role tests no subject: a fork's workflow gets in, which is what the linter warns about.
    assert.equal(out.decision, 'allow');
    assert.match(out.policy, /#DeployRole$/);
  });

  it('asks which role when a template has several, and names them', () => {
    const r = run('simulate', TEMPLATE, '--request', FORK);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /holds 3 trust policies \(DeployRole; VendorRole; Fn\); name one as .*#NAME/);
    const missing = run('simulate', `${TEMPLATE}#Nope`, '--request', FORK);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /has no role "Nope"/);
  });

  it('says which values are known only at deploy time and never match', () => {
    const r = run('simulate', `${TEMPLATE}#VendorRole`, '--request', '{"principal": "arn:aws:iam::444455556666:role/x", "action": "sts:AssumeRole"}');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /known only at deploy time never match here: "arn:aws:iam::\$\{VendorAccountId\}:root"/);
  });

  it('runs access tests whose "policy" names a role in a template', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-access-'));
    try {
      fs.copyFileSync(TEMPLATE, path.join(dir, 'stack.yaml'));
      fs.writeFileSync(path.join(dir, 'deploy.trust-tests.json'), JSON.stringify({
        policy: 'stack.yaml#DeployRole',
        cases: [
          { name: 'main branch of our repo', request: { github: { repository: 'acme/app', ref: 'refs/heads/main' } }, expect: 'allow' },
          { name: 'a fork is kept out', request: JSON.parse(FORK), expect: 'deny' },
        ],
      }));
      const r = run('test', dir);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /FAIL .*a fork is kept out/);
      assert.match(r.stdout, /1 passed, 1 failed/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
