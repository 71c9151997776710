import assert from 'node:assert/strict';
import { checkDiagnostics } from '../../../support/fixture';
import { privateRangeOf } from '../../../../server/src/service/rules/conditions/values';
import { trustPolicy } from './policy';

const RULE = 'condition-private-ip';

describe('condition-private-ip', () => {
  it('hints at private ranges under IpAddress and NotIpAddress, once per key naming every private value', () => {
    const [list] = checkDiagnostics(trustPolicy(`
      "IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "203.0.113.0/24", "172.20.1.5", "192.168.1.0/24"]},
                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ condition-private-ip:hint
      "NotIpAddress": {"aws:SourceIp": "fd00::/8"}
                                       ^^^^^^^^^^ condition-private-ip:hint
`), RULE);
    assert.match(String(list.message), /^10\.0\.0\.0\/8, 172\.20\.1\.5 \(in 172\.16\.0\.0\/12\), 192\.168\.1\.0\/24 \(in 192\.168\.0\.0\/16\) are private\. .* these values never match;/);
    assert.doesNotMatch(String(list.message), /203\.0\.113/);
  });
  it('also applies in a Deny (the value still never matches)', () => {
    checkDiagnostics(trustPolicy(`
      "NotIpAddress": {"aws:SourceIp": "10.1.0.0/16"}
                                       ^^^^^^^^^^^^^ condition-private-ip
`, { effect: 'Deny' }), RULE);
  });
  it('accepts public ranges, ranges wider than a private block, and aws:VpcSourceIp', () => {
    checkDiagnostics(trustPolicy(`
      "IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "0.0.0.0/0", "10.0.0.0/7", "2001:db8::/32"], "aws:VpcSourceIp": "10.0.0.0/8"}
`), RULE);
  });
  it('classifies ranges', () => {
    assert.equal(privateRangeOf('172.31.255.255'), '172.16.0.0/12');
    assert.equal(privateRangeOf('172.32.0.0'), undefined);
    assert.equal(privateRangeOf('fe80::1/64'), 'fe80::/10');
    assert.equal(privateRangeOf('::1'), '::1/128');
    assert.equal(privateRangeOf('not-an-ip'), undefined);
  });
});
