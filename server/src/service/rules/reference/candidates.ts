// Shared by the reference rules: did-you-mean candidates travel in finding data, and each becomes a "Change to" fix.
import type { Fix, RuleFinding } from '../../types';

/** The candidates a finding carries in `data.candidates` (empty when there are none). */
export function candidatesOf(finding: RuleFinding): string[] {
  const c = finding.data?.candidates;
  return Array.isArray(c) ? c.filter((x): x is string => typeof x === 'string') : [];
}

/** One fix per candidate that replaces the finding's string node (quotes included); the first is preferred unless the finding is a guess (`data.guess`). */
export function changeToFixes(finding: RuleFinding): Fix[] {
  const node = finding.node;
  if (!node || node.type !== 'string') return [];
  return candidatesOf(finding).map((candidate, i) => ({
    title: `Change to "${candidate}"`,
    edits: [{ offset: node.offset, length: node.length, newText: JSON.stringify(candidate) }],
    isPreferred: i === 0 && finding.data?.guess !== true,
  }));
}
