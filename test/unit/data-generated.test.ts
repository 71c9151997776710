import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundledReferenceData } from '../../server/src/data';

const root = path.resolve(__dirname, '../..');

describe('generated reference data', () => {
  it('matches what scripts/generate-data.mjs makes from data/*.json', async () => {
    const { generate } = await import(pathToFileURL(path.join(root, 'scripts/generate-data.mjs')).href) as { generate(): Map<string, string> };
    const expected = generate();
    assert.ok(expected.size >= 5);
    const stale: string[] = [];
    for (const [file, text] of expected) {
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (current !== text) stale.push(path.relative(root, file));
    }
    assert.deepEqual(stale, [], 'run `node scripts/generate-data.mjs` and commit the result');
    for (const text of expected.values()) assert.match(text, /^\/\/ generated - do not edit/);
  });
  it('has the tables the service needs, with the counts SOURCES.md states', () => {
    const verified = bundledReferenceData.servicePrincipals.filter((p) => p.verified !== false);
    assert.equal(verified.length, 453);
    assert.equal(bundledReferenceData.conditionKeys.length, 212);
    assert.equal(bundledReferenceData.conditionOperators.operators.length, 27);
    assert.equal(bundledReferenceData.trustActions.actions.length, 6);
    assert.ok(fs.existsSync(path.join(root, 'data/SOURCES.md')));
  });
});
