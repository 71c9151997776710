// aws-principal-format: an AWS principal that is not an account id, root, user, role, session or "*" (IAM rejects it).
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { parseAwsPrincipal, splitArn } from '../../principals';
import { replaceString } from './edits';
import { principalValues } from '../../statement-kinds';

/** A corrected ARN for the mistakes with one obvious repair: a region filled in, or iam and sts swapped. */
function repaired(value: string): string | undefined {
  const arn = splitArn(value);
  if (!arn || /[*?]/.test(value)) return undefined;
  let { service } = arn;
  const kind = arn.resource.split('/')[0];
  if (service === 'iam' && (kind === 'assumed-role' || kind === 'federated-user')) service = 'sts';
  else if (service === 'sts' && (arn.resource === 'root' || kind === 'role' || kind === 'user')) service = 'iam';
  const candidate = `arn:${arn.partition}:${service}::${arn.account}:${arn.resource}`;
  return candidate !== value && parseAwsPrincipal(candidate).kind !== 'invalid' ? candidate : undefined;
}

export const awsPrincipalFormat: Rule = {
  id: 'aws-principal-format',
  defaultSeverity: 'error',
  description: 'An AWS principal is "*", a 12-digit account id, or the ARN of an account root, user, role, assumed-role session or federated user; no partial wildcards, no groups.',
  docsUrl: docs.principal,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const { value: v } of principalValues(policy, 'AWS')) {
      const parsed = parseAwsPrincipal(v.value);
      if (parsed.kind === 'unique-id' && parsed.uniqueIdType !== 'user' && parsed.uniqueIdType !== 'role') {
        findings.push({ node: v.node, message: `"${v.value}" looks like the unique id of ${parsed.uniqueIdType === 'access key' || parsed.uniqueIdType === 'instance profile' ? 'an' : 'a'} ${parsed.uniqueIdType}, which cannot be a principal; name a role, user or account.` });
        continue;
      }
      if (parsed.kind !== 'invalid') continue;
      const fix = repaired(v.value);
      findings.push({
        node: v.node,
        message: v.value === '' ? 'An empty AWS principal names no one; use an account id or an IAM ARN.' : `"${v.value}" is not a valid AWS principal: ${parsed.problem ?? 'unrecognised form'}.`,
        data: fix ? { repaired: fix } : {},
      });
    }
    return findings;
  },
  fix(finding) {
    const fixed = finding.data?.repaired as string | undefined;
    if (!fixed || !finding.node) return [];
    const fixes: Fix[] = [{ title: `Change to "${fixed}"`, edits: [replaceString(finding.node, fixed)], isPreferred: true }];
    return fixes;
  },
};
