// The evaluator, operator family by operator family: each row is a context and whether the request is allowed.
import assert from 'node:assert/strict';
import { allows, conditionDecision, table } from './helpers';

const K = 'aws:PrincipalTag/team';

describe('evaluate: string operators', () => {
  it('StringEquals is exact and case-sensitive; several values are ORed', () => {
    table({ StringEquals: { [K]: ['a', 'b'] } }, [[{ [K]: 'a' }, true], [{ [K]: 'b' }, true], [{ [K]: 'A' }, false], [{ [K]: 'ab' }, false], [{}, false]]);
  });
  it('StringNotEquals matches values none of the listed equal, and a missing key', () => {
    table({ StringNotEquals: { [K]: ['a', 'b'] } }, [[{ [K]: 'c' }, true], [{ [K]: 'a' }, false], [{ [K]: 'A' }, true], [{}, true]]);
  });
  it('StringEqualsIgnoreCase and StringNotEqualsIgnoreCase ignore case', () => {
    table({ StringEqualsIgnoreCase: { [K]: 'Admin' } }, [[{ [K]: 'ADMIN' }, true], [{ [K]: 'admins' }, false], [{}, false]]);
    table({ StringNotEqualsIgnoreCase: { [K]: 'Admin' } }, [[{ [K]: 'ADMIN' }, false], [{ [K]: 'other' }, true], [{}, true]]);
  });
  it('StringLike: * is any run, ? one character, case-sensitive, whole value', () => {
    table({ StringLike: { [K]: 'repo:acme/*:ref:refs/heads/ma?n' } }, [
      [{ [K]: 'repo:acme/app:ref:refs/heads/main' }, true],
      [{ [K]: 'repo:acme/a/b:ref:refs/heads/mayn' }, true],
      [{ [K]: 'repo:acme/app:ref:refs/heads/maain' }, false],
      [{ [K]: 'repo:ACME/app:ref:refs/heads/main' }, false],
      [{ [K]: 'xrepo:acme/app:ref:refs/heads/main' }, false],
    ]);
  });
  it('StringLike treats regular-expression characters literally', () => {
    table({ StringLike: { [K]: 'a.b(c)+' } }, [[{ [K]: 'a.b(c)+' }, true], [{ [K]: 'axb(c)+' }, false]]);
  });
  it('StringNotLike matches values that fit none of the patterns', () => {
    table({ StringNotLike: { [K]: ['dev-*', 'test-*'] } }, [[{ [K]: 'prod-1' }, true], [{ [K]: 'dev-1' }, false], [{}, true]]);
  });
  it('StringEquals does not treat * as a wildcard', () => {
    table({ StringEquals: { [K]: 'a*' } }, [[{ [K]: 'a*' }, true], [{ [K]: 'abc' }, false]]);
  });
});

describe('evaluate: numeric operators', () => {
  const N = 'sts:DurationSeconds';
  it('compares numbers, not text', () => {
    table({ NumericEquals: { [N]: '3600' } }, [[{ [N]: '3600' }, true], [{ [N]: '3600.0' }, true], [{ [N]: '360' }, false]]);
    table({ NumericNotEquals: { [N]: 10 } }, [[{ [N]: '9' }, true], [{ [N]: '10' }, false], [{}, true]]);
    table({ NumericLessThan: { [N]: '100' } }, [[{ [N]: '99' }, true], [{ [N]: '100' }, false], [{ [N]: '9' }, true]]);
    table({ NumericLessThanEquals: { [N]: '100' } }, [[{ [N]: '100' }, true], [{ [N]: '101' }, false]]);
    table({ NumericGreaterThan: { [N]: '100' } }, [[{ [N]: '101' }, true], [{ [N]: '100' }, false], [{ [N]: '1e3' }, true]]);
    table({ NumericGreaterThanEquals: { [N]: '-5.5' } }, [[{ [N]: '-5.5' }, true], [{ [N]: '-6' }, false]]);
  });
  it('a request value that is not a number never matches, and says so', () => {
    const r = conditionDecision({ NumericLessThan: { [N]: '100' } }, { [N]: 'ten' });
    assert.equal(r.decision, 'deny');
    assert.match(r.statements[0].failure ?? '', /"ten" is not a valid numeric value/);
  });
});

describe('evaluate: date operators', () => {
  const D = 'aws:CurrentTime';
  it('compares ISO 8601 dates and date-times', () => {
    table({ DateLessThan: { [D]: '2026-01-01T00:00:00Z' } }, [[{ [D]: '2025-12-31T23:59:59Z' }, true], [{ [D]: '2026-01-01T00:00:00Z' }, false], [{ [D]: '2025-06-01' }, true]]);
    table({ DateGreaterThanEquals: { [D]: '2026-01-01' } }, [[{ [D]: '2026-01-01T00:00:00Z' }, true], [{ [D]: '2025-12-31T23:00:00-02:00' }, true], [{ [D]: '2025-12-31T23:00:00Z' }, false]]);
  });
  it('reads epoch seconds and compares them with ISO dates', () => {
    table({ DateEquals: { [D]: '1767225600' } }, [[{ [D]: '2026-01-01T00:00:00Z' }, true], [{ [D]: '1767225600' }, true], [{ [D]: '1767225601' }, false]]);
    table({ DateNotEquals: { [D]: '2026-01-01T00:00:00Z' } }, [[{ [D]: '1767225600' }, false], [{ [D]: '1767225601' }, true], [{}, true]]);
    table({ DateLessThanEquals: { [D]: '2026-01-01T00:00:00Z' } }, [[{ [D]: '1767225600' }, true], [{ [D]: '1767225601' }, false]]);
    table({ DateGreaterThan: { [D]: '1767225600' } }, [[{ [D]: '2026-01-01T00:00:01Z' }, true], [{ [D]: '2026-01-01T00:00:00Z' }, false]]);
  });
  it('a value that is not a date never matches', () => {
    table({ DateLessThan: { [D]: '2026-01-01' } }, [[{ [D]: 'yesterday' }, false]]);
  });
});

describe('evaluate: Bool, Binary', () => {
  const B = 'aws:MultiFactorAuthPresent';
  it('Bool compares true/false in any case, JSON booleans too', () => {
    table({ Bool: { [B]: 'true' } }, [[{ [B]: 'true' }, true], [{ [B]: 'TRUE' }, true], [{ [B]: true }, true], [{ [B]: 'false' }, false], [{ [B]: 'yes' }, false], [{}, false]]);
    table({ Bool: { [B]: false } }, [[{ [B]: 'false' }, true], [{ [B]: 'true' }, false]]);
  });
  it('BinaryEquals compares the base64 text', () => {
    table({ BinaryEquals: { 'custom:bin': 'QmluYXJ5' } }, [[{ 'custom:bin': 'QmluYXJ5' }, true], [{ 'custom:bin': 'QmluYXJ6' }, false], [{}, false]]);
  });
});

describe('evaluate: IP address operators', () => {
  const S = 'aws:SourceIp';
  it('IpAddress: IPv4 CIDR, single address, IPv6 CIDR', () => {
    table({ IpAddress: { [S]: ['203.0.113.0/24', '198.51.100.7', '2001:db8::/32'] } }, [
      [{ [S]: '203.0.113.200' }, true],
      [{ [S]: '203.0.114.1' }, false],
      [{ [S]: '198.51.100.7' }, true],
      [{ [S]: '198.51.100.8' }, false],
      [{ [S]: '2001:db8:1::5' }, true],
      [{ [S]: '2001:db9::1' }, false],
      [{ [S]: '::ffff:203.0.113.5' }, false],
      [{ [S]: 'not-an-ip' }, false],
      [{}, false],
    ]);
  });
  it('NotIpAddress: outside every block, or missing', () => {
    table({ NotIpAddress: { [S]: ['10.0.0.0/8', 'fd00::/8'] } }, [[{ [S]: '11.0.0.1' }, true], [{ [S]: '10.1.2.3' }, false], [{ [S]: 'fd12::1' }, false], [{ [S]: '2001:db8::1' }, true], [{}, true]]);
  });
  it('IPv6 forms: compressed, full, embedded IPv4', () => {
    table({ IpAddress: { [S]: '2001:0db8:0000:0000:0000:0000:0000:0001/128' } }, [[{ [S]: '2001:db8::1' }, true], [{ [S]: '2001:db8::2' }, false]]);
    table({ IpAddress: { [S]: '::ffff:0:0/96' } }, [[{ [S]: '::ffff:192.0.2.1' }, true]]);
  });
});

describe('evaluate: ARN operators', () => {
  const A = 'aws:SourceArn';
  it('ArnLike matches segment by segment; * does not cross a colon in the first five parts', () => {
    table({ ArnLike: { [A]: 'arn:aws:s3:::bucket-*' } }, [[{ [A]: 'arn:aws:s3:::bucket-1' }, true], [{ [A]: 'arn:aws:s3:::other' }, false]]);
    table({ ArnLike: { [A]: 'arn:aws:*:us-east-1:111122223333:*' } }, [[{ [A]: 'arn:aws:lambda:us-east-1:111122223333:function:f' }, true], [{ [A]: 'arn:aws:lambda:us-west-2:111122223333:function:f' }, false]]);
    table({ ArnLike: { [A]: 'arn:aws:lambda:*:111122223333:function:*' } }, [[{ [A]: 'arn:aws:lambda:eu-west-1:111122223333:function:a:b' }, true], [{ [A]: 'arn:aws:lambda:eu-west-1:444455556666:function:a' }, false]]);
  });
  it('ArnEquals behaves like ArnLike; ArnNotEquals/ArnNotLike negate it', () => {
    table({ ArnEquals: { [A]: 'arn:aws:sns:*:111122223333:topic' } }, [[{ [A]: 'arn:aws:sns:eu-west-1:111122223333:topic' }, true]]);
    table({ ArnNotEquals: { [A]: 'arn:aws:sns:*:111122223333:topic' } }, [[{ [A]: 'arn:aws:sns:eu-west-1:111122223333:topic' }, false], [{ [A]: 'arn:aws:sns:eu-west-1:111122223333:other' }, true], [{}, true]]);
    table({ ArnNotLike: { [A]: 'arn:aws:s3:::b*' } }, [[{ [A]: 'arn:aws:s3:::c' }, true], [{ [A]: 'arn:aws:s3:::bb' }, false]]);
  });
  it('a request value that is not an ARN matches neither ArnLike nor ArnNotLike', () => {
    table({ ArnLike: { [A]: 'arn:aws:s3:::*' } }, [[{ [A]: 'bucket' }, false]]);
    table({ ArnNotLike: { [A]: 'arn:aws:s3:::*' } }, [[{ [A]: 'bucket' }, false]]);
  });
});

describe('evaluate: Null, IfExists, negated operators on missing keys', () => {
  const E = 'sts:ExternalId';
  it('Null true wants the key absent, false wants it present', () => {
    table({ Null: { [E]: 'true' } }, [[{}, true], [{ [E]: 'x' }, false]]);
    table({ Null: { [E]: 'false' } }, [[{}, false], [{ [E]: 'x' }, true], [{ [E]: [] }, true]]);
  });
  it('IfExists passes a missing key and tests a present one', () => {
    table({ StringEqualsIfExists: { [E]: 'x' } }, [[{}, true], [{ [E]: 'x' }, true], [{ [E]: 'y' }, false]]);
    table({ NumericLessThanIfExists: { 'sts:DurationSeconds': 10 } }, [[{}, true], [{ 'sts:DurationSeconds': 20 }, false]]);
    table({ BoolIfExists: { 'aws:SecureTransport': 'true' } }, [[{}, true], [{ 'aws:SecureTransport': 'false' }, false]]);
  });
  it('every negated operator passes a missing key; positive ones fail it', () => {
    for (const op of ['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'NumericNotEquals', 'DateNotEquals', 'NotIpAddress', 'ArnNotEquals', 'ArnNotLike']) {
      assert.equal(allows({ [op]: { 'custom:k': op.includes('Ip') ? '10.0.0.0/8' : op.includes('Arn') ? 'arn:aws:s3:::x' : op.includes('Date') ? '2020-01-01' : op.includes('Numeric') ? '1' : 'v' } }, {}), true, op);
    }
    for (const op of ['StringEquals', 'StringLike', 'NumericEquals', 'DateEquals', 'IpAddress', 'ArnLike', 'Bool', 'BinaryEquals']) {
      assert.equal(allows({ [op]: { 'custom:k': 'v' } }, {}), false, op);
    }
  });
  it('condition keys are matched ignoring case', () => {
    table({ StringEquals: { 'STS:EXTERNALID': 'x' } }, [[{ 'sts:ExternalId': 'x' }, true]]);
  });
});

describe('evaluate: ForAllValues / ForAnyValue', () => {
  const T = 'aws:TagKeys';
  it('ForAnyValue wants at least one request value to match; empty or missing fails', () => {
    table({ 'ForAnyValue:StringEquals': { [T]: ['a', 'b'] } }, [[{ [T]: ['x', 'b'] }, true], [{ [T]: ['x'] }, false], [{ [T]: [] }, false], [{}, false], [{ [T]: 'a' }, true]]);
  });
  it('ForAllValues wants every request value to match; empty or missing passes', () => {
    table({ 'ForAllValues:StringLike': { [T]: ['team-*', 'cost'] } }, [[{ [T]: ['team-a', 'cost'] }, true], [{ [T]: ['team-a', 'x'] }, false], [{ [T]: [] }, true], [{}, true]]);
  });
  it('negated operators under set qualifiers test each value against none of the listed ones', () => {
    table({ 'ForAllValues:StringNotEquals': { [T]: ['admin'] } }, [[{ [T]: ['a', 'b'] }, true], [{ [T]: ['a', 'admin'] }, false], [{}, true]]);
    table({ 'ForAnyValue:StringNotLike': { [T]: ['admin*'] } }, [[{ [T]: ['admin1', 'x'] }, true], [{ [T]: ['admin1'] }, false], [{}, false]]);
  });
  it('ForAnyValue with IfExists passes a missing key', () => {
    table({ 'ForAnyValue:StringEqualsIfExists': { [T]: 'a' } }, [[{}, true], [{ [T]: ['b'] }, false]]);
  });
  it('a single-valued operator does not match a list of values', () => {
    const r = conditionDecision({ StringEquals: { [T]: 'a' } }, { [T]: ['a'] });
    assert.equal(r.decision, 'deny');
    assert.match(r.statements[0].failure ?? '', /several values.*ForAnyValue/);
  });
});

describe('evaluate: several keys and operators', () => {
  it('keys under one operator and several operators are ANDed; the first failure is named', () => {
    const cond = { StringEquals: { 'k:a': '1', 'k:b': '2' }, StringLike: { 'k:c': 'x*' } };
    table(cond, [[{ 'k:a': '1', 'k:b': '2', 'k:c': 'xy' }, true], [{ 'k:a': '1', 'k:b': '3', 'k:c': 'xy' }, false], [{ 'k:a': '1', 'k:b': '2', 'k:c': 'y' }, false]]);
    const r = conditionDecision(cond, { 'k:a': '1', 'k:b': '3', 'k:c': 'nope' });
    assert.match(r.statements[0].failure ?? '', /"k:b" is "3"; StringEquals wants "2"/);
  });
});

describe('evaluate: policy variables', () => {
  it('substitutes ${key} from the request; no value means no match', () => {
    table({ StringEquals: { 'aws:PrincipalTag/owner': '${aws:username}' } }, [[{ 'aws:PrincipalTag/owner': 'bob', 'aws:username': 'bob' }, true], [{ 'aws:PrincipalTag/owner': 'bob', 'aws:username': 'eve' }, false], [{ 'aws:PrincipalTag/owner': 'bob' }, false]]);
  });
  it('uses a default when the key is missing', () => {
    table({ StringEquals: { 'k:v': "${aws:username, 'nobody'}" } }, [[{ 'k:v': 'nobody' }, true], [{ 'k:v': 'bob', 'aws:username': 'bob' }, true]]);
  });
  it('${*}, ${?} and ${$} are literal characters; substituted text is never a wildcard', () => {
    table({ StringLike: { 'k:v': 'a${*}b*' } }, [[{ 'k:v': 'a*bzz' }, true], [{ 'k:v': 'axbzz' }, false]]);
    table({ StringLike: { 'k:v': '${k:w}' } }, [[{ 'k:v': 'ab', 'k:w': 'a*' }, false], [{ 'k:v': 'a*', 'k:w': 'a*' }, true]]);
    table({ StringEquals: { 'k:v': 'cost${$}' } }, [[{ 'k:v': 'cost$' }, true]]);
  });
  it('works inside ARN segments', () => {
    table({ ArnLike: { 'aws:SourceArn': 'arn:aws:lambda:*:${aws:PrincipalAccount}:function:*' } }, [[{ 'aws:SourceArn': 'arn:aws:lambda:us-east-1:111122223333:function:f', 'aws:PrincipalAccount': '111122223333' }, true], [{ 'aws:SourceArn': 'arn:aws:lambda:us-east-1:444455556666:function:f', 'aws:PrincipalAccount': '111122223333' }, false]]);
  });
  it('version 2008-10-17 reads ${...} as plain text', () => {
    assert.equal(allows({ StringEquals: { 'k:v': '${aws:username}' } }, { 'k:v': '${aws:username}', 'aws:username': 'x' }, '2008-10-17'), true);
    assert.equal(allows({ StringEquals: { 'k:v': '${aws:username}' } }, { 'k:v': 'x', 'aws:username': 'x' }, '2008-10-17'), false);
  });
  it('numeric operators do not substitute variables', () => {
    assert.equal(allows({ NumericEquals: { 'k:n': '${k:m}' } }, { 'k:n': '5', 'k:m': '5' }), false);
  });
});

describe('evaluate: operators the policy gets wrong', () => {
  it('an unknown operator never matches and is reported as a policy problem', () => {
    const r = conditionDecision({ StringEqualz: { 'k:v': 'x' } }, { 'k:v': 'x' });
    assert.equal(r.decision, 'deny');
    assert.match(r.statements[0].failure ?? '', /unknown condition operator "StringEqualz"/);
    assert.ok(r.policyProblems.some((p) => /StringEqualz/.test(p)));
  });
  it('a bad qualifier, Null with IfExists', () => {
    assert.match(conditionDecision({ 'ForSomeValues:StringEquals': { 'k:v': 'x' } }, { 'k:v': 'x' }).statements[0].failure ?? '', /ForAllValues or ForAnyValue/);
    assert.match(conditionDecision({ NullIfExists: { 'k:v': 'true' } }, {}).statements[0].failure ?? '', /unknown condition operator|Null takes no/);
  });
});
