// CloudFormation trust policies written as a JSON string (block scalar, quoted string, JSON-template string) and
// through a whole-document Fn::If: findings at their place in the host, invalid JSON as a host problem, hover and
// completion inside the string, fixes written back in the string's own style or not offered.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseTemplate } from '../../../server/src/service/embedded/cloudformation';
import { checkDiagnostics } from '../../support/fixture';
import { hostDoc, hostService } from './host-support';

const ALL_RULES = hostService.rules.map((r) => r.id).concat('host-syntax');
const OPTIONS = { accounts: ['111122223333'] };

const yamlCheck = (fixture: string) => checkDiagnostics(fixture, ALL_RULES, OPTIONS, (text, o) => hostService.validate(hostDoc(text, 'yaml'), o));
const jsonCheck = (fixture: string) => checkDiagnostics(fixture, ALL_RULES, OPTIONS, (text, o) => hostService.validate(hostDoc(text, 'json'), o));

/** `‸` marks the cursor (a `|` would read as a block scalar). */
function cursor(fixture: string): { doc: TextDocument; offset: number } {
  const offset = fixture.indexOf('‸');
  assert.ok(offset >= 0, 'fixture has no ‸ cursor');
  return { doc: hostDoc(fixture.slice(0, offset) + fixture.slice(offset + 1)), offset };
}

/** The fixes offered for the first finding of `ruleId`. */
function fixesFor(doc: TextDocument, ruleId: string) {
  const d = hostService.validate(doc, OPTIONS).find((x) => x.code === ruleId);
  assert.ok(d, `no ${ruleId} finding`);
  return hostService.codeActions(doc, d.range, [d], OPTIONS);
}

/** Applies the fix titled `title` (or the preferred one) for the first finding of `ruleId`. */
function applyFix(doc: TextDocument, ruleId: string, title?: string): string {
  const actions = fixesFor(doc, ruleId);
  const action = title ? actions.find((a) => a.title === title) : actions.find((a) => a.isPreferred) ?? actions[0];
  assert.ok(action, `no fix for ${ruleId}; offered ${actions.map((a) => a.title).join(', ')}`);
  return TextDocument.applyEdits(doc, action.edit?.changes?.[doc.uri] ?? []);
}

/** The AssumeRolePolicyDocument of `role` as the template holds it (a string stays a string). */
function documentOf(template: string, role = 'Role'): unknown {
  const doc = parseTemplate(template);
  assert.deepEqual(doc.errors.map((e) => e.message), [], template);
  return (doc.toJS() as { Resources: Record<string, { Properties: { AssumeRolePolicyDocument: unknown } }> }).Resources[role].Properties.AssumeRolePolicyDocument;
}

/** The policy held in a JSON string, parsed. */
function stringPolicy(template: string, role = 'Role'): unknown {
  const value = documentOf(template, role);
  assert.equal(typeof value, 'string', `${role}'s policy is no longer a string`);
  return JSON.parse(value as string);
}

const role = (document: string) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${document}`;

const BLOCK_POLICY = role(`|
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Principal": { "AWS": "arn:aws:iam::444455556666:root" },
              "Action": "sts:AssumeRole",
              "Resource": "*"
            }
          ]
        }
`);

describe('embedded policies: CloudFormation policies as JSON strings and through Fn::If', () => {
  describe('a policy written as a JSON string', () => {
    it('a literal block scalar: findings on the exact characters, line by line', () => {
      yamlCheck(`
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: |
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Principal": { "Service": "ec2.amazonaws.con" },
                                        ^^^^^^^^^^^^^^^^^^^ service-principal-format
                                        ^^^^^^^^^^^^^^^^^^^ service-principal-unknown
              "Action": "sts:AssumeRol",
                        ^^^^^^^^^^^^^^^ action-not-sts
              "Resource": "*"
              ^^^^^^^^^^ resource-forbidden
            }
          ]
        }
`);
    });

    it('a folded block scalar and a single-quoted string with a quote escaped', () => {
      yamlCheck(`
Resources:
  Folded:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: >-
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Principal": {"Service": "ec2.amazonaws.con"}, "Action": "sts:AssumeRole"}]}
                                   ^^^^^^^^^^^^^^^^^^^ service-principal-format
                                   ^^^^^^^^^^^^^^^^^^^ service-principal-unknown
  Quoted:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: '{"Version": "2012-10-17", "Statement": [{"Sid": "it''s", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.con"}, "Action": "sts:AssumeRole"}]}'
                                                                                                                                      ^^^^^^^^^^^^^^^^^^^ service-principal-format
                                                                                                                                      ^^^^^^^^^^^^^^^^^^^ service-principal-unknown
                                                                                 ^^^^^^^ sid-invalid
`);
    });

    it('a double-quoted string and a string in a JSON template: escaped quotes map to their place', () => {
      yamlCheck(`
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"Service\\": \\"ec2.amazonaws.con\\"}, \\"Action\\": \\"sts:AssumeRole\\"}]}"
                                                                                                                                    ^^^^^^^^^^^^^^^^^^^^^ service-principal-format
                                                                                                                                    ^^^^^^^^^^^^^^^^^^^^^ service-principal-unknown
`);
      jsonCheck(`
{
  "Resources": {
    "Role": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "AssumeRolePolicyDocument": "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"Service\\": \\"lambda.amazonaws.com\\"}, \\"Action\\": \\"sts:AssumeRole\\", \\"Resource\\": \\"*\\"}]}"
                                                                                                                                                                                                   ^^^^^^^^^^^^ resource-forbidden
      }
    }
  }
}
`);
    });

    it('a string it cannot place character by character (a quoted string across lines) maps to the whole string', () => {
      const doc = hostDoc(role(`"{\\"Version\\": \\"2012-10-17\\",
        \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"Service\\": \\"ec2.amazonaws.con\\"}, \\"Action\\": \\"sts:AssumeRole\\"}]}"
`));
      const found = hostService.validate(doc, OPTIONS);
      assert.deepEqual(found.map((d) => d.code).sort(), ['service-principal-format', 'service-principal-unknown']);
      const whole = doc.getText().slice(doc.getText().indexOf('"{'), doc.getText().lastIndexOf('"') + 1);
      for (const d of found) assert.equal(doc.getText(d.range), whole);
      assert.deepEqual(fixesFor(doc, 'service-principal-unknown'), [], 'no fix where positions are not exact');
      // An explicit indentation indicator is not decoded: the whole block, header included.
      const indicated = hostDoc(role(`|2\n          {"Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.con"}, "Action": "sts:AssumeRole"}]}\n`));
      const [d] = hostService.validate(indicated, OPTIONS).filter((x) => x.code === 'service-principal-unknown');
      assert.match(indicated.getText(d.range), /^\|2\n {10}\{"Statement".*\}$/);
      assert.deepEqual(fixesFor(indicated, 'service-principal-unknown'), []);
    });

    it('invalid JSON in the string is a host problem at its place; the other roles are still read', () => {
      const text = `${role(`|
        {
          "Version": "2012-10-17",
          "Statement": [
            { "Effect": "Allow" "Action": "sts:AssumeRole" }
          ]
        }
`)}  Other:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: '{"Statement": []'
  Good:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}'
`;
      const doc = hostDoc(text);
      assert.deepEqual(hostService.embedded(doc).map((e) => e.policy.name), ['Good']);
      const problems = hostService.validate(doc, OPTIONS).filter((d) => d.code === 'host-syntax');
      assert.equal(problems.length, 2, problems.map((d) => d.message).join('\n'));
      assert.equal(doc.getText(problems[0].range), '"Action"');
      assert.match(String(problems[0].message), /Role is a string that is not valid JSON \(CommaExpected\)/);
      assert.equal(problems[1].range.start.line, doc.positionAt(text.indexOf(`'{"Statement": []'`)).line);
      assert.match(String(problems[1].message), /Other is a string that is not valid JSON/);
    });

    it('a string that is not a JSON object is a host problem', () => {
      const doc = hostDoc(role(`not-json\n`));
      assert.deepEqual(hostService.embedded(doc), []);
      const [problem] = hostService.validate(doc, OPTIONS);
      assert.equal(problem?.code, 'host-syntax');
    });

    it('hovers and completes inside a block-scalar policy', () => {
      const hoverAt = cursor(BLOCK_POLICY.replace('"Action": "sts:AssumeRole"', '"Action": "sts:Assu‸meRole"'));
      const hover = hostService.hover(hoverAt.doc, hoverAt.doc.positionAt(hoverAt.offset), OPTIONS);
      assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents, 'no hover');
      assert.equal(hoverAt.doc.getText(hover.range), '"sts:AssumeRole"');

      const completeAt = cursor(BLOCK_POLICY.replace('{ "AWS": "arn:aws:iam::444455556666:root" }', '{ "Service": "lambda.ama‸" }'));
      const list = hostService.complete(completeAt.doc, completeAt.doc.positionAt(completeAt.offset), OPTIONS);
      const item = list.items.find((i) => i.label === 'lambda.amazonaws.com');
      assert.ok(item, `items: ${list.items.slice(0, 5).map((i) => i.label).join(', ')}`);
      const edited = TextDocument.applyEdits(completeAt.doc, [item.textEdit as never]);
      assert.match(edited, /\n {14}"Principal": \{ "Service": "lambda\.amazonaws\.com" \},\n/);
      assert.deepEqual((stringPolicy(edited) as { Statement: { Principal: unknown }[] }).Statement[0].Principal, { Service: 'lambda.amazonaws.com' });
    });

    it('completes inside a quoted-string policy, written with the string\'s escapes', () => {
      const { doc, offset } = cursor(`{
 "Resources": {
  "Role": {
   "Type": "AWS::IAM::Role",
   "Properties": {
    "AssumeRolePolicyDocument": "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"Service\\": \\"lambda.ama‸\\"}, \\"Action\\": \\"sts:AssumeRole\\"}]}"
   }
  }
 }
}`);
      const json = TextDocument.create(doc.uri.replace(/\.yaml$/, '.json'), 'json', 1, doc.getText());
      const item = hostService.complete(json, json.positionAt(offset), OPTIONS).items.find((i) => i.label === 'lambda.amazonaws.com');
      assert.ok(item, 'no lambda.amazonaws.com');
      const edited = TextDocument.applyEdits(json, [item.textEdit as never]);
      const policy = JSON.parse((JSON.parse(edited) as { Resources: { Role: { Properties: { AssumeRolePolicyDocument: string } } } }).Resources.Role.Properties.AssumeRolePolicyDocument);
      assert.deepEqual(policy.Statement[0].Principal, { Service: 'lambda.amazonaws.com' });
    });
  });

  describe('fixes inside a JSON string, written back in its style', () => {
    it('a literal block: a property removed, a condition added pretty and indented, a value replaced', () => {
      const removed = applyFix(hostDoc(BLOCK_POLICY), 'resource-forbidden');
      assert.match(removed, /\n {14}"Action": "sts:AssumeRole"\n {12}\}\n/);
      assert.equal('Resource' in (stringPolicy(removed) as { Statement: object[] }).Statement[0], false);

      const added = applyFix(hostDoc(removed), 'cross-account-trust', 'Require an sts:ExternalId');
      assert.match(added, /\n {14}"Action": "sts:AssumeRole",\n {14}"Condition": \{\n {16}"StringEquals": \{\n {18}"sts:ExternalId": "[^"]+"\n {16}\}\n {14}\}\n {12}\}\n/);
      assert.deepEqual(Object.keys((stringPolicy(added) as { Statement: object[] }).Statement[0]), ['Effect', 'Principal', 'Action', 'Condition']);
      assert.deepEqual(hostService.validate(hostDoc(added), OPTIONS).filter((d) => d.code === 'host-syntax'), []);

      const replaced = applyFix(hostDoc(BLOCK_POLICY.replace('"Principal": { "AWS": "arn:aws:iam::444455556666:root" }', '"Principal": { "Service": "ec2.amazonaws.con" }')), 'service-principal-unknown');
      assert.match(replaced, /\n {14}"Principal": \{ "Service": "ec2\.amazonaws\.com" \},\n/);
    });

    it('a single-quoted string stays one single-quoted line', () => {
      const before = role(`'{"Version": "2012-10-17", "Statement": [{"Sid": "it''s ok", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sts:AssumeRole", "Resource": "*"}]}'\n`);
      const removed = applyFix(hostDoc(before), 'resource-forbidden');
      assert.match(removed, /AssumeRolePolicyDocument: '\{"Version": "2012-10-17", "Statement": \[\{"Sid": "it''s ok", .*"Action": "sts:AssumeRole"\}\]\}'\n/);
      const added = applyFix(hostDoc(removed), 'cross-account-trust', 'Require an sts:ExternalId');
      assert.match(added, /"Action": "sts:AssumeRole", "Condition": \{"StringEquals": \{"sts:ExternalId": "[^"]+"\}\}\}\]\}'\n/);
      assert.equal((stringPolicy(added) as { Statement: { Sid: string }[] }).Statement[0].Sid, "it's ok");
    });

    it('a string in a JSON template stays an escaped JSON string', () => {
      const template = `{
 "Resources": {
  "Role": {
   "Type": "AWS::IAM::Role",
   "Properties": {
    "AssumeRolePolicyDocument": "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": {\\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"Service\\": \\"ec2.amazonaws.com\\"}, \\"Action\\": \\"sts:AssumeRole\\"}}"
   }
  }
 }
}`;
      const doc = TextDocument.create('file:///work/forms/template.json', 'json', 1, template);
      const fixed = applyFix(doc, 'statement-not-array');
      const value = (JSON.parse(fixed) as { Resources: { Role: { Properties: { AssumeRolePolicyDocument: string } } } }).Resources.Role.Properties.AssumeRolePolicyDocument;
      assert.deepEqual(JSON.parse(value).Statement, [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    });

    it('a folded block is not rewritten: its fixes are not offered', () => {
      const doc = hostDoc(role(`>
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", "Resource": "*"}]}
`));
      assert.equal(hostService.embedded(doc)[0].policy.editor, undefined);
      assert.deepEqual(fixesFor(doc, 'resource-forbidden'), []);
    });
  });

  it('a whole policy given through an alias is read, mapped to the alias and not edited there', () => {
    const doc = hostDoc(`
Resources:
  First:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: &trust
        Version: "2012-10-17"
        Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole, Resource: "*"}]
  Second:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: *trust
`);
    assert.deepEqual(hostService.embedded(doc).map((e) => e.policy.name), ['First', 'Second']);
    const found = hostService.validate(doc, OPTIONS).filter((d) => d.code === 'resource-forbidden');
    assert.deepEqual(found.map((d) => doc.getText(d.range)), ['Resource', '*trust']);
    assert.deepEqual(hostService.codeActions(doc, found[1].range, [found[1]], OPTIONS), []);
  });

  describe('a whole-document Fn::If', () => {
    it('reads each branch as its own policy, skips AWS::NoValue, and reports in the branch', () => {
      yamlCheck(`
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: !If
        - IsProd
        - Version: "2012-10-17"
          Statement:
            - Effect: Allow
              Principal: { Service: ec2.amazonaws.con }
                                    ^^^^^^^^^^^^^^^^^ service-principal-format
                                    ^^^^^^^^^^^^^^^^^ service-principal-unknown
              Action: sts:AssumeRole
        - Version: "2012-10-17"
          Statement:
            - Effect: Allow
              Principal: { Service: lambda.amazonaws.com }
              Action: sts:AssumeRole
              Resource: "*"
              ^^^^^^^^ resource-forbidden
  Optional:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: !If [IsProd, {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {AWS: "*"}, Action: sts:AssumeRole}]}, !Ref AWS::NoValue]
                                                                                                                  ^^^ principal-wildcard
`);
      const doc = hostDoc(`
Resources:
  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: !If [IsProd, {Statement: []}, !If [IsStaging, {Statement: []}, !Ref AWS::NoValue]]
`);
      assert.deepEqual(hostService.embedded(doc).map((e) => e.policy.name), ['DeployRole (IsProd)', 'DeployRole (not IsProd, IsStaging)']);
    });

    it('reads the long form in JSON templates, a branch may be a JSON string', () => {
      const found = jsonCheck(`
{
  "Resources": {
    "DeployRole": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "AssumeRolePolicyDocument": { "Fn::If": ["IsProd",
          { "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole", "Resource": "*" }] },
                                                                                                                                                        ^^^^^^^^^^ resource-forbidden
          "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"AWS\\": \\"*\\"}, \\"Action\\": \\"sts:AssumeRole\\"}]}"
                                                                                                          ^^^^^ principal-wildcard
        ] }
      }
    }
  }
}
`);
      assert.equal(found.length, 2);
      const template = `{"Resources": {"DeployRole": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Fn::If": ["IsProd",
  {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole", "Resource": "*"}]},
  {"Ref": "AWS::NoValue"}]}}}}}`;
      const fixed = applyFix(TextDocument.create('file:///work/forms/if.json', 'json', 1, template), 'resource-forbidden');
      const branch = (JSON.parse(fixed) as { Resources: { DeployRole: { Properties: { AssumeRolePolicyDocument: { 'Fn::If': [string, { Statement: object[] }] } } } } }).Resources.DeployRole.Properties.AssumeRolePolicyDocument['Fn::If'][1];
      assert.deepEqual(branch.Statement, [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    });

    it('fixes inside a branch like any mapping (block and flow)', () => {
      const block = applyFix(hostDoc(`
Resources:
  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: !If
        - IsProd
        - Version: "2012-10-17"
          Statement:
            - Effect: Allow
              Principal: { Service: ec2.amazonaws.com }
              Action: sts:AssumeRole
              Resource: "*"
        - !Ref AWS::NoValue
`), 'resource-forbidden');
      assert.match(block, /\n {14}Action: sts:AssumeRole\n {8}- !Ref AWS::NoValue\n/);
      const flow = applyFix(hostDoc(`
Resources:
  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: !If [IsProd, {Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}, !Ref AWS::NoValue]
`), 'version-missing');
      assert.match(flow, /!If \[IsProd, \{Statement: \[.*\], Version: "?2012-10-17"?\}, !Ref AWS::NoValue\]\n/);
      const parsed = documentOf(flow, 'DeployRole');
      assert.deepEqual(parsed, ['IsProd', { Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }], Version: '2012-10-17' }, 'AWS::NoValue']);
    });
  });
});
