// Completion: keys and values that fit where the cursor is, from the reference data (context from jsonc-parser's location).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver-types';
import type { ReferenceData } from '../data/types';
import type { TrustPolicy } from './document';
import type { ServiceOptions } from './types';
import { cursorAt, type Cursor } from './cursor';
import { catalogFor, documentationOf, type CatalogItem } from './completion/catalog';
import { conditionKeyItems, conditionValueItems, assumeActions } from './completion/conditions';
import { awsPrincipalItems, federatedItems, principalShapeItems } from './completion/principals';
import { presentItems, spotAt, type Spot } from './completion/spot';
import { statementPrincipals } from './statement-kinds';

interface KeyChoice {
  item: CatalogItem;
  /** What follows the key when the property has no value yet (a snippet: `: "$1"`). */
  tail: string;
}

const keyItem = (label: string, tail: string, detail: string, rank: number, kind: CompletionItemKind = CompletionItemKind.Property): KeyChoice => ({
  item: { label, insert: label, value: label, kind, detail, sortText: `${rank}` }, tail,
});

const TOP_KEYS = [
  keyItem('Version', ': "2012-10-17"', 'policy language version', 0),
  keyItem('Statement', ': [$0]', 'who may assume the role', 1),
  keyItem('Id', ': "$1"', 'optional policy identifier', 2),
];

function statementKeys(defaultAction: string): KeyChoice[] {
  return [
    keyItem('Effect', ': "${1|Allow,Deny|}"', 'Allow or Deny', 0),
    keyItem('Principal', ': {"${1|Service,AWS,Federated|}": "$2"}', 'who may assume the role', 1),
    keyItem('Action', `: "\${1:${defaultAction}}"`, 'the STS action', 2),
    keyItem('Condition', ': {"${1:StringEquals}": {"$2": "$3"}}', 'when the statement applies', 3),
    keyItem('Sid', ': "$1"', 'statement id', 4),
  ];
}

const PRINCIPAL_TYPES = [
  keyItem('Service', ': "$1"', 'an AWS service', 0),
  keyItem('AWS', ': "$1"', 'accounts, roles or users', 1),
  keyItem('Federated', ': "$1"', 'a SAML or OIDC identity provider', 2),
];

const STATEMENT_TEMPLATE: CatalogItem = {
  label: 'statement', insert: '{"Effect": "Allow", "Principal": {"${1|Service,AWS,Federated|}": "$2"}, "Action": "${3:sts:AssumeRole}"}',
  raw: true, snippet: true, value: '', kind: CompletionItemKind.Snippet, detail: 'a new statement', sortText: '0',
};

const plain = (values: readonly string[], detail: string, kind: CompletionItemKind = CompletionItemKind.Value): CatalogItem[] =>
  values.map((v, i) => ({ label: v, insert: v, value: v, kind, detail, sortText: `${i}` }));

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** Turns a catalog item into an LSP item whose edit replaces the spot (quotes, commas and key tails added). */
function place(range: Range, spot: Spot, it: CatalogItem, tail = ''): CompletionItem {
  const useTail = tail !== '' && spot.kind === 'key' && !spot.hasValue;
  const snippet = !!it.snippet || useTail;
  let inner = it.raw ? it.insert : JSON.stringify(it.insert).slice(1, -1);
  if (snippet && !it.snippet) inner = escapeSnippet(inner);
  const body = it.raw ? inner : `"${inner}"`;
  const newText = `${spot.before}${body}${useTail ? tail : ''}${spot.after}`;
  return {
    label: it.label, kind: it.kind, detail: it.detail, documentation: documentationOf(it), sortText: it.sortText,
    filterText: spot.inString ? `"${it.label}"` : it.label,
    textEdit: { range, newText },
    ...(snippet ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
  };
}

function keyChoices(cursor: Cursor, data: ReferenceData): KeyChoice[] {
  const path = cursor.path;
  if (!cursor.inStatement) return path.length === 1 ? TOP_KEYS : [];
  if (path.length === 1) {
    const action = assumeActions(cursor.statement, data).find((a) => a.startsWith('sts:AssumeRole')) ?? 'sts:AssumeRole';
    return statementKeys(cursor.statement && statementPrincipals(cursor.statement).oidcHosts.length ? 'sts:AssumeRoleWithWebIdentity' : action);
  }
  if (path.length === 2 && path[0] === 'Principal') return PRINCIPAL_TYPES;
  if (path.length === 2 && path[0] === 'Condition') return catalogFor(data).operators.map((item) => ({ item, tail: ': {"$1": "$2"}' }));
  if (path.length === 3 && path[0] === 'Condition') return conditionKeyItems(cursor.statement, data).map((item) => ({ item, tail: ': "$0"' }));
  return [];
}

function valueChoices(cursor: Cursor, data: ReferenceData, options: ServiceOptions): CatalogItem[] {
  const path = cursor.path;
  const inArrayOf = (key: string) => path[0] === key && (path.length === 1 || (path.length === 2 && typeof path[1] === 'number'));
  if (!cursor.inStatement) {
    if (path.length === 1 && path[0] === 'Version') return plain(['2012-10-17'], 'current policy language');
    return [];
  }
  if (path.length === 0) return [STATEMENT_TEMPLATE];
  if (path.length === 1 && path[0] === 'Effect') return plain(['Allow', 'Deny'], 'effect', CompletionItemKind.EnumMember);
  if (path.length === 1 && path[0] === 'Principal') return principalShapeItems();
  if (inArrayOf('Action') || inArrayOf('NotAction')) {
    const fitting = new Set(fittingActions(cursor, data));
    return catalogFor(data).actions.filter((a) => fitting.has(a.value));
  }
  if (path[0] === 'Principal' && (path.length === 2 || (path.length === 3 && typeof path[2] === 'number'))) {
    if (path[1] === 'Service') return catalogFor(data).servicePrincipals;
    if (path[1] === 'AWS') return awsPrincipalItems(options);
    if (path[1] === 'Federated') return federatedItems(data, options);
  }
  if (path[0] === 'Condition' && (path.length === 3 || (path.length === 4 && typeof path[3] === 'number'))) {
    return conditionValueItems(cursor.statement, String(path[1]), String(path[2]), data, options);
  }
  return [];
}

/** Actions that fit the statement's kinds of principal (all six when there is no principal yet). */
function fittingActions(cursor: Cursor, data: ReferenceData): string[] {
  const all = data.trustActions.actions.map((a) => a.action);
  if (!cursor.statement?.principal) return all;
  const p = statementPrincipals(cursor.statement);
  const types = new Set<string>();
  if (p.aws.length) types.add('AWS');
  if (p.service.length) types.add('Service');
  if (p.federated.length) types.add('Federated');
  if (p.wildcard) types.add('*');
  if (!types.size) return all;
  const result = data.trustActions.actions.filter((a) => a.principalTypes.some((t) => types.has(t)));
  // A Federated statement fits the one assume call of its provider kind.
  return result.filter((a) => a.action !== 'sts:AssumeRoleWithSAML' || p.saml || !p.federated.length)
    .filter((a) => a.action !== 'sts:AssumeRoleWithWebIdentity' || p.oidcHosts.length > 0 || !p.federated.length)
    .map((a) => a.action);
}

export function doComplete(doc: TextDocument, policy: TrustPolicy, position: Position, data: ReferenceData, options: ServiceOptions): CompletionList {
  const cursor = cursorAt(policy, doc.offsetAt(position));
  const spot = spotAt(policy, cursor);
  if (!spot) return { isIncomplete: false, items: [] };
  const present = presentItems(spot);
  const range = { start: doc.positionAt(spot.offset), end: doc.positionAt(spot.offset + spot.length) };
  if (spot.kind === 'key') {
    const items = keyChoices(cursor, data).filter((c) => !present.has(c.item.value)).map((c) => place(range, spot, c.item, c.tail));
    return { isIncomplete: false, items };
  }
  const items = valueChoices(cursor, data, options).filter((c) => !c.value || !present.has(c.value)).map((c) => place(range, spot, c));
  return { isIncomplete: false, items };
}
