// Shared check for CI providers whose subject starts with a fixed claim (GitLab project_path, HCP Terraform organization).
import type { Fix, RuleContext, RuleFinding } from '../../types';
import { isAllow } from './guards';
import { addConditionFix } from './edits';
import { audAddition, claimOf, deniedClaims, hostEntries, subAddition } from './federation';
import { webIdentityPrincipals, type ProviderKind } from './providers';

export interface CiProvider {
  kind: ProviderKind;
  label: string;
  /** First claim of every subject, e.g. `project_path` or `organization`. */
  firstClaim: string;
  example: string;
  /** What a wildcard right after the first claim's value admits, e.g. "every project of the group". */
  scopeWide: string;
}

type SubjectReach = 'any' | 'wrong-claim' | 'open-owner' | 'scope-wide' | 'narrow';

/** How far a subject value reaches for a CI provider (wildcards count only under Like operators). */
function subjectReach(provider: CiProvider, value: string, like: boolean): SubjectReach {
  const [claim, owner = '', ...rest] = value.split(':');
  if (like && /^[*?]+$/.test(value)) return 'any';
  // A pattern in the claim name itself (`*:GROUP/PROJECT...`) may match the real claim: not judged.
  if (like && /[*?]/.test(claim)) return 'narrow';
  if (claim !== provider.firstClaim) return 'wrong-claim';
  if (like && (owner === '' || /^[*?]/.test(owner))) return 'open-owner';
  if (like && (/[*?]$/.test(owner) || (rest.length > 0 && /^[*?]+$/.test(rest.join(':'))) || (provider.kind === 'gitlab' && /\/[*?]+$/.test(owner)))) return 'scope-wide';
  return 'narrow';
}

/** Reports a missing or too-broad sub (warning; information when it covers one group/organization) and a missing aud (information). */
export function checkCiProvider(ctx: RuleContext, provider: CiProvider): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const s of ctx.policy.statements) {
    if (!isAllow(s)) continue;
    for (const p of webIdentityPrincipals(s, ctx)) {
      if (p.kind !== provider.kind || hostEntries(s, p.host).length === 0) continue;
      const data = { statement: s.index, host: p.host };
      const subs = claimOf(s, p.host, 'sub', true);
      if (subs.length === 0 && !deniedClaims(ctx.policy, p, ['sub']).length) {
        findings.push({ node: p.node, data: { ...data, add: 'sub' }, message: `Nothing tests ${p.host}:sub, so ${provider.label} jobs of anyone on ${p.host} can assume this role. Require a subject such as ${provider.example}.` });
      }
      // A Deny that refuses every subject outside narrow values limits broad patterns here (never-match values stay reported).
      const denied = deniedClaims(ctx.policy, p, ['sub']);
      const pinnedByDeny = denied.length > 0 && denied.every((g) => g.values.every((value) => subjectReach(provider, value, /Like$/.test(g.block.parsed.base)) === 'narrow'));
      for (const g of subs) {
        const like = /Like$/.test(g.block.parsed.base);
        // When no value of the condition can match, the statement can never be used: an error.
        const dead = g.entry.values.every((v) => typeof v.value === 'string' && subjectReach(provider, v.value, like) === 'wrong-claim');
        for (const v of g.entry.values) {
          if (typeof v.value !== 'string') continue;
          const q = JSON.stringify(v.value);
          const reach = subjectReach(provider, v.value, like);
          if (pinnedByDeny && reach !== 'wrong-claim') continue;
          if (reach === 'any') findings.push({ node: v.node, message: `${q} matches every ${provider.label} job on ${p.host}. Require a subject such as ${provider.example}.` });
          else if (reach === 'wrong-claim') findings.push({ node: v.node, ...(dead ? { severity: 'error' as const } : {}), message: `${provider.label} subjects start with ${provider.firstClaim}: (for example ${provider.example}), so ${q} never matches.${dead ? ' No value of this condition can match, so the role cannot be assumed through this statement.' : ''}` });
          else if (reach === 'open-owner') findings.push({ node: v.node, message: `${q} does not fix the ${provider.firstClaim}, so other people's ${provider.label} jobs match.` });
          else if (reach === 'scope-wide') findings.push({ node: v.node, severity: 'information', message: `${q} trusts ${provider.scopeWide}, including ones created later; narrow it if only one needs this role.` });
        }
      }
      if (claimOf(s, p.host, 'aud').length === 0 && !deniedClaims(ctx.policy, p, ['aud']).length) {
        findings.push({ node: p.node, severity: 'information', data: { ...data, add: 'aud' }, message: `Nothing tests ${p.host}:aud; require the audience your ${provider.label} jobs request so tokens minted for other services are refused.` });
      }
    }
  }
  return findings;
}

export function fixCiProvider(finding: RuleFinding, ctx: RuleContext): Fix[] {
  const s = ctx.policy.statements[finding.data?.statement as number];
  const p = s && webIdentityPrincipals(s, ctx).find((x) => x.host === finding.data?.host);
  if (!s || !p) return [];
  if (finding.data?.add === 'aud') return addConditionFix(ctx.policy, s, 'Require an audience (aud)', [audAddition(p, 1)], { snippet: true });
  const sub = subAddition(p);
  if (finding.data?.add === 'sub' && sub) return addConditionFix(ctx.policy, s, 'Require a subject (sub)', [sub], { snippet: true });
  return [];
}
