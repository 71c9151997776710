// federated-format: a Federated principal that is not a SAML/OIDC provider ARN or a built-in web identity provider.
import type { Fix, Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { parseFederatedPrincipal, splitArn } from '../../principals';
import { replaceString } from './edits';
import { principalValues } from '../../statement-kinds';

export const federatedFormat: Rule = {
  id: 'federated-format',
  defaultSeverity: 'error',
  description: 'A Federated principal is a saml-provider or oidc-provider ARN, or a built-in web identity provider such as cognito-identity.amazonaws.com.',
  docsUrl: docs.principal,
  structural: true,
  check({ policy }) {
    const findings: RuleFinding[] = [];
    for (const { value: v } of principalValues(policy, 'Federated')) {
      const parsed = parseFederatedPrincipal(v.value);
      if (parsed.kind !== 'invalid') continue;
      const arn = splitArn(v.value);
      const data: Record<string, unknown> = {};
      // An oidc-provider ARN written with its https:// scheme: the fix drops the scheme.
      if (arn && /^oidc-provider\/https?:\/\//i.test(arn.resource)) data.withoutScheme = v.value.replace(/oidc-provider\/https?:\/\//i, 'oidc-provider/');
      else if (!arn && parsed.host) data.host = parsed.host.replace(/\/+$/, '');
      findings.push({ node: v.node, message: `"${v.value}" is not a valid Federated principal: ${parsed.problem ?? 'unrecognised form'}.`, data });
    }
    return findings;
  },
  fix(finding) {
    const node = finding.node;
    if (!node) return [];
    const fixes: Fix[] = [];
    const withoutScheme = finding.data?.withoutScheme as string | undefined;
    if (withoutScheme && parseFederatedPrincipal(withoutScheme).kind === 'oidc') fixes.push({ title: `Change to "${withoutScheme}"`, edits: [replaceString(node, withoutScheme)], isPreferred: true });
    const host = finding.data?.host as string | undefined;
    if (host) {
      // A snippet: the account id is a placeholder the user fills in.
      const body = JSON.stringify(`arn:aws:iam::ACCOUNT:oidc-provider/${host}`).replace(/\$/g, '\\$').replace('ACCOUNT', '${1:111122223333}');
      fixes.push({ title: `Use the OIDC provider ARN for ${host}`, edits: [{ offset: node.offset, length: node.length, newText: body }], snippet: true });
    }
    return fixes;
  },
};
