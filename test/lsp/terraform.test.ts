// The bundled server reads Terraform over LSP: the parser's wasm loads from dist/ when the first .tf file with a
// role opens, diagnostics land in the .tf file, and a fix is written as HCL.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { startClient, type TestClient } from '../support/lsp-client';

const ROLE = `resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "codebuild.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}
`;

describe('language server: trust policies in Terraform', () => {
  let client: TestClient;
  before(async () => { client = await startClient({ initializationOptions: { plainJsonIsPolicy: false } }); });
  after(async () => { await client.shutdown(); });

  it('publishes a diagnostic on the HCL string and offers its fix in jsonencode syntax', async () => {
    const uri = 'file:///work/infra/iam.tf';
    client.open(uri, ROLE, 1, 'terraform');
    const diagnostics = await client.diagnostics(uri, (d) => d.length > 0);
    const deputy = diagnostics.find((d) => d.code === 'confused-deputy') as Diagnostic;
    assert.ok(deputy, JSON.stringify(diagnostics));
    assert.deepEqual(deputy.range, { start: { line: 6, character: 30 }, end: { line: 6, character: 55 } });
    const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: deputy.range, context: { diagnostics: [deputy] } }) as CodeAction[];
    const add = actions.find((a) => a.title === 'Add an aws:SourceAccount condition');
    assert.ok(add, actions.map((a) => a.title).join());
    assert.match(add.edit?.changes?.[uri]?.[0]?.newText ?? '', /Condition = \{\n\s+StringEquals = \{\n\s+"aws:SourceAccount" = "/);
  });

  it('a module spans its folder: opening or editing the role that uses a policy document updates the findings of that document', async () => {
    const documents = 'file:///work/module/policies.tf';
    const roles = 'file:///work/module/main.tf';
    client.open(documents, `data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}
`, 1, 'terraform');
    // No role uses the document yet: it could be any policy, so nothing is reported.
    assert.deepEqual(await client.diagnostics(documents), []);
    const uses = 'resource "aws_iam_role" "r" {\n  assume_role_policy = data.aws_iam_policy_document.assume.json\n}\n';
    client.open(roles, uses, 1, 'terraform');
    const found = await client.diagnostics(documents, (d) => d.some((x) => x.code === 'principal-wildcard'));
    assert.equal(found.find((x) => x.code === 'principal-wildcard')?.range.start.line, 5);
    client.change(roles, 2, 'resource "aws_iam_role" "r" {\n  assume_role_policy = "{}"\n}\n');
    await client.diagnostics(documents, (d) => !d.some((x) => x.code === 'principal-wildcard'));
  });

  it('reads variable defaults and the folder\'s terraform.tfvars from disk, and .tf.json files opened as json', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lsp-tfvars-'));
    try {
      fs.writeFileSync(path.join(folder, 'variables.tf'), 'variable "trusted" {\n  default = "*"\n}\n');
      const main = pathToFileURL(path.join(folder, 'main.tf')).href;
      const role = 'resource "aws_iam_role" "r" {\n  assume_role_policy = jsonencode({\n    Statement = [{ Effect = "Allow", Principal = { AWS = var.trusted }, Action = "sts:AssumeRole" }]\n  })\n}\n';
      client.open(main, role, 1, 'terraform');
      const found = await client.diagnostics(main, (d) => d.some((x) => x.code === 'principal-wildcard'));
      assert.equal(found.find((x) => x.code === 'principal-wildcard')?.range.start.line, 2);
      // terraform.tfvars (not open) overrides the default; the next check of main.tf reads it.
      fs.writeFileSync(path.join(folder, 'terraform.tfvars'), 'trusted = "arn:aws:iam::123456789012:role/deployer"\n');
      client.change(main, 2, `${role}\n`);
      await client.diagnostics(main, (d) => !d.some((x) => x.code === 'principal-wildcard'));

      const cdk = pathToFileURL(path.join(folder, 'cdk.tf.json')).href;
      const json = JSON.stringify({ resource: { aws_iam_role: { open: { assume_role_policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}' } } } }, null, 2);
      client.open(cdk, json, 1, 'json');
      const inJson = await client.diagnostics(cdk, (d) => d.some((x) => x.code === 'principal-wildcard'));
      assert.equal(inJson.find((x) => x.code === 'principal-wildcard')?.range.start.line, 4);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
