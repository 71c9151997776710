// The policy a simulation or an access test runs against: a JSON policy file, or one role's trust policy inside a
// template or Terraform file (`stack.yaml#GitHubRole`, `main.tf#aws_iam_role.ci`).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { bundledReferenceData } from '../data';
import { createTrustPolicyService } from '../service';
import { parseTrustPolicy, type TrustPolicy } from '../service/document';
import { createHostAwareService, hostFormats } from '../service/embedded';
import { OWN_ACCOUNT } from '../service/embedded/types';
import { readPolicyFile } from './files';
import { languageIdForFile, readFolderSiblings } from './hosts';

export interface PolicySource {
  policy: TrustPolicy;
  /** The file, and the role when the policy sits in a host file. */
  label: string;
  /** Notes for the reader: values known only at deploy time, the own-account placeholder. */
  notes: string[];
}

/** Splits `FILE#ROLE`; a `#` inside the file name stays part of it when no such role selector follows. */
export function splitSelector(spec: string): { file: string; role?: string } {
  const hash = spec.lastIndexOf('#');
  if (hash <= 0 || spec.slice(hash + 1).includes('/')) return { file: spec };
  return { file: spec.slice(0, hash), role: spec.slice(hash + 1) };
}

const hostService = createHostAwareService(createTrustPolicyService({ data: bundledReferenceData }), hostFormats, {
  context: (uri) => ({ siblings: () => readFolderSiblings(uri) }),
});

/** Reads the policy `spec` names; `account` stands in for "this account" in host files. Throws Error with a clear message. */
export function loadPolicySource(spec: string, account?: string): PolicySource {
  const { file, role } = splitSelector(spec);
  const read = readPolicyFile(file);
  if (!read.ok) throw new Error(`${file}: ${read.message}`);
  const doc = TextDocument.create(pathToFileURL(path.resolve(file)).href, languageIdForFile(file, read.text), 1, read.text);
  if (hostService.kindOf(doc) !== 'host') {
    if (role) throw new Error(`${file} is a policy file, not a template or Terraform file; drop "#${role}"`);
    return { policy: parseTrustPolicy(read.text), label: file, notes: [] };
  }
  const embedded = hostService.embedded(doc);
  const problems = hostService.hostProblems(doc);
  if (!embedded.length) throw new Error(`${file}: no role trust policy found${problems.length ? ` (${problems[0].message})` : ''}`);
  const names = embedded.map((e) => e.policy.name);
  const matches = (name: string) => name === role || name.split(', ').includes(role ?? '');
  const chosen = role ? embedded.find((e) => matches(e.policy.name)) : embedded.length === 1 ? embedded[0] : undefined;
  if (!chosen) {
    throw new Error(role
      ? `${file} has no role "${role}"; it has ${names.join('; ')}`
      : `${file} holds ${embedded.length} trust policies (${names.join('; ')}); name one as ${file}#NAME`);
  }
  const vp = chosen.policy;
  const notes: string[] = [];
  let text = vp.text;
  if (vp.ownAccounts.length && text.includes(OWN_ACCOUNT)) {
    if (account) text = text.split(OWN_ACCOUNT).join(account);
    else notes.push(`the role's own account is written as ${OWN_ACCOUNT} (pass --account ID to use yours)`);
  }
  const unknown = vp.unknowns.map((u) => vp.text.slice(u.offset, u.offset + u.length));
  if (unknown.length) notes.push(`values known only at deploy time never match here: ${[...new Set(unknown)].slice(0, 5).join(', ')}${unknown.length > 5 ? ', ...' : ''}`);
  return { policy: parseTrustPolicy(text), label: `${file}#${vp.name}`, notes };
}
