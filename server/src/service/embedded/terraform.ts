// The Terraform host format: trust policies of aws_iam_role resources (jsonencode, heredoc, quoted JSON) and of the
// aws_iam_policy_document data sources roles use, across the .tf files of a folder.
import type { HostContext, HostExtraction, HostFormat, VirtualPolicy } from './types';
import { terraformEditor } from './terraform-editor';
import { hostRangeOf, synthesize, toHost } from './terraform-json';
import { extractJsonencode, extractJsonTemplate, PolicyWriter, toOffsetRange, type ExtractedPolicy } from './terraform-extract';
import { extractPolicyDocument } from './terraform-document';
import {
  attributes, attributeValue, blockBody, blockLabels, blockType, MAX_HCL_LENGTH, parseHclNodes, rangeOf, syntaxErrorRange, terraformLoadError, terraformParserReady, topLevelBlocks, unwrap, type Node,
} from './terraform-parse';
import { fileFacts, FolderFacts, tfvarsFacts, tfvarsJsonFacts, tfvarsOrder, unreadableTfvars, type FileFacts } from './terraform-resolve';

export { initTerraform } from './terraform-parse';

const pathOf = (uri: string) => uri.replace(/[?#].*$/, '');
const isTerraformUri = (uri: string) => /\.tf$/i.test(pathOf(uri));
const isTerraformJsonUri = (uri: string) => /\.tf\.json$/i.test(pathOf(uri));
/** The variable definitions file a sibling is (terraform.tfvars, *.auto.tfvars, .json), as its loading order. */
const tfvarsOf = (uri: string) => {
  const path = pathOf(uri);
  let name = path.slice(path.lastIndexOf('/') + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep the name as written
  }
  return tfvarsOrder(name);
};
const mentionsRoles = (text: string) => text.includes('aws_iam_role') || text.includes('aws_iam_policy_document');

export const terraformFormat: HostFormat = {
  id: 'terraform',
  accepts(uri, languageId, text) {
    return (languageId === 'terraform' || languageId === 'tf' || isTerraformUri(uri)) && !isTerraformJsonUri(uri) && mentionsRoles(text);
  },
  extract(uri, text, context) {
    return withParser(() => extractTerraform(uri, text, context));
  },
};

/** Terraform JSON syntax (`*.tf.json`, CDKTF's cdk.tf.json): the same policies; fixes are not offered there. */
export const terraformJsonFormat: HostFormat = {
  id: 'terraform-json',
  accepts(uri, _languageId, text) {
    return isTerraformJsonUri(uri) && mentionsRoles(text);
  },
  extract(uri, text, context) {
    return withParser(() => extractTerraformJson(uri, text, context));
  },
};

function withParser(extract: () => HostExtraction): HostExtraction {
  if (!terraformParserReady()) {
    const failed = terraformLoadError();
    const message = failed
      ? `The Terraform parser could not be loaded (${failed}): trust policies in this file are not checked.`
      : 'The Terraform parser is not ready yet: trust policies in this file are checked once it has loaded.';
    return { policies: [], transient: true, problems: [{ range: { offset: 0, length: 0 }, message }] };
  }
  try {
    return extract();
  } catch (error) {
    return { policies: [], problems: [{ range: { offset: 0, length: 0 }, message: `This Terraform file could not be read (${error instanceof Error ? error.message : String(error)}).` }] };
  }
}

const tooLong = (text: string) => ({
  policies: [],
  problems: [{
    range: { offset: 0, length: 0 },
    message: text.length > MAX_HCL_LENGTH
      ? `This Terraform file is over ${MAX_HCL_LENGTH / 1_000_000} million characters; its trust policies are not checked.`
      : 'This Terraform file took too long to parse; its trust policies are not checked.',
  }],
});

/** The facts of the files beside `uri` (.tf, .tf.json, and the .tfvars files Terraform loads by itself). */
function folderFacts(uri: string, own: FileFacts, context: HostContext): FolderFacts {
  const siblings = (context.siblings?.() ?? []).filter((s) => s.uri !== uri && (isTerraformUri(s.uri) || isTerraformJsonUri(s.uri) || tfvarsOf(s.uri) !== undefined))
    .map((s) => siblingFacts(s.uri, s.text));
  return new FolderFacts([own, ...siblings.filter((f): f is FileFacts => f !== undefined)]);
}

function extractTerraform(uri: string, text: string, context: HostContext): HostExtraction {
  const root = parseHclNodes(text);
  if (!root) return tooLong(text);
  const { extracted, problems } = extractPolicies(root, text, folderFacts(uri, fileFacts(root, text), context));
  const policies: VirtualPolicy[] = extracted.map((e) => ({ ...e.policy, editor: terraformEditor(text, e.context) }));
  const syntax = policies.length ? undefined : syntaxErrorRange(root, text);
  if (syntax) problems.push({ range: toOffsetRange(syntax), message: 'Terraform syntax error here: no trust policy could be read from this file.' });
  return { policies, problems };
}

/** A .tf.json file: read as the HCL it stands for (terraform-json.ts), its policies and problems moved back onto it. */
function extractTerraformJson(uri: string, text: string, context: HostContext): HostExtraction {
  if (text.length > MAX_HCL_LENGTH) return tooLong(text);
  const { synthetic, errors } = synthesize(text);
  if (!synthetic) {
    return { policies: [], problems: errors.map((range) => ({ range, message: 'Terraform JSON syntax error here: no trust policy could be read from this file.' })) };
  }
  const root = parseHclNodes(synthetic.text);
  if (!root) return tooLong(text);
  const { extracted, problems } = extractPolicies(root, synthetic.text, folderFacts(uri, fileFacts(root, synthetic.text), context));
  return {
    policies: extracted.map((e) => toHost(e.policy, synthetic, text)),
    problems: problems.map((p) => ({ ...p, range: hostRangeOf(synthetic, p.range) })),
  };
}

/** The trust policies of a parsed file: roles' assume_role_policy and the policy documents roles use. */
function extractPolicies(root: Node, text: string, folder: FolderFacts): { extracted: ExtractedPolicy[]; problems: HostExtraction['problems'] } {
  const extracted: ExtractedPolicy[] = [];
  const problems: HostExtraction['problems'] = [];
  for (const block of topLevelBlocks(root)) {
    const labels = blockLabels(block);
    const kind = blockType(block);
    if (kind === 'resource' && labels[0]?.value === 'aws_iam_role' && labels[1]) {
      const role = roleResource(block, labels[1].node, `aws_iam_role.${labels[1].value}`, text, folder);
      if (role.policy) extracted.push(role.policy);
      problems.push(...role.problems);
    } else if (kind === 'data' && labels[0]?.value === 'aws_iam_policy_document' && labels[1]) {
      const users = folder.documentUsers(labels[1].value);
      if (!users.length) continue;
      const writer = new PolicyWriter(text, folder);
      extractPolicyDocument(block, writer);
      extracted.push({
        policy: writer.finish(users.join(', '), 'terraform-policy-document', toOffsetRange(rangeOf(block)), toOffsetRange(rangeOf(labels[1].node))),
        context: writer.context,
        problems: [],
      });
    }
  }
  return { extracted, problems };
}

/** One aws_iam_role's assume_role_policy, when it is written in the file (not a data source or a variable). */
function roleResource(block: Node, label: Node, name: string, text: string, folder: FolderFacts): { policy?: ExtractedPolicy; problems: ExtractedPolicy['problems'] } {
  const attribute = attributes(blockBody(block)).get('assume_role_policy');
  const expression = attribute ? attributeValue(attribute) : undefined;
  if (!expression) return { problems: [] };
  const node = unwrap(expression);
  const writer = new PolicyWriter(text, folder);
  const problems: ExtractedPolicy['problems'] = [];
  let form: string | undefined;
  if (node.type === 'function_call' && node.namedChildren[0]?.text === 'jsonencode') {
    const argument = node.namedChildren.find((c) => c?.type === 'function_arguments')?.namedChildren.find((c) => c?.type === 'expression');
    if (argument && extractJsonencode(argument, writer)) form = 'terraform-jsonencode';
  } else if (node.type === 'heredoc_template' || node.type === 'string_lit' || node.type === 'quoted_template') {
    if (extractJsonTemplate(node, writer, problems)) form = node.type === 'heredoc_template' ? 'terraform-heredoc' : 'terraform-string';
  }
  if (!form) return { problems };
  return { policy: { policy: writer.finish(name, form, toOffsetRange(rangeOf(expression)), toOffsetRange(rangeOf(label))), context: writer.context, problems: [] }, problems };
}

/** Facts of the sibling .tf files, cached by uri and text (a folder's files are read again for every file). */
const siblingCache = new Map<string, { text: string; facts: FileFacts | undefined }>();
const SIBLING_CACHE_LIMIT = 256;
const SIBLING_WORDS = ['locals', 'variable', 'aws_iam_role', 'aws_iam_openid_connect_provider', 'aws_iam_saml_provider', 'aws_iam_user'];

function siblingFacts(uri: string, text: string): FileFacts | undefined {
  const cached = siblingCache.get(uri);
  if (cached && cached.text === text) return cached.facts;
  let facts: FileFacts | undefined;
  const order = tfvarsOf(uri);
  if (order !== undefined) {
    if (/\.json$/i.test(pathOf(uri))) facts = tfvarsJsonFacts(text, order);
    else {
      const root = parseHclNodes(text);
      facts = root && !root.hasError ? tfvarsFacts(root, text, order) : unreadableTfvars(order);
    }
  } else if (isTerraformJsonUri(uri)) {
    const synthetic = SIBLING_WORDS.some((w) => text.includes(w)) && text.length <= MAX_HCL_LENGTH ? synthesize(text).synthetic : undefined;
    const root = synthetic && parseHclNodes(synthetic.text);
    if (synthetic && root) facts = fileFacts(root, synthetic.text);
  } else if (SIBLING_WORDS.some((w) => text.includes(w))) {
    const root = parseHclNodes(text);
    if (root) facts = fileFacts(root, text);
  }
  if (siblingCache.size >= SIBLING_CACHE_LIMIT) siblingCache.clear();
  siblingCache.set(uri, { text, facts });
  return facts;
}
