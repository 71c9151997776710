// Markdown descriptions of reference-data entries, shared by hover and completion documentation (our own words).
import type {
  ConditionKeyEntry, ConditionOperatorEntry, ConfusedDeputyEntry, ServicePrincipalEntry, TrustActionEntry,
} from '../../data/types';
import type { ParsedOperator } from '../document';
import { docs } from '../rules/docs';

export const link = (title: string, url: string) => `[${title}](${url})`;

function confusedDeputyNote(cd: ConfusedDeputyEntry | undefined): string | undefined {
  if (!cd) return undefined;
  switch (cd.sendsSourceKeys) {
    case 'yes':
    case 'partial': {
      const keys = cd.keys.map((k) => `\`${k}\``).join(' and ');
      const format = cd.sourceArnFormat ? ` The source ARN looks like \`${cd.sourceArnFormat}\`.` : '';
      return `**Confused deputy:** the service sends ${keys || 'source keys'}${cd.sendsSourceKeys === 'partial' ? ' for some of its roles' : ''}; pin them to your account and resource so that another customer's use of the service cannot reach this role.${format} ${cd.note}`;
    }
    case 'no':
      return `**Confused deputy:** adding \`aws:SourceArn\` / \`aws:SourceAccount\` is known not to work for this principal. ${cd.note}`;
    default:
      return undefined;
  }
}

export function servicePrincipalMarkdown(entry: ServicePrincipalEntry, cd: ConfusedDeputyEntry | undefined): string {
  const lines = [`**${entry.principal}**: the service principal of ${entry.service}.`];
  if (entry.verified === false) lines.push('This name comes only from guessed lists and is not confirmed as a real service principal.');
  if (entry.principalElement === 'Federated') lines.push('It is a web identity provider: name it under `Federated`, not `Service`.');
  else if (entry.usage === 'resource-policy') lines.push('This service acts through resource policies (bucket, key or log policies) and does not assume roles.');
  else {
    lines.push(`Trusting it lets ${entry.service} assume this role and act with its permissions on your behalf.${entry.trustUse ? ` Typical use: ${entry.trustUse}.` : ''}`);
  }
  if (entry.legacy) lines.push('The service is retired, closed to new customers, or its current use is unclear.');
  if (entry.partitions?.length) lines.push(`Used in the ${entry.partitions.join(', ')} partition.`);
  const note = confusedDeputyNote(cd);
  if (note) lines.push(note);
  lines.push(link('Service principals', docs.principal));
  return lines.join('\n\n');
}

const typeWords: Record<string, string> = {
  String: 'a string', ArrayOfString: 'a set of strings', ARN: 'an ARN', ArrayOfARN: 'a set of ARNs', Numeric: 'a number',
  Date: 'a date and time', Bool: 'a boolean (`true` / `false`)', ArrayOfBool: 'a set of booleans', IPAddress: 'an IP address',
  ArrayOfIPAddress: 'a set of IP addresses', Binary: 'base64 binary data',
};

const whoSets: Record<string, string> = {
  'global:principal': 'AWS sets it from the identity of the caller (only for callers signed in to AWS: IAM users and roles).',
  'global:request': 'AWS sets it from the request itself.',
  'global:network': 'AWS sets it from the network path of the request.',
  'global:resource': 'AWS sets it from the role being assumed.',
  'global:session': 'AWS sets it from the caller\'s current session.',
  'web-identity': 'It comes from a claim in the OIDC or OAuth token the caller presents.',
  saml: 'It comes from an attribute of the SAML assertion the identity provider issued.',
  sts: 'STS sets it from the parameters of the assume-role call.',
};

export function conditionKeyMarkdown(key: string, entry: ConditionKeyEntry): string {
  const lines = [`**${key}**: ${entry.description}`];
  lines.push(`Type: ${typeWords[entry.type] ?? entry.type}, ${entry.multivalued ? '**multi-valued**: test it with `ForAnyValue:` or `ForAllValues:`' : 'single-valued'}.`);
  const who = whoSets[entry.category];
  if (who) lines.push(who);
  const actions = entry.appliesTo.map((a) => (a === 'all' ? 'every assume-role call' : `sts:${a}`)).join(', ');
  lines.push(entry.validInTrustPolicy ? `Present in: ${actions}.` : `Only set by ${actions}; never present when a role is assumed.`);
  const examples = (entry.examples ?? []).filter((e) => !e.endsWith(':aud') && !e.endsWith(':sub') && !e.startsWith(`${key.split('/')[0]}/`));
  if (examples.length) lines.push(`Typical values: ${examples.map((e) => `\`${e}\``).join(', ')}.`);
  const page = entry.category.startsWith('global') ? docs.conditionKeys : docs.iamConditionKeys;
  lines.push(link('Condition keys', page));
  return lines.join('\n\n');
}

export function operatorMarkdown(operator: string, parsed: ParsedOperator, entry: ConditionOperatorEntry): string {
  const lines = [`**${operator}**: ${entry.description}`];
  if (entry.operator === 'Null') {
    lines.push('`"true"` requires the key to be absent from the request; `"false"` requires it to be present.');
  } else if (parsed.ifExists) {
    lines.push('**IfExists:** when the key is absent the condition counts as met; when present, the operator is applied.');
  } else if (entry.negated) {
    lines.push('When the key is absent, this negated test counts as met: pair it with a `Null` check if the key must be there.');
  } else {
    lines.push('When the key is absent from the request, the condition is not met.');
  }
  if (!parsed.ifExists && entry.supportsIfExists) lines.push(`With the IfExists suffix (\`${entry.operator}IfExists\`) a request without the key passes instead.`);
  if (!parsed.qualifier && entry.supportsSetQualifiers) lines.push('For a multi-valued key, prefix `ForAnyValue:` (some value matches) or `ForAllValues:` (every value matches).');
  if (parsed.qualifier === 'ForAllValues') lines.push('**ForAllValues:** every value in the request must match one listed value. It is also met when the key is absent or empty, so do not rely on it alone in an Allow.');
  if (parsed.qualifier === 'ForAnyValue') lines.push('**ForAnyValue:** at least one value in the request must match a listed value; not met when the key is absent.');
  if (entry.supportsWildcards) lines.push('Values may use `*` and `?` wildcards.');
  lines.push('Several values for one key are alternatives (any may match); several keys or operators must all match.');
  lines.push(link('Condition operators', docs.conditionOperators));
  return lines.join('\n\n');
}

export function actionMarkdown(entry: TrustActionEntry): string {
  const lines = [`**${entry.action}**: ${entry.description}`];
  lines.push(entry.apiOperation ? `The STS API call is \`${entry.apiOperation}\`.` : 'It has no API call of its own: it is checked as part of an assume-role call.');
  const who = entry.principalTypes.map((t) => (t === '*' ? 'anyone (`*`)' : `\`${t}\``)).join(', ');
  lines.push(`Used with principals of type ${who}.`);
  for (const [type, note] of Object.entries(entry.principalNotes)) lines.push(`- ${type === '*' ? 'Anyone' : type}: ${note}`);
  lines.push(link('Actions in trust policies', docs.rolesTerms));
  return lines.join('\n\n');
}
