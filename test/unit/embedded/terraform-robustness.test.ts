// Bad and big Terraform input: syntax errors, deep nesting, huge files, a parser that is not loaded yet; and every
// fix offered on every fixture leaves a file that still parses.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createHostAwareService } from '../../../server/src/service/embedded/host-service';
import { terraformFormat } from '../../../server/src/service/embedded/terraform';
import { service as baseService } from '../../support/fixture';
import { fixture, hclSyntaxErrors, loadTerraform, root } from './terraform-support';

const extract = (text: string) => terraformFormat.extract('file:///bad/main.tf', text, {});
const role = (name: string, body: string) => `resource "aws_iam_role" "${name}" {\n  assume_role_policy = ${body}\n}\n`;
const ec2 = 'jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }] })';

describe('terraform: bad and big input', function () {
  this.timeout(60_000);
  before(loadTerraform);

  it('says the parser is not ready before initTerraform, without throwing', () => {
    const script = `const { terraformFormat } = require(${JSON.stringify(path.join(root, 'server/src/service/embedded/terraform.ts'))});
      process.stdout.write(JSON.stringify(terraformFormat.extract('file:///a.tf', 'resource "aws_iam_role" "x" {}', {})));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: root, encoding: 'utf8' })) as ReturnType<typeof extract>;
    assert.deepEqual(out.policies, []);
    assert.equal(out.problems.length, 1);
    assert.match(out.problems[0].message, /Terraform parser is not ready/);
  });

  it('reads the roles that parse in a file with syntax errors, and reports nothing else', () => {
    const text = `resource "aws_s3_bucket" "b" {\n  bucket = "x"\n  tags = {\n}\n\n${role('ok', ec2)}`;
    const broken = `${text}\nresource "aws_iam_role" "broken" {\n  assume_role_policy = jsonencode({ Statement = [ }\n`;
    const result = extract(broken);
    assert.deepEqual(result.policies.map((p) => p.name), ['aws_iam_role.ok']);
    assert.deepEqual(result.problems, []);
  });

  it('reports one problem, at the error, when nothing can be read', () => {
    const text = 'resource "aws_iam_role" "x" {\n  assume_role_policy = jsonencode({\n    Statement = [{ Effect = "Allow" ]\n';
    const result = extract(text);
    assert.deepEqual(result.policies, []);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].message, /Terraform syntax error/);
    const { offset, length } = result.problems[0].range;
    assert.equal(text.slice(offset, offset + length), '    Statement = [{ Effect = "Allow" ]', 'the line where the parser gave up');
  });

  it('reports invalid JSON in a heredoc at its place in the file', () => {
    const text = role('h', '<<EOF\n{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",, "Action": "sts:AssumeRole"}]}\nEOF');
    const result = extract(text);
    assert.ok(result.problems.length >= 1);
    assert.match(result.problems[0].message, /Invalid JSON/);
    assert.equal(text.slice(result.problems[0].range.offset, result.problems[0].range.offset + result.problems[0].range.length), ',');
    assert.equal(result.policies.length, 1, 'what the JSON parser recovered is still checked');
  });

  it('survives deep nesting, garbage and unterminated constructs', () => {
    const deepHcl = role('deep', `jsonencode({ Statement = ${'['.repeat(5000)}${']'.repeat(5000)} })`);
    const deepJson = role('deepjson', `<<EOF\n{"Statement": ${'['.repeat(5000)}${']'.repeat(5000)}}\nEOF`);
    const inputs = [
      deepHcl, deepJson,
      role('open', '<<EOF\n{"Statement": []}\n'),
      role('quote', '"{\\"Statement\\": [}'),
      'aws_iam_role \u0000\u0001\uffff{{{{ """ <<<< ${ %{',
      `resource "aws_iam_role" "x" { assume_role_policy = jsonencode(${'{ a = '.repeat(2000)}1${' }'.repeat(2000)}) }`,
    ];
    for (const text of inputs) {
      const result = extract(text);
      assert.ok(Array.isArray(result.policies) && Array.isArray(result.problems));
      for (const p of result.policies) JSON.parse(p.text);
    }
    assert.match(extract(deepJson).problems[0]?.message ?? '', /nested too deeply/);
  });

  it('reads a file of a thousand roles, and says plainly that a 5 MB one is not checked', () => {
    const many = Array.from({ length: 1000 }, (_, i) => role(`r${i}`, ec2)).join('\n');
    const result = extract(many);
    assert.equal(result.policies.length, 1000);
    assert.equal(result.policies[999].name, 'aws_iam_role.r999');
    const huge = extract(many.repeat(Math.ceil((5 * 1024 * 1024) / many.length)));
    assert.deepEqual(huge.policies, []);
    assert.match(huge.problems[0]?.message ?? '', /over 2 million characters/);
  });
});

describe('terraform: every fix offered on every fixture keeps the file parseable', () => {
  before(loadTerraform);

  const dir = path.join(root, 'test/fixtures/terraform');
  const folders = [dir, ...readdirSync(dir).map((f) => path.join(dir, f)).filter((f) => statSync(f).isDirectory())];
  for (const folder of folders) {
    const names = readdirSync(folder).filter((f) => f.endsWith('.tf'));
    const files = names.map((name) => ({ uri: `file://${folder}/${name}`, text: fixture(path.relative(dir, path.join(folder, name))) }));
    // Each file of a folder sees the others as siblings (policy documents used from another file).
    const service = createHostAwareService(baseService, [terraformFormat], { context: () => ({ siblings: () => files }) });
    for (const file of files) {
      it(path.relative(dir, file.uri.slice('file://'.length)), () => {
        const doc = TextDocument.create(file.uri, 'terraform', 1, file.text);
        let offered = 0;
        for (const diagnostic of service.validate(doc, { accounts: ['111122223333'] })) {
          for (const action of service.codeActions(doc, diagnostic.range, [diagnostic], { accounts: ['111122223333'] })) {
            const fixed = TextDocument.applyEdits(doc, action.edit?.changes?.[doc.uri] ?? []);
            assert.deepEqual(hclSyntaxErrors(fixed), [], `"${action.title}" breaks ${file.uri}:\n${fixed}`);
            offered++;
          }
        }
        if (file.text.includes('principals') || file.text.includes('"*"')) assert.ok(offered >= 0);
      });
    }
  }
});

describe('terraform: runs in a web worker', () => {
  it('imports no Node API (the wasm files come through the injected loader)', () => {
    const dir = path.join(root, 'server/src/service/embedded');
    const sources = readdirSync(dir).filter((f) => f.startsWith('terraform'));
    assert.ok(sources.length >= 5);
    for (const file of sources) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) assert.ok(spec.startsWith('./') || spec.startsWith('../') || spec === 'web-tree-sitter' || spec === 'jsonc-parser', `${file} imports ${spec}`);
      assert.ok(!/\brequire\(|\bprocess\.|\bBuffer\b/.test(text), `${file} uses a Node global`);
    }
  });
});
