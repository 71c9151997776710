// Generated benchmark documents: a typical policy, policies of an exact non-whitespace size, a 1 MB JSON, a CLI corpus.

const ACCOUNT = '123456789012';

/** A typical hand-written trust policy (~15 lines): one service statement. */
export function typicalPolicy() {
  return `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowLambda",
      "Effect": "Allow",
      "Principal": {
        "Service": "lambda.amazonaws.com"
      },
      "Action": "sts:AssumeRole",
      "Condition": {
        "StringEquals": { "aws:SourceAccount": "${ACCOUNT}" }
      }
    }
  ]
}
`;
}

/** The i-th statement of a realistic mix: services, cross-account roles, GitHub OIDC, SAML, a Deny guard. */
export function statement(i, sid = `Stmt${i}`) {
  const kinds = [
    () => ({ Sid: sid, Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'ecs-tasks.amazonaws.com'][i % 2] }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } } }),
    () => ({ Sid: sid, Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${String(210000000000 + i).padStart(12, '0')}:role/Deploy${i}`] }, Action: ['sts:AssumeRole', 'sts:TagSession'], Condition: { StringEquals: { 'sts:ExternalId': `ext-${i}` } } }),
    () => ({ Sid: sid, Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': `repo:org/app${i}:ref:refs/heads/main` } } }),
    () => ({ Sid: sid, Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${ACCOUNT}:saml-provider/Idp${i}` }, Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } }),
    () => ({ Sid: sid, Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } } }),
  ];
  return kinds[i % kinds.length]();
}

const nonWhitespace = (text) => text.replace(/\s/g, '').length;

/**
 * A pretty-printed policy with exactly `target` non-whitespace characters (the measure IAM's size quota uses):
 * statements are added while they fit, then the last Sid is padded to the exact size.
 */
export function policyOfSize(target) {
  const statements = [];
  const render = () => `${JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)}\n`;
  for (let i = 0; ; i++) {
    statements.push(statement(i));
    if (nonWhitespace(render()) > target) {
      statements.pop();
      break;
    }
  }
  const last = statements[statements.length - 1];
  last.Sid += 'X'.repeat(target - nonWhitespace(render()));
  const text = render();
  if (nonWhitespace(text) !== target) throw new Error(`policyOfSize(${target}) made ${nonWhitespace(text)}`);
  return text;
}

/** About 1 MB of policy-shaped JSON on one line per statement: thousands of statements, the pathological size. */
export function megabytePolicy(bytes = 1024 * 1024) {
  const parts = [];
  let size = 40;
  for (let i = 0; size < bytes; i++) {
    const s = JSON.stringify(statement(i));
    parts.push(s);
    size += s.length + 2;
  }
  return `{"Version": "2012-10-17", "Statement": [\n${parts.join(',\n')}\n]}\n`;
}

/** The i-th file of the CLI corpus: one to four statements, every fiftieth with a typo or a syntax error. */
export function corpusFile(i) {
  const count = 1 + (i % 4);
  const policy = { Version: '2012-10-17', Statement: Array.from({ length: count }, (_, k) => statement(i + k)) };
  let text = JSON.stringify(policy, null, 2);
  if (i % 50 === 7) text = text.replace('"Allow"', '"allow"');
  if (i % 50 === 13) text = text.replace('"Action"', '"Action",');
  return text;
}
