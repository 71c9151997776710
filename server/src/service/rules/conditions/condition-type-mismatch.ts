// condition-type-mismatch: values the operator family cannot read, and operators of the wrong family for the key type.
import type { ConditionOperatorEntry } from '../../../data/types';
import type { ScalarValue } from '../../document';
import type { Rule, RuleFinding } from '../../types';
import { docs } from '../docs';
import { moveEntry } from './edits';
import { isBase64Value, isBoolValue, isDateValue, isNumericValue, parseIpRange } from './values';
import { conditionEntries, locate, scalarType, withBase, type EntryVisit } from './walk';

type Value = ScalarValue['value'];

/** What each operator family accepts as a value, and how to describe it. */
const formats: Record<string, { valid: (v: Value) => boolean; wanted: string }> = {
  Boolean: { valid: isBoolValue, wanted: '"true" or "false"' },
  Null: { valid: isBoolValue, wanted: '"true" (the key is absent) or "false" (the key is present)' },
  IPAddress: { valid: (v) => typeof v === 'string' && parseIpRange(v) !== undefined, wanted: 'an IPv4 or IPv6 address or CIDR block such as 203.0.113.0/24' },
  Date: { valid: isDateValue, wanted: 'an ISO 8601 date such as 2026-01-31T00:00:00Z or epoch seconds' },
  Numeric: { valid: isNumericValue, wanted: 'a number' },
  Binary: { valid: isBase64Value, wanted: 'base64-encoded bytes' },
};

/** String operator -> operator of the key's own family, for the fix. */
const familyFix: Record<string, Record<string, string>> = {
  StringEquals: { ARN: 'ArnEquals', Bool: 'Bool', Numeric: 'NumericEquals', Date: 'DateEquals', IPAddress: 'IpAddress' },
  StringNotEquals: { ARN: 'ArnNotEquals', Numeric: 'NumericNotEquals', Date: 'DateNotEquals', IPAddress: 'NotIpAddress' },
  StringLike: { ARN: 'ArnLike' },
  StringNotLike: { ARN: 'ArnNotLike' },
  ArnEquals: { String: 'StringEquals' },
  ArnNotEquals: { String: 'StringNotEquals' },
  ArnLike: { String: 'StringLike' },
  ArnNotLike: { String: 'StringNotLike' },
};

const familyOfType: Record<string, string> = { Bool: 'Boolean', IPAddress: 'IPAddress', Date: 'Date', Numeric: 'Numeric', Binary: 'Binary', ARN: 'ARN', String: 'String' };

const hasWildcard = (v: Value) => typeof v === 'string' && /[*?]/.test(v.replace(/\$\{[^}]*\}/g, ''));
const hasVariable = (v: Value) => typeof v === 'string' && v.includes('${');

/** The operator a key of this type should use instead of the block's base operator, if there is one. */
function targetBase(visit: EntryVisit, keyType: string): string | undefined {
  let target = familyFix[visit.block.parsed.base]?.[keyType];
  // ArnEquals matches wildcards: a value with `*` or `?` means the user wanted StringLike semantics on a String key.
  if (target === 'StringEquals' && visit.entry.values.some((v) => hasWildcard(v.value))) target = 'StringLike';
  if (target === 'StringNotEquals' && visit.entry.values.some((v) => hasWildcard(v.value))) target = 'StringNotLike';
  if (target === 'ArnEquals' && visit.entry.values.some((v) => hasWildcard(v.value))) target = 'ArnLike';
  if (target === 'ArnNotEquals' && visit.entry.values.some((v) => hasWildcard(v.value))) target = 'ArnNotLike';
  if (!target) return undefined;
  const format = formats[familyOfType[keyType]];
  return format && !visit.entry.values.every((v) => format.valid(v.value)) ? undefined : target;
}

function keyMismatch(visit: EntryVisit, operator: ConditionOperatorEntry): RuleFinding | undefined {
  if (!visit.key || operator.family === 'Null') return undefined;
  const keyType = scalarType(visit.key.type);
  const accepted = operator.acceptedKeyTypes.map(scalarType);
  // aws:EpochTime is documented for date and numeric operators alike.
  if (keyType === 'Date' && operator.family === 'Numeric' && visit.key.key === 'aws:EpochTime') return undefined;
  const target = targetBase(visit, keyType);
  const data = { path: visit.path, target };
  if (keyType === 'ARN' && operator.family === 'String') {
    return {
      node: visit.entry.property.keyNode, severity: 'information', data,
      message: `${visit.entry.key} holds an ARN; ARN operators (ArnEquals, ArnLike) compare it part by part and state the intent${target ? `: use ${target}` : ''}.`,
    };
  }
  if (accepted.includes(keyType)) return undefined;
  return {
    node: visit.entry.property.keyNode, severity: 'information', data,
    message: `${visit.block.operator} compares ${operator.family} values, but ${visit.entry.key} is of type ${visit.key.type}${target ? `; use ${target}` : ''}.`,
  };
}

export const conditionTypeMismatch: Rule = {
  id: 'condition-type-mismatch',
  defaultSeverity: 'information',
  description: 'Condition values must have the format of the operator family, and the family should match the key type.',
  docsUrl: docs.conditionOperators,
  check({ policy, data }) {
    const findings: RuleFinding[] = [];
    for (const visit of conditionEntries(policy, data)) {
      const operator = visit.operator;
      if (!operator) continue;
      const format = formats[operator.family];
      if (format) {
        visit.entry.values.forEach((v) => {
          if (v.value === null || hasVariable(v.value) || format.valid(v.value)) return;
          findings.push({
            node: v.node, severity: 'error',
            message: `${visit.block.operator} expects ${format.wanted}; ${JSON.stringify(v.value)} never matches.`,
          });
        });
      }
      const mismatch = keyMismatch(visit, operator);
      if (mismatch) findings.push(mismatch);
    }
    return findings;
  },
  fix(finding, { policy }) {
    const target = finding.data?.target;
    const found = locate(policy, finding.data);
    if (typeof target !== 'string' || !found?.entry) return [];
    const operator = withBase(found.block, target);
    const edits = moveEntry(policy.text, found.condition, found.block, found.entry, operator);
    return edits ? [{ title: `Use ${operator} for ${found.entry.key}`, isPreferred: true, edits }] : [];
  },
};
