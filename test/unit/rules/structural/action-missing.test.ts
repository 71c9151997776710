import { checkDiagnostics } from '../../../support/fixture';

describe('action-missing', () => {
  it('reports a statement with no Action', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}}]}
               ^ action-missing:error
`, 'action-missing');
  });
  it('reports Action together with NotAction, at NotAction', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "NotAction": "sts:TagSession"}]}
                                                                                 ^^^^^^^^^^^ action-missing
`, 'action-missing');
  });
  it('reports an empty Action list', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": []}]}
                                                               ^^ action-missing
`, 'action-missing');
  });
  it('accepts Action or NotAction alone', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": ["sts:AssumeRole"]}, {"Effect": "Deny", "Principal": "*", "NotAction": "sts:TagSession"}]}
`, 'action-missing');
  });
});
