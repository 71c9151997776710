// --explain-rule ID: prints a rule's page from the generated module, so the bundled CLI needs no files beside it.
import type { Rule } from '../service/types';
import { documentedRuleIds, rulePage } from '../service/rule-docs';
import { closest } from '../service/knowledge';

/** Up to five ids that look like the one asked for: by edit distance, then by containing it. */
export function nearRuleIds(asked: string, known: readonly string[]): string[] {
  const lower = asked.toLowerCase();
  const near = closest(lower, known, 3, 5);
  for (const id of known) if (lower.length >= 3 && id.includes(lower) && !near.includes(id)) near.push(id);
  return near.slice(0, 5);
}

export function explainRule(asked: string, rules: readonly Rule[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): number {
  const page = rulePage(asked) ?? rulePage(asked.toLowerCase());
  if (page !== undefined) {
    out.write(page.endsWith('\n') ? page : `${page}\n`);
    return 0;
  }
  const rule = rules.find((r) => r.id === asked);
  if (rule) {
    // A registered rule whose page is missing from this build: say what the registry knows.
    out.write(`# ${rule.id}\n\n${rule.description}\n\nDefault severity: ${rule.defaultSeverity}. More: ${rule.docsUrl}\n`);
    return 0;
  }
  const known = [...new Set([...rules.map((r) => r.id), ...documentedRuleIds()])];
  const near = nearRuleIds(asked, known);
  err.write(`trust-policy-lint: there is no rule "${asked}".${near.length ? ` Did you mean ${near.map((id) => `"${id}"`).join(', ')}?` : ''} --list-rules lists every rule.\n`);
  return 2;
}
