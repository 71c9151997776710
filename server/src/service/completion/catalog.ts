// Completion item lists built once per reference-data table set (so `"Service": "|"` answers in well under a millisecond).
import { CompletionItemKind, MarkupKind, type MarkupContent } from 'vscode-languageserver-types';
import type { ReferenceData } from '../../data/types';
import { knowledgeFor } from '../knowledge';
import { parseOperator } from '../document';
import { validOperatorNames } from '../rules/reference/condition-operator-unknown';
import { actionMarkdown, operatorMarkdown, servicePrincipalMarkdown } from '../hover/describe';

/** An item before it is placed: the text to insert (a snippet when `snippet`) and how it is shown. */
export interface CatalogItem {
  label: string;
  /** What goes between the quotes (or the whole value for non-strings); may contain snippet placeholders. */
  insert: string;
  snippet?: boolean;
  /** Insert as JSON (object, array) rather than wrapped in quotes. */
  raw?: boolean;
  kind: CompletionItemKind;
  detail?: string;
  documentation?: string;
  sortText: string;
  /** The value this item stands for, to skip items already present. */
  value: string;
}

export interface Catalog {
  servicePrincipals: CatalogItem[];
  actions: CatalogItem[];
  operators: CatalogItem[];
}

const cache = new WeakMap<ReferenceData, Catalog>();

export function catalogFor(data: ReferenceData): Catalog {
  const hit = cache.get(data);
  if (hit) return hit;
  const knowledge = knowledgeFor(data);
  const servicePrincipals: CatalogItem[] = [];
  for (const p of knowledge.servicePrincipals) {
    if (p.principal.includes('${') || p.principalElement !== 'Service' || p.usage === 'resource-policy') continue;
    const rank = p.commonInTrustPolicy ? 0 : p.verified === false ? 3 : p.legacy ? 2 : 1;
    servicePrincipals.push({
      label: p.principal, insert: p.principal, value: p.principal, kind: CompletionItemKind.Value,
      detail: p.verified === false ? `${p.service} (unconfirmed)` : p.service,
      documentation: servicePrincipalMarkdown(p, knowledge.confusedDeputy(p.principal)),
      sortText: `${rank}${p.principal}`,
    });
  }
  const actions = data.trustActions.actions.map((a, i) => ({
    label: a.action, insert: a.action, value: a.action, kind: CompletionItemKind.Function,
    detail: a.apiOperation ? `STS ${a.apiOperation}` : 'permission only', documentation: actionMarkdown(a), sortText: `${i}`,
  }));
  const common = ['StringEquals', 'StringLike', 'ArnLike', 'ArnEquals', 'Bool', 'Null', 'StringNotEquals', 'NumericLessThan', 'IpAddress'];
  const operators = validOperatorNames(data).map((name) => {
    const parsed = parseOperator(name);
    const entry = knowledge.operator(parsed.base)!;
    const rank = (parsed.qualifier ? 2 : 0) + (parsed.ifExists ? 1 : 0);
    const order = common.indexOf(parsed.base);
    return {
      label: name, insert: name, value: name, kind: CompletionItemKind.Operator, detail: `${entry.family} operator`,
      documentation: operatorMarkdown(name, parsed, entry), sortText: `${rank}${String(order < 0 ? 99 : order).padStart(2, '0')}${name}`,
    };
  });
  const catalog = { servicePrincipals, actions, operators };
  cache.set(data, catalog);
  return catalog;
}

const documentation = new WeakMap<CatalogItem, MarkupContent>();

/** The item's documentation as markdown, made once per catalog item. */
export function documentationOf(item: CatalogItem): MarkupContent | undefined {
  if (!item.documentation) return undefined;
  let md = documentation.get(item);
  if (!md) {
    md = { kind: MarkupKind.Markdown, value: item.documentation };
    documentation.set(item, md);
  }
  return md;
}
