import { checkDiagnostics } from '../../support/fixture';

describe('json-syntax', () => {
  it('reports a trailing comma at its own range and still analyses the rest', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",}]}
                                                          ^ json-syntax
`, 'json-syntax');
  });
  it('reports every error separately', () => {
    checkDiagnostics(`
{"Version": "2012-10-17" "Statement": [{"Effect": "Allow" "Action": "sts:AssumeRole"}]}
                         ^^^^^^^^^^^ json-syntax
                                                          ^^^^^^^^ json-syntax
`, 'json-syntax');
  });
  it('reports comments, which IAM rejects', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", /* note */ "Statement": []}
                          ^^^^^^^^^^ json-syntax
`, 'json-syntax');
  });
  it('reports an empty document', () => {
    checkDiagnostics(`
   
^ json-syntax
`, 'json-syntax');
  });
  it('accepts valid JSON', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
`, 'json-syntax');
  });
});
