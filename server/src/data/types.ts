// Shapes of the reference tables in data/*.json; the generated modules are typed by these.

export interface ServicePrincipalEntry {
  principal: string;
  service: string;
  sources: readonly string[];
  principalElement: string;
  legacy?: boolean;
  evidence?: readonly string[];
  commonInTrustPolicy?: boolean;
  trustUse?: string;
  usage?: string;
  variants?: readonly { principal: string; partition: string; note: string; sources: readonly string[] }[];
  partitions?: readonly string[];
  /** false for the names in service-principals-unverified.json */
  verified?: boolean;
}

export type ConditionKeyType =
  | 'String' | 'ArrayOfString' | 'ARN' | 'ArrayOfARN' | 'Numeric' | 'Date' | 'Bool' | 'ArrayOfBool'
  | 'Binary' | 'IPAddress' | 'ArrayOfIPAddress';

export interface ConditionKeyEntry {
  key: string;
  type: ConditionKeyType | string;
  description: string;
  appliesTo: readonly string[];
  category: string;
  trustPolicyUse: string;
  validInTrustPolicy: boolean;
  sources: readonly string[];
  multivalued: boolean;
  examples?: readonly string[];
  variablePart?: string;
}

export interface ConditionOperatorEntry {
  operator: string;
  family: string;
  description: string;
  acceptedKeyTypes: readonly string[];
  negated: boolean;
  supportsWildcards: boolean;
  supportsPolicyVariables: boolean;
  supportsIfExists: boolean;
  supportsSetQualifiers: boolean;
  valueFormat: string;
  sources: readonly string[];
  notes?: string;
}

export interface ConditionQualifierEntry {
  qualifier: string;
  position: string;
  separator?: string;
  example: string;
  appliesTo: string;
  description: string;
  sources: readonly string[];
}

export interface ConditionOperatorTable {
  operators: readonly ConditionOperatorEntry[];
  qualifiers: readonly ConditionQualifierEntry[];
  rules: readonly string[];
  keyTypes: readonly string[];
}

export interface TrustActionEntry {
  action: string;
  apiOperation: string | null;
  description: string;
  principalTypes: readonly string[];
  principalNotes: Readonly<Record<string, string>>;
  notValidWith?: readonly string[];
  conditionKeys: readonly string[];
  sarConditionKeys: readonly string[];
  sources: readonly string[];
  recommendedConditions?: readonly unknown[];
  pairedWith?: readonly unknown[];
}

export interface PrincipalTypeEntry {
  type: string;
  validInTrustPolicy: boolean;
  valueForms?: readonly string[];
  actions?: readonly string[];
  note?: string;
}

export interface WebIdentityProviderEntry {
  federated: string;
  name: string;
  keyPrefix: string;
  builtIn: boolean;
  [extra: string]: unknown;
}

export interface TrustActionTable {
  actions: readonly TrustActionEntry[];
  principalTypes: readonly PrincipalTypeEntry[];
  serviceExtraActions: readonly { principal: string; actions: readonly string[]; sources: readonly string[] }[];
  webIdentityProviders: readonly WebIdentityProviderEntry[];
  stsActionsNotUsedInTrustPolicies: readonly string[];
  resourceTypes: Readonly<Record<string, string>>;
}

export interface ConfusedDeputyEntry {
  principal: string;
  /** 'yes' | 'partial' | 'no' | 'unknown' */
  sendsSourceKeys: string;
  keys: readonly string[];
  sourceArnFormat?: string;
  note: string;
  sources: readonly string[];
}

/** Everything the language service knows about the AWS world; passed to createTrustPolicyService. */
export interface ReferenceData {
  servicePrincipals: readonly ServicePrincipalEntry[];
  conditionKeys: readonly ConditionKeyEntry[];
  conditionOperators: ConditionOperatorTable;
  trustActions: TrustActionTable;
  confusedDeputy: readonly ConfusedDeputyEntry[];
}
