// AWS principals of a statement with their account, shared by the cross-account and account-root rules.
import type { Node } from 'jsonc-parser';
import type { Statement } from '../../document';
import { parseAwsPrincipal, type AwsPrincipal } from '../../principals';

export interface AccountPrincipal {
  value: string;
  node: Node;
  parsed: AwsPrincipal & { account: string };
}

/** AWS principals that name an account (bare id, root, user, role, session), skipping "*", unique ids and invalid values. */
export function accountPrincipals(statement: Statement): AccountPrincipal[] {
  const out: AccountPrincipal[] = [];
  for (const g of statement.principal?.groups ?? []) {
    if (g.type !== 'AWS') continue;
    for (const v of g.values) {
      const parsed = parseAwsPrincipal(v.value);
      if (parsed.account && ['account', 'root', 'user', 'role', 'assumed-role', 'federated-user'].includes(parsed.kind)) {
        out.push({ value: v.value, node: v.node, parsed: parsed as AwsPrincipal & { account: string } });
      }
    }
  }
  return out;
}

/** True for a bare account id or an account root ARN: trust delegated to the whole account. */
export const isWholeAccount = (p: AccountPrincipal) => p.parsed.kind === 'account' || p.parsed.kind === 'root';

/** True when the principal's account is known and is not one of the user's own accounts. */
export function isCrossAccount(p: AccountPrincipal, accounts: readonly string[]): boolean {
  return accounts.length > 0 && !accounts.includes(p.parsed.account);
}
