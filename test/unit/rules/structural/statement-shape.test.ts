import { checkDiagnostics } from '../../../support/fixture';

describe('statement-shape', () => {
  it('reports a Statement that is a string', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": "sts:AssumeRole"}
                                       ^^^^^^^^^^^^^^^^ statement-shape:error
`, 'statement-shape');
  });
  it('reports array elements that are not objects', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}, "Allow", 3]}
                                                                                  ^^^^^^^ statement-shape
                                                                                           ^ statement-shape
`, 'statement-shape');
  });
  it('reports an empty statement list', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": []}
                                       ^^ statement-shape
`, 'statement-shape');
  });
  it('accepts an array of objects and a single object', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
`, 'statement-shape');
    checkDiagnostics(`
{"Statement": {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}}
`, 'statement-shape');
  });
});
