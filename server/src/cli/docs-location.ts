// Where the installed package keeps the rule pages (docs/rules/), as a file: URL base, for the CLI's links.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The docs/rules/ folder of the package that holds `dir`: the bundles live in dist/ (dist/cli.js) and dist/server/
 * (dist/server/main.js), the sources in server/src/ when run with tsx, so the nearest ancestor with docs/rules wins.
 */
export function packagedDocsBaseUri(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(current, 'docs', 'rules');
    if (fs.existsSync(path.join(candidate, 'README.md'))) return `${pathToFileURL(candidate).href}/`;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return undefined;
}
