// Hover text for principal values and condition values: AWS principals decomposed, Federated providers, GitHub subjects.
import type { ReferenceData } from '../../data/types';
import { knowledgeFor } from '../knowledge';
import { parseAwsPrincipal, parseFederatedPrincipal } from '../principals';
import { docs } from '../rules/docs';
import type { ServiceOptions } from '../types';
import { link } from './describe';

function accountWords(account: string | undefined, options: ServiceOptions): string {
  if (!account) return '';
  if (!options.accounts.length) return `account \`${account}\``;
  return options.accounts.includes(account) ? `account \`${account}\` (your own account)` : `account \`${account}\` (**another account**, not one of yours)`;
}

export function awsPrincipalMarkdown(value: string, options: ServiceOptions): string {
  const p = parseAwsPrincipal(value);
  const acct = accountWords(p.account, options);
  const partition = p.partition ? ` Partition: \`${p.partition}\`.` : '';
  const whole = 'This trusts every user and role in that account whose own identity policy allows `sts:AssumeRole` on this role; the account decides who, not this policy.';
  const deleted = 'IAM stores the principal\'s unique id: if it is deleted, the policy shows an id such as `AROA…` instead, and a new one with the same name is not trusted until you edit the policy again.';
  let text: string;
  switch (p.kind) {
    case 'wildcard': text = '**Anyone**: every AWS principal in every account. Only safe with a condition that narrows it, such as `aws:PrincipalOrgID` or `aws:PrincipalArn`.'; break;
    case 'account': text = `**Account id**: short for the ${acct} root.\n\n${whole}`; break;
    case 'root': text = `**Account root** of ${acct}.${partition}\n\n${whole}`; break;
    case 'role': text = `**IAM role** \`${p.name}\`${p.path && p.path !== '/' ? ` (path \`${p.path}\`)` : ''} in ${acct}.${partition}\n\n${deleted}`; break;
    case 'user': text = `**IAM user** \`${p.name}\`${p.path && p.path !== '/' ? ` (path \`${p.path}\`)` : ''} in ${acct}.${partition}\n\n${deleted}`; break;
    case 'assumed-role': text = `**Role session**: session \`${p.session}\` of role \`${p.name}\` in ${acct}.${partition} Only callers using that exact session name match.`; break;
    case 'federated-user': text = `**Federated user** \`${p.name}\` (from GetFederationToken) in ${acct}.${partition}`; break;
    case 'unique-id': text = `**Unique id** of an IAM ${p.uniqueIdType}. This usually means the ${p.uniqueIdType} was deleted after the policy was written; the entry now matches nothing.`; break;
    default: text = `**Not a valid AWS principal**: ${p.problem}.`;
  }
  return `${text}\n\n${link('AWS principals', docs.principal)}`;
}

export function federatedMarkdown(value: string, data: ReferenceData): string {
  const p = parseFederatedPrincipal(value);
  const knowledge = knowledgeFor(data);
  let text: string;
  if (p.kind === 'saml') {
    text = `**SAML 2.0 identity provider** \`${p.name}\` registered in account \`${p.account}\`. Users it signs in call \`sts:AssumeRoleWithSAML\`; pin \`SAML:aud\` to \`https://signin.aws.amazon.com/saml\`.`;
    return `${text}\n\n${link('SAML federation', docs.saml)}`;
  }
  if (p.kind === 'oidc' || p.kind === 'builtin') {
    const provider = knowledge.webIdentityProvider(p.host!);
    const name = provider ? provider.name : 'An OIDC identity provider';
    const where = p.kind === 'oidc' ? ` registered in account \`${p.account}\`` : ' (built into AWS, no provider to register)';
    text = `**${name}**${where}. Callers present its token to \`sts:AssumeRoleWithWebIdentity\`. Its claims are condition keys prefixed \`${p.host}:\` (for example \`${p.host}:aud\` and \`${p.host}:sub\`); without them any identity of this provider could assume the role.`;
    return `${text}\n\n${link('OIDC federation', docs.oidc)}`;
  }
  return `**Not a valid Federated principal**: ${p.problem}.\n\n${link('Federated principals', docs.principal)}`;
}

/** What a GitHub Actions `sub` value matches: which workflow runs get a token with that subject. */
export function githubSubjectMarkdown(value: string): string | undefined {
  const m = /^repo:([^:]+):(.*)$/.exec(value);
  if (!m) {
    if (value === '*') return '**Any repository on GitHub**: every workflow of every GitHub user could assume this role.';
    return `A GitHub subject starts with \`repo:OWNER/REPO:\`; \`${value}\` does not, so it matches ${/[*?]/.test(value) ? 'more or other workflows than it seems' : 'no token'}.`;
  }
  const repo = m[1].includes('*') ? `repositories matching \`${m[1]}\`` : `repository \`${m[1]}\``;
  const rest = m[2];
  let what: string;
  if (rest === '*') what = `**every workflow** of ${repo}: any branch, tag, pull request or environment.`;
  else if (rest === 'pull_request') what = `workflows of ${repo} triggered by a **pull request** (including pull requests from forks when the workflow allows them).`;
  else if (rest.startsWith('environment:')) what = `jobs of ${repo} that declare the **environment** \`${rest.slice('environment:'.length)}\`; such jobs get this subject instead of the branch form.`;
  else if (rest.startsWith('ref:refs/heads/')) what = `workflows of ${repo} running on the **branch** \`${rest.slice('ref:refs/heads/'.length)}\` in jobs without an environment (a job with \`environment:\` gets the environment form instead).`;
  else if (rest.startsWith('ref:refs/tags/')) what = `workflows of ${repo} running for the **tag** \`${rest.slice('ref:refs/tags/'.length)}\`.`;
  else what = `tokens of ${repo} whose subject ends in \`${rest}\` (custom subject claims can change this shape).`;
  return `**GitHub Actions subject**: matches ${what}\n\n${link('OIDC federation', docs.oidc)}`;
}
