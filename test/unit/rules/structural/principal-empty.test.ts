import { checkDiagnostics } from '../../../support/fixture';

describe('principal-empty', () => {
  it('is information for an empty Principal object or only empty lists (no one), a hint for an empty list beside named principals', () => {
    checkDiagnostics(`
{"Statement": [
  {"Effect": "Allow", "Principal": {}, "Action": "sts:AssumeRole"},
                                   ^^ principal-empty:information
  {"Effect": "Allow", "Principal": {"AWS": []}, "Action": "sts:AssumeRole"},
                                           ^^ principal-empty:information
  {"Effect": "Allow", "Principal": {"AWS": [], "Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}
                                           ^^ principal-empty:hint
]}
`, 'principal-empty');
  });
  it('stays quiet for principals with values', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"AWS": ["111122223333"]}, "Action": "sts:AssumeRole"}, {"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole"}]}
`, 'principal-empty');
  });
});
