// Hover: plain-language explanations of the element under the cursor, from the reference data, with a docs link.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { findNodeAtOffset, getNodePath, type JSONPath, type Node } from 'jsonc-parser';
import type { ReferenceData } from '../data/types';
import type { Statement, TrustPolicy } from './document';
import type { ServiceOptions } from './types';
import { knowledgeFor } from './knowledge';
import { explainPolicy, explainStatement } from './explain';
import { docs } from './rules/docs';
import { actionMarkdown, conditionKeyMarkdown, link, operatorMarkdown, servicePrincipalMarkdown } from './hover/describe';
import { awsPrincipalMarkdown, federatedMarkdown, githubSubjectMarkdown } from './hover/values';
import { keyNamespace } from './rules/reference/keys';
import { parseOperator } from './document';
import { conditionValueItems } from './completion/conditions';

const KEY_TEXT: Record<string, string> = {
  Version: `**Version**: the policy language version. Use \`2012-10-17\`; the older \`2008-10-17\` does not support policy variables. ${link('Version', docs.version)}`,
  Id: `**Id**: an optional label for the policy; IAM does not use it. ${link('Policy elements', docs.elements)}`,
  Sid: `**Sid**: an optional statement id, letters and digits only, unique within the policy. It helps people refer to a statement. ${link('Sid', docs.sid)}`,
  Effect: `**Effect**: \`Allow\` lets the principals assume the role; \`Deny\` blocks them even when another statement allows. ${link('Effect', docs.effect)}`,
  Principal: `**Principal**: who may assume the role: AWS accounts, roles and users (\`AWS\`), AWS services (\`Service\`), or identity providers (\`Federated\`). ${link('Principal', docs.principal)}`,
  NotPrincipal: `**NotPrincipal**: everyone except the listed principals. Role trust policies do not accept it; name the principals in \`Principal\` instead. ${link('NotPrincipal', docs.notPrincipal)}`,
  Action: `**Action**: the STS calls the principals may make on this role: \`sts:AssumeRole\`, \`sts:AssumeRoleWithWebIdentity\` or \`sts:AssumeRoleWithSAML\`, plus \`sts:TagSession\`, \`sts:SetSourceIdentity\` or \`sts:SetContext\` when the session carries tags, a source identity or context. ${link('Action', docs.action)}`,
  NotAction: `**NotAction**: every action except those listed. In a trust policy that also allows the session-tagging and source-identity actions; listing the actions in \`Action\` is clearer. ${link('NotAction', docs.notAction)}`,
  Resource: `**Resource**: role trust policies have no Resource element; the resource is the role itself. ${link('Resource', docs.resource)}`,
  NotResource: `**NotResource**: not used in role trust policies; the resource is the role itself. ${link('Resource', docs.resource)}`,
  Condition: `**Condition**: extra tests on the request. Each operator (\`StringEquals\`, \`ArnLike\`…) holds keys and the values to compare; all keys must match, and any of a key's values may match. ${link('Condition', docs.condition)}`,
};

const PRINCIPAL_TYPE_TEXT: Record<string, string> = {
  AWS: `**AWS principals**: account ids, account roots, IAM roles and users, or role sessions. A whole account delegates the decision to that account's own policies. ${link('AWS principals', docs.principal)}`,
  Service: `**Service principals**: AWS services that assume the role to act for you, such as \`lambda.amazonaws.com\`. Guard them with \`aws:SourceArn\` / \`aws:SourceAccount\` where the service sends them. ${link('Service principals', docs.principal)}`,
  Federated: `**Federated principals**: identity providers whose users assume the role with a SAML assertion or an OIDC token: a \`saml-provider\` or \`oidc-provider\` ARN, or a built-in provider such as \`cognito-identity.amazonaws.com\`. ${link('Federated principals', docs.principal)}`,
  CanonicalUser: `**CanonicalUser**: an Amazon S3 account identifier; it cannot be used in a role trust policy. ${link('Principals', docs.principal)}`,
};

interface Target {
  statement: Statement | undefined;
  /** Path relative to the statement (or to the root outside statements). */
  path: JSONPath;
  inStatement: boolean;
}

function targetOf(policy: TrustPolicy, node: Node): Target {
  const full = getNodePath(node);
  if (full[0] !== 'Statement') return { statement: undefined, path: full, inStatement: false };
  if (policy.statementIsObject) return { statement: policy.statements[0], path: full.slice(1), inStatement: full.length > 1 };
  if (typeof full[1] === 'number') return { statement: policy.statements[full[1]], path: full.slice(2), inStatement: true };
  return { statement: undefined, path: full, inStatement: false };
}

function keyHover(key: string, t: Target, policy: TrustPolicy, data: ReferenceData, options: ServiceOptions): string | undefined {
  const { path } = t;
  if (!t.inStatement) {
    if (path.length !== 1) return undefined;
    if (key === 'Statement') {
      const lines = explainPolicy(policy, data, options);
      return `**Statement**: the list of statements; together they decide who may assume the role.${lines.length ? `\n\n${lines.map((l) => `- ${l}`).join('\n')}` : ''}\n\n${link('Statement', docs.statement)}`;
    }
    return KEY_TEXT[key];
  }
  if (path.length === 1) return KEY_TEXT[key];
  if (path.length === 2 && path[0] === 'Principal') return PRINCIPAL_TYPE_TEXT[key];
  if (path.length === 2 && path[0] === 'Condition') {
    const parsed = parseOperator(key);
    const entry = knowledgeFor(data).operator(parsed.base);
    const qualifierOk = parsed.qualifier === undefined || parsed.qualifier === 'ForAllValues' || parsed.qualifier === 'ForAnyValue';
    return entry && qualifierOk ? operatorMarkdown(key, parsed, entry) : `**${key}** is not a condition operator IAM knows. ${link('Condition operators', docs.conditionOperators)}`;
  }
  if (path.length === 3 && path[0] === 'Condition') {
    const match = knowledgeFor(data).conditionKey(key);
    if (match && !(match.generic && ['aws', 'sts', 'saml'].includes(keyNamespace(key).toLowerCase()))) {
      const known = conditionValueItems(t.statement, String(path[1]), key, data, options).map((i) => `\`${i.label}\``);
      const md = conditionKeyMarkdown(key, match.entry);
      return known.length && !md.includes('Typical values') ? md.replace(/\n\n\[/, `\n\nTypical values: ${known.join(', ')}.\n\n[`) : md;
    }
    return `**${key}**: not a condition key we know. Keys in \`aws:\`, \`sts:\` and \`SAML:\` are all listed by AWS; an OIDC provider's keys are its token claims, prefixed with its host. ${link('Condition keys', docs.conditionKeys)}`;
  }
  return undefined;
}

function valueHover(value: string, t: Target, data: ReferenceData, options: ServiceOptions): string | undefined {
  const { path } = t;
  const knowledge = knowledgeFor(data);
  if (!t.inStatement) {
    if (path.length === 1 && path[0] === 'Version') {
      return value === '2012-10-17' ? `**2012-10-17**: the current policy language, with policy variables. ${link('Version', docs.version)}` : `**${value}**: ${value === '2008-10-17' ? 'the old policy language, without policy variables; use `2012-10-17`' : 'not a policy language version; use `2012-10-17`'}. ${link('Version', docs.version)}`;
    }
    return undefined;
  }
  const within = (key: string) => path[0] === key && (path.length === 1 || (path.length === 2 && typeof path[1] === 'number'));
  if (path.length === 1 && path[0] === 'Effect') return KEY_TEXT.Effect;
  if (within('Action') || within('NotAction')) {
    const entry = knowledge.actionIgnoringCase(value);
    if (entry) return actionMarkdown(entry);
    return `**${value}** is not an action used in role trust policies. ${link('Action', docs.action)}`;
  }
  if (path[0] === 'Principal' && (path.length === 2 || (path.length === 3 && typeof path[2] === 'number'))) {
    if (path[1] === 'Service') {
      const entry = knowledge.servicePrincipal(value, options);
      if (entry) return servicePrincipalMarkdown(entry, knowledge.confusedDeputy(value));
      return `**${value}**: not in our list of service principals (the list is not complete; names can be added in the settings). ${link('Service principals', docs.principal)}`;
    }
    if (path[1] === 'AWS') return awsPrincipalMarkdown(value, options);
    if (path[1] === 'Federated') return federatedMarkdown(value, data);
  }
  if (path.length === 1 && path[0] === 'Principal' && value === '*') return awsPrincipalMarkdown('*', options);
  if (path[0] === 'Condition' && (path.length === 3 || (path.length === 4 && typeof path[3] === 'number'))) {
    const key = String(path[2]);
    const ns = keyNamespace(key);
    const provider = knowledge.webIdentityProvider(ns);
    if (provider?.name.startsWith('GitHub') && key.endsWith(':sub')) return githubSubjectMarkdown(value);
    if (/Cognito/.test(provider?.name ?? '') && key.endsWith(':amr')) {
      if (value === 'authenticated') return '**authenticated**: identities that signed in through a login provider of the identity pool.';
      if (value === 'unauthenticated') return '**unauthenticated**: guest identities of the identity pool, with no sign-in at all.';
    }
  }
  return undefined;
}

export function doHover(doc: TextDocument, policy: TrustPolicy, position: Position, data: ReferenceData, options: ServiceOptions): Hover | null {
  if (!policy.root) return null;
  const offset = doc.offsetAt(position);
  const node = findNodeAtOffset(policy.root, offset, false);
  if (!node) return null;
  const range = (n: Node) => ({ start: doc.positionAt(n.offset), end: doc.positionAt(n.offset + n.length) });
  const answer = (n: Node, value: string | undefined): Hover | null => (value ? { contents: { kind: MarkupKind.Markdown, value }, range: range(n) } : null);
  const parent = node.parent;
  if (node.type === 'string' && parent?.type === 'property' && parent.children?.[0] === node) {
    return answer(node, keyHover(node.value as string, targetOf(policy, node), policy, data, options));
  }
  if (node.type === 'string') return answer(node, valueHover(node.value as string, targetOf(policy, node), data, options));
  // On a statement's braces or between its members: the plain-language summary of that statement.
  const statement = policy.statements.find((s) => s.node === node && s.isObject);
  if (statement) return answer(node, `${explainStatement(statement, policy, data, options)}\n\n${link('Statement', docs.statement)}`);
  return null;
}
