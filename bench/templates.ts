// Bench: analysing CloudFormation templates against parsing them with the host parser (`yaml`, with the
// template's short-form tags declared, as the extraction reads them), in one run.
// Usage: node bench/templates bundle (built by bench/templates.mjs); prints JSON.
import { parseTemplate } from '../server/src/service/embedded/cloudformation';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTrustPolicyService } from '../server/src/service';
import { bundledReferenceData } from '../server/src/data';
import { createHostAwareService, hostFormats } from '../server/src/service/embedded';

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
export const rows = process.env.NO_BENCH ? [] : [500, 2000, 8000].map((lines) => {
  const text = templateOfLines(lines);
  let version = 0;
  const [parse, analyse] = interleaved([
    () => { parseTemplate(text); },
    () => { service.validate(TextDocument.create('file:///bench/template.yaml', 'yaml', ++version, text)); },
  ]);
  const doc = TextDocument.create('file:///bench/template.yaml', 'yaml', 1, text);
  return { lines, roles: service.embedded(doc).length, chars: text.length, parseMs: parse, analyseMs: analyse, ratio: analyse / parse };
});
if (!process.env.NO_BENCH) process.stdout.write(JSON.stringify(rows));
