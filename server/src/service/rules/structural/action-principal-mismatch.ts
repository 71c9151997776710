// action-principal-mismatch: an assume action no principal of the statement can use (SAML, web identity, AWS/Service).
import type { Fix, Rule, RuleFinding } from '../../types';
import { knowledgeFor } from '../../knowledge';
import { docs } from '../docs';
import { removeElement, replaceString } from './edits';
import { ASSUME_ROLE, ASSUME_ROLE_WITH_SAML, ASSUME_ROLE_WITH_WEB_IDENTITY, neededAssumeActions, objectStatements, principalNeeds, type PrincipalNeeds } from './util';

const requirement: Record<string, { fits: (n: PrincipalNeeds) => boolean; needs: string }> = {
  [ASSUME_ROLE]: { fits: (n) => n.assumeRole, needs: 'an AWS or Service principal' },
  [ASSUME_ROLE_WITH_SAML]: { fits: (n) => n.saml, needs: 'a Federated SAML provider (arn:aws:iam::ACCOUNT:saml-provider/NAME)' },
  [ASSUME_ROLE_WITH_WEB_IDENTITY]: { fits: (n) => n.webIdentity, needs: 'a Federated OIDC provider (an oidc-provider ARN, or a built-in provider such as cognito-identity.amazonaws.com)' },
};

export const actionPrincipalMismatch: Rule = {
  id: 'action-principal-mismatch',
  defaultSeverity: 'error',
  description: 'sts:AssumeRole is for AWS and Service principals, sts:AssumeRoleWithSAML for SAML providers, sts:AssumeRoleWithWebIdentity for OIDC providers.',
  docsUrl: docs.rolesTerms,
  structural: true,
  check({ policy, data }) {
    const knowledge = knowledgeFor(data);
    const findings: RuleFinding[] = [];
    for (const s of objectStatements(policy)) {
      if (!s.action || !s.principal) continue;
      const needs = principalNeeds(s);
      // "*" fits every action; an unparsable Federated value is reported by federated-format instead.
      if (needs.anyone || needs.unknownFederated) continue;
      const needed = neededAssumeActions(needs);
      if (needed.length === 0) continue;
      const names = s.action.values.map((v) => knowledge.actionIgnoringCase(v.value)?.action);
      s.action.values.forEach((v, i) => {
        const action = names[i];
        const req = action ? requirement[action] : undefined;
        if (!action || !req || req.fits(needs)) return;
        const replacement = needed.length === 1 ? needed[0] : undefined;
        findings.push({
          node: v.node,
          message: `${action} needs ${req.needs}, and this statement has none, so it can never be used. ${needed.length === 1 ? `These principals assume the role with ${needed[0]}.` : `These principals use ${needed.join(' or ')}.`}`,
          data: replacement ? { replacement, present: names.includes(replacement), removable: s.action?.isArray === true && s.action.values.length > 1 } : {},
        });
      });
    }
    return findings;
  },
  fix(finding) {
    const node = finding.node;
    const replacement = finding.data?.replacement as string | undefined;
    if (!node || !replacement) return [];
    const fixes: Fix[] = [];
    if (finding.data?.present === true) {
      if (finding.data?.removable === true) fixes.push({ title: `Remove "${String(node.value)}"`, edits: [removeElement(node)], isPreferred: true });
    } else fixes.push({ title: `Change to "${replacement}"`, edits: [replaceString(node, replacement)], isPreferred: true });
    return fixes;
  },
};
