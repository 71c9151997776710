// service-key-unsupported: a condition key that a service principal never sends, so a positive test on it never matches.
import { knowledgeFor } from '../../knowledge';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { isAllow, isPositiveBlock, keyHost, sameKey } from './guards';

/** Services that assume roles on behalf of an outside identity and carry its attributes as principal tags. */
const TAGGING_SERVICES = ['rolesanywhere.amazonaws.com'];

/** Keys that describe a calling IAM identity or human session; a service principal has neither. */
const IDENTITY_KEYS = ['aws:PrincipalOrgID', 'aws:PrincipalOrgPaths', 'aws:MultiFactorAuthPresent', 'aws:MultiFactorAuthAge'];

export const serviceKeyUnsupported: Rule = {
  id: 'service-key-unsupported',
  defaultSeverity: 'error',
  description: 'A statement that trusts only service principals tests a key those services never send, so the condition can never match.',
  docsUrl: docs.conditionKeys,
  check({ policy, data }) {
    const knowledge = knowledgeFor(data);
    const findings: RuleFinding[] = [];
    for (const s of policy.statements) {
      const groups = s.principal?.groups ?? [];
      if (!isAllow(s) || s.principal?.wildcard || groups.length === 0 || groups.some((g) => g.type !== 'Service' || g.values.length === 0)) continue;
      const services = groups.flatMap((g) => g.values.map((v) => v.value));
      for (const block of s.condition?.blocks ?? []) {
        // Negated, IfExists and Null tests are true for an absent key: harmless, if useless.
        if (!isPositiveBlock(block) && !['Bool', 'NumericLessThan', 'NumericLessThanEquals'].includes(block.parsed.base)) continue;
        if (block.parsed.ifExists || block.parsed.qualifier === 'ForAllValues') continue;
        for (const entry of block.entries) {
          const key = entry.key;
          let reason: string | undefined;
          // IAM Roles Anywhere presents the certificate's subject, issuer and SAN as aws:PrincipalTag/x509... keys.
          const principalTag = /^aws:PrincipalTag\//i.test(key) && !services.every((p) => TAGGING_SERVICES.includes(p));
          if (IDENTITY_KEYS.some((k) => sameKey(k, key)) || principalTag) {
            reason = `${key} describes a calling IAM identity or its organization; a service principal has none`;
          } else if (keyHost(key) || /^saml:/i.test(key)) {
            reason = `${key} comes from a federated token or assertion, which a service principal never presents`;
          } else if (sameKey(key, 'sts:ExternalId')) {
            // Only services the reference data has studied, and that are not documented as passing an ExternalId.
            const unsupported = services.every((p) => {
              const entry = knowledge.confusedDeputy(p);
              return entry !== undefined && entry.sendsSourceKeys !== 'unknown' && !entry.keys.includes('sts:ExternalId');
            });
            if (unsupported) reason = `${services.join(', ')} ${services.length > 1 ? 'do' : 'does'} not pass an sts:ExternalId when assuming a role`;
          }
          if (!reason) continue;
          findings.push({ node: entry.property.keyNode, message: `${reason}, so this condition never matches and the service cannot assume the role through this statement. Use aws:SourceAccount or aws:SourceArn to restrict a service.` });
        }
      }
    }
    return findings;
  },
};
