// Generates server/src/data/*.generated.ts from data/*.json (run: node scripts/generate-data.mjs [--check]).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const read = (f) => JSON.parse(fs.readFileSync(path.join(root, 'data', f), 'utf8'));

const unverified = read('service-principals-unverified.json').map((e) => ({ ...e, principalElement: 'Service', verified: false }));
const tables = [
  ['servicePrincipals', 'ServicePrincipalEntry[]', [...read('service-principals.json'), ...unverified]],
  ['conditionKeys', 'ConditionKeyEntry[]', read('condition-keys.json')],
  ['conditionOperators', 'ConditionOperatorTable', read('condition-operators.json')],
  ['trustActions', 'TrustActionTable', read('trust-actions.json')],
  ['confusedDeputy', 'ConfusedDeputyEntry[]', read('confused-deputy.json')],
];

/** Returns the generated file contents keyed by absolute path. */
export function generate() {
  const out = new Map();
  for (const [name, type, value] of tables) {
    const typeName = type.replace('[]', '');
    const file = path.join(root, 'server/src/data', `${name}.generated.ts`);
    out.set(file, `// generated - do not edit (source: data/*.json, generator: scripts/generate-data.mjs)\nimport type { ${typeName} } from './types';\n\nexport const ${name}: ${type.endsWith('[]') ? `readonly ${type}` : type} = ${JSON.stringify(value, null, 2)};\n`);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of generate()) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current === text) continue;
    if (check) { console.error(`stale: ${path.relative(root, file)}`); stale++; }
    else fs.writeFileSync(file, text);
  }
  process.exit(stale ? 1 : 0);
}
