// cross-account-trust: an AWS principal from another account with no ExternalId, MFA or principal/org guard (in the statement or a Deny).
import type { Statement, TrustPolicy } from '../../document';
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { accountPrincipals, isCrossAccount, isWholeAccount, type AccountPrincipal } from './accounts';
import { denyGuards, isAllow, keyIn, principalGuards, requiresMfa } from './guards';
import { addConditionFix, placeholder } from './edits';

/** Guards that make cross-account trust deliberate: a shared ExternalId, an org or a pinned principal ARN. */
const CROSS_ACCOUNT_GUARDS = ['sts:ExternalId', 'aws:PrincipalArn', 'aws:PrincipalOrgID', 'aws:PrincipalOrgPaths'];
/** In a Deny with a negated operator, a list of allowed accounts limits callers too. */
const DENY_GUARDS = [...CROSS_ACCOUNT_GUARDS, 'aws:PrincipalAccount'];

/**
 * True when something limits who of that account can assume the role: MFA or a guard key in the statement, or a
 * Deny in the same policy that refuses callers outside an organization, account list, ARN list or ExternalId.
 */
export function crossAccountLimited(policy: TrustPolicy, statement: Statement, p: AccountPrincipal): boolean {
  if (requiresMfa(statement) || principalGuards(statement, CROSS_ACCOUNT_GUARDS).length) return true;
  return denyGuards(policy, { type: 'AWS', value: p.value }, 'sts:AssumeRole', keyIn(DENY_GUARDS), true).length > 0;
}

export const crossAccountTrust: Rule = {
  id: 'cross-account-trust',
  defaultSeverity: 'warning',
  description: 'An AWS principal outside your configured accounts can assume the role with no sts:ExternalId, MFA or principal/organization condition, in its statement or in a Deny of the same policy.',
  docsUrl: docs.crossAccount,
  check({ policy, options }) {
    const findings: RuleFinding[] = [];
    // Without the user's own accounts we cannot tell same-account from cross-account trust.
    if (options.accounts.length === 0) return findings;
    for (const s of policy.statements) {
      if (!isAllow(s)) continue;
      const tested = [...new Set((s.condition?.blocks ?? []).flatMap((b) => b.entries.map((e) => e.key)))];
      for (const p of accountPrincipals(s)) {
        if (!isCrossAccount(p, options.accounts) || crossAccountLimited(policy, s, p)) continue;
        const who = isWholeAccount(p) ? `every principal in account ${p.parsed.account} whose own policy allows it` : `${p.parsed.kind} ${p.parsed.name ?? ''} in account ${p.parsed.account}`.replace('  ', ' ');
        const limit = tested.length
          ? `its conditions (on ${tested.join(', ')}) do not pin the caller (no sts:ExternalId, MFA, aws:PrincipalArn or organization condition, here or in a Deny)`
          : 'no condition limits the trust, here or in a Deny';
        findings.push({
          node: p.node,
          data: { statement: s.index, account: p.parsed.account },
          message: `Account ${p.parsed.account} is not one of your accounts, and ${limit}, so ${who} can assume this role. For a third party add an sts:ExternalId condition; for people add an MFA condition.`,
        });
      }
    }
    return findings;
  },
  fix(finding, { policy }): Fix[] {
    const s = policy.statements[finding.data?.statement as number];
    if (!s) return [];
    return [
      ...addConditionFix(policy, s, 'Require an sts:ExternalId', [{ operator: 'StringEquals', key: 'sts:ExternalId', valueJson: placeholder(1, 'external-id-from-the-third-party') }], { snippet: true }),
      ...addConditionFix(policy, s, 'Require MFA (aws:MultiFactorAuthPresent)', [{ operator: 'Bool', key: 'aws:MultiFactorAuthPresent', valueJson: '"true"' }]),
    ];
  },
};
