// The conditions rules, in reporting order (registered in ../index.ts).
import type { Rule } from '../../types';
import { conditionShape } from './condition-shape';
import { conditionEmpty } from './condition-empty';
import { conditionTypeMismatch } from './condition-type-mismatch';
import { conditionWildcardNoLike } from './condition-wildcard-no-like';
import { conditionForAllValuesSingle } from './condition-forallvalues-single';
import { conditionMissingQualifier } from './condition-missing-qualifier';
import { conditionNullQualifier } from './condition-null-qualifier';
import { conditionMfaIfExists } from './condition-mfa-ifexists';
import { conditionVariables } from './condition-variables';
import { conditionRedundant } from './condition-redundant';
import { conditionPrivateIp } from './condition-private-ip';
import { conditionVpcIpUnpaired } from './condition-vpc-ip-unpaired';
import { externalIdFormat } from './external-id-format';

export const conditionsRules: readonly Rule[] = [
  conditionShape,
  conditionEmpty,
  conditionTypeMismatch,
  conditionWildcardNoLike,
  conditionForAllValuesSingle,
  conditionMissingQualifier,
  conditionNullQualifier,
  conditionMfaIfExists,
  conditionVariables,
  conditionRedundant,
  conditionPrivateIp,
  conditionVpcIpUnpaired,
  externalIdFormat,
];
