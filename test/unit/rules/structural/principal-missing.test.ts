import { checkDiagnostics } from '../../../support/fixture';

describe('principal-missing', () => {
  it('reports a statement without Principal at its opening brace', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole"}]}
               ^ principal-missing:error
`, 'principal-missing');
  });
  it('leaves NotPrincipal to notprincipal-forbidden and accepts a Principal', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Deny", "NotPrincipal": {"AWS": "111122223333"}, "Action": "sts:AssumeRole"}, {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
`, 'principal-missing');
  });
  it('leaves a misspelt "Principals" to statement-unknown-key (one finding per mistake)', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principals": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
`, 'principal-missing');
  });
});
