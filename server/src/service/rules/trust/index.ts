// The trust rules, in reporting order (registered in ../index.ts).
import type { Rule } from '../../types';
import { principalWildcard } from './principal-wildcard';
import { crossAccountTrust } from './cross-account-trust';
import { accountRootTrust } from './account-root-trust';
import { confusedDeputy } from './confused-deputy';
import { serviceKeyUnsupported } from './service-key-unsupported';
import { oidcNoCondition } from './oidc-no-condition';
import { oidcKeyHostMismatch } from './oidc-key-host-mismatch';
import { githubSubMissing } from './github-sub-missing';
import { githubSubWildcard } from './github-sub-wildcard';
import { githubAud } from './github-aud';
import { githubEnvironmentSub } from './github-environment-sub';
import { eksIrsaConditions } from './eks-irsa-conditions';
import { cognitoAud } from './cognito-aud';
import { cognitoAmr } from './cognito-amr';
import { googleAud } from './google-aud';
import { samlAud } from './saml-aud';
import { gitlabConditions } from './gitlab-conditions';
import { terraformCloudConditions } from './terraform-cloud-conditions';

export const trustRules: readonly Rule[] = [
  principalWildcard,
  crossAccountTrust,
  accountRootTrust,
  confusedDeputy,
  serviceKeyUnsupported,
  oidcNoCondition,
  oidcKeyHostMismatch,
  githubSubMissing,
  githubSubWildcard,
  githubAud,
  githubEnvironmentSub,
  eksIrsaConditions,
  cognitoAud,
  cognitoAmr,
  googleAud,
  samlAud,
  gitlabConditions,
  terraformCloudConditions,
];
