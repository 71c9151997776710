// Shared helpers for the embedded-policy tests: a host-aware service and policies written into templates.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Document, isMap, isSeq, visit, stringify } from 'yaml';
import { createHostAwareService, hostFormats } from '../../../server/src/service/embedded';
import { service as baseService } from '../../support/fixture';

export const hostService = createHostAwareService(baseService, hostFormats);

let counter = 0;
export function hostDoc(text: string, ext: 'yaml' | 'json' | 'tf' = 'yaml'): TextDocument {
  const languageId = ext === 'tf' ? 'terraform' : ext;
  return TextDocument.create(`file:///work/host-${++counter}/template.${ext}`, languageId, 1, text);
}

/** CloudFormation reads every scalar as a string; tests compare against the policy written that way. */
export function stringScalars(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stringScalars);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stringScalars(v)]));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value;
}

const template = (policy: unknown) => ({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: { Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'r', AssumeRolePolicyDocument: policy } } },
});

/** The policy as a block-style YAML template. */
export function yamlBlock(policy: unknown): string {
  return stringify(template(policy), { lineWidth: 0 });
}

/** The policy as a YAML template whose policy is written in flow style (`{ Version: ..., Statement: [ ... ] }`). */
export function yamlFlow(policy: unknown): string {
  const doc = new Document(template(policy));
  const policyNode = doc.getIn(['Resources', 'Role', 'Properties', 'AssumeRolePolicyDocument'], true);
  visit(policyNode as never, {
    Map: (_, n) => { if (isMap(n)) n.flow = true; },
    Seq: (_, n) => { if (isSeq(n)) n.flow = true; },
  });
  if (isMap(policyNode)) policyNode.flow = true;
  return doc.toString({ lineWidth: 0 });
}

/** The policy in a JSON template, as CDK synthesizes them. */
export function jsonTemplate(policy: unknown): string {
  return JSON.stringify(template(policy), null, 1);
}

/** A YAML template up to the policy's key. */
const yamlHead = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: r\n';

/** The policy as a JSON string in a YAML literal block scalar (`AssumeRolePolicyDocument: |`). */
export function yamlJsonBlock(policy: unknown): string {
  const json = JSON.stringify(policy, null, 2).replace(/\n/g, '\n        ');
  return `${yamlHead}      AssumeRolePolicyDocument: |\n        ${json}\n`;
}

/** The policy as a JSON string in a single-quoted YAML string. */
export function yamlJsonQuoted(policy: unknown): string {
  return `${yamlHead}      AssumeRolePolicyDocument: '${JSON.stringify(policy).replace(/'/g, "''")}'\n`;
}

/** The policy as a JSON string in a JSON template. */
export function jsonTemplateString(policy: unknown): string {
  return JSON.stringify(template(JSON.stringify(policy)), null, 1);
}
