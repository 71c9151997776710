// The CLI's output contracts: exit codes, the JSON shape, SARIF 2.1.0, rule overrides (runs the built bundle).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
// Valid but for one trailing comma, so json-syntax is the only error.
const BAD = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole",}]}';
const COMMA = BAD.indexOf(',}');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('trust-policy-lint output', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-'));
    fs.writeFileSync(path.join(dir, 'bad.json'), BAD);
    fs.writeFileSync(path.join(dir, 'good.json'), '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 1 with an error finding and 0 without', () => {
    assert.equal(run(path.join(dir, 'bad.json')).status, 1);
    const good = run(path.join(dir, 'good.json'));
    assert.equal(good.status, 0, good.stdout + good.stderr);
  });

  it('prints the documented JSON shape with 0-based positions', () => {
    const r = run('--format', 'json', path.join(dir, 'bad.json'));
    const out = JSON.parse(r.stdout) as { file: string; findings: { ruleId: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }[];
    assert.equal(out.length, 1);
    assert.equal(out[0].file, path.join(dir, 'bad.json'));
    const f = out[0].findings.find((x) => x.ruleId === 'json-syntax');
    assert.ok(f);
    assert.equal(f.severity, 'error');
    assert.deepEqual(f.range.start, { line: 0, character: COMMA });
  });

  it('prints SARIF 2.1.0 with rules and 1-based regions', () => {
    const r = run('--format', 'sarif', dir);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'trust-policy-lint');
    const result = run0.results.find((x: { ruleId: string }) => x.ruleId === 'json-syntax');
    assert.equal(result.level, 'error');
    assert.equal(run0.tool.driver.rules[result.ruleIndex].id, 'json-syntax');
    assert.equal(result.locations[0].physicalLocation.region.startColumn, COMMA + 1);
    assert.match(result.locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/.*bad\.json$/);
  });

  it('applies --rule overrides', () => {
    const r = run('--rule', 'json-syntax=warning', '--format', 'json', path.join(dir, 'bad.json'));
    assert.equal(r.status, 0);
    assert.equal(JSON.parse(r.stdout)[0].findings.find((x: { ruleId: string }) => x.ruleId === 'json-syntax').severity, 'warning');
    assert.equal(run('--rule', 'json-syntax=off', path.join(dir, 'bad.json')).status, 0);
  });

  it('exits 2 with a clear message on usage and I/O errors, never a stack trace', () => {
    for (const args of [['--format', 'xml', dir], ['--rule', 'x=loud', dir], ['--account', '123', dir], [], [path.join(dir, 'missing.json')], ['--bogus']]) {
      const r = run(...args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^trust-policy-lint: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'stack trace');
    }
  });

  it('never claims "no problems" when no file could be checked', () => {
    const r = run(path.join(dir, 'missing.json'));
    assert.equal(r.status, 2);
    assert.doesNotMatch(r.stdout, /no problems/);
    assert.match(r.stdout, /no files checked/);
  });

  it('in folders, lints trust policies only (by name or content) unless --all-json; named files always', () => {
    const mixed = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-mixed-'));
    try {
      fs.writeFileSync(path.join(mixed, 'package.json'), '{"name": "x", "version": "1.0.0"}');
      fs.writeFileSync(path.join(mixed, 'bucket.json'), '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}');
      fs.writeFileSync(path.join(mixed, 'role.json'), BAD);
      fs.writeFileSync(path.join(mixed, 'empty.trust.json'), '{}');
      const files = (r: ReturnType<typeof run>) => (JSON.parse(r.stdout) as { file: string }[]).map((x) => path.basename(x.file)).sort();
      const folder = run('--format', 'json', mixed);
      assert.deepEqual(files(folder), ['empty.trust.json', 'role.json']);
      assert.match(folder.stderr, /skipped 2 JSON files in folders that are not trust policies/);
      assert.deepEqual(files(run('--format', 'json', '--all-json', mixed)), ['bucket.json', 'empty.trust.json', 'package.json', 'role.json']);
      assert.deepEqual(files(run('--format', 'json', path.join(mixed, 'package.json'))), ['package.json']);
      fs.rmSync(path.join(mixed, 'role.json'));
      fs.rmSync(path.join(mixed, 'empty.trust.json'));
      const none = run(mixed);
      assert.equal(none.status, 2);
      assert.match(none.stderr, /no trust policies found/);
    } finally {
      fs.rmSync(mixed, { recursive: true, force: true });
    }
  });

  it('lists rules', () => {
    const r = run('--list-rules');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^json-syntax\s+error/m);
  });
});
