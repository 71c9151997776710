// condition-vpc-ip-unpaired: aws:VpcSourceIp tested without aws:SourceVpc or aws:SourceVpce, so any VPC with that range matches.
import { isDeny } from '../../document';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { conditionEntries, sameKey } from './walk';
import { denyGuards, keyIn, type PrincipalRef } from '../trust/guards';
import type { Statement, TrustPolicy } from '../../document';

const PAIRS = ['aws:SourceVpc', 'aws:SourceVpce', 'aws:SourceVpcArn'];
const isPairKey = keyIn(PAIRS);

/** True when, for every principal of the statement, a Deny of the policy refuses calls from outside a named VPC or endpoint. */
function pairedByDeny(policy: TrustPolicy, statement: Statement): boolean {
  const refs: PrincipalRef[] = statement.principal?.wildcard
    ? [{ type: 'AWS', value: '*' }]
    : (statement.principal?.groups ?? []).filter((g): g is typeof g & { type: PrincipalRef['type'] } => g.type === 'AWS' || g.type === 'Service' || g.type === 'Federated')
      .flatMap((g) => g.values.map((v) => ({ type: g.type, value: v.value })));
  return refs.length > 0 && refs.every((ref) => denyGuards(policy, ref, 'sts:AssumeRole', isPairKey).length > 0);
}

export const conditionVpcIpUnpaired: Rule = {
  id: 'condition-vpc-ip-unpaired',
  defaultSeverity: 'warning',
  description: 'aws:VpcSourceIp is a private address, and the same range exists in other VPCs and accounts; pair it with aws:SourceVpc (or aws:SourceVpce).',
  docsUrl: `${docs.conditionKeys}#condition-keys-vpcsourceip`,
  check({ policy, data }) {
    const findings: RuleFinding[] = [];
    const visits = conditionEntries(policy, data);
    // One pass finds the statements that test a VPC key, so each aws:VpcSourceIp is checked without a rescan.
    const pairedStatements = new Set<unknown>();
    for (const other of visits) {
      if (!other.operator?.negated && PAIRS.some((k) => sameKey(k, other.entry.key))) pairedStatements.add(other.statement);
    }
    for (const visit of visits) {
      if (!sameKey(visit.entry.key, 'aws:VpcSourceIp') || isDeny(visit.statement) || visit.operator?.negated) continue;
      if (pairedStatements.has(visit.statement) || pairedByDeny(policy, visit.statement)) continue;
      findings.push({
        node: visit.entry.property.keyNode,
        message: 'aws:VpcSourceIp is a private address, and the same range can exist in any VPC of any account, so on its own it does not say where the call came from. Also require aws:SourceVpc (or aws:SourceVpce) in this statement.',
      });
    }
    return findings;
  },
};
