import { checkDiagnostics } from '../../../support/fixture';

describe('sid-duplicate', () => {
  it('reports a Sid used twice, at the later statement', () => {
    checkDiagnostics(`
{"Statement": [
  {"Sid": "Trust", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"},
  {"Sid": "Trust", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
          ^^^^^^^ sid-duplicate:error
]}
`, 'sid-duplicate');
  });
  it('accepts distinct Sids (case counts) and repeated empty Sids', () => {
    checkDiagnostics(`
{"Statement": [
  {"Sid": "Trust", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"},
  {"Sid": "TRUST", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"},
  {"Sid": "", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:TagSession"},
  {"Sid": "", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:TagSession"}
]}
`, 'sid-duplicate');
  });
});
