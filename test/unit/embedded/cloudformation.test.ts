// CloudFormation and SAM templates: findings in the host file, unknown values, intrinsic functions resolved where
// plain, completion, hover, lenses and fixes in the template's own syntax, and bad templates.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from 'yaml';
import { checkDiagnostics, extractCursor } from '../../support/fixture';
import { hostDoc, hostService } from './host-support';

const FIXTURES = path.resolve(__dirname, '../../fixtures/cloudformation');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const ALL_RULES = hostService.rules.map((r) => r.id).concat('host-syntax');
const OPTIONS = { accounts: ['111122223333'] };

const yamlCheck = (fixture: string, rules: string | readonly string[] = ALL_RULES) =>
  checkDiagnostics(fixture, rules, OPTIONS, (text, o) => hostService.validate(hostDoc(text, 'yaml'), o));
const jsonCheck = (fixture: string, rules: string | readonly string[] = ALL_RULES) =>
  checkDiagnostics(fixture, rules, OPTIONS, (text, o) => hostService.validate(hostDoc(text, 'json'), o));

function applyAction(doc: TextDocument, ruleId: string, title?: string): string {
  const d = hostService.validate(doc, OPTIONS).find((x) => x.code === ruleId);
  assert.ok(d, `no ${ruleId} finding`);
  const actions = hostService.codeActions(doc, d.range, [d], OPTIONS);
  const action = title ? actions.find((a) => a.title === title) : actions.find((a) => a.isPreferred) ?? actions[0];
  assert.ok(action, `no fix for ${ruleId}; offered ${actions.map((a) => a.title).join(', ')}`);
  return TextDocument.applyEdits(doc, action.edit?.changes?.[doc.uri] ?? []);
}

describe('embedded policies: CloudFormation and SAM templates', () => {
  it('finds every AssumeRolePolicyDocument of roles and SAM functions, named by logical id', () => {
    const doc = hostDoc(read('github-oidc.yaml'));
    assert.deepEqual(hostService.embedded(doc).map((e) => [e.policy.name, e.policy.form]), [
      ['DeployRole', 'cloudformation-yaml'], ['VendorRole', 'cloudformation-yaml'], ['Fn', 'cloudformation-yaml'],
    ]);
    assert.equal(hostService.kindOf(doc), 'host');
  });

  it('reports findings at their place in the YAML (block and flow style)', () => {
    yamlCheck(`
Resources:
  GitHubOIDC:
    Type: AWS::IAM::OIDCProvider
    Properties:
      Url: https://token.actions.githubusercontent.com
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Federated: !GetAtt GitHubOIDC.Arn
                         ^^^^^^^^^^^^^^^^^^^^^^ github-sub-missing
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                token.actions.githubusercontent.com:aud: sts.amazonaws.com
          - {Effect: Allow, Principal: {Service: ec2.amazonaws.con}, Action: sts:AssumeRole, Resource: "*"}
                                                 ^^^^^^^^^^^^^^^^^ service-principal-format
                                                 ^^^^^^^^^^^^^^^^^ service-principal-unknown
                                                                                             ^^^^^^^^ resource-forbidden
`);
  });

  it('checks the known parts next to unknown values: operators, actions, keys', () => {
    yamlCheck(`
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              AWS: !Ref TrustedRoleArn
            Action: sts:AssumeRol
                    ^^^^^^^^^^^^^ action-not-sts
            Resource: !Ref AWS::NoValue
            Condition:
              StringEqual:
              ^^^^^^^^^^^ condition-operator-unknown
                sts:ExternalId: !Ref ExternalId
`);
  });

  it('raises nothing because a value is unknown (intrinsic functions everywhere a value can be)', () => {
    const doc = hostDoc(read('unknowns.yaml'));
    assert.equal(hostService.embedded(doc).length, 3);
    assert.ok(hostService.embedded(doc).every((e) => e.policy.unknowns.length > 0));
    assert.deepEqual(hostService.validate(doc, OPTIONS).map((d) => `${d.code} ${doc.getText(d.range)}`), []);
    assert.deepEqual(hostService.validate(doc, {}).map((d) => `${d.code} ${doc.getText(d.range)}`), []);
  });

  it('the same policy with literal values where the template had references is judged as usual', () => {
    const literal = read('unknowns.yaml').replace('AWS: !Ref TrustedRoleArn\n', 'AWS: "*"\n');
    const doc = hostDoc(literal);
    assert.ok(hostService.validate(doc, OPTIONS).some((d) => d.code === 'principal-wildcard'), 'a literal "*" is still a wildcard');
  });

  it('resolves parameter defaults, pseudo parameters and provider resources', () => {
    const doc = hostDoc(`
Parameters:
  Org: { Type: String, Default: acme }
Resources:
  GitHubOIDC:
    Type: AWS::IAM::OIDCProvider
    Properties: { Url: https://token.actions.githubusercontent.com }
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Federated: !Ref GitHubOIDC }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringLike: { "token.actions.githubusercontent.com:sub": !Sub "repo:\${Org}/*" }
          - Effect: Allow
            Principal: { AWS: !Sub "arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root" }
            Action: sts:AssumeRole
`);
    const [e] = hostService.embedded(doc);
    const policy = JSON.parse(e.policy.text);
    assert.equal(policy.Statement[0].Principal.Federated, 'arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com');
    assert.equal(policy.Statement[0].Condition.StringLike['token.actions.githubusercontent.com:sub'], 'repo:acme/*');
    assert.deepEqual(e.policy.unknowns, []);
    const codes = hostService.validate(doc, OPTIONS).map((d) => String(d.code));
    assert.ok(codes.includes('github-sub-wildcard') || codes.includes('github-aud-missing') || codes.length > 0, codes.join());
    // The role's own account is same-account trust, and messages never show the placeholder account id.
    assert.ok(!codes.includes('cross-account-trust'), codes.join());
    for (const d of hostService.validate(doc, OPTIONS)) assert.ok(!String(d.message).includes('000000000000'), d.message as string);
  });

  it('reads JSON templates (CDK output) and reports at their place', () => {
    jsonCheck(`
{
  "Resources": {
    "FnServiceRoleB0A1C2": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "AssumeRolePolicyDocument": {
          "Statement": [
            {
              "Action": "sts:AssumeRole",
              "Effect": "Allow",
              "Principal": { "Service": "lambda.amazonaws.com" },
              "Resource": "*"
              ^^^^^^^^^^ resource-forbidden
            }
          ],
          "Version": "2012-10-17"
        },
        "ManagedPolicyArns": [{ "Fn::Join": ["", ["arn:", { "Ref": "AWS::Partition" }, ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]] }]
      }
    }
  }
}
`);
  });

  it('reads SAM functions and state machines', () => {
    const doc = hostDoc(`
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
`);
    assert.deepEqual(hostService.embedded(doc).map((e) => e.policy.name), ['Fn']);
    assert.deepEqual(hostService.validate(doc, OPTIONS), []);
  });

  it('leaves YAML files that are not templates alone', () => {
    const doc = hostDoc('name: ci\non: [push]\njobs: {}\n');
    assert.equal(hostService.kindOf(doc), 'none');
    assert.deepEqual(hostService.validate(doc), []);
  });

  it('fixes in YAML block style, keeping indentation', () => {
    const fixed = applyAction(hostDoc(`
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service: ec2.amazonaws.com
            Action: sts:AssumeRole
            Resource: "*"
`), 'resource-forbidden');
    assert.equal(fixed, `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service: ec2.amazonaws.com
            Action: sts:AssumeRole
`);
  });

  it('fixes in YAML flow style as flow, and adds a condition block in block style', () => {
    const flow = applyAction(hostDoc(`
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - {Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole, Resource: "*"}
`), 'resource-forbidden');
    assert.match(flow, /- \{Effect: Allow, Principal: \{Service: ec2.amazonaws.com\}, Action: sts:AssumeRole\}\n/);
    const added = applyAction(hostDoc(`
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              AWS: arn:aws:iam::444455556666:root
            Action: sts:AssumeRole
`), 'cross-account-trust', 'Require an sts:ExternalId');
    assert.ok(parseDocument(added).errors.length === 0);
    assert.match(added, /\n {12}Condition:\n {14}StringEquals:\n {16}sts:ExternalId: /);
  });

  it('keeps unknown values as written when a fix rewrites their neighbourhood', () => {
    const fixed = applyAction(hostDoc(`
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          Effect: Allow
          Principal: { AWS: !Sub "arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root" }
          Action: sts:AssumeRole
`), 'statement-not-array');
    assert.ok(parseDocument(fixed).errors.length === 0, fixed);
    assert.match(fixed, /!Sub "arn:\$\{AWS::Partition\}:iam::\$\{AWS::AccountId\}:root"/);
    assert.equal(hostService.validate(hostDoc(fixed), OPTIONS).filter((d) => d.code === 'statement-not-array').length, 0);
  });

  it('completes service principals inside a YAML plain scalar, written as YAML', () => {
    const { text, offset } = extractCursor(`
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              Service: lambda.amazon|
            Action: sts:AssumeRole
`);
    const doc = hostDoc(text);
    const list = hostService.complete(doc, doc.positionAt(offset), OPTIONS);
    const item = list.items.find((i) => i.label === 'lambda.amazonaws.com');
    assert.ok(item, `items: ${list.items.slice(0, 5).map((i) => i.label).join(', ')}`);
    const edited = TextDocument.applyEdits(doc, [item.textEdit as never]);
    assert.match(edited, /\n {14}Service: lambda\.amazonaws\.com\n/);
  });

  describe('completes where nothing is typed yet (the file has no element there)', () => {
    const role = (body: string) => `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
${body}`;
    /** Completes at the cursor, applies the item labelled `pick`, and returns the edited template. */
    function completeAndPick(template: string, pick: string): { labels: string[]; edited: string } {
      const { text, offset } = extractCursor(template);
      const doc = hostDoc(text);
      const list = hostService.complete(doc, doc.positionAt(offset), OPTIONS);
      const labels = list.items.map((i) => i.label);
      const item = list.items.find((i) => i.label === pick);
      assert.ok(item, `no ${pick}; items: ${labels.slice(0, 8).join(', ')}`);
      return { labels, edited: TextDocument.applyEdits(doc, [item.textEdit as never]) };
    }
    const statement = (edited: string) => {
      const parsed = parseDocument(edited);
      assert.equal(parsed.errors.length, 0, edited);
      return (parsed.toJS() as { Resources: { Role: { Properties: { AssumeRolePolicyDocument: { Statement: Record<string, unknown>[] } } } } }).Resources.Role.Properties.AssumeRolePolicyDocument.Statement[0];
    };

    it('a value after "Service: " (service principals)', () => {
      const { edited } = completeAndPick(role('            Principal:\n              Service: |\n            Action: sts:AssumeRole\n'), 'lambda.amazonaws.com');
      assert.deepEqual(statement(edited).Principal, { Service: 'lambda.amazonaws.com' });
    });

    it('a value after a bare "Action:" gets its space', () => {
      const { labels, edited } = completeAndPick(role('            Principal:\n              Service: ec2.amazonaws.com\n            Action:|\n'), 'sts:AssumeRole');
      assert.ok(!labels.includes('sts:AssumeRoleWithSAML'), 'a service principal assumes with AssumeRole only');
      assert.equal(statement(edited).Action, 'sts:AssumeRole');
    });

    it('a list item after "- "', () => {
      const { edited } = completeAndPick(role('            Principal:\n              Service:\n                - ec2.amazonaws.com\n                - |\n            Action: sts:AssumeRole\n'), 'lambda.amazonaws.com');
      assert.deepEqual(statement(edited).Principal, { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] });
    });

    it('a new key on an indented empty line: statement keys, principal types, operators, condition keys', () => {
      assert.equal(statement(completeAndPick(role('            |\n'), 'Principal').edited).Principal, null);
      assert.ok('Service' in (statement(completeAndPick(role('            Principal:\n              |\n'), 'Service').edited).Principal as object));
      const withCondition = (inner: string) => role(`            Principal:\n              Service: ec2.amazonaws.com\n            Action: sts:AssumeRole\n            Condition:\n${inner}`);
      assert.ok('StringEquals' in (statement(completeAndPick(withCondition('              |\n'), 'StringEquals').edited).Condition as object));
      const edited = completeAndPick(withCondition('              StringEquals:\n                |\n'), 'aws:SourceAccount').edited;
      assert.deepEqual(statement(edited).Condition, { StringEquals: { 'aws:SourceAccount': null } });
    });

    it('offers nothing outside a trust policy or inside a comment', () => {
      for (const template of [
        'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: |\n      AssumeRolePolicyDocument:\n        Statement: []\n',
        role('            Principal:\n              Service: # a comment |\n'),
      ]) {
        const { text, offset } = extractCursor(template);
        const doc = hostDoc(text);
        const labels = hostService.complete(doc, doc.positionAt(offset), OPTIONS).items.map((i) => i.label);
        assert.ok(!labels.includes('lambda.amazonaws.com'), `${template}\n${labels.slice(0, 5).join(', ')}`);
      }
    });
  });

  it('hovers on a principal and a condition key in the template', () => {
    const { text, offset } = extractCursor(`
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              Service: lamb|da.amazonaws.com
            Action: sts:AssumeRole
`);
    const doc = hostDoc(text);
    const hover = hostService.hover(doc, doc.positionAt(offset), OPTIONS);
    assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents && /Lambda/.test(hover.contents.value));
    assert.equal(doc.getText(hover.range), 'lambda.amazonaws.com');
  });

  it('puts the "who can assume" lens above each statement in the template', () => {
    const doc = hostDoc(read('github-oidc.yaml'));
    const lenses = hostService.codeLenses(doc, OPTIONS);
    assert.equal(lenses.length, 4);
    const first = lenses[0];
    assert.match(first.command?.title ?? '', /GitHub Actions/);
    assert.equal(doc.getText({ start: first.range.start, end: { line: first.range.start.line, character: first.range.start.character + 13 } }), 'Effect: Allow');
  });

  it('does not offer formatting, folding or an outline for templates (the YAML extension does)', () => {
    const doc = hostDoc(read('github-oidc.yaml'));
    assert.deepEqual(hostService.format(doc, undefined, { tabSize: 2, insertSpaces: true }), []);
    assert.deepEqual(hostService.documentSymbols(doc), []);
  });
});
