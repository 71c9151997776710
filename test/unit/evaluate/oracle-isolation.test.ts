// The differential oracle stays in the tests: no shipped source imports it, and (when built) no bundle contains it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(full));
    else if (/\.(ts|js|mjs)$/.test(e.name)) out.push(full);
  }
  return out;
}

describe('iam-simulate stays out of the product', () => {
  it('no file under server/src or client/src imports @cloud-copilot packages', () => {
    const offenders = [...sources(path.join(ROOT, 'server/src')), ...sources(path.join(ROOT, 'client/src'))]
      .filter((f) => /from\s+['"]@cloud-copilot\/|require\(\s*['"]@cloud-copilot\//.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(offenders.map((f) => path.relative(ROOT, f)), []);
  });
  it('the built bundles contain no iam-simulate code', function () {
    const bundles = ['dist/cli.js', 'dist/server/main.js', 'dist/server/server.js', 'dist/client/extension.js'].map((b) => path.join(ROOT, b)).filter((b) => fs.existsSync(b));
    if (bundles.length === 0) this.skip();
    for (const b of bundles) assert.doesNotMatch(fs.readFileSync(b, 'utf8'), /@cloud-copilot\/iam-|analyzeResourcePolicy/, b);
  });
});
