// Bad templates give clear findings or none: anchors and aliases, merge keys, duplicate keys, tabs, broken
// indentation, alias bombs and very large files never crash or hang the service.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hostDoc, hostService } from './host-support';

const ROLE = (policy: string) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
${policy}`;

/** Runs every feature once and returns the diagnostics; any throw fails the test. */
function exercise(text: string, ext: 'yaml' | 'json' = 'yaml') {
  const doc = hostDoc(text, ext);
  const diagnostics = hostService.validate(doc, { accounts: ['111122223333'] });
  for (const d of diagnostics.slice(0, 20)) hostService.codeActions(doc, d.range, [d]);
  hostService.fixAll(doc);
  hostService.codeLenses(doc);
  for (const offset of [0, Math.floor(text.length / 2), text.length]) {
    hostService.hover(doc, doc.positionAt(offset));
    hostService.complete(doc, doc.positionAt(offset));
  }
  return { doc, diagnostics };
}

describe('embedded policies: bad templates', () => {
  it('reads statements shared through anchors and aliases, and maps them to the alias', () => {
    const { doc, diagnostics } = exercise(`AWSTemplateFormatVersion: "2010-09-09"
Mappings:
  Shared:
    Statement: &ec2
      Effect: Allow
      Principal: { Service: ec2.amazonaws.com }
      Action: sts:AssumeRole
      Resource: "*"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - *ec2
`);
    const resource = diagnostics.filter((d) => d.code === 'resource-forbidden');
    assert.equal(resource.length, 1);
    assert.equal(doc.getText(resource[0].range), '*ec2');
    // Editing the anchor would change its other uses: no fix is offered through an alias.
    assert.deepEqual(hostService.codeActions(doc, resource[0].range, resource), []);
  });

  it('expands merge keys, explicit keys winning', () => {
    const { diagnostics } = exercise(`AWSTemplateFormatVersion: "2010-09-09"
Mappings:
  Base: &base { Effect: Deny, Action: sts:AssumeRole }
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - <<: *base
            Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
`);
    assert.deepEqual(diagnostics.map((d) => d.code), [], 'Effect and Action come from the merge key');
  });

  it('reports duplicate keys as the policy rules do', () => {
    const { diagnostics } = exercise(ROLE(`        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Effect: Deny
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
`));
    assert.ok(diagnostics.some((d) => d.code === 'duplicate-key'), diagnostics.map((d) => d.code).join());
  });

  it('says clearly when a template is not valid YAML (tabs, broken indentation) and never throws', () => {
    for (const broken of [
      ROLE('\tVersion: "2012-10-17"\n\tStatement: []\n'),
      ROLE('        Statement:\n          - Effect: Allow\n         Principal: x\n            Action: [unclosed\n'),
      ROLE('        Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}\n'),
      'AWSTemplateFormatVersion: "2010-09-09"\nResources: : :\n  - ]\n',
    ]) {
      const { diagnostics } = exercise(broken);
      assert.ok(diagnostics.some((d) => d.code === 'host-syntax' && /cannot be read as YAML/.test(String(d.message))), `${diagnostics.map((d) => d.code).join()}\n${broken}`);
    }
  });

  it('stops an alias bomb instead of expanding it', () => {
    const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Mappings:', '  M:', '    a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`    a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('Resources:', '  Role:', '    Type: AWS::IAM::Role', '    Properties:', '      AssumeRolePolicyDocument:', '        Statement:', '          - Effect: Allow', '            Principal: { Service: *a11 }', '            Action: sts:AssumeRole');
    const started = Date.now();
    const { diagnostics } = exercise(lines.join('\n'));
    assert.ok(Date.now() - started < 20_000, 'an alias bomb must not hang the service');
    assert.ok(diagnostics.some((d) => d.code === 'host-syntax' && /too large/.test(String(d.message))), diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
  });

  it('handles a 5 MB template with many roles', () => {
    const role = (i: number) => `  Role${i}:
    Type: AWS::IAM::Role
    Properties:
      RoleName: role-${i}
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
${i % 50 === 0 ? '            Resource: "*"\n' : ''}`;
    const parts = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:'];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const r = role(i);
      parts.push(r);
      size += r.length;
    }
    const text = parts.join('\n');
    const doc = TextDocument.create('file:///big/template.yaml', 'yaml', 1, text);
    const diagnostics = hostService.validate(doc);
    assert.ok(hostService.embedded(doc).length > 10_000);
    assert.equal(diagnostics.filter((d) => d.code === 'resource-forbidden').length, Math.ceil(hostService.embedded(doc).length / 50));
  });

  it('reads a JSON template with syntax errors as far as it can, with a clear finding', () => {
    const { diagnostics } = exercise('{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Statement": [}}}', 'json');
    assert.ok(diagnostics.some((d) => d.code === 'host-syntax' && /cannot be read as JSON/.test(String(d.message))));
  });
});
