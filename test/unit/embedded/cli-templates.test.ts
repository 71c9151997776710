// trust-policy-lint on templates: named files and folders, positions and SARIF locations in the host file,
// --explain by logical id, --fix writing YAML (runs the built bundle).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const FIXTURES = path.resolve(__dirname, '../../fixtures/cloudformation');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('trust-policy-lint on CloudFormation templates', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-cfn-'));
    fs.copyFileSync(path.join(FIXTURES, 'github-oidc.yaml'), path.join(dir, 'stack.yaml'));
    fs.copyFileSync(path.join(FIXTURES, 'unknowns.yaml'), path.join(dir, 'unknowns.yml'));
    fs.writeFileSync(path.join(dir, 'workflow.yaml'), 'on: [push]\njobs: {}\n');
    fs.writeFileSync(path.join(dir, 'cdk.template.json'), JSON.stringify({
      Resources: { R: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] } } } },
    }, null, 1));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lints a folder: templates by content, other YAML skipped, positions in the host file', () => {
    const r = run('--format', 'json', dir);
    assert.equal(r.status, 1, r.stderr);
    const results = JSON.parse(r.stdout) as { file: string; findings: { ruleId: string; range: { start: { line: number; character: number } } }[] }[];
    const byFile = Object.fromEntries(results.map((x) => [path.basename(x.file), x.findings]));
    assert.deepEqual(Object.keys(byFile).sort(), ['cdk.template.json', 'stack.yaml', 'unknowns.yml']);
    assert.deepEqual(byFile['unknowns.yml'], []);
    const resource = byFile['stack.yaml'].find((f) => f.ruleId === 'resource-forbidden');
    assert.deepEqual(resource?.range.start, { line: 41, character: 12 });
    assert.ok(byFile['cdk.template.json'].some((f) => f.ruleId === 'principal-wildcard'));
  });

  it('points SARIF locations into the template', () => {
    const r = run('--format', 'sarif', path.join(dir, 'stack.yaml'));
    const sarif = JSON.parse(r.stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'resource-forbidden');
    const loc = result.locations[0].physicalLocation;
    assert.match(loc.artifactLocation.uri, /stack\.yaml$/);
    assert.equal(loc.region.startLine, 42);
    assert.equal(loc.region.startColumn, 13);
  });

  it('explains each role by its logical id', () => {
    const r = run('--explain', path.join(dir, 'stack.yaml'));
    assert.match(r.stdout, /DeployRole \(line 15\):\n {4}Statement 1: Any GitHub Actions workflow/);
    assert.match(r.stdout, /VendorRole \(line 29\):/);
    assert.match(r.stdout, /a value known only at deploy time/);
  });

  it('--fix rewrites the template as YAML and leaves it readable', () => {
    const file = path.join(dir, 'fix.yaml');
    fs.copyFileSync(path.join(FIXTURES, 'github-oidc.yaml'), file);
    run('--fix', file);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.equal(parseDocument(fixed).errors.length, 0);
    assert.doesNotMatch(fixed, /Resource: "\*"/);
    const again = JSON.parse(run('--format', 'json', file).stdout)[0].findings.map((f: { ruleId: string }) => f.ruleId);
    assert.ok(!again.includes('resource-forbidden') && !again.includes('version-missing'), again.join());
  });
});
