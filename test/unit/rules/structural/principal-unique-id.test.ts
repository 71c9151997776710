import assert from 'node:assert/strict';
import { messageOf } from './support';
import { checkDiagnostics } from '../../../support/fixture';

describe('principal-unique-id', () => {
  it('reports role and user unique ids', () => {
    const diagnostics = checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"AWS": ["AROAEXAMPLEID12345678", "AIDAEXAMPLEID12345678"]}, "Action": "sts:AssumeRole"}]}
                                                         ^^^^^^^^^^^^^^^^^^^^^^^ principal-unique-id:information
                                                                                  ^^^^^^^^^^^^^^^^^^^^^^^ principal-unique-id
`, 'principal-unique-id');
    assert.match(messageOf(diagnostics[0]), /deleted/);
  });
  it('stays quiet for ARNs, account ids and ids of things that are not principals (aws-principal-format)', () => {
    checkDiagnostics(`
{"Statement": [{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:role/R", "111122223333", "AKIAIOSFODNN7EXAMPLE"]}, "Action": "sts:AssumeRole"}]}
`, 'principal-unique-id');
  });
});
