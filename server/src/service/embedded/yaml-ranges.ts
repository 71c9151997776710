// Where a YAML node sits in the template text: its start widened to a short-form tag (`!Sub "..."`), its end
// without trailing whitespace. Shared by the extraction (host ranges) and the editor (where edits go).
import { isAlias, type Node as YamlNode } from 'yaml';
import type { OffsetRange } from '../types';

/** `end` moved back over trailing whitespace. */
export function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

/** The host range of a node, widened to include a short-form tag that precedes it. */
export function hostRangeOf(node: YamlNode, text: string): OffsetRange {
  const range = node.range ?? [0, 0, 0];
  let start = range[0];
  const end = trimEnd(text, range[1]);
  if (node.tag && !isAlias(node)) {
    let i = start - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    const tagStart = i - node.tag.length + 1;
    if (tagStart >= 0 && text.slice(tagStart, i + 1) === node.tag) start = tagStart;
  }
  return { offset: start, length: Math.max(0, end - start) };
}
