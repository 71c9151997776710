import { checkDiagnostics } from '../../../support/fixture';

describe('principal-empty', () => {
  it('gives a hint for an empty Principal object and empty principal lists', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": {}, "Action": "sts:AssumeRole"},
                                   ^^ principal-empty:hint
  {"Effect": "Allow", "Principal": {"AWS": [], "Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}
                                           ^^ principal-empty
]}
`, 'principal-empty');
  });
  it('stays quiet for principals with values', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"AWS": ["111122223333"]}, "Action": "sts:AssumeRole"}, {"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole"}]}
`, 'principal-empty');
  });
});
