// Did-you-mean search: capped edit distance without allocation, over names indexed by length, with answers cached.

// Two rows of the distance table, reused by every call (the language service is single-threaded).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Levenshtein distance, capped: returns max+1 as soon as the distance exceeds max. Only the diagonal band of
 * width 2*max+1 is computed (cells further off it are more than max edits apart), so the cost is O(max * length).
 */
export function editDistance(a: string, b: string, max = 3): number {
  const n = a.length;
  const m = b.length;
  const over = max + 1;
  if (Math.abs(n - m) > max) return over;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (rowA.length < m + 2) {
    rowA = new Int32Array(m * 2 + 2);
    rowB = new Int32Array(m * 2 + 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : over;
  prev[m + 1] = over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[0] = i <= max ? i : over;
    if (lo > 1) cur[lo - 1] = over;
    let rowMin = lo === 1 ? cur[0] : over;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const up = prev[j] + 1;
      if (up < v) v = up;
      const left = cur[j - 1] + 1;
      if (left < v) v = left;
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) cur[hi + 1] = over;
    if (rowMin > max) return over;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[m], over);
}

/** Candidate names grouped by length, lower-cased once; answers are remembered per distinct query. */
class NameIndex {
  private readonly byLength = new Map<number, { name: string; lower: string }[]>();
  private readonly answers = new Map<string, string[]>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const list = this.byLength.get(name.length);
      const item = { name, lower: name.toLowerCase() };
      if (list) list.push(item);
      else this.byLength.set(name.length, [item]);
    }
  }

  closest(value: string, max: number, limit: number): string[] {
    const cacheKey = `${max}\u0000${limit}\u0000${value}`;
    const hit = this.answers.get(cacheKey);
    if (hit) return hit;
    const lower = value.toLowerCase();
    const scored: { c: string; d: number }[] = [];
    // Only names within `max` characters of the value's length can be within `max` edits.
    for (let len = Math.max(0, lower.length - max); len <= lower.length + max; len++) {
      const list = this.byLength.get(len);
      if (!list) continue;
      for (const { name, lower: candidate } of list) {
        const d = editDistance(lower, candidate, max);
        if (d <= max) scored.push({ c: name, d });
      }
    }
    const result = scored.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c)).slice(0, limit).map((s) => s.c);
    // Documents hold a bounded number of distinct misspellings; the bound only stops a pathological one growing it.
    if (this.answers.size > 2000) this.answers.clear();
    this.answers.set(cacheKey, result);
    return result;
  }
}

const indexes = new WeakMap<readonly string[], NameIndex>();

/**
 * The candidates closest to `value` within `max` edits (ignoring case), best first. A candidate array is indexed
 * once and remembered by identity, so callers should pass the same array each time (build it once per table).
 */
export function closest(value: string, candidates: Iterable<string>, max = 2, limit = 3): string[] {
  if (!Array.isArray(candidates)) return new NameIndex(candidates).closest(value, max, limit);
  const list = candidates as readonly string[];
  let index = indexes.get(list);
  if (!index) {
    index = new NameIndex(list);
    indexes.set(list, index);
  }
  // The cached answer is shared: hand out a copy so a caller may change its own.
  return [...index.closest(value, max, limit)];
}
