// Maps ranges and offsets between a virtual policy's JSON text and its host file, through the node map.
import type { OffsetRange } from '../types';
import type { MappedNode, VirtualPolicy } from './types';

const byRange = new WeakMap<VirtualPolicy, Map<string, MappedNode>>();
const starts = new WeakMap<VirtualPolicy, number[]>();

function exactIndex(vp: VirtualPolicy): Map<string, MappedNode> {
  let index = byRange.get(vp);
  if (!index) {
    index = new Map();
    for (const n of vp.nodes) {
      const key = `${n.virtual.offset}:${n.virtual.length}`;
      // A property and its key can share a start; the outer node (listed first) keeps the exact key.
      if (!index.has(key) || n.kind !== 'key') index.set(key, n);
    }
    byRange.set(vp, index);
  }
  return index;
}

/** The mapped node whose virtual range is exactly this one. */
export function nodeAt(vp: VirtualPolicy, offset: number, length: number): MappedNode | undefined {
  return exactIndex(vp).get(`${offset}:${length}`);
}

/** The innermost node whose virtual range contains `offset` (nodes are sorted by start, parents first). */
function innermostVirtual(vp: VirtualPolicy, offset: number): MappedNode | undefined {
  let s = starts.get(vp);
  if (!s) {
    s = vp.nodes.map((n) => n.virtual.offset);
    starts.set(vp, s);
  }
  let lo = 0;
  let hi = s.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid] <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = last; i >= 0; i--) {
    const n = vp.nodes[i];
    if (n.virtual.offset <= offset && offset <= n.virtual.offset + n.virtual.length) return n;
  }
  return undefined;
}

function mapOffset(vp: VirtualPolicy, offset: number, side: 'start' | 'end'): number {
  const n = innermostVirtual(vp, offset);
  if (!n) return side === 'start' ? vp.hostRange.offset : vp.hostRange.offset + vp.hostRange.length;
  const l = n.linear;
  if (l && offset >= l.virtual && offset <= l.virtual + l.length) return l.host + (offset - l.virtual);
  if (offset === n.virtual.offset) return n.host.offset;
  if (offset === n.virtual.offset + n.virtual.length) return n.host.offset + n.host.length;
  return side === 'start' ? n.host.offset : n.host.offset + n.host.length;
}

/** The host range of a virtual range: exact for a node's range, by its ends otherwise. */
export function toHostRange(vp: VirtualPolicy, range: OffsetRange, hostText?: string): OffsetRange {
  const exact = nodeAt(vp, range.offset, range.length);
  if (exact) return exact.host;
  if (range.offset === 0 && hostText !== undefined) {
    // A finding about the whole policy (no Version, too large): its first host line, not every line of the policy.
    const start = vp.hostRange.offset;
    const eol = hostText.indexOf('\n', start);
    const end = Math.min(eol < 0 ? hostText.length : eol, start + vp.hostRange.length);
    return { offset: start, length: Math.max(0, end - start) };
  }
  const start = mapOffset(vp, range.offset, 'start');
  const end = Math.max(start, mapOffset(vp, range.offset + range.length, 'end'));
  return { offset: start, length: end - start };
}

/**
 * The virtual offset of a host offset, for completion and hover: inside a scalar or key whose characters map
 * one-to-one, exactly; elsewhere inside a node, its start (just inside the quotes for a string). Undefined outside
 * the policy.
 */
export function toVirtualOffset(vp: VirtualPolicy, hostOffset: number): number | undefined {
  if (hostOffset < vp.hostRange.offset || hostOffset > vp.hostRange.offset + vp.hostRange.length) return undefined;
  let best: MappedNode | undefined;
  for (const n of vp.nodes) {
    if (n.host.offset <= hostOffset && hostOffset <= n.host.offset + n.host.length) {
      if (!best || n.host.length < best.host.length || (n.host.length === best.host.length && (n.kind === 'scalar' || n.kind === 'key'))) best = n;
    }
  }
  if (!best) return undefined;
  const l = best.linear;
  if (l && hostOffset >= l.host && hostOffset <= l.host + l.length) return l.virtual + (hostOffset - l.host);
  if (best.kind === 'scalar' || best.kind === 'key') return best.virtual.offset + (vp.text[best.virtual.offset] === '"' ? 1 : 0);
  return best.virtual.offset;
}

/** True when a virtual range touches a value the file cannot know (and is not just a container around one). */
export function touchesUnknown(vp: VirtualPolicy, range: OffsetRange): boolean {
  const start = range.offset;
  const end = range.offset + range.length;
  for (const u of vp.unknowns) {
    const uEnd = u.offset + u.length;
    const overlaps = start < uEnd && u.offset < end || (range.length === 0 && start >= u.offset && start <= uEnd);
    if (!overlaps) continue;
    const container = start <= u.offset && end >= uEnd && range.length > u.length;
    if (!container) return true;
  }
  return false;
}
