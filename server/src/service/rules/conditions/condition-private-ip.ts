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
      for (const v of visit.entry.values) {
        const range = typeof v.value === 'string' ? privateRangeOf(v.value) : undefined;
        if (!range) continue;
        findings.push({
          node: v.node,
          message: `${v.value} lies in the private range ${range}. aws:SourceIp is the caller's public address (and is absent for calls through a VPC endpoint), so this value ${negated ? 'never excludes anything' : 'never matches'}; for addresses inside a VPC use aws:VpcSourceIp together with aws:SourceVpc.`,
        });
      }
    }
    return findings;
  },
};
