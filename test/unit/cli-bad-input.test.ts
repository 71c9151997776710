// trust-policy-lint on hostile files (runs the built bundle): a clear finding or error message, never a stack trace.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const POLICY = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Principal": { "Service": "ec2.amazonaws.com" },\n      "Action": "sts:AssumeRole"\n    }\n  ]\n}\n';

interface Finding { ruleId: string; severity: string; message: string; range: { start: { line: number; character: number } } }

function run(args: string[], options: { uid?: number; gid?: number } = {}): SpawnSyncReturns<string> {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024, ...options });
  assert.equal(r.error, undefined, `the CLI did not finish: ${String(r.error)}`);
  assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+\)?\n|unexpected error|RangeError|TypeError/, `stack trace or internal error on stderr:\n${r.stderr}`);
  return r;
}

function lintJson(file: string): { status: number | null; findings: Finding[]; stderr: string } {
  const r = run(['--format', 'json', file]);
  const out = JSON.parse(r.stdout) as { file: string; findings: Finding[] }[];
  return { status: r.status, findings: out.flatMap((x) => x.findings), stderr: r.stderr };
}

describe('trust-policy-lint on bad input', function () {
  this.timeout(60_000);
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-bad-'));
    fs.chmodSync(dir, 0o755);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports an empty file as an error finding', () => {
    const r = lintJson(file('empty.json', ''));
    assert.equal(r.status, 1);
    assert.ok(r.findings.some((f) => f.ruleId === 'json-syntax' && /empty/.test(f.message)), JSON.stringify(r.findings));
  });

  it('lints a file with a byte order mark exactly like the same file without one', () => {
    const plain = lintJson(file('plain.json', POLICY));
    const bom = lintJson(file('bom.json', `\uFEFF${POLICY}`));
    assert.equal(bom.status, plain.status);
    assert.deepEqual(bom.findings, plain.findings);
  });

  it('lints CRLF line endings like LF, on the same lines', () => {
    const broken = POLICY.replace('"Effect": "Allow",', '"Effect": "Allow",,');
    const lf = lintJson(file('lf.json', broken));
    const crlf = lintJson(file('crlf.json', broken.replace(/\n/g, '\r\n')));
    assert.equal(lf.status, 1);
    assert.deepEqual(crlf.findings, lf.findings);
  });

  it('reports 100k levels of nesting once, quickly', () => {
    const started = Date.now();
    const r = lintJson(file('deep.json', '['.repeat(100_000) + ']'.repeat(100_000)));
    assert.equal(r.status, 1);
    assert.equal(r.findings.filter((f) => /Nesting deeper than/.test(f.message)).length, 1);
    assert.ok(Date.now() - started < 10_000);
  });

  it('analyses a 10 MB line structurally and says so', () => {
    const r = lintJson(file('huge-line.json', `{"Version": "2012-10-17", "Id": "${'x'.repeat(10 * 1024 * 1024)}", "Statement": []}`));
    const tooLarge = r.findings.filter((f) => f.ruleId === 'document-too-large');
    assert.equal(tooLarge.length, 1);
    assert.equal(tooLarge[0].severity, 'information');
  });

  it('reports invalid UTF-8', () => {
    const r = lintJson(file('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0xff, 0x22, 0x7d])));
    assert.equal(r.status, 1);
    assert.match(r.findings[0].message, /UTF-8/);
  });

  it('reports a binary file', () => {
    const r = lintJson(file('image.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])));
    assert.equal(r.status, 1);
    assert.match(r.findings[0].message, /binary/);
  });

  it('reports text that is not JSON', () => {
    const r = lintJson(file('prose.json', 'This is not JSON at all.\n'));
    assert.equal(r.status, 1);
    assert.ok(r.findings.some((f) => f.ruleId === 'json-syntax'));
  });

  it('lints JSON that is not a policy without crashing', () => {
    for (const [name, text] of [['package.json', '{"name": "x", "version": "1.0.0"}'], ['array.json', '[1, 2, 3]'], ['string.json', '"hello"'], ['number.json', '1e400']]) {
      const r = lintJson(file(name, text));
      assert.ok(r.status === 0 || r.status === 1, `${name}: exit ${r.status}\n${r.stderr}`);
    }
  });

  it('reports a symlink loop given by name, and skips one inside a folder', () => {
    const loop = fs.mkdtempSync(path.join(dir, 'loop-'));
    fs.symlinkSync('b.json', path.join(loop, 'a.json'));
    fs.symlinkSync('a.json', path.join(loop, 'b.json'));
    fs.symlinkSync('.', path.join(loop, 'self'));
    fs.writeFileSync(path.join(loop, 'real.json'), POLICY);
    const named = run([path.join(loop, 'a.json')]);
    assert.equal(named.status, 2);
    assert.match(named.stderr, /a\.json: too many levels of symbolic links/);
    const folder = run(['--format', 'json', loop]);
    assert.equal(folder.status, 0, folder.stderr);
    assert.deepEqual((JSON.parse(folder.stdout) as { file: string }[]).map((x) => path.basename(x.file)), ['real.json']);
  });

  it('reports an unreadable file with exit 2 (as root, by running the CLI as an unprivileged user)', () => {
    const locked = file('locked.json', POLICY);
    fs.chmodSync(locked, 0o000);
    const isRoot = process.getuid?.() === 0;
    if (process.platform === 'win32') {
      // chmod cannot take read access away on Windows; say so loudly instead of passing silently.
      assert.fail('unreadable-file test cannot run on Windows (no chmod); run it on Linux or macOS');
    }
    // Root reads any file regardless of its mode, so the CLI runs as "nobody" to see the permission error.
    const r = run([locked], isRoot ? { uid: 65534, gid: 65534 } : {});
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /locked\.json: permission denied/);
  });

  it('refuses a named pipe instead of blocking on it', () => {
    const fifo = path.join(dir, 'pipe.json');
    const made = spawnSync('mkfifo', [fifo]);
    assert.equal(made.status, 0, 'mkfifo is needed for this test');
    const r = run([fifo]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /not a regular file/);
  });

  it('reports a missing file and a folder without policies with exit 2', () => {
    const missing = run([path.join(dir, 'nope.json')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no such file/);
    const empty = fs.mkdtempSync(path.join(dir, 'empty-'));
    const none = run([empty]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no \*\.json, \*\.yaml, \*\.yml, \*\.template or \*\.tf files/);
  });

  it('keeps going after a bad file: the good one is still linted and the output stays valid JSON', () => {
    const good = file('good.json', POLICY);
    const r = run(['--format', 'json', path.join(dir, 'image.json'), path.join(dir, 'nope.json'), good, path.join(dir, 'deep.json')]);
    assert.equal(r.status, 2);
    const out = JSON.parse(r.stdout) as { file: string }[];
    assert.deepEqual(out.map((x) => path.basename(x.file)), ['image.json', 'good.json', 'deep.json']);
  });
});
