// Principal values: AWS principal templates, Federated providers (ARN templates and built-ins), principal shapes.
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { ReferenceData } from '../../data/types';
import type { ServiceOptions } from '../types';
import type { CatalogItem } from './catalog';
import { docs } from '../rules/docs';

const ACCOUNT = '111122223333';

function item(label: string, insert: string, detail: string, rank: number, documentation?: string): CatalogItem {
  return { label, insert, snippet: insert.includes('${'), value: label, kind: CompletionItemKind.Value, detail, sortText: `${rank}${label}`, documentation };
}

export function awsPrincipalItems(options: ServiceOptions): CatalogItem[] {
  const items: CatalogItem[] = [];
  options.accounts.forEach((a, i) => items.push(item(`arn:aws:iam::${a}:root`, `arn:aws:iam::${a}:root`, 'this account (from settings)', i)));
  const acct = `\${1:${ACCOUNT}}`;
  items.push(
    item('arn:aws:iam::ACCOUNT:role/ROLE_NAME', `arn:aws:iam::${acct}:role/\${2:ROLE_NAME}`, 'one IAM role', 5,
      `Trusts one role. If the role is deleted, the stored principal turns into an unused unique id. [Principals](${docs.principal})`),
    item('arn:aws:iam::ACCOUNT:root', `arn:aws:iam::${acct}:root`, 'a whole account', 6,
      `Trusts every user and role of the account whose own policy allows sts:AssumeRole. [Principals](${docs.principal})`),
    item('ACCOUNT', acct, 'a whole account (short form)', 7),
    item('arn:aws:iam::ACCOUNT:user/USER_NAME', `arn:aws:iam::${acct}:user/\${2:USER_NAME}`, 'one IAM user', 8),
    item('arn:aws:sts::ACCOUNT:assumed-role/ROLE_NAME/SESSION', `arn:aws:sts::${acct}:assumed-role/\${2:ROLE_NAME}/\${3:SESSION}`, 'one role session', 9),
    item('*', '*', 'anyone: only with a narrowing condition', 9),
  );
  return items;
}

export function federatedItems(data: ReferenceData, options: ServiceOptions): CatalogItem[] {
  const account = options.accounts[0] ?? ACCOUNT;
  const items: CatalogItem[] = [
    item('arn:aws:iam::ACCOUNT:saml-provider/PROVIDER', `arn:aws:iam::\${1:${account}}:saml-provider/\${2:PROVIDER}`, 'a SAML 2.0 identity provider', 5),
    item('arn:aws:iam::ACCOUNT:oidc-provider/HOST', `arn:aws:iam::\${1:${account}}:oidc-provider/\${2:HOST}`, 'an OIDC identity provider', 6),
  ];
  data.trustActions.webIdentityProviders.forEach((p, i) => {
    if (p.builtIn) {
      items.push(item(p.federated, p.federated, `${p.name} (built in)`, 3));
      return;
    }
    let n = 2;
    const insert = p.federated.replace(/\$\{([^}]+)\}/g, (_m, name: string) => (name === 'Partition' ? 'aws' : name === 'Account' ? `\${1:${account}}` : `\${${n++}:${name}}`));
    items.push(item(p.federated.replace('${Partition}', 'aws').replace(/\$\{([^}]+)\}/g, '$1').replace('Account', 'ACCOUNT'), insert, p.name, i < 10 ? 1 : 2));
  });
  return items;
}

/** Whole `Principal` values: `"*"` and the three object shapes. */
export function principalShapeItems(): CatalogItem[] {
  return [
    { label: '{"Service": ...}', insert: '{"Service": "$1"}', raw: true, snippet: true, value: '', kind: CompletionItemKind.Struct, detail: 'an AWS service', sortText: '0' },
    { label: '{"AWS": ...}', insert: '{"AWS": "$1"}', raw: true, snippet: true, value: '', kind: CompletionItemKind.Struct, detail: 'accounts, roles or users', sortText: '1' },
    { label: '{"Federated": ...}', insert: '{"Federated": "$1"}', raw: true, snippet: true, value: '', kind: CompletionItemKind.Struct, detail: 'a SAML or OIDC identity provider', sortText: '2' },
    { label: '"*"', insert: '*', value: '*', kind: CompletionItemKind.Value, detail: 'anyone: only with a narrowing condition', sortText: '3' },
  ];
}
