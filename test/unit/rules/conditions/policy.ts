// Builds trust-policy fixtures around a Condition body for the conditions rule tests.
import { parseAnnotated } from '../../../support/fixture';

export interface PolicyParts {
  effect?: string;
  principal?: string;
  action?: string;
  /** The full Version line, or '' for none. */
  version?: string;
}

export const GITHUB = '{"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}';
export const WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity';

/**
 * A one-statement trust policy whose Condition object holds `body` (lines written at six spaces, annotations
 * included). The Condition line is line 7 (0-based 6), so the body starts on line 8.
 */
export function trustPolicy(body: string, parts: PolicyParts = {}): string {
  const version = parts.version ?? '  "Version": "2012-10-17",';
  return `
{
${version ? `${version}\n` : ''}  "Statement": [{
    "Effect": "${parts.effect ?? 'Allow'}",
    "Principal": ${parts.principal ?? '{"AWS": "arn:aws:iam::111122223333:role/Admin"}'},
    "Action": "${parts.action ?? 'sts:AssumeRole'}",
    "Condition": {
${body.replace(/^\n/, '').replace(/\n$/, '')}
    }
  }]
}
`;
}

/** The policy text without annotation lines (for applyFix). */
export function textOf(fixture: string): string {
  return parseAnnotated(fixture).text;
}
