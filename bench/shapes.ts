// Realistic policy shapes at any size, for the bench (quota size, 100 KB) and the per-rule linearity test (n, 8n).

const ACCOUNT = '123456789012';
const GITHUB = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;

function render(statements: unknown[]): string {
  return `${JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)}\n`;
}

function githubRole(subjects: string[]): string {
  return render([{
    Sid: 'GitHubActions', Effect: 'Allow', Principal: { Federated: GITHUB }, Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: { 'token.actions.githubusercontent.com:sub': subjects },
    },
  }]);
}

/** Letters from a number, so that generated names differ without repeating a digit pattern. */
function word(i: number, length = 6): string {
  let s = '';
  let x = i * 2654435761 + 12345;
  for (let k = 0; k < length; k++) {
    s += String.fromCharCode(97 + (x % 26));
    x = Math.floor(x / 26) + k * 7919;
  }
  return s;
}

const SERVICES = ['lambda', 'ec2', 'ecs-tasks', 'states', 'events', 'glue', 'sagemaker', 'codebuild', 'cloudformation', 'elasticmapreduce', 'datasync', 'backup'];

/** A misspelling of a service name that differs for each i (a dropped, doubled or swapped letter). */
function misspelt(name: string, i: number): string {
  const at = 1 + (i % Math.max(1, name.length - 2));
  switch (i % 3) {
    case 0: return name.slice(0, at) + name.slice(at + 1);
    case 1: return name.slice(0, at) + name[at] + name.slice(at);
    default: return name.slice(0, at - 1) + name[at] + name[at - 1] + name.slice(at + 1);
  }
}

export interface Shape {
  name: string;
  /** What the shape stresses, for the bench table. */
  about: string;
  /** The policy text with `n` items of the shape (subjects, principals, statements, keys...). */
  make(n: number): string;
}

export const SHAPES: readonly Shape[] = [
  {
    name: 'oidc-literal',
    about: 'GitHub OIDC role, one StringLike list of literal subjects',
    make: (n) => githubRole(Array.from({ length: n }, (_, i) => `repo:example-org/${word(i, 10)}-service:ref:refs/heads/main`)),
  },
  {
    name: 'oidc-wildcard',
    about: 'GitHub OIDC role, one StringLike list of wildcard subjects sharing a prefix',
    make: (n) => githubRole(Array.from({ length: n }, (_, i) => (i % 4 === 0
      ? `repo:example-org/*:environment:${word(i, 8)}`
      : i % 4 === 1 ? `repo:example-org/${word(i, 10)}:*` : i % 4 === 2 ? `repo:example-org/${word(i, 10)}:ref:refs/heads/*` : `repo:*/${word(i, 10)}:pull_request`))),
  },
  {
    name: 'aws-principals',
    about: 'many AWS principals (roles, users, accounts) in one statement',
    make: (n) => render([{
      Sid: 'CrossAccount', Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'],
      Principal: { AWS: Array.from({ length: n }, (_, i) => {
        const account = String(200000000000 + i * 7919).padStart(12, '0');
        return i % 5 === 0 ? account : i % 5 === 1 ? `arn:aws:iam::${account}:root` : i % 5 === 2 ? `arn:aws:iam::${account}:user/${word(i)}` : `arn:aws:iam::${account}:role/${word(i)}-deploy`;
      }) },
      Condition: { StringEquals: { 'sts:ExternalId': 'example-external-id' } },
    }]),
  },
  {
    name: 'statements',
    about: 'many statements of every principal kind',
    make: (n) => render(Array.from({ length: n }, (_, i) => {
      const sid = `Stmt${i}`;
      switch (i % 5) {
        case 0: return { Sid: sid, Effect: 'Allow', Principal: { Service: SERVICES[i % SERVICES.length] + '.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } } };
        case 1: return { Sid: sid, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${String(210000000000 + i)}:role/Deploy${i}` }, Action: ['sts:AssumeRole', 'sts:TagSession'], Condition: { StringEquals: { 'sts:ExternalId': `ext-${i}` } } };
        case 2: return { Sid: sid, Effect: 'Allow', Principal: { Federated: GITHUB }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': `repo:org/app${i}:*` } } };
        case 3: return { Sid: sid, Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${ACCOUNT}:saml-provider/Idp${i}` }, Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } };
        default: return { Sid: sid, Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } } };
      }
    })),
  },
  {
    name: 'session-tags',
    about: 'many condition keys and values (session tags, principal tags, request tags)',
    make: (n) => {
      const equals: Record<string, string[]> = {};
      const like: Record<string, string[]> = {};
      for (let i = 0; i < n; i++) {
        const target = i % 2 ? equals : like;
        const key = `aws:${['RequestTag', 'PrincipalTag', 'ResourceTag'][i % 3]}/${word(i, 7)}`;
        target[key] = [word(i + 1, 5), i % 2 ? word(i + 2, 5) : `${word(i + 2, 4)}-*`];
      }
      return render([{
        Sid: 'TaggedSessions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/Broker` }, Action: ['sts:AssumeRole', 'sts:TagSession'],
        Condition: { StringEquals: equals, StringLike: like, 'ForAllValues:StringEquals': { 'aws:TagKeys': Array.from({ length: Math.ceil(n / 4) }, (_, i) => word(i, 7)) } },
      }]);
    },
  },
  {
    name: 'services-misspelt',
    about: 'a long list of service principals, one in four misspelt',
    make: (n) => render([{
      Sid: 'Services', Effect: 'Allow', Action: 'sts:AssumeRole',
      Principal: { Service: Array.from({ length: n }, (_, i) => {
        const name = SERVICES[i % SERVICES.length];
        return `${i % 4 === 3 ? misspelt(name, i) : name}.amazonaws.com`;
      }) },
      Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } },
    }]),
  },
  {
    name: 'long-strings',
    about: 'long string values (Sid, external id, subject, ARN)',
    make: (n) => render([{
      Sid: `Long${'x'.repeat(n * 8)}`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/${'a'.repeat(n * 8)}` }, Action: 'sts:AssumeRole',
      Condition: {
        StringEquals: { 'sts:ExternalId': 'e'.repeat(n * 8) },
        StringLike: { 'aws:PrincipalTag/team': [`${'t'.repeat(n * 4)}*${'u'.repeat(n * 4)}`, `${'t'.repeat(n * 4)}?${'u'.repeat(n * 4)}`] },
      },
    }]),
  },
  {
    name: 'condition-mistakes',
    about: 'many statements, each with a condition mistake (unknown keys, private ranges, bad variables...)',
    make: (n) => {
      const role = { AWS: `arn:aws:iam::${ACCOUNT}:role/${'Caller'}` };
      const mistakes: unknown[] = [
        { StringEquals: { 'aws:SourceAcount': ACCOUNT } },
        { NumericLessThan: { 'sts:DurationSeconds': '3600' } },
        { 'ForAnyValue:Null': { 'aws:SourceIdentity': 'false' } },
        { StringEquals: { 'sts:RoleSessionName': '${aws:username' } },
        { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.113.0/24'] } },
        { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } },
      ];
      return render(Array.from({ length: n }, (_, i) => (i % 8 === 6
        ? { Sid: `Cognito${i}`, Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': `us-east-1:${word(i, 8)}` }, StringLike: { 'cognito-identity.amazonaws.com:amr': 'authenticated' } } }
        : i % 8 === 7
          ? { Sid: `Vendor${i}`, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${String(300000000000 + i)}:role/Vendor` }, Action: 'sts:AssumeRole' }
          : { Sid: `Mistake${i}`, Effect: 'Allow', Principal: role, Action: 'sts:AssumeRole', Condition: mistakes[i % 8] })));
    },
  },
  {
    name: 'no-statement',
    about: 'statements under a key that is not Statement (the whole document is unknown keys)',
    make: (n) => `${JSON.stringify({ Version: '2012-10-17', Policy: Array.from({ length: n }, (_, i) => ({ Sid: `S${i}`, Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' })) }, null, 2)}\n`,
  },
  {
    name: 'mix',
    about: 'all of the above, a few of each',
    make: (n) => {
      const part = Math.max(1, Math.round(n / 6));
      const statementsOf = (text: string) => (JSON.parse(text) as { Statement: unknown[] }).Statement;
      const realistic = ['oidc-literal', 'oidc-wildcard', 'aws-principals', 'statements', 'session-tags', 'services-misspelt', 'long-strings'];
      return render(SHAPES.filter((s) => realistic.includes(s.name)).flatMap((s) => statementsOf(s.make(part))));
    },
  },
];

/** Non-whitespace characters, the measure IAM's size quota uses. */
export function nonWhitespace(text: string): number {
  return text.replace(/\s/g, '').length;
}

/** The shape with the largest n whose text stays within `target` characters (non-whitespace when `quota`). */
export function shapeOfSize(shape: Shape, target: number, quota = false): { n: number; text: string } {
  const size = (t: string) => (quota ? nonWhitespace(t) : t.length);
  let lo = 1;
  let hi = 1;
  while (size(shape.make(hi)) <= target) {
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (size(shape.make(mid)) <= target) lo = mid;
    else hi = mid;
  }
  return { n: lo, text: shape.make(lo) };
}
