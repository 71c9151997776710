// policy-size: the policy is longer than the role trust policy quota (whitespace excluded), so IAM may refuse it.
import type { Rule } from '../../types';
import { docs } from '../docs';
import { openBrace } from './util';

/**
 * IAM documents that whitespace is not counted. We leave out the JSON whitespace characters (space, tab, line feed,
 * carriage return) everywhere, inside strings too: a trust policy rarely has any there, and the count can then only
 * be at or below IAM's, so the finding never appears for a policy IAM would accept.
 */
export function sizeWithoutWhitespace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) n++;
  }
  return n;
}

export const policySize: Rule = {
  id: 'policy-size',
  defaultSeverity: 'information',
  description: 'A role trust policy is limited to 2,048 characters without whitespace by default (the quota can be raised); the limit is the sizeQuota setting.',
  docsUrl: docs.quotas,
  structural: true,
  check({ policy, options }) {
    // Whitespace only lowers the count: a text no longer than the quota is within it.
    if (!policy.root || policy.text.length <= options.sizeQuota) return [];
    const size = sizeWithoutWhitespace(policy.text);
    if (size <= options.sizeQuota) return [];
    return [{
      range: openBrace(policy.root),
      message: `This trust policy has ${size} characters without whitespace, over the ${options.sizeQuota}-character role trust policy quota; IAM refuses it unless your account's quota was raised (then set the size quota to match).`,
      data: { size, quota: options.sizeQuota },
    }];
  },
};
