// Which `*`/`?` glob patterns of a list another pattern already covers: each compiled once, compared only with
// patterns whose literal prefix and suffix fit, within a work budget so that no list can stall an edit.

/** A pattern compiled once: its literal prefix and suffix, and its `*`-separated parts when it has no `?`. */
interface CompiledPattern {
  index: number;
  text: string;
  /** Literal text before the first wildcard / after the last one. */
  prefix: string;
  suffix: string;
  /** Parts between `*`s (they may hold `?`). */
  parts: string[];
  /** True when the pattern has a `*` (otherwise it matches strings of exactly its own length). */
  star: boolean;
  /** Characters that must each match one character of the other pattern (everything but `*`). */
  fixedLength: number;
}

function compile(text: string, index: number): CompiledPattern {
  let first = -1;
  let last = -1;
  let stars = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 /* * */ || c === 63 /* ? */) {
      if (first < 0) first = i;
      last = i;
      if (c === 42) stars++;
    }
  }
  return {
    index, text,
    prefix: first < 0 ? text : text.slice(0, first),
    suffix: first < 0 ? '' : text.slice(last + 1),
    parts: text.split('*'),
    star: stars > 0,
    fixedLength: text.length - stars,
  };
}

// Two rows of the matching table, reused by every comparison that needs it.
let rowA = new Uint8Array(128);
let rowB = new Uint8Array(128);

/**
 * True when every string the pattern `narrow` matches is also matched by `wide` (both `*`/`?` globs).
 * Sound but not complete: `wide`'s `?` may stand for one character of `narrow` but never for its `*`.
 */
export function patternCovers(wide: string, narrow: string): boolean {
  const m = wide.length;
  const n = narrow.length;
  if (rowA.length < n + 1) {
    rowA = new Uint8Array(n * 2 + 2);
    rowB = new Uint8Array(n * 2 + 2);
  }
  // reach[j]: wide[0..i) can cover narrow[0..j).
  let reach = rowA;
  let next = rowB;
  reach.fill(0, 0, n + 1);
  reach[0] = 1;
  for (let i = 0; i < m; i++) {
    const c = wide.charCodeAt(i);
    if (c === 42) {
      let any = 0;
      for (let j = 0; j <= n; j++) {
        any |= reach[j];
        next[j] = any;
      }
    } else {
      next[0] = 0;
      for (let j = 1; j <= n; j++) {
        const d = narrow.charCodeAt(j - 1);
        next[j] = reach[j - 1] && (c === 63 ? d !== 42 : d === c && d !== 42 && d !== 63) ? 1 : 0;
      }
    }
    const t = reach;
    reach = next;
    next = t;
  }
  return reach[n] === 1;
}

/** Whether wide's character `c` stands for narrow's `d`: `?` for any one character but `*`, a literal for itself. */
function charCovers(c: number, d: number): boolean {
  return c === 63 ? d !== 42 : c === d && d !== 42 && d !== 63;
}

/** Comparison steps spent by the current partsCover call (charged to the budget by the caller), and its limit. */
let steps = 0;
let stepLimit = Infinity;

function partAt(part: string, narrow: string, at: number): boolean {
  for (let k = 0; k < part.length; k++) {
    steps++;
    if (!charCovers(part.charCodeAt(k), narrow.charCodeAt(at + k))) return false;
  }
  return true;
}

/**
 * Greedy matching of the pattern's `*`-separated parts, in order, against `narrow`: the head at the start, the tail at
 * the end, each middle part at its leftmost place (which leaves the most room for the rest). A `*` of `narrow` can
 * only fall in a gap, where a `*` of the wide pattern absorbs it.
 */
function partsCover(parts: readonly string[], narrow: string): boolean {
  const head = parts[0];
  if (parts.length === 1) return narrow.length === head.length && partAt(head, narrow, 0);
  const tail = parts[parts.length - 1];
  const end = narrow.length - tail.length;
  if (end < head.length || !partAt(head, narrow, 0) || !partAt(tail, narrow, end)) return false;
  let at = head.length;
  for (let k = 1; k < parts.length - 1; k++) {
    const part = parts[k];
    if (part.length === 0) continue;
    let found = -1;
    for (let p = at; p + part.length <= end; p++) {
      if (steps > stepLimit) return false;
      if (partAt(part, narrow, p)) {
        found = p;
        break;
      }
    }
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

function covers(wide: CompiledPattern, narrow: string): boolean {
  if (narrow.length < wide.fixedLength || (!wide.star && narrow.length !== wide.text.length)) return false;
  if (!narrow.endsWith(wide.suffix)) return false;
  return partsCover(wide.parts, narrow);
}

/** Wildcard patterns grouped by literal prefix, with the distinct prefix lengths in increasing order. */
interface PrefixIndex {
  groups: Map<string, CompiledPattern[]>;
  lengths: number[];
}

function prefixIndex(wides: readonly CompiledPattern[]): PrefixIndex {
  const groups = new Map<string, CompiledPattern[]>();
  for (const w of wides) {
    const group = groups.get(w.prefix);
    if (group) group.push(w);
    else groups.set(w.prefix, [w]);
  }
  return { groups, lengths: [...new Set(wides.map((w) => w.prefix.length))].sort((a, b) => a - b) };
}

/** The first `*` or `?` of a value (its length when it has none): a literal prefix can only match before it. */
function firstWildcard(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 63) return i;
  }
  return text.length;
}

/** Comparison steps (about one per character compared) one rule run may spend on pattern lists. */
export const PATTERN_WORK_BUDGET = 200_000;

export interface CoverageResult {
  /** Value index -> index of the listed pattern that already covers it. */
  covered: Map<number, number>;
  /** True when the budget ran out before every value was compared. */
  capped: boolean;
}

/**
 * For a list of patterns (undefined for values that are not plain strings), the values another listed pattern
 * covers: the lowest-index covering pattern that is not itself covered. `budget.left` is shared across lists.
 */
export function coveredPatterns(texts: readonly (string | undefined)[], budget: { left: number }): CoverageResult {
  const covered = new Map<number, number>();
  const wides: CompiledPattern[] = [];
  texts.forEach((t, i) => {
    // A literal covers only itself, and exact repeats are reported separately: only wildcard patterns can cover.
    if (t !== undefined && (t.includes('*') || t.includes('?'))) wides.push(compile(t, i));
  });
  if (wides.length === 0) return { covered, capped: false };
  const index = prefixIndex(wides);
  const candidates: CompiledPattern[] = [];
  for (let j = 0; j < texts.length; j++) {
    const narrow = texts[j];
    if (narrow === undefined) continue;
    if (budget.left <= 0) return { covered, capped: true };
    candidates.length = 0;
    const literal = firstWildcard(narrow);
    for (const length of index.lengths) {
      if (length > literal) break;
      budget.left -= 1;
      const group = index.groups.get(length === narrow.length ? narrow : narrow.slice(0, length));
      if (group) for (const p of group) candidates.push(p);
    }
    budget.left -= narrow.length + 1;
    if (candidates.length === 0) continue;
    // Gathering and ordering the candidates is work too: a list where every pattern shares one prefix pays here.
    budget.left -= candidates.length * 16;
    if (candidates.length > 1) candidates.sort((a, b) => a.index - b.index);
    for (const wide of candidates) {
      if (wide.index === j || wide.text === narrow || covered.has(wide.index)) continue;
      steps = 1;
      stepLimit = budget.left;
      const hit = covers(wide, narrow);
      budget.left -= steps;
      // Out of budget during the comparison: its answer is not to be trusted, so stop here.
      if (budget.left < 0) return { covered, capped: true };
      if (hit) {
        covered.set(j, wide.index);
        break;
      }
      if (budget.left <= 0) return { covered, capped: true };
    }
  }
  return { covered, capped: false };
}
