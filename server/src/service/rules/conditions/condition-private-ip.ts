// condition-private-ip: aws:SourceIp compared with private ranges, which calls over the internet never come from.
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { privateRangeOf } from './values';
import { conditionEntries, sameKey } from './walk';

export const conditionPrivateIp: Rule = {
  id: 'condition-private-ip',
  defaultSeverity: 'hint',
  description: 'aws:SourceIp holds the public address of the caller; private ranges never appear in it.',
  docsUrl: `${docs.conditionKeys}#condition-keys-sourceip`,
  check({ policy, data }) {
    const findings: RuleFinding[] = [];
    for (const visit of conditionEntries(policy, data)) {
      if (!sameKey(visit.entry.key, 'aws:SourceIp') || visit.operator?.family !== 'IPAddress') continue;
      const negated = visit.operator.negated;
      // One finding per key, naming every private value in it.
      const found = visit.entry.values.flatMap((v) => {
        const range = typeof v.value === 'string' ? privateRangeOf(v.value) : undefined;
        return range ? [{ v, range }] : [];
      });
      if (found.length === 0) continue;
      const node = found.length === 1 || !visit.entry.property.valueNode ? found[0].v.node : visit.entry.property.valueNode;
      const listed = found.map(({ v, range }) => (String(v.value) === range ? range : `${String(v.value)} (in ${range})`)).join(', ');
      const one = found.length === 1;
      findings.push({
        node,
        message: `${listed} ${one ? 'is' : 'are'} private. aws:SourceIp is the caller's public address (and is absent for calls through a VPC endpoint), so ${one ? 'this value' : 'these values'} ${negated ? `never exclude${one ? 's' : ''} anything` : `never match${one ? 'es' : ''}`}; for addresses inside a VPC use aws:VpcSourceIp together with aws:SourceVpc.`,
      });
    }
    return findings;
  },
};
