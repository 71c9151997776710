// generated - do not edit: made by scripts/rule-docs-index.mjs from docs/rules/*.md

/** Each rule's page (markdown), by rule id. */
export const RULE_PAGES: Readonly<Record<string, string>> = {};

/** The first paragraph of each page's "Why it matters", by rule id. */
export const RULE_WHY: Readonly<Record<string, string>> = {};
