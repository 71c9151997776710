// condition-mfa-ifexists: BoolIfExists on aws:MultiFactorAuthPresent in an Allow also admits long-term access keys.
import { isDeny } from '../../document';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { moveEntry } from './edits';
import { conditionEntries, locate, sameKey, type EntryVisit } from './walk';

const MFA = 'aws:MultiFactorAuthPresent';
const isTrue = (v: unknown) => v === true || (typeof v === 'string' && v.toLowerCase() === 'true');

/** The statement also requires the key to be present (Null "false", or a plain Bool "true"), so IfExists changes nothing. */
function presenceRequired(visit: EntryVisit): boolean {
  return visit.condition.blocks.some((b) => b.entries.some((e) => sameKey(e.key, MFA) && (
    (b.operator === 'Null' && e.values.length > 0 && e.values.every((v) => v.value === false || v.value === 'false'))
    || (b.operator === 'Bool' && e.values.length > 0 && e.values.every((v) => isTrue(v.value)))
  )));
}

export const conditionMfaIfExists: Rule = {
  id: 'condition-mfa-ifexists',
  defaultSeverity: 'warning',
  description: 'BoolIfExists on aws:MultiFactorAuthPresent "true" also matches requests signed with long-term keys, which carry no MFA information.',
  docsUrl: `${docs.conditionKeys}#condition-keys-multifactorauthpresent`,
  check({ policy, data }) {
    const findings: RuleFinding[] = [];
    for (const visit of conditionEntries(policy, data)) {
      const { base, ifExists } = visit.block.parsed;
      if (base !== 'Bool' || !ifExists || !sameKey(visit.entry.key, MFA) || isDeny(visit.statement)) continue;
      if (!visit.entry.values.some((v) => isTrue(v.value)) || presenceRequired(visit)) continue;
      findings.push({
        node: visit.block.property.keyNode,
        message: `${visit.block.operator} is also true when ${MFA} is missing, as it is for requests signed with long-term access keys, so this Allow does not require MFA. Use Bool.`,
        data: { path: visit.path },
      });
    }
    return findings;
  },
  fix(finding, { policy }) {
    const found = locate(policy, finding.data);
    if (!found?.entry) return [];
    const operator = found.block.operator.replace(/IfExists$/, '');
    const edits = moveEntry(policy.text, found.condition, found.block, found.entry, operator);
    return edits ? [{ title: `Use ${operator} (require MFA)`, isPreferred: true, edits }] : [];
  },
};
