// version-invalid: Version is not "2012-10-17" or "2008-10-17" (IAM rejects the policy).
import type { Rule } from '../../types';
import { docs } from '../docs';
import { replaceString } from './edits';
import { CURRENT_VERSION, OLD_VERSION } from './util';

export const versionInvalid: Rule = {
  id: 'version-invalid',
  defaultSeverity: 'error',
  description: 'Version must be the string "2012-10-17" (or the older "2008-10-17"); it is a language version, not a date you choose.',
  docsUrl: docs.version,
  structural: true,
  check({ policy }) {
    const version = policy.version;
    if (!version) return [];
    const value = version.valueNode;
    if (value?.type === 'string' && (value.value === CURRENT_VERSION || value.value === OLD_VERSION)) return [];
    const shown = value ? policy.text.slice(value.offset, value.offset + value.length) : 'nothing';
    return [{
      node: value ?? version.keyNode,
      message: `Version ${shown} is not a policy language version; IAM accepts only "${CURRENT_VERSION}" (current) and "${OLD_VERSION}". It is fixed text, not the date you wrote the policy.`,
    }];
  },
  fix(_finding, { policy }) {
    const value = policy.version?.valueNode;
    if (!value) return [];
    return [{ title: `Set Version to "${CURRENT_VERSION}"`, edits: [replaceString(value, CURRENT_VERSION)], isPreferred: true }];
  },
};
