// Pure value comparisons for condition operators: wildcards, numbers, dates, IP ranges, ARNs (no Node APIs).

/** A policy value after policy-variable substitution: literal text runs and wildcard characters kept apart. */
export type Pattern = readonly PatternPart[];
export type PatternPart = { text: string } | { wildcard: '*' | '?' };

/** A pattern with no wildcards at all, from plain text. */
export function literal(text: string): Pattern {
  return [{ text }];
}

export function patternText(p: Pattern): string {
  return p.map((x) => ('text' in x ? x.text : x.wildcard)).join('');
}

/** The pattern's text with wildcard characters read as plain characters (for operators without wildcards). */
export const plainText = patternText;

const regexCache = new Map<string, RegExp>();

/** Glob match where `*` is any run of characters and `?` one character; case-sensitive unless told otherwise. */
export function globMatch(pattern: Pattern, value: string, ignoreCase = false): boolean {
  if (pattern.every((p) => 'text' in p)) {
    const text = patternText(pattern);
    return ignoreCase ? text.toLowerCase() === value.toLowerCase() : text === value;
  }
  const key = `${ignoreCase ? 'i' : 's'}${JSON.stringify(pattern)}`;
  let re = regexCache.get(key);
  if (!re) {
    const body = pattern.map((p) => ('text' in p ? p.text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : p.wildcard === '*' ? '[\\s\\S]*' : '[\\s\\S]')).join('');
    re = new RegExp(`^${body}$`, ignoreCase ? 'i' : '');
    if (regexCache.size > 2000) regexCache.clear();
    regexCache.set(key, re);
  }
  return re.test(value);
}

/** Splits a pattern at wildcard-free text characters (used to cut an ARN pattern at its colons). */
export function splitPattern(pattern: Pattern, separator: string, limit: number): Pattern[] {
  const parts: PatternPart[][] = [[]];
  for (const p of pattern) {
    if (!('text' in p)) {
      parts[parts.length - 1].push(p);
      continue;
    }
    const pieces = p.text.split(separator);
    pieces.forEach((piece, i) => {
      if (i > 0) {
        if (parts.length < limit) parts.push([]);
        else parts[parts.length - 1].push({ text: separator });
      }
      if (piece) parts[parts.length - 1].push({ text: piece });
    });
  }
  return parts;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number written as IAM accepts it (decimal, optional sign and exponent), or undefined. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : undefined;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Milliseconds since the epoch for an ISO 8601 date(-time) or an integer count of epoch seconds, or undefined. */
export function parseDate(text: string): number | undefined {
  const t = text.trim();
  if (/^-?\d+$/.test(t)) return Number(t) * 1000;
  if (!ISO_DATE.test(t)) return undefined;
  // A date-time without a zone is read as UTC, as a date alone already is.
  const zoned = /T|\s/.test(t) && !/(Z|[+-]\d{2}:?\d{2})$/.test(t) ? `${t}Z` : t;
  const ms = Date.parse(zoned.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? undefined : ms;
}

/** Boolean text as IAM reads it ("true"/"false", any case), or undefined. */
export function parseBool(text: string): boolean | undefined {
  const t = text.toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : undefined;
}

export interface IpRange {
  version: 4 | 6;
  /** Address bits, most significant first. */
  bits: bigint;
  prefix: number;
}

function parseIpv4(text: string): bigint | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  let v = 0n;
  for (let i = 1; i <= 4; i++) {
    const n = Number(m[i]);
    if (n > 255 || (m[i].length > 1 && m[i].startsWith('0'))) return undefined;
    v = (v << 8n) | BigInt(n);
  }
  return v;
}

function parseIpv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split('::').length > 2) return undefined;
  let tail = text;
  let v4: bigint | undefined;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.')) {
    v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const [head, rest] = tail.split('::');
  const groups = (s: string | undefined) => (s ? s.split(':') : []);
  const h = groups(head);
  const r = rest === undefined ? [] : groups(rest);
  const missing = 8 - h.length - r.length;
  if (rest === undefined ? missing !== 0 : missing < 1) return undefined;
  const all = [...h, ...Array(rest === undefined ? 0 : missing).fill('0'), ...r];
  let v = 0n;
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  if (v4 !== undefined) v = (v & ~0xffffffffn) | v4;
  return v;
}

/** An IPv4 or IPv6 address or CIDR block; a bare address is a block of one. */
export function parseIpRange(text: string): IpRange | undefined {
  const [addr, prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return undefined;
  const v4 = parseIpv4(addr);
  const version = v4 !== undefined ? 4 : 6;
  const bits = v4 ?? parseIpv6(addr);
  if (bits === undefined) return undefined;
  const max = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (prefix > max) return undefined;
  return { version, bits, prefix };
}

/** True when the address lies in the block (an IPv4 address is never in an IPv6 block, nor the reverse). */
export function ipInRange(address: IpRange, block: IpRange): boolean {
  if (address.version !== block.version) return false;
  const width = BigInt(address.version === 4 ? 32 : 128);
  const shift = width - BigInt(block.prefix);
  return address.bits >> shift === block.bits >> shift;
}

/** The six parts of an ARN (the resource keeps its colons), or undefined when it is not shaped like one. */
export function arnParts(value: string): string[] | undefined {
  const parts = value.split(':');
  if (parts.length < 6 || parts[0].toLowerCase() !== 'arn') return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}
