// principal-unique-id: an AIDA/AROA unique id in Principal, which usually means the user or role was deleted.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { parseAwsPrincipal } from '../../principals';
import { principalValues } from '../../statement-kinds';

export const principalUniqueId: Rule = {
  id: 'principal-unique-id',
  defaultSeverity: 'information',
  description: 'IAM stores user and role principals by unique id; a policy that shows an id (AIDA..., AROA...) refers to a principal that was deleted.',
  docsUrl: docs.principal,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const { value: v } of principalValues(policy, 'AWS')) {
      const parsed = parseAwsPrincipal(v.value);
      if (parsed.kind !== 'unique-id' || (parsed.uniqueIdType !== 'user' && parsed.uniqueIdType !== 'role')) continue;
      findings.push({
        node: v.node,
        message: `"${v.value}" is the unique id of an IAM ${parsed.uniqueIdType}, not its ARN. IAM shows an id here when the ${parsed.uniqueIdType} it pointed to was deleted; a new ${parsed.uniqueIdType} with the same name does not match it. Replace it with the ${parsed.uniqueIdType}'s ARN.`,
      });
    }
    return findings;
  },
};
