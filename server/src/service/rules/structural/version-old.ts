// version-old: Version "2008-10-17", in which policy variables are not substituted.
import type { Rule } from '../../types';
import { docs } from '../docs';
import { replaceString } from './edits';
import { CURRENT_VERSION, OLD_VERSION } from './util';

export const versionOld: Rule = {
  id: 'version-old',
  defaultSeverity: 'information',
  description: 'Version "2008-10-17" is the old policy language: policy variables such as ${aws:username} are not substituted.',
  docsUrl: docs.version,
  structural: true,
  check({ policy }) {
    const value = policy.version?.valueNode;
    if (value?.type !== 'string' || value.value !== OLD_VERSION) return [];
    return [{ node: value, message: `"${OLD_VERSION}" is the old policy language version: policy variables such as \${aws:username} are treated as literal text. Use "${CURRENT_VERSION}".`, data: { usesVariables: policy.text.includes('${') } }];
  },
  fix(finding, { policy }) {
    const value = policy.version?.valueNode;
    if (!value) return [];
    // With variables in the text the upgrade changes what the policy matches, so the user should choose it.
    return [{ title: `Set Version to "${CURRENT_VERSION}"`, edits: [replaceString(value, CURRENT_VERSION)], isPreferred: finding.data?.usesVariables !== true }];
  },
};
