// Small helpers shared by the structural rules: statement iteration, action patterns, principal-to-action needs.
import type { Node } from 'jsonc-parser';
import type { Statement, TrustPolicy } from '../../document';
import type { OffsetRange } from '../../types';
import { parseFederatedPrincipal } from '../../principals';
import { closest } from '../../knowledge';

export const ROOT_KEYS = ['Version', 'Id', 'Statement'] as const;
export const STATEMENT_KEYS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'] as const;
export const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated'] as const;
export const CURRENT_VERSION = '2012-10-17';
export const OLD_VERSION = '2008-10-17';

export const ASSUME_ROLE = 'sts:AssumeRole';
export const ASSUME_ROLE_WITH_SAML = 'sts:AssumeRoleWithSAML';
export const ASSUME_ROLE_WITH_WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity';
export const ASSUME_ACTIONS = [ASSUME_ROLE, ASSUME_ROLE_WITH_SAML, ASSUME_ROLE_WITH_WEB_IDENTITY] as const;

/** Statements that are objects (array elements of other types are reported once, by statement-shape). */
export function objectStatements(policy: TrustPolicy): Statement[] {
  return policy.statements.filter((s) => s.isObject);
}

/** The opening brace of an object: where "this object lacks X" is reported. */
export function openBrace(node: Node): OffsetRange {
  return { offset: node.offset, length: 1 };
}

/** The root object, when the document is one. */
export function rootObject(policy: TrustPolicy): Node | undefined {
  return policy.root?.type === 'object' ? policy.root : undefined;
}

/** True when an action pattern (with `*` and `?` wildcards) matches the action; IAM compares actions ignoring case. */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(action);
}

export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}

/** The property node a key node belongs to. */
export function propertyOfKey(keyNode: Node | undefined): Node | undefined {
  return keyNode?.parent?.type === 'property' ? keyNode.parent : undefined;
}

/** The assume action each kind of principal in the statement needs ('*' fits every action). */
export interface PrincipalNeeds {
  /** Principal "*" or AWS "*": anyone, so every assume action can match. */
  anyone: boolean;
  /** AWS or Service principals: sts:AssumeRole. */
  assumeRole: boolean;
  saml: boolean;
  webIdentity: boolean;
  /** A Federated value that could not be classified (federated-format reports it). */
  unknownFederated: boolean;
}

export function principalNeeds(statement: Statement): PrincipalNeeds {
  const needs: PrincipalNeeds = { anyone: !!statement.principal?.wildcard, assumeRole: false, saml: false, webIdentity: false, unknownFederated: false };
  for (const g of statement.principal?.groups ?? []) {
    for (const v of g.values) {
      if (g.type === 'AWS') {
        if (v.value === '*') needs.anyone = true;
        else needs.assumeRole = true;
      } else if (g.type === 'Service') needs.assumeRole = true;
      else if (g.type === 'Federated') {
        const kind = parseFederatedPrincipal(v.value).kind;
        if (kind === 'saml') needs.saml = true;
        else if (kind === 'oidc' || kind === 'builtin') needs.webIdentity = true;
        else needs.unknownFederated = true;
      }
    }
  }
  return needs;
}

/** The assume actions the statement's principals need, in a stable order. */
export function neededAssumeActions(needs: PrincipalNeeds): string[] {
  const result: string[] = [];
  if (needs.assumeRole) result.push(ASSUME_ROLE);
  if (needs.saml) result.push(ASSUME_ROLE_WITH_SAML);
  if (needs.webIdentity) result.push(ASSUME_ROLE_WITH_WEB_IDENTITY);
  return result;
}

/** "a", "a and b", "a, b and c" */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Did-you-mean for a misspelt element name: case differences and small typos (fewer edits for short names). */
export function suggestName(value: string, candidates: readonly string[]): string | undefined {
  return closest(value, candidates, value.length <= 4 ? 1 : 2, 1)[0];
}

/**
 * True when the object has a misspelling of `name` (e.g. "version", "Principals") that the unknown-key rules
 * already report with a rename fix: the "missing" rules then stay quiet, so one mistake gives one finding.
 */
export function hasMisspelt(properties: readonly { key: string }[], name: string, candidates: readonly string[]): boolean {
  return properties.some((p) => p.key !== name && !candidates.includes(p.key) && suggestName(p.key, candidates) === name);
}
