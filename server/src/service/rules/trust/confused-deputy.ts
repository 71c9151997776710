// confused-deputy: a service known to send aws:SourceArn/aws:SourceAccount is trusted without either key.
import type { ConfusedDeputyEntry } from '../../../data/types';
import { knowledgeFor } from '../../knowledge';
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { denyGuards, grantsAction, isAllow, keyIn, positiveEntries, SOURCE_KEYS } from './guards';
import { addConditionFix, placeholder, policyPartition } from './edits';

/**
 * Only services the reference data marks `yes` are reported. `partial` services (Lambda, CloudFormation,
 * EventBridge...) are shown by AWS without the keys for their usual roles, and `no`/`unknown` ones may not
 * send them at all: adding the keys there can break the workload, so they are never findings.
 */
function reported(entry: ConfusedDeputyEntry | undefined): entry is ConfusedDeputyEntry {
  return entry?.sendsSourceKeys === 'yes' && entry.keys.some((k) => k === 'aws:SourceArn' || k === 'aws:SourceAccount');
}

/** The first ARN template of the entry with its upper-case parts as snippet placeholders (ACCOUNT shares tab stop 1). */
export function sourceArnSnippet(format: string | undefined, partition: string, account: string): string | undefined {
  const arn = /arn:[^\s)]+/.exec(format ?? '')?.[0];
  if (!arn) return undefined;
  let stop = 1;
  const body = arn.replace(/^arn:aws:/, `arn:${partition}:`).replace(/\[[^\]]*\]/g, '').replace(/(?<![A-Za-z])[A-Z][A-Z0-9_]+(?![A-Za-z])/g, (word) => (word === 'ACCOUNT' ? `\${1:${account}}` : `\${${++stop}:${word}}`));
  return `"${body}"`;
}

/** The source keys the service is documented to send, in the order we recommend them. */
function sourceKeys(entry: ConfusedDeputyEntry): string[] {
  return ['aws:SourceAccount', 'aws:SourceArn'].filter((k) => entry.keys.includes(k));
}

function messageFor(principal: string, keys: readonly string[]): string {
  const sent = keys.length > 1 ? `${keys.join(' and ')}, but this statement checks neither` : `${keys[0]}, but this statement does not check it`;
  const advice = keys.length > 1 ? 'Add aws:SourceAccount (and aws:SourceArn).' : `Add ${keys[0]}.`;
  return `${principal} passes the resource it acts for in ${sent}: a resource in another account could get the service to use this role. ${advice}`;
}

export const confusedDeputy: Rule = {
  id: 'confused-deputy',
  defaultSeverity: 'warning',
  description: 'A service principal that sends aws:SourceArn/aws:SourceAccount is trusted without them, so another account\'s resource could make the service use this role.',
  docsUrl: docs.confusedDeputy,
  check({ policy, data }) {
    const knowledge = knowledgeFor(data);
    const findings: RuleFinding[] = [];
    for (const s of policy.statements) {
      if (!isAllow(s) || !grantsAction(s, 'sts:AssumeRole') || positiveEntries(s, SOURCE_KEYS).length) continue;
      for (const g of s.principal?.groups ?? []) {
        if (g.type !== 'Service') continue;
        for (const v of g.values) {
          const entry = knowledge.confusedDeputy(v.value);
          if (!reported(entry)) continue;
          // A Deny that refuses the service unless the source account or ARN matches guards it as well.
          if (denyGuards(policy, { type: 'Service', value: v.value }, 'sts:AssumeRole', keyIn(SOURCE_KEYS)).length) continue;
          findings.push({
            node: v.node,
            data: { statement: s.index, principal: v.value },
            message: messageFor(v.value, sourceKeys(entry)),
          });
        }
      }
    }
    return findings;
  },
  fix(finding, { policy, data, options }): Fix[] {
    const s = policy.statements[finding.data?.statement as number];
    if (!s) return [];
    const own = options.accounts[0];
    const entry = knowledgeFor(data).confusedDeputy(String(finding.data?.principal));
    const keys = entry ? sourceKeys(entry) : ['aws:SourceAccount'];
    const fixes: Fix[] = [];
    // Only keys the service is documented to send: a test on a key it never sends would lock it out.
    if (keys.includes('aws:SourceAccount')) {
      // With exactly one known account the value is certain and the fix can run in fix-all; otherwise it is a placeholder.
      const accountJson = own ? JSON.stringify(own) : placeholder(1, '111122223333');
      fixes.push(...addConditionFix(policy, s, 'Add an aws:SourceAccount condition', [{ operator: 'StringEquals', key: 'aws:SourceAccount', valueJson: accountJson }], { snippet: !own, isPreferred: !!own }));
    }
    const arn = keys.includes('aws:SourceArn') ? sourceArnSnippet(entry?.sourceArnFormat, policyPartition(policy), own ?? '111122223333') : undefined;
    if (arn && keys.includes('aws:SourceAccount')) {
      fixes.push(...addConditionFix(policy, s, 'Add aws:SourceAccount and aws:SourceArn conditions', [
        { operator: 'StringEquals', key: 'aws:SourceAccount', valueJson: placeholder(1, own ?? '111122223333') },
        { operator: 'ArnLike', key: 'aws:SourceArn', valueJson: arn },
      ], { snippet: true }));
    } else if (arn) {
      fixes.push(...addConditionFix(policy, s, 'Add an aws:SourceArn condition', [{ operator: 'ArnLike', key: 'aws:SourceArn', valueJson: arn }], { snippet: true }));
    }
    return fixes;
  },
};
