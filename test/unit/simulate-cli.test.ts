// trust-policy-lint simulate and test (runs the built bundle): decisions, explanations, exit codes, clear input errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const EXAMPLES = path.resolve(__dirname, '../../examples');
const GITHUB = path.join(EXAMPLES, 'github-actions-deploy.trust.json');

function run(args: string[], cwd?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30_000, cwd });
  assert.equal(r.error, undefined, String(r.error));
  assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+\)?\n|unexpected error|TypeError/, r.stderr);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('trust-policy-lint simulate', function () {
  this.timeout(60_000);

  it('allows the main branch and shows the expansion (text)', () => {
    const r = run(['simulate', GITHUB, '--request', '{"github": {"repository": "acme/app", "ref": "refs/heads/main"}}']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Decision: ALLOW\. Allowed by statement 1 \(GitHubDeployFromMain\)\./);
    assert.match(r.stdout, /"token.actions.githubusercontent.com:sub": "repo:acme\/app:ref:refs\/heads\/main"/);
  });

  it('prints decision and per-statement explanation as JSON', () => {
    const r = run(['simulate', GITHUB, '--format', 'json', '--request', '{"github": {"repository": "acme/app", "ref": "refs/heads/dev"}}']);
    assert.equal(r.status, 0);
    const out = JSON.parse(r.stdout);
    assert.equal(out.decision, 'deny');
    assert.equal(out.reason, 'implicit-deny');
    assert.equal(out.statements[0].failedAt, 'condition');
    assert.match(out.statements[0].failure, /is "repo:acme\/app:ref:refs\/heads\/dev"; StringEquals wants "repo:acme\/app:ref:refs\/heads\/main"/);
  });

  it('reads @file requests and fills principal keys', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-sim-'));
    try {
      const req = path.join(dir, 'req.json');
      fs.writeFileSync(req, JSON.stringify({ principal: 'arn:aws:iam::444455556666:user/ops', context: { 'sts:ExternalId': 'a7f3c2e9-vendor-tenant-42' } }));
      const r = run(['simulate', path.join(EXAMPLES, 'vendor-cross-account.trust.json'), '--request', `@${req}`, '--format', 'json']);
      assert.equal(r.status, 0);
      const out = JSON.parse(r.stdout);
      assert.equal(out.decision, 'allow');
      assert.deepEqual(out.filledFromPrincipal.sort(), ['aws:PrincipalAccount', 'aws:PrincipalArn', 'aws:PrincipalIsAWSService', 'aws:PrincipalType']);
      assert.equal(out.request.context['aws:PrincipalType'], 'User');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with a message naming what is wrong', () => {
    const cases: [string[], RegExp][] = [
      [['simulate', GITHUB, '--request', '{"principal": {"Group": "admins"}}'], /unknown principal type "Group"/],
      [['simulate', GITHUB, '--request', '{"principal": "arn:aws:iam::12:role/x"}'], /not a principal ARN/],
      [['simulate', GITHUB, '--request', '{"principal": "111122223333", "context": {"k:v": {"x": 1}}}'], /"k:v" must be a string/],
      [['simulate', GITHUB, '--request', '{not json'], /not valid JSON/],
      [['simulate', GITHUB, '--request', '@/nonexistent/req.json'], /cannot read the request file/],
      [['simulate', GITHUB], /no request given/],
      [['simulate', '/nonexistent.json', '--request', '{}'], /no such file/],
      [['simulate', GITHUB, '--request', '{}', '--format', 'xml'], /--format must be text or json/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });

  it('reports an unknown operator in the policy as a policy problem, not a crash', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-sim-'));
    try {
      const p = path.join(dir, 'p.json');
      fs.writeFileSync(p, JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition: { StringEqualz: { 'k:v': 'x' } } }] }));
      const r = run(['simulate', p, '--request', '{"principal": "111122223333", "context": {"k:v": "x"}}']);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /Decision: DENY/);
      assert.match(r.stdout, /Policy problem: statement 1: unknown condition operator "StringEqualz"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('trust-policy-lint test', function () {
  this.timeout(60_000);
  let dir: string;
  const write = (name: string, content: unknown) => fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-tests-'));
    fs.copyFileSync(GITHUB, path.join(dir, 'deploy.json'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs the examples\' access tests: all pass', () => {
    const r = run(['test', EXAMPLES]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^8 passed, 0 failed$/m);
  });

  it('finds NAME.trust-tests.json beside NAME.json, prints failing cases with the explanation, exits 1', () => {
    write('deploy.trust-tests.json', { cases: [
      { name: 'main', request: { github: { repository: 'acme/app', ref: 'main' } }, expect: 'allow' },
      { name: 'dev wrongly expected in', request: { github: { repository: 'acme/app', ref: 'dev' } }, expect: 'allow' },
    ] });
    const r = run(['test', dir]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /FAIL .*deploy.trust-tests.json: dev wrongly expected in: expected allow, got deny\./);
    assert.match(r.stdout, /Statement 1 \(GitHubDeployFromMain\) \[Allow\]: does not match: "token.actions.githubusercontent.com:sub" is "repo:acme\/app:ref:refs\/heads\/dev"/);
    assert.match(r.stdout, /\n1 passed, 1 failed\n$/);
    assert.doesNotMatch(r.stdout, /FAIL .*: main:/);
  });

  it('takes a policy path and finds its test file; a test file can name its policy', () => {
    write('deploy.trust-tests.json', { cases: [{ name: 'main', request: { github: { repository: 'acme/app', ref: 'main' } }, expect: 'allow' }] });
    fs.mkdirSync(path.join(dir, 'tests'));
    write('tests/other.trust-tests.json', { policy: '../deploy.json', cases: [{ name: 'fork', request: { github: { repository: 'fork/app', ref: 'main' } }, expect: 'deny' }] });
    assert.match(run(['test', path.join(dir, 'deploy.json')]).stdout, /^1 passed, 0 failed$/m);
    assert.match(run(['test', dir]).stdout, /^2 passed, 0 failed$/m);
  });

  it('exits 2 on bad input: a missing policy, a bad request, a malformed file', () => {
    write('lonely.trust-tests.json', { cases: [{ name: 'x', request: { principal: '111122223333' }, expect: 'allow' }] });
    let r = run(['test', path.join(dir, 'lonely.trust-tests.json')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /policy not found \(looked for .*lonely.json/);
    write('deploy.trust-tests.json', { cases: [{ name: 'bad', request: { principal: { Group: 'g' } }, expect: 'allow' }] });
    r = run(['test', path.join(dir, 'deploy.trust-tests.json')]);
    assert.equal(r.status, 2);
    assert.match(r.stdout, /ERROR .*bad: bad request: principal: unknown principal type "Group"/);
    write('deploy.trust-tests.json', { cases: [{ name: 'no expectation', request: { principal: '111122223333' }, expect: 'maybe' }] });
    r = run(['test', path.join(dir, 'deploy.trust-tests.json')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /"expect" must be "allow" or "deny"/);
    r = run(['test', path.join(dir, 'nothing-here')]);
    assert.equal(r.status, 2);
  });
});
