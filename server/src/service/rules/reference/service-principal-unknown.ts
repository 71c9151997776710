// Service principals we do not know: a near miss of a known name is a likely typo, any other name is worth a look.
import type { ReferenceData } from '../../../data/types';
import { closest, knowledgeFor } from '../../knowledge';
import { isServicePrincipalSyntax } from '../../principals';
import type { Rule, RuleFinding, ServiceOptions } from '../../types';
import { docs } from '../docs';
import { principalValues } from '../../statement-kinds';
import { changeToFixes } from './candidates';
import { misusedPrincipal, serviceAlias } from '../../service-aliases';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const verifiedNames = new WeakMap<ReferenceData, string[]>();

/** The names we treat as real: verified entries and their partition variants, without `${...}` templates. */
export function verifiedServicePrincipals(data: ReferenceData): string[] {
  let names = verifiedNames.get(data);
  if (!names) {
    names = knowledgeFor(data).servicePrincipals.filter((p) => p.verified !== false && !p.principal.includes('${')).map((p) => p.principal);
    verifiedNames.set(data, names);
  }
  return names;
}

/** True for `<known service>.<region>.amazonaws.com[.cn]`, the regional form many services also accept. */
function isRegionalFormOfKnown(value: string, data: ReferenceData, options: ServiceOptions): boolean {
  const m = /^(.+)\.([a-z0-9-]+)\.(amazonaws\.com(?:\.cn)?)$/.exec(value);
  if (!m || !REGION.test(m[2])) return false;
  const found = knowledgeFor(data).servicePrincipal(`${m[1]}.amazonaws.com`, options);
  return !!found && found.verified !== false;
}

/** service-principal-format already corrects case, spaces and a bare service label; no second finding for those. */
function formatRuleCorrects(value: string): boolean {
  const lower = value.trim().toLowerCase();
  return isServicePrincipalSyntax(lower) || /^[a-z0-9-]+$/.test(lower);
}

/** Closest known names; short service labels allow a single edit so that unrelated short names are not matched. */
export function nearMisses(value: string, data: ReferenceData, options: ServiceOptions): string[] {
  const label = value.split('.')[0] ?? value;
  const max = label.length <= 5 ? 1 : 2;
  return closest(value, knownNames(data, options.extraServicePrincipals), max, 3).filter((c) => c !== value);
}

const withExtras = new WeakMap<readonly string[], { data: ReferenceData; names: string[] }>();

/** The same array for the same table and settings, so that closest() indexes it once and remembers its answers. */
function knownNames(data: ReferenceData, extra: readonly string[]): string[] {
  if (extra.length === 0) return verifiedServicePrincipals(data);
  const hit = withExtras.get(extra);
  if (hit?.data === data) return hit.names;
  const names = [...verifiedServicePrincipals(data), ...extra];
  withExtras.set(extra, { data, names });
  return names;
}

export const servicePrincipalUnknown: Rule = {
  id: 'service-principal-unknown',
  defaultSeverity: 'warning',
  description: 'A Service principal that is not in our list of AWS service principals: a service name whose principal is spelt differently, or a near miss of a known name (probably a typo).',
  docsUrl: docs.principal,
  check({ policy, data, options }) {
    const knowledge = knowledgeFor(data);
    const findings: RuleFinding[] = [];
    for (const { statement, value: { value, node } } of principalValues(policy, 'Service')) {
      const entry = knowledge.servicePrincipal(value, options);
      if (entry && entry.verified !== false) {
        const misused = misusedPrincipal(value, statement, data);
        if (misused) {
          findings.push({
            node, severity: 'information', data: { candidates: [misused.principal], guess: true },
            message: `${misused.reason}, and ${misused.service} assumes roles as "${misused.principal}". If this is a Pod Identity role, use that principal; for a cluster role, drop sts:TagSession.`,
          });
        }
        continue;
      }
      if (isRegionalFormOfKnown(value, data, options)) continue;
      // A service name people use whose principal is spelt differently (stepfunctions -> states): known before any edit distance.
      const alias = isServicePrincipalSyntax(value) ? serviceAlias(value, data) : undefined;
      if (alias && alias.principal !== value) {
        findings.push({
          node, severity: 'warning', data: { candidates: [alias.principal] },
          message: `"${value}" is not a service principal: ${alias.service} assumes roles as "${alias.principal}". With this name no service can assume the role.`,
        });
        continue;
      }
      const candidates = nearMisses(value, data, options);
      const wellFormed = isServicePrincipalSyntax(value);
      // Malformed names belong to service-principal-format; we add the did-you-mean only where it offers no correction.
      if (!wellFormed && (candidates.length === 0 || formatRuleCorrects(value))) continue;
      if (entry) {
        findings.push({
          node, severity: 'information', data: { candidates, unverified: true },
          message: `"${value}" appears only in guessed lists of service principals and is not confirmed as a real one; check the service's documentation.`,
        });
      } else if (candidates.length > 0) {
        findings.push({
          node, severity: 'warning', data: { candidates },
          message: `"${value}" is not a known service principal. Did you mean ${candidates.map((c) => `"${c}"`).join(' or ')}? A misspelt name never matches, so no service can assume the role through it.`,
        });
      } else {
        findings.push({
          node, severity: 'information', data: { candidates },
          message: `"${value}" is not in our list of service principals. The list is not complete: if the name is right, add it to the extra service principals setting.`,
        });
      }
    }
    return findings;
  },
  fix: (finding) => changeToFixes(finding),
};
