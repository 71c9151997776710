// --format github: GitHub Actions workflow commands (annotations), escaped as GitHub's toolkit does.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { escapeGithubData, escapeGithubProperty, renderGithub, type FileResult } from '../../server/src/cli/report';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

/** Reads one workflow command back the way the runner does: split on the first `::` pair, then unescape. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  assert.ok(m, `not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties = Object.fromEntries(m[2].split(',').map((p) => {
    const at = p.indexOf('=');
    return [p.slice(0, at), unescape(p.slice(at + 1))];
  }));
  return { command: m[1], properties, message: unescape(m[3]) };
}

const finding = (over: Partial<FileResult['findings'][number]> = {}): FileResult['findings'][number] => ({
  ruleId: 'principal-wildcard',
  severity: 'error',
  message: 'Any AWS principal can assume this role.',
  range: { start: { line: 4, character: 20 }, end: { line: 4, character: 23 } },
  ...over,
});

describe('--format github', () => {
  it('escapes data (%, CR, LF) and properties (also : and ,) as the GitHub toolkit does', () => {
    assert.equal(escapeGithubData('100% sure\r\nnext: a,b'), '100%25 sure%0D%0Anext: a,b');
    assert.equal(escapeGithubProperty('C:\\a,b%\n'), 'C%3A\\a%2Cb%25%0A');
  });

  it('writes one command per finding with 1-based positions, the rule id as title, and severities mapped', () => {
    const results: FileResult[] = [{
      file: 'iam/ci.trust.json',
      findings: [
        finding(),
        finding({ ruleId: 'cross-account-trust', severity: 'warning' }),
        finding({ ruleId: 'account-root-trust', severity: 'information' }),
        finding({ ruleId: 'condition-redundant', severity: 'hint' }),
      ],
    }];
    const lines = renderGithub(results, '/work').trimEnd().split('\n');
    assert.equal(lines[0], '::error file=iam/ci.trust.json,line=5,col=21,endLine=5,endColumn=24,title=principal-wildcard::Any AWS principal can assume this role.');
    assert.deepEqual(lines.slice(0, 4).map((l) => parseCommand(l).command), ['error', 'warning', 'notice', 'notice']);
    assert.equal(lines[4], 'trust-policy-lint: 1 file checked, 4 findings (1 error)');
  });

  it('survives hostile file names and messages: the runner reads back exactly what was meant', () => {
    const file = 'odd, name: 100%\n.trust.json';
    const message = 'line one\nline two: "a,b" 50%\r';
    const [line] = renderGithub([{ file, findings: [finding({ message })] }], '/work').split('\n');
    assert.doesNotMatch(line.slice(2), /\n|\r/);
    const parsed = parseCommand(line);
    assert.equal(parsed.properties.file, file);
    assert.equal(parsed.message, message);
    assert.equal(parsed.properties.title, 'principal-wildcard');
  });

  it('makes absolute paths inside the checkout relative, with forward slashes', () => {
    const [line] = renderGithub([{ file: path.join('/work', 'repo', 'iam', 'a.trust.json'), findings: [finding()] }], path.join('/work', 'repo')).split('\n');
    assert.equal(parseCommand(line).properties.file, 'iam/a.trust.json');
    const [outside] = renderGithub([{ file: '/elsewhere/a.trust.json', findings: [finding()] }], '/work/repo').split('\n');
    assert.equal(parseCommand(outside).properties.file, '/elsewhere/a.trust.json');
  });

  it('from the CLI: annotations on stdout and the usual exit code (1 with an error finding, 0 without)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-github-'));
    try {
      fs.writeFileSync(path.join(dir, 'bad.trust.json'), '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "sts:AssumeRole" }]\n}\n');
      fs.writeFileSync(path.join(dir, 'good.trust.json'), '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }]\n}\n');
      const bad = spawnSync(process.execPath, [CLI, '--format', 'github', 'bad.trust.json'], { cwd: dir, encoding: 'utf8' });
      assert.equal(bad.status, 1, bad.stderr);
      const commands = bad.stdout.split('\n').filter((l) => l.startsWith('::')).map(parseCommand);
      const wildcard = commands.find((c) => c.properties.title === 'principal-wildcard');
      assert.ok(wildcard, bad.stdout);
      assert.equal(wildcard.command, 'error');
      assert.equal(wildcard.properties.file, 'bad.trust.json');
      assert.equal(wildcard.properties.line, '3');
      const good = spawnSync(process.execPath, [CLI, '--format', 'github', 'good.trust.json'], { cwd: dir, encoding: 'utf8' });
      assert.equal(good.status, 0, good.stdout);
      assert.equal(good.stdout, 'trust-policy-lint: 1 file checked, 0 findings (0 errors)\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
