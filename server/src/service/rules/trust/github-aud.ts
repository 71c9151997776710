// github-aud: GitHub Actions tokens for AWS carry aud sts.amazonaws.com; a missing or different aud is a gap or a never-match.
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { isAllow } from './guards';
import { addConditionFix } from './edits';
import { claimOf, deniedClaims, hostEntries, STS_AUDIENCE } from './federation';
import { githubPrincipals } from './github';

export const githubAud: Rule = {
  id: 'github-aud',
  defaultSeverity: 'warning',
  description: 'A GitHub Actions principal should require aud sts.amazonaws.com, the audience aws-actions/configure-aws-credentials requests.',
  docsUrl: docs.oidc,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of ctx.policy.statements) {
      if (!isAllow(s)) continue;
      for (const p of githubPrincipals(s, ctx)) {
        if (hostEntries(s, p.host).length === 0) continue;
        const aud = claimOf(s, p.host, 'aud');
        if (aud.length === 0 && deniedClaims(ctx.policy, p, ['aud']).length) continue;
        if (aud.length === 0) {
          findings.push({ node: p.node, data: { statement: s.index, host: p.host }, message: `Nothing tests ${p.host}:aud. Require "${STS_AUDIENCE}" so tokens minted for other audiences cannot be used here.` });
          continue;
        }
        for (const g of aud) {
          if (g.values.includes(STS_AUDIENCE)) continue;
          const first = g.entry.values[0];
          findings.push({
            node: g.entry.values.length === 1 ? first.node : g.entry.property.valueNode,
            data: { statement: s.index, host: p.host, replace: true },
            message: `${p.host}:aud is ${JSON.stringify(g.values.length === 1 ? g.values[0] : g.values)}, but aws-actions/configure-aws-credentials requests "${STS_AUDIENCE}" unless the workflow sets another audience; with the default the role can never be assumed.`,
          });
        }
      }
    }
    return findings;
  },
  fix(finding, ctx): Fix[] {
    if (finding.data?.replace && finding.node) {
      return [{ title: `Set aud to ${STS_AUDIENCE}`, edits: [{ offset: finding.node.offset, length: finding.node.length, newText: JSON.stringify(STS_AUDIENCE) }], isPreferred: true }];
    }
    const s = ctx.policy.statements[finding.data?.statement as number];
    const host = finding.data?.host;
    if (!s || typeof host !== 'string') return [];
    return addConditionFix(ctx.policy, s, `Require aud ${STS_AUDIENCE}`, [{ operator: 'StringEquals', key: `${host}:aud`, valueJson: JSON.stringify(STS_AUDIENCE) }], { isPreferred: true });
  },
};
