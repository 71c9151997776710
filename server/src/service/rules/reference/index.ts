// The reference rules, in reporting order (registered in ../index.ts).
import type { Rule } from '../../types';
import { servicePrincipalUnknown } from './service-principal-unknown';
import { servicePrincipalResourceOnly } from './service-principal-resource-only';
import { conditionOperatorUnknown } from './condition-operator-unknown';
import { conditionKeyUnknown } from './condition-key-unknown';
import { conditionKeyNotForTrust } from './condition-key-not-for-trust';
import { conditionKeyAction } from './condition-key-action';

export const referenceRules: readonly Rule[] = [
  servicePrincipalUnknown,
  servicePrincipalResourceOnly,
  conditionOperatorUnknown,
  conditionKeyUnknown,
  conditionKeyNotForTrust,
  conditionKeyAction,
];
