import assert from 'node:assert/strict';
import { optionsFromSettings } from '../../server/src/settings';
import { DEFAULT_OPTIONS } from '../../server/src/service/types';
import { checkDiagnostics } from '../support/fixture';

describe('settings', () => {
  it('reads valid settings and ignores malformed ones', () => {
    const o = optionsFromSettings({ accounts: ['111122223333', 5], rules: { 'json-syntax': 'Warning', 'x': 'loud', 'y': 'info' }, sizeQuota: -1, extraServicePrincipals: 'nope' });
    assert.deepEqual(o.accounts, ['111122223333']);
    assert.deepEqual(o.ruleSeverities, { 'json-syntax': 'warning', y: 'information' });
    assert.equal(o.sizeQuota, DEFAULT_OPTIONS.sizeQuota);
    assert.deepEqual(o.extraServicePrincipals, []);
    assert.deepEqual(optionsFromSettings(null), { ...DEFAULT_OPTIONS });
  });
  it('turns a rule off and re-grades it', () => {
    const text = `
{"Statement": [1,]}
                ^ json-syntax:warning
`;
    checkDiagnostics(text, 'json-syntax', { ruleSeverities: { 'json-syntax': 'warning' } });
    checkDiagnostics('{"Statement": [1,]}', 'json-syntax', { ruleSeverities: { 'json-syntax': 'off' } });
  });
});
