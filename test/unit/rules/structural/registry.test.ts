import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { structuralRules } from '../../../../server/src/service/rules/structural';
import { allRules } from '../../../../server/src/service/rules';
import { SEVERITIES } from '../../../../server/src/service/types';

describe('structural rule registry', () => {
  it('registers every structural rule once in the service, with its own test file', () => {
    const ids = structuralRules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule ids');
    for (const rule of structuralRules) {
      assert.ok(allRules.includes(rule), `${rule.id} is not in the service registry`);
      assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(SEVERITIES.includes(rule.defaultSeverity));
      assert.match(rule.docsUrl, /^https:\/\//);
      assert.ok(rule.description.length > 20, `${rule.id} needs a description`);
      assert.ok(existsSync(join(__dirname, `${rule.id}.test.ts`)), `${rule.id} has no test file`);
    }
  });
});
