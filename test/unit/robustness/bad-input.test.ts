// Hostile documents through the service: deep nesting, huge lines, floods of errors, BOM, CRLF, over-size documents.
import assert from 'node:assert/strict';
import { service, doc } from '../../support/fixture';
import { MAX_NESTING_DEPTH, MAX_SYNTAX_ERRORS, tooDeepSpans } from '../../../server/src/service/document';
import { checkDocument } from './check-document';

const POLICY = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}';
const deepMessage = /Nesting deeper than 128 levels/;
const messageOf = (d: { message: string | { value: string } }): string => (typeof d.message === 'string' ? d.message : d.message.value);

describe('bad input to the service', () => {
  for (const [name, text] of [
    ['100k nested arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['100k nested objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
    ['100k unclosed arrays', '['.repeat(100_000)],
    ['100k alternating [{ without closes', '[{"a":'.repeat(50_000)],
  ] as const) {
    it(`reports ${name} once and never overflows the stack`, () => {
      const diagnostics = service.validate(doc(text));
      const deep = diagnostics.filter((d) => deepMessage.test(messageOf(d)));
      assert.equal(deep.length, 1, JSON.stringify(diagnostics.map((d) => d.message)));
      assert.equal(deep[0].code, 'json-syntax');
      const syntax = diagnostics.filter((d) => d.code === 'json-syntax');
      assert.ok(syntax.length <= 3, `expected at most a couple of syntax errors, got ${JSON.stringify(syntax.map((d) => d.message))}`);
      checkDocument(text.slice(0, 20_000)); // every feature on a (still too deep) prefix
    });
  }

  it('puts the nesting diagnostic on the first bracket past the limit', () => {
    const text = '['.repeat(MAX_NESTING_DEPTH + 5) + ']'.repeat(MAX_NESTING_DEPTH + 5);
    assert.deepEqual(tooDeepSpans(text), [{ offset: MAX_NESTING_DEPTH, length: 10 }]);
    const [d] = service.validate(doc(text)).filter((x) => x.code === 'json-syntax');
    assert.deepEqual(d.range.start, { line: 0, character: MAX_NESTING_DEPTH });
  });

  it('accepts nesting right at the limit without a diagnostic', () => {
    const text = '['.repeat(MAX_NESTING_DEPTH) + ']'.repeat(MAX_NESTING_DEPTH);
    assert.deepEqual(service.validate(doc(text)).filter((d) => d.code === 'json-syntax'), []);
  });

  it('ignores brackets inside strings and comments when measuring depth', () => {
    assert.deepEqual(tooDeepSpans(`{"a": "${'['.repeat(500)}", "b": "\\"${'{'.repeat(500)}"}`), []);
    assert.deepEqual(tooDeepSpans(`// ${'['.repeat(500)}\n/* ${'{'.repeat(500)} */ {}`), []);
  });

  it('still analyses the shallow part of a policy that has a too-deep value', () => {
    const deep = '['.repeat(300) + ']'.repeat(300);
    const text = POLICY.replace('"Action"', `"Condition": {"StringEquals": {"k": ${deep}}}, "Action"`);
    const policy = service.parse(doc(text));
    assert.equal(policy.statements.length, 1);
    assert.equal(policy.statements[0].principal?.groups[0].values[0].value, 'ec2.amazonaws.com');
    assert.equal(policy.statements[0].action?.values[0].value, 'sts:AssumeRole');
    assert.equal(policy.text, text, 'the model keeps the original text');
    assert.equal(service.validate(doc(text)).filter((d) => deepMessage.test(messageOf(d))).length, 1);
  });

  it(`caps a flood of syntax errors at ${MAX_SYNTAX_ERRORS}`, () => {
    const text = '[' + ','.repeat(200_000) + ']';
    const started = performance.now();
    const syntax = service.validate(doc(text)).filter((d) => d.code === 'json-syntax');
    assert.equal(syntax.length, MAX_SYNTAX_ERRORS);
    assert.ok(performance.now() - started < 2000);
  });

  it('analyses a 10 MB line only structurally, with one information diagnostic saying so', () => {
    const text = `{"Version": "2012-10-17", "Statement": [], "Id": "${'x'.repeat(10_000_000)}"}`;
    const started = performance.now();
    const diagnostics = service.validate(doc(text));
    assert.ok(performance.now() - started < 3000, 'a 10 MB line is analysed in well under three seconds');
    const tooLarge = diagnostics.filter((d) => d.code === 'document-too-large');
    assert.equal(tooLarge.length, 1);
    assert.equal(tooLarge[0].severity, 3 /* information */);
    assert.match(messageOf(tooLarge[0]), /10000\d+ characters/);
  });

  it('runs only structural rules above maxDocumentSize, and every rule below it', () => {
    const structural = new Set(service.rules.filter((r) => r.structural).map((r) => r.id));
    const text = '{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}], }';
    const small = service.validate(doc(text), { maxDocumentSize: 10 });
    assert.equal(small.filter((d) => d.code === 'document-too-large').length, 1);
    for (const d of small) assert.ok(d.code === 'document-too-large' || structural.has(String(d.code)), `non-structural rule ${String(d.code)} ran`);
    const full = service.validate(doc(text), { maxDocumentSize: text.length });
    assert.ok(!full.some((d) => d.code === 'document-too-large'));
    assert.ok(full.length >= small.length - 1);
  });

  it('the document-too-large note can be turned off like any rule', () => {
    const d = service.validate(doc(POLICY), { maxDocumentSize: 10, ruleSeverities: { 'document-too-large': 'off' } });
    assert.ok(!d.some((x) => x.code === 'document-too-large'));
  });

  it('gives the same findings for CRLF line endings as for LF, on the same lines', () => {
    const lf = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = service.validate(doc(lf)).map((d) => [d.code, d.message, d.range]);
    const b = service.validate(doc(crlf)).map((d) => [d.code, d.message, d.range]);
    assert.ok(a.length > 0);
    assert.deepEqual(b, a);
  });

  it('reports a byte order mark at the start as one clear error and analyses the rest', () => {
    const diagnostics = service.validate(doc(`\uFEFF${POLICY}`));
    const syntax = diagnostics.filter((d) => d.code === 'json-syntax');
    assert.equal(syntax.length, 1);
    assert.deepEqual(syntax[0].range.start, { line: 0, character: 0 });
    assert.equal(service.parse(doc(`\uFEFF${POLICY}`)).statements.length, 1);
  });

  for (const [name, text] of [
    ['an empty document', ''],
    ['whitespace only', ' \r\n\t '],
    ['a lone BOM', '\uFEFF'],
    ['NUL bytes', '\u0000\u0000{"Statement": []}\u0000'],
    ['lone surrogates', '{"Statement": ["\ud800", "\udfff"]}\ud800'],
    ['non-JSON prose', 'Trust me, this role is fine.\n'],
    ['JSON that is not a policy', '{"name": "pkg", "version": "1.0.0", "dependencies": {"a": "^1"}}'],
    ['a JSON array', '[1, 2, {"Statement": "x"}]'],
    ['a bare string', '"sts:AssumeRole"'],
    ['a huge number', '1e999999'],
  ] as const) {
    it(`handles ${name}`, () => checkDocument(text));
  }
});
