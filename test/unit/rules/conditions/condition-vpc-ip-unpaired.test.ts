import { checkDiagnostics } from '../../../support/fixture';

const stmt = (effect: string, condition: string) => `{"Effect": "${effect}", "Principal": {"AWS": "arn:aws:iam::111122223333:role/App"}, "Action": "sts:AssumeRole", "Condition": ${condition}}`;

describe('condition-vpc-ip-unpaired', () => {
  it('warns when aws:VpcSourceIp stands alone in an Allow', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  ${stmt('Allow', '{"IpAddress": {"aws:VpcSourceIp": "10.0.0.0/16"}}')}
                                                                                                                                          ^^^^^^^^^^^^^^^^^ condition-vpc-ip-unpaired:warning
]}
`, 'condition-vpc-ip-unpaired');
  });

  it('is quiet when paired with aws:SourceVpc or aws:SourceVpce (any case), in a Deny, and under NotIpAddress', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  ${stmt('Allow', '{"IpAddress": {"aws:VpcSourceIp": "10.0.0.0/16"}, "StringEquals": {"aws:SourceVpc": "vpc-1a2b3c4d"}}')},
  ${stmt('Allow', '{"IpAddress": {"aws:vpcsourceip": "10.0.0.0/16"}, "StringEquals": {"aws:sourcevpce": "vpce-1a2b3c4d"}}')},
  ${stmt('Deny', '{"IpAddress": {"aws:VpcSourceIp": "10.0.0.0/16"}}')},
  ${stmt('Allow', '{"NotIpAddress": {"aws:VpcSourceIp": "10.0.0.0/16"}}')}
]}
`, 'condition-vpc-ip-unpaired');
  });

  it('counts a Deny that refuses calls from outside a named VPC or endpoint as the pairing, unless it leaves out a principal or could lapse', () => {
    const vpcDeny = (principal: string, extra = '') => `{"Effect": "Deny", "Principal": ${principal}, "Action": "sts:AssumeRole", "Condition": {"StringNotEquals": {"aws:SourceVpc": "vpc-1a2b3c4d"}${extra}}}`;
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  ${stmt('Allow', '{"IpAddress": {"aws:VpcSourceIp": "10.0.0.0/16"}}')},
  ${vpcDeny('"*"')}
]}
`, 'condition-vpc-ip-unpaired');
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  ${stmt('Allow', '{"IpAddress": {"aws:VpcSourceIp": "10.0.0.0/16"}}')},
  ${vpcDeny('{"AWS": "arn:aws:iam::111122223333:role/App"}')}
]}
`, 'condition-vpc-ip-unpaired');
    // Another role's Deny, and a Deny that also needs MFA to be missing (it lapses for callers with MFA), do not pair it.
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  ${stmt('Allow', '{"IpAddress": {"aws:VpcSourceIp": "10.0.0.0/16"}}')},
                                                                                                                                          ^^^^^^^^^^^^^^^^^ condition-vpc-ip-unpaired:warning
  ${vpcDeny('{"AWS": "arn:aws:iam::111122223333:role/Other"}')},
  ${vpcDeny('"*"', ', "Bool": {"aws:MultiFactorAuthPresent": "false"}')}
]}
`, 'condition-vpc-ip-unpaired');
  });
});
