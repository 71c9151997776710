// Value formats of the condition operator families (IP/CIDR, dates, numbers, booleans) and private address ranges.

function ipv4Parts(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const nums = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return nums.every((n) => n >= 0 && n <= 255) ? nums : undefined;
}

function isIpv6(text: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split('::').length > 2) return false;
  let groups = text.split(':');
  // An embedded IPv4 tail counts as two groups.
  const tail = groups[groups.length - 1];
  if (tail.includes('.')) {
    if (!ipv4Parts(tail)) return false;
    groups = [...groups.slice(0, -1), '0', '0'];
  }
  const compressed = text.includes('::');
  const filled = groups.filter((g) => g !== '');
  if (filled.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return compressed ? filled.length < 8 : groups.length === 8;
}

export interface IpRange {
  version: 4 | 6;
  /** IPv4 only: the network address as a 32-bit number, and the prefix length. */
  address?: number;
  prefix: number;
}

/** Parses an IP address or CIDR block as IAM's IpAddress operator accepts it; undefined when malformed. */
export function parseIpRange(text: string): IpRange | undefined {
  const slash = text.indexOf('/');
  const addr = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? undefined : text.slice(slash + 1);
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const v4 = ipv4Parts(addr);
  if (v4) {
    const prefix = prefixText === undefined ? 32 : Number(prefixText);
    if (prefix > 32) return undefined;
    return { version: 4, address: ((v4[0] << 24) | (v4[1] << 16) | (v4[2] << 8) | v4[3]) >>> 0, prefix };
  }
  if (isIpv6(addr)) {
    const prefix = prefixText === undefined ? 128 : Number(prefixText);
    return prefix > 128 ? undefined : { version: 6, prefix };
  }
  return undefined;
}

/** RFC 1918 private ranges, plus loopback, link-local and shared address space: never a caller's public address. */
const PRIVATE_V4: readonly { cidr: string; network: number; prefix: number }[] = [
  ['10.0.0.0/8', 10 << 24], ['172.16.0.0/12', (172 << 24) | (16 << 16)], ['192.168.0.0/16', (192 << 24) | (168 << 16)],
  ['127.0.0.0/8', 127 << 24], ['169.254.0.0/16', (169 << 24) | (254 << 16)], ['100.64.0.0/10', (100 << 24) | (64 << 16)],
].map(([cidr, network]) => ({ cidr: cidr as string, network: (network as number) >>> 0, prefix: Number((cidr as string).split('/')[1]) }));

/** The private range that wholly contains this IPv4 or IPv6 value, if any. */
export function privateRangeOf(text: string): string | undefined {
  const range = parseIpRange(text);
  if (!range) return undefined;
  if (range.version === 4) {
    for (const p of PRIVATE_V4) {
      const mask = p.prefix === 0 ? 0 : (~0 << (32 - p.prefix)) >>> 0;
      if (range.prefix >= p.prefix && ((range.address! & mask) >>> 0) === p.network) return p.cidr;
    }
    return undefined;
  }
  const addr = text.split('/')[0].toLowerCase();
  const first = Number.parseInt(addr.split(':')[0] || '0', 16);
  if (range.prefix >= 7 && (first & 0xfe00) === 0xfc00) return 'fc00::/7';
  if (range.prefix >= 10 && (first & 0xffc0) === 0xfe80) return 'fe80::/10';
  if (range.prefix === 128 && /^(0*:)*:?0*1$/.test(addr) && addr.startsWith('::')) return '::1/128';
  return undefined;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** ISO 8601 date or date-time, or Unix epoch seconds. */
export function isDateValue(value: string | number | boolean | null): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0;
  if (typeof value !== 'string') return false;
  return /^\d+$/.test(value) || (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)));
}

/** A JSON number or a string holding a decimal number. */
export function isNumericValue(value: string | number | boolean | null): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value);
}

export function numericOf(value: string | number | boolean | null): number | undefined {
  return isNumericValue(value) ? Number(value) : undefined;
}

/** `true`/`false` as a JSON boolean or a string; other capitalisation is not treated as an error (unverified either way). */
export function isBoolValue(value: string | number | boolean | null): boolean {
  return typeof value === 'boolean' || (typeof value === 'string' && /^(true|false)$/i.test(value));
}

export function isBase64Value(value: string | number | boolean | null): boolean {
  return typeof value === 'string' && value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value);
}
