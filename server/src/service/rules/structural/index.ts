// The structural rules, in reporting order (registered in ../index.ts).
//
// Decisions worth knowing:
// - One mistake, one finding: the "missing" rules (statement, version, Effect, Principal, Action) stay quiet when a
//   misspelt name is present, because the unknown-key rules report it with a rename fix.
// - action-case is a separate hint: IAM compares action names ignoring case, so "sts:assumerole" works.
// - action-not-sts reads Action only; a name in NotAction just excludes something and is never rejected.
// - policy-size leaves out the four JSON whitespace characters everywhere, inside strings too (see policy-size.ts).
// - A single statement object is valid; statement-not-array is only a hint with a "wrap in an array" fix.
// - edits.ts holds the formatting-preserving edit helpers; other areas may import them.
import type { Rule } from '../../types';
import { rootUnknownKey } from './root-unknown-key';
import { statementMissing } from './statement-missing';
import { statementShape } from './statement-shape';
import { statementNotArray } from './statement-not-array';
import { versionMissing } from './version-missing';
import { versionInvalid } from './version-invalid';
import { versionOld } from './version-old';
import { statementUnknownKey } from './statement-unknown-key';
import { duplicateKey } from './duplicate-key';
import { effectInvalid } from './effect-invalid';
import { sidInvalid } from './sid-invalid';
import { sidDuplicate } from './sid-duplicate';
import { sidEmpty } from './sid-empty';
import { resourceForbidden } from './resource-forbidden';
import { notPrincipalForbidden } from './notprincipal-forbidden';
import { principalMissing } from './principal-missing';
import { principalFormat } from './principal-format';
import { principalEmpty } from './principal-empty';
import { actionMissing } from './action-missing';
import { actionNotSts } from './action-not-sts';
import { actionCase } from './action-case';
import { actionWildcard } from './action-wildcard';
import { notActionAllow } from './notaction-allow';
import { actionPrincipalMismatch } from './action-principal-mismatch';
import { rolesAnywhereActions } from './rolesanywhere-actions';
import { policySize } from './policy-size';
import { awsPrincipalFormat } from './aws-principal-format';
import { awsPrincipalAccountId } from './aws-principal-account-id';
import { principalUniqueId } from './principal-unique-id';
import { redundantAssumedRole } from './redundant-assumed-role';
import { federatedFormat } from './federated-format';
import { servicePrincipalFormat } from './service-principal-format';
import { multiplePrincipalTypes } from './multiple-principal-types';

export const structuralRules: readonly Rule[] = [
  rootUnknownKey,
  statementMissing,
  statementShape,
  statementNotArray,
  versionMissing,
  versionInvalid,
  versionOld,
  statementUnknownKey,
  duplicateKey,
  effectInvalid,
  sidInvalid,
  sidDuplicate,
  sidEmpty,
  resourceForbidden,
  notPrincipalForbidden,
  principalMissing,
  principalFormat,
  principalEmpty,
  actionMissing,
  actionNotSts,
  actionCase,
  actionWildcard,
  notActionAllow,
  actionPrincipalMismatch,
  rolesAnywhereActions,
  policySize,
  awsPrincipalFormat,
  awsPrincipalAccountId,
  principalUniqueId,
  redundantAssumedRole,
  federatedFormat,
  servicePrincipalFormat,
  multiplePrincipalTypes,
];
