import { checkDiagnostics } from '../../../support/fixture';

describe('statement-missing', () => {
  it('reports a policy without Statement at its opening brace', () => {
    checkDiagnostics(`
{"Version": "2012-10-17"}
^ statement-missing:error
`, 'statement-missing');
  });
  it('reports a document that is not an object', () => {
    checkDiagnostics(`
[{"Effect": "Allow"}]
^^^^^^^^^^^^^^^^^^^^^ statement-missing
`, 'statement-missing');
  });
  it('accepts a policy with a Statement', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
`, 'statement-missing');
  });
  it('stays quiet on an empty document (json-syntax reports it)', () => {
    checkDiagnostics(`

`, 'statement-missing');
  });
  it('leaves a misspelt "statement" to root-unknown-key (one finding per mistake)', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "statements": []}
`, 'statement-missing');
  });
});
