// version-missing: no Version element, so IAM reads the policy with the old 2008-10-17 rules.
import type { Rule } from '../../types';
import { docs } from '../docs';
import { insertProperty } from './edits';
import { CURRENT_VERSION, hasMisspelt, openBrace, ROOT_KEYS, rootObject } from './util';

export const versionMissing: Rule = {
  id: 'version-missing',
  defaultSeverity: 'information',
  description: 'Without a Version element IAM applies the 2008-10-17 language version, in which policy variables are plain text.',
  docsUrl: docs.version,
  structural: true,
  check({ policy }) {
    const root = rootObject(policy);
    // A misspelt "version" is reported once, by root-unknown-key with its rename fix.
    if (!root || policy.version || hasMisspelt(policy.properties, 'Version', ROOT_KEYS)) return [];
    return [{ range: openBrace(root), message: `This policy has no Version, so IAM reads it with the old 2008-10-17 rules (policy variables such as \${aws:username} stay literal text). Add "Version": "${CURRENT_VERSION}".` }];
  },
  fix(_finding, { policy }) {
    const root = rootObject(policy);
    if (!root || policy.version) return [];
    return [{ title: `Add "Version": "${CURRENT_VERSION}"`, edits: [insertProperty(policy.text, root, 'Version', JSON.stringify(CURRENT_VERSION), 'first')], isPreferred: true }];
  },
};
