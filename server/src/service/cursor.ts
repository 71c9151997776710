// "Where is the cursor?": a trust-policy view of jsonc-parser's getLocation, shared by completion and hover.
import { getLocation, findNodeAtOffset, type Location, type Node, type JSONPath } from 'jsonc-parser';
import { safeTextOf, type Statement, type TrustPolicy } from './document';

export interface Cursor {
  offset: number;
  location: Location;
  /** The innermost node at the offset, if any. */
  node: Node | undefined;
  /** The statement the cursor is in, if any. */
  statement: Statement | undefined;
  /** Path relative to the statement (e.g. ['Principal', 'Service', 0]) or, outside statements, to the root. */
  path: JSONPath;
  inStatement: boolean;
}

export function cursorAt(policy: TrustPolicy, offset: number): Cursor {
  const location = getLocation(safeTextOf(policy), offset);
  const node = policy.root ? findNodeAtOffset(policy.root, offset, true) : undefined;
  const full = location.path;
  let statement: Statement | undefined;
  let path: JSONPath = full;
  let inStatement = false;
  if (full[0] === 'Statement') {
    if (policy.statementIsObject && full.length >= 1) {
      inStatement = full.length > 1 || location.isAtPropertyKey;
      statement = policy.statements[0];
      path = full.slice(1);
    } else if (typeof full[1] === 'number') {
      inStatement = true;
      statement = policy.statements[full[1]];
      path = full.slice(2);
    }
  }
  return { offset, location, node, statement, path, inStatement };
}
