// The bundled reference data, assembled from the generated tables.
import type { ReferenceData } from './types';
import { servicePrincipals } from './servicePrincipals.generated';
import { conditionKeys } from './conditionKeys.generated';
import { conditionOperators } from './conditionOperators.generated';
import { trustActions } from './trustActions.generated';
import { confusedDeputy } from './confusedDeputy.generated';

export const bundledReferenceData: ReferenceData = {
  servicePrincipals,
  conditionKeys,
  conditionOperators,
  trustActions,
  confusedDeputy,
};
