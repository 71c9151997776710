// condition-wildcard-no-like: `*` or `?` under an operator that compares literally (StringEquals...), so it is no wildcard.
import { isDeny } from '../../document';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { moveEntry } from './edits';
import { conditionEntries, locate, withBase, withoutVariables } from './walk';

/** Literal operator -> its wildcard-matching counterpart (the IgnoreCase ones have none). */
const likeOf: Record<string, string> = { StringEquals: 'StringLike', StringNotEquals: 'StringNotLike' };

const wildcardIn = (v: unknown) => typeof v === 'string' && /[*?]/.test(withoutVariables(v));

export const conditionWildcardNoLike: Rule = {
  id: 'condition-wildcard-no-like',
  defaultSeverity: 'information',
  description: 'A `*` or `?` under an operator that compares literally is matched as that character, not as a wildcard.',
  docsUrl: docs.conditionOperators,
  check({ policy, data }) {
    const findings: RuleFinding[] = [];
    for (const visit of conditionEntries(policy, data)) {
      const op = visit.operator;
      if (!op || op.supportsWildcards || (op.family !== 'String' && op.family !== 'ARN')) continue;
      const oidcSub = visit.key?.category === 'web-identity' && visit.key.key.endsWith(':sub');
      const like = likeOf[visit.block.parsed.base];
      // One finding per key, naming its values: the advice (use a Like operator) is the same for each.
      const patterns = visit.entry.values.filter((v) => wildcardIn(v.value));
      if (patterns.length === 0) continue;
      const node = patterns.length === 1 || !visit.entry.property.valueNode ? patterns[0].node : visit.entry.property.valueNode;
      const listed = patterns.map((v) => JSON.stringify(v.value)).join(', ');
      findings.push({
        node,
        // A literal `*` in a token subject is a pattern the author expected to match many workflows.
        severity: oidcSub && !isDeny(visit.statement) ? 'warning' : 'information',
        message: `${visit.block.operator} compares ${visit.entry.key} literally, so the * or ? in ${listed} ${patterns.length === 1 ? 'is an ordinary character' : 'are ordinary characters'} here, not ${patterns.length === 1 ? 'a wildcard' : 'wildcards'}${like ? `; use ${withBase(visit.block, like)} for a pattern` : ''}.`,
        data: { path: visit.path, like },
      });
    }
    return findings;
  },
  fix(finding, { policy }) {
    const like = finding.data?.like;
    const found = locate(policy, finding.data);
    if (typeof like !== 'string' || !found?.entry) return [];
    const operator = withBase(found.block, like);
    // When every key of the block holds a pattern, the whole block changes operator.
    const whole = found.block.entries.every((e) => e.values.some((v) => wildcardIn(v.value)));
    const edits = moveEntry(policy.text, found.condition, found.block, found.entry, operator, whole);
    return edits ? [{ title: `Use ${operator} for ${found.entry.key}`, isPreferred: true, edits }] : [];
  },
};
