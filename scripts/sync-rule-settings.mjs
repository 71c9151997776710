// Writes every rule id (with its description and default) into package.json's iamTrustPolicy.rules setting, so
// editors complete rule ids there. Run: node scripts/sync-rule-settings.mjs [--check]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
require('tsx/cjs');
const { allRules } = require(path.join(root, 'server/src/service/rules/index.ts'));
const { DOCUMENT_TOO_LARGE } = require(path.join(root, 'server/src/service/analyze.ts'));

const LEVELS = ['off', 'error', 'warning', 'information', 'hint'];

/** The `properties` object for the iamTrustPolicy.rules setting. */
export function ruleSettingProperties() {
  const rules = [...allRules, { id: DOCUMENT_TOO_LARGE, defaultSeverity: 'information', description: 'The document is larger than iamTrustPolicy.maxDocumentSize, so only structural checks ran.' }];
  return Object.fromEntries(rules.map((r) => [r.id, { type: 'string', enum: LEVELS, markdownDescription: `${r.description} (default: \`${r.defaultSeverity}\`)` }]));
}

const file = path.join(root, 'package.json');
const text = fs.readFileSync(file, 'utf8');
const pkg = JSON.parse(text);
pkg.contributes.configuration.properties['iamTrustPolicy.rules'].properties = ruleSettingProperties();
const next = JSON.stringify(pkg, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error('package.json: the iamTrustPolicy.rules setting does not list the current rules; run node scripts/sync-rule-settings.mjs');
    process.exit(1);
  }
} else fs.writeFileSync(file, next);
