import assert from 'node:assert/strict';
import { applyFix, messagesOf } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('service-principal-format', () => {
  it('reports wildcards, ARNs, capitals and bare names', () => {
    const diagnostics = checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"Service": [
  "*.amazonaws.com",
  ^^^^^^^^^^^^^^^^^ service-principal-format:error
  "arn:aws:iam::aws:service/lambda",
  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ service-principal-format
  "Lambda.amazonaws.com",
  ^^^^^^^^^^^^^^^^^^^^^^ service-principal-format
  "ec2",
  ^^^^^ service-principal-format
  ""
  ^^ service-principal-format
]}, "Action": "sts:AssumeRole"}]}
`, 'service-principal-format');
    const messages = messagesOf(diagnostics);
    assert.match(messages, /wildcards are not allowed/);
    assert.match(messages, /not an ARN/);
    assert.match(messages, /Did you mean "lambda.amazonaws.com"\?/);
    assert.match(messages, /Did you mean "ec2.amazonaws.com"\?/);
  });
  it('accepts service names, China and regional forms, and isolated-region names from the reference data', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"Service": [
  "ec2.amazonaws.com",
  "ec2.amazonaws.com.cn",
  "logs.us-east-1.amazonaws.com",
  "alexa-appkit.amazon.com",
  "not-a-real-service.amazonaws.com",
  "logs.c2s.ic.gov"
]}, "Action": "sts:AssumeRole"}]}
`, 'service-principal-format');
  });
  it('fix: lowercases a service principal', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "Lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`, 'service-principal-format');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
  it('fix: completes a bare service name', () => {
    const fixed = applyFix(`{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2"}, "Action": "sts:AssumeRole"}]}`, 'service-principal-format');
    assert.equal(fixed, `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}`);
  });
});
