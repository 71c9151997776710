// CLI baseline: read every *.json file in a folder and parse it with jsonc-parser, nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const { parseTree } = createRequire(import.meta.url)('jsonc-parser');
const dir = process.argv[2];
let nodes = 0;
for (const name of fs.readdirSync(dir).sort()) {
  if (!name.endsWith('.json')) continue;
  const text = new globalThis.TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(path.join(dir, name)));
  const root = parseTree(text, [], { disallowComments: true });
  nodes += root?.children?.length ?? 0;
}
process.stdout.write(`${nodes}\n`);
