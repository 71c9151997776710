// Bench: analysing CloudFormation templates against parsing them with the host parser (`yaml`, with the
// template's short-form tags declared, as the extraction reads them), in one run.
// Usage: node bench/templates bundle (built by bench/templates.mjs); prints JSON.
import { parseTemplate } from '../server/src/service/embedded/cloudformation';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTrustPolicyService } from '../server/src/service';
import { bundledReferenceData } from '../server/src/data';
import { createHostAwareService, hostFormats, initTerraform } from '../server/src/service/embedded';
import { parseHclNodes } from '../server/src/service/embedded/terraform-parse';
import fs from 'node:fs';
import path from 'node:path';

/** A template of about `lines` lines: roles of realistic shapes (OIDC, cross-account, services) plus other resources. */
export function templateOfLines(lines: number): string {
  const out = ['AWSTemplateFormatVersion: "2010-09-09"', 'Parameters:', '  VendorAccountId: { Type: String }', 'Resources:'];
  for (let i = 0; out.length < lines; i++) {
    switch (i % 4) {
      case 0:
        out.push(`  Deploy${i}:`, '    Type: AWS::IAM::Role', '    Properties:', `      RoleName: deploy-${i}`, '      AssumeRolePolicyDocument:', '        Version: "2012-10-17"', '        Statement:',
          '          - Effect: Allow', '            Principal:', '              Federated: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com"',
          '            Action: sts:AssumeRoleWithWebIdentity', '            Condition:', '              StringEquals:', '                token.actions.githubusercontent.com:aud: sts.amazonaws.com',
          '              StringLike:', `                token.actions.githubusercontent.com:sub: [repo:acme/app-${i}:ref:refs/heads/main, repo:acme/app-${i}:environment:prod]`);
        break;
      case 1:
        out.push(`  Vendor${i}:`, '    Type: AWS::IAM::Role', '    Properties:', '      AssumeRolePolicyDocument:', '        Version: "2012-10-17"', '        Statement:',
          '          - Effect: Allow', '            Principal: { AWS: !Sub "arn:aws:iam::${VendorAccountId}:root" }', '            Action: sts:AssumeRole',
          '            Condition: { StringEquals: { sts:ExternalId: !Ref AWS::StackName } }');
        break;
      case 2:
        out.push(`  Fn${i}:`, '    Type: AWS::Serverless::Function', '    Properties:', '      Handler: index.handler', '      Runtime: nodejs20.x', '      AssumeRolePolicyDocument:', '        Statement:',
          '          - Effect: Allow', '            Principal: { Service: [lambda.amazonaws.com, edgelambda.amazonaws.com] }', '            Action: sts:AssumeRole');
        break;
      default:
        out.push(`  Bucket${i}:`, '    Type: AWS::S3::Bucket', '    Properties:', `      BucketName: !Sub "data-${i}-\${AWS::AccountId}"`, '      Tags:', '        - { Key: team, Value: data }');
    }
  }
  return out.join('\n') + '\n';
}

/** Minimum time of `fn` over interleaved rounds (the machine is shared: the minimum is the least disturbed run). */
function interleaved(fns: (() => void)[], rounds = 15): number[] {
  const best = fns.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const t = performance.now();
      fn();
      best[i] = Math.min(best[i], performance.now() - t);
    });
  }
  return best;
}

export const service = createHostAwareService(createTrustPolicyService({ data: bundledReferenceData }), hostFormats);
/** A Terraform file of about `lines` lines: jsonencode roles and policy documents that roles use. */
export function terraformOfLines(lines: number): string {
  const out: string[] = ['data "aws_caller_identity" "current" {}', ''];
  for (let i = 0; out.length < lines; i++) {
    if (i % 2 === 0) {
      out.push(`resource "aws_iam_role" "service_${i}" {`, `  name = "service-${i}"`, '  assume_role_policy = jsonencode({', '    Version = "2012-10-17"', '    Statement = [{',
        '      Effect    = "Allow"', '      Principal = { Service = "lambda.amazonaws.com" }', '      Action    = "sts:AssumeRole"',
        '      Condition = { StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id } }', '    }]', '  })', '}', '');
    } else {
      out.push(`data "aws_iam_policy_document" "github_${i}" {`, '  statement {', '    actions = ["sts:AssumeRoleWithWebIdentity"]', '    principals {', '      type        = "Federated"',
        '      identifiers = ["arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"]', '    }', '    condition {', '      test     = "StringEquals"',
        '      variable = "token.actions.githubusercontent.com:aud"', '      values   = ["sts.amazonaws.com"]', '    }', '    condition {', '      test     = "StringLike"',
        '      variable = "token.actions.githubusercontent.com:sub"', `      values   = ["repo:acme/app-${i}:ref:refs/heads/main"]`, '    }', '  }', '}', '',
        `resource "aws_iam_role" "github_${i}" {`, `  name               = "github-${i}"`, `  assume_role_policy = data.aws_iam_policy_document.github_${i}.json`, '}', '');
    }
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const assets: Record<string, string> = { 'web-tree-sitter.wasm': 'node_modules/web-tree-sitter/web-tree-sitter.wasm', 'tree-sitter-terraform.wasm': 'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm' };
  await initTerraform(async (name) => new Uint8Array(fs.readFileSync(path.join(process.env.BENCH_ROOT ?? root, assets[name]))));
  let version = 0;
  const row = (kind: string, lines: number, text: string, uri: string, languageId: string, parse: () => void) => {
    const [parseMs, analyseMs] = interleaved([parse, () => { service.validate(TextDocument.create(uri, languageId, ++version, text)); }]);
    const roles = service.embedded(TextDocument.create(uri, languageId, ++version, text)).length;
    return { kind, lines, roles, chars: text.length, parseMs, analyseMs, ratio: analyseMs / parseMs };
  };
  const rows = [
    ...[500, 2000, 8000].map((lines) => { const text = templateOfLines(lines); return row('CloudFormation YAML', lines, text, 'file:///bench/template.yaml', 'yaml', () => { parseTemplate(text); }); }),
    ...[500, 2000, 8000].map((lines) => { const text = terraformOfLines(lines); return row('Terraform', lines, text, 'file:///bench/main.tf', 'terraform', () => { parseHclNodes(text); }); }),
  ];
  process.stdout.write(JSON.stringify(rows));
}

if (!process.env.NO_BENCH) void main();
