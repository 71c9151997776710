// condition-redundant: a value listed twice for one key, or numeric/date bounds that another listed bound already covers.
import type { ConditionEntry } from '../../document';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { removeChild } from './edits';
import { isDateValue, numericOf } from './values';
import { coveredPatterns, PATTERN_WORK_BUDGET, type CoverageResult } from './patterns';
import { conditionEntries, locate } from './walk';

export { patternCovers } from './patterns';

function dateOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value * 1000;
  if (typeof value !== 'string' || !isDateValue(value)) return undefined;
  return /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/** For OR-ed bounds only the loosest one matters: the largest upper bound, the smallest lower bound. */
function coveredBounds(entry: ConditionEntry, base: string): Map<number, number> {
  const covered = new Map<number, number>();
  const m = /^(Numeric|Date)(LessThan|LessThanEquals|GreaterThan|GreaterThanEquals)$/.exec(base);
  if (!m) return covered;
  const read = m[1] === 'Numeric' ? numericOf : dateOf;
  const parsed = entry.values.map((v) => read(v.value));
  if (parsed.some((n) => n === undefined)) return covered;
  const nums = parsed as number[];
  const upper = m[2].startsWith('Less');
  let keeper = 0;
  nums.forEach((n, i) => { if (upper ? n > nums[keeper] : n < nums[keeper]) keeper = i; });
  nums.forEach((_n, i) => { if (i !== keeper) covered.set(i, keeper); });
  return covered;
}

/** Under a Like operator, values that another listed pattern already covers, and whether the comparison was capped. */
function likeCoverage(entry: ConditionEntry, budget: { left: number }): CoverageResult {
  const texts = entry.values.map((v) => (typeof v.value === 'string' && !v.value.includes('${') ? v.value : undefined));
  return coveredPatterns(texts, budget);
}

export const conditionRedundant: Rule = {
  id: 'condition-redundant',
  defaultSeverity: 'hint',
  description: 'A condition value that repeats another, or a bound that a looser listed bound already covers, changes nothing.',
  docsUrl: docs.condition,
  check({ policy, data }) {
    const findings: RuleFinding[] = [];
    const budget = { left: PATTERN_WORK_BUDGET };
    for (const visit of conditionEntries(policy, data)) {
      const { entry, block } = visit;
      if (!entry.isArray || entry.values.length < 2) continue;
      const ignoreCase = block.parsed.base.endsWith('IgnoreCase');
      const seen = new Map<string, number>();
      const reported = new Set<number>();
      entry.values.forEach((v, i) => {
        const norm = `${typeof v.value}:${typeof v.value === 'string' && ignoreCase ? v.value.toLowerCase() : String(v.value)}`;
        if (seen.has(norm)) {
          reported.add(i);
          findings.push({ node: v.node, tags: ['unnecessary'], message: `${JSON.stringify(v.value)} is already listed for ${entry.key}.`, data: { path: { ...visit.path, value: i } } });
        } else seen.set(norm, i);
      });
      const likeFamily = visit.operator?.family === 'String' && visit.operator.supportsWildcards;
      const like = likeFamily ? likeCoverage(entry, budget) : undefined;
      if (like?.capped) {
        findings.push({
          node: entry.property.keyNode,
          message: `${entry.key} lists ${entry.values.length} patterns, too many to compare every pair while you type: patterns that others already cover are reported only for part of this list.`,
        });
      }
      for (const [i, keeper] of like?.covered ?? []) {
        if (reported.has(i)) continue;
        reported.add(i);
        findings.push({
          node: entry.values[i].node, tags: ['unnecessary'],
          message: `The pattern ${JSON.stringify(entry.values[keeper].value)} already matches everything ${JSON.stringify(entry.values[i].value)} matches.`,
          data: { path: { ...visit.path, value: i } },
        });
      }
      for (const [i, keeper] of coveredBounds(entry, block.parsed.base)) {
        if (reported.has(i)) continue;
        findings.push({
          node: entry.values[i].node, tags: ['unnecessary'],
          message: `Listed values are alternatives, so under ${block.operator} the bound ${JSON.stringify(entry.values[keeper].value)} already covers ${JSON.stringify(entry.values[i].value)}.`,
          data: { path: { ...visit.path, value: i } },
        });
      }
    }
    return findings;
  },
  fix(finding, { policy }) {
    const found = locate(policy, finding.data);
    const list = found?.entry?.property.valueNode;
    if (!found?.value || list?.type !== 'array') return [];
    return [{ title: `Remove the redundant value ${JSON.stringify(found.value.value)}`, isPreferred: true, edits: [removeChild(list, found.value.node)] }];
  },
};
