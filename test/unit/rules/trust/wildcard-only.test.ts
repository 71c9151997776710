// A sub that is only "*" is judged by the provider's own rule (how broad), or counts as no condition for other OIDC hosts.
import { checkDiagnostics } from '../../../support/fixture';

describe('sub conditions that are only "*"', () => {
  it('are reported on the value by the GitHub, EKS and GitLab rules; a custom host counts them as no condition', () => {
    checkDiagnostics(`
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}, "StringLike": {"token.actions.githubusercontent.com:sub": "*"}}},
                                                                                                                                                                                                                                                                                                                                      ^^^ github-sub-wildcard:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "*"}}},
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ github-aud:warning
                                                                                                                                                                                                                                                    ^^^ github-sub-wildcard:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"oidc.eks.us-east-1.amazonaws.com/id/ABC:aud": "sts.amazonaws.com"}, "StringLike": {"oidc.eks.us-east-1.amazonaws.com/id/ABC:sub": "*"}}},
                                                                                                                                                                                                                                                                                                                                                  ^^^ eks-irsa-conditions:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/gitlab.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringEquals": {"gitlab.com:aud": "https://gitlab.com"}, "StringLike": {"gitlab.com:sub": "*"}}},
                                                                                                                                                                                                                                                            ^^^ gitlab-conditions:warning
  {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.example.com"}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": {"oidc.example.com:sub": "*"}}}
                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ oidc-no-condition:warning
]}
`, ['github-sub-wildcard', 'github-sub-missing', 'github-aud', 'oidc-no-condition', 'eks-irsa-conditions', 'gitlab-conditions']);
  });
});
