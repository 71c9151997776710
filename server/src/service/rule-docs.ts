// The rule pages (docs/rules/<id>.md) as the service sees them: their URIs under a base, their text, their "why".
import { RULE_PAGES, RULE_WHY } from './rule-docs.generated';

/** The page of a rule, when it has one. */
export function rulePage(ruleId: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(RULE_PAGES, ruleId) ? RULE_PAGES[ruleId] : undefined;
}

/** The first paragraph of the page's "Why it matters", shown on hover over a finding. */
export function ruleWhy(ruleId: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(RULE_WHY, ruleId) ? RULE_WHY[ruleId] : undefined;
}

/** The rule ids that have a page. */
export function documentedRuleIds(): string[] {
  return Object.keys(RULE_PAGES);
}

/** `<base><id>.md` for a rule with a page; undefined without a base or a page. The base gets a final "/" if it lacks one. */
export function rulePageUri(docsBaseUri: string | undefined, ruleId: string): string | undefined {
  if (!docsBaseUri || rulePage(ruleId) === undefined) return undefined;
  return `${docsBaseUri.endsWith('/') ? docsBaseUri : `${docsBaseUri}/`}${encodeURIComponent(ruleId)}.md`;
}
