// The Terraform host through the host-aware service: diagnostics in the .tf file, fixes applied as HCL, unknown
// values silent, completion and hover inside HCL strings.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createHostAwareService } from '../../../server/src/service/embedded/host-service';
import { terraformFormat } from '../../../server/src/service/embedded/terraform';
import { service as baseService } from '../../support/fixture';
import { fixture, hclSyntaxErrors, loadTerraform } from './terraform-support';

type File = { uri: string; text: string };
const folderFiles = new Map<string, File[]>();
const folderOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/'));
const service = createHostAwareService(baseService, [terraformFormat], { context: (uri) => ({ siblings: () => folderFiles.get(folderOf(uri)) ?? [] }) });

let counter = 0;
/** Opens files of one folder (as the server would see them) and returns their documents. */
function folder(files: Record<string, string>): Record<string, TextDocument> {
  const dir = `file:///work/tf-${++counter}`;
  const docs: Record<string, TextDocument> = {};
  const list: File[] = [];
  for (const [name, text] of Object.entries(files)) {
    docs[name] = TextDocument.create(`${dir}/${name}`, 'terraform', 1, text);
    list.push({ uri: `${dir}/${name}`, text });
  }
  folderFiles.set(dir, list);
  return docs;
}

const findings = (doc: TextDocument) =>
  service.validate(doc).map((d) => ({ code: String(d.code), at: doc.getText().slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)) }));

describe('terraform through the host-aware service', () => {
  before(loadTerraform);

  it('puts diagnostics on the HCL that wrote the policy', () => {
    const { 'main.tf': doc } = folder({ 'main.tf': fixture('documents.tf') });
    const got = findings(doc).sort((a, b) => a.code.localeCompare(b.code) || a.at.localeCompare(b.at));
    assert.deepEqual(got.map((f) => f.code), ['confused-deputy', 'confused-deputy', 'principal-wildcard']);
    assert.deepEqual(got.slice(0, 2).map((f) => f.at), ['"batch.amazonaws.com"', '"ecs-tasks.amazonaws.com"']);
    assert.ok(got[2].at.startsWith('principals {\n      type        = "*"'), got[2].at);
  });

  it('checks a policy document in the file that holds it, with what the other files say', () => {
    const policies = fixture('github-oidc/policies.tf');
    const docs = folder({ 'main.tf': fixture('github-oidc/main.tf'), 'policies.tf': policies });
    assert.deepEqual(findings(docs['main.tf']), []);
    assert.deepEqual(findings(docs['policies.tf']), [], 'a role pinned to one repository and branch is fine');

    // Without its sub conditions, any repository on GitHub can assume the role: said in policies.tf.
    const open = policies.replace(/\n {4}condition \{\n {6}test {5}= "StringLike"[\s\S]*?\n {4}\}\n/g, '\n');
    assert.ok(!open.includes('StringLike'));
    const loose = folder({ 'main.tf': fixture('github-oidc/main.tf'), 'policies.tf': open });
    assert.deepEqual(findings(loose['policies.tf']), [{ code: 'github-sub-missing', at: 'aws_iam_openid_connect_provider.github.arn' }]);
    assert.deepEqual(findings(loose['main.tf']), []);
    const diagnostic = service.validate(loose['policies.tf'])[0];
    const action = service.codeActions(loose['policies.tf'], diagnostic.range, [diagnostic]).find((a) => a.title === 'Add a sub condition for one repository and branch');
    const fixed = TextDocument.applyEdits(loose['policies.tf'], action?.edit?.changes?.[loose['policies.tf'].uri] ?? []);
    assert.deepEqual(hclSyntaxErrors(fixed), []);
    assert.ok(fixed.includes('      variable = "token.actions.githubusercontent.com:sub"\n      values   = ["repo:ORG/REPO:ref:refs/heads/main"]'), fixed);
    const afterFix = findings(folder({ 'main.tf': fixture('github-oidc/main.tf'), 'policies.tf': fixed })['policies.tf']).map((f) => f.code);
    assert.ok(!afterFix.includes('github-sub-missing'), afterFix.join());
  });

  it('applies a fix as condition blocks, and the finding goes away', () => {
    const { 'main.tf': doc } = folder({ 'main.tf': fixture('documents.tf') });
    const diagnostic = service.validate(doc).find((d) => d.code === 'confused-deputy');
    assert.ok(diagnostic);
    const action = service.codeActions(doc, diagnostic.range, [diagnostic]).find((a) => a.title === 'Add an aws:SourceAccount condition');
    assert.ok(action?.edit?.changes?.[doc.uri], 'the fix is offered in the policy document');
    const fixed = TextDocument.applyEdits(doc, action.edit.changes[doc.uri]);
    assert.deepEqual(hclSyntaxErrors(fixed), []);
    assert.ok(fixed.includes('    condition {\n      test     = "StringEquals"\n      variable = "aws:SourceAccount"\n      values   = ['), fixed);
    const after = folder({ 'main.tf': fixed })['main.tf'];
    assert.deepEqual(findings(after).map((f) => f.code).sort(), ['principal-wildcard']);
  });

  it('raises nothing for values the file cannot know, and the same policy with literals does', () => {
    const unknowns = fixture('unknowns.tf');
    assert.deepEqual(findings(folder({ 'main.tf': unknowns })['main.tf']), []);
    const vendor = fixture('jsonencode.tf');
    const known = vendor.replace('${var.vendor_account_id}', '444455556666').replace('var.external_id', '"x"');
    const withUnknowns = findings(folder({ 'main.tf': vendor })['main.tf']).map((f) => f.code);
    const withLiterals = findings(folder({ 'main.tf': known })['main.tf']).map((f) => f.code);
    assert.deepEqual(withUnknowns, ['account-root-trust'], 'only the literal own-account root trust of break_glass');
    assert.deepEqual(withLiterals.sort(), ['account-root-trust', 'account-root-trust', 'external-id-format']);
  });

  it('speaks of the own account in words and writes it back as the caller identity', () => {
    const { 'main.tf': doc } = folder({ 'main.tf': fixture('jsonencode.tf') });
    const diagnostic = service.validate(doc).find((d) => d.code === 'account-root-trust');
    assert.ok(diagnostic);
    assert.ok(JSON.stringify(diagnostic.message).includes('(this account)'), JSON.stringify(diagnostic.message));
    const action = service.codeActions(doc, diagnostic.range, [diagnostic])[0];
    const fixed = TextDocument.applyEdits(doc, action.edit?.changes?.[doc.uri] ?? []);
    assert.deepEqual(hclSyntaxErrors(fixed), []);
    assert.ok(fixed.includes('"aws:PrincipalArn" = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/ROLE_NAME"'), fixed);
  });

  it('completes and hovers inside HCL strings', () => {
    const text = fixture('jsonencode.tf');
    const { 'main.tf': doc } = folder({ 'main.tf': text });
    const inside = text.indexOf('"ec2.amazonaws.com"') + 4;
    const list = service.complete(doc, doc.positionAt(inside));
    const lambda = list.items.find((i) => i.label === 'lambda.amazonaws.com');
    assert.ok(lambda, `service principals are offered (got ${list.items.length} items)`);
    const edit = lambda.textEdit as { range: { start: { line: number; character: number } }; newText: string };
    assert.equal(edit.newText, '"lambda.amazonaws.com"');
    assert.equal(doc.offsetAt(edit.range.start as never), text.indexOf('"ec2.amazonaws.com"'));
    const hover = service.hover(doc, doc.positionAt(inside));
    assert.ok(hover && JSON.stringify(hover.contents).includes('EC2'), JSON.stringify(hover?.contents));
  });

  it('offers values inside a policy document, and nothing that would overwrite a block keyword', () => {
    const text = fixture('documents.tf');
    const { 'main.tf': doc } = folder({ 'main.tf': text });
    const inside = text.indexOf('"batch.amazonaws.com"') + 3;
    const values = service.complete(doc, doc.positionAt(inside)).items;
    const glue = values.find((i) => i.label === 'glue.amazonaws.com');
    assert.ok(glue, `${values.length} items`);
    assert.equal((glue.textEdit as { newText: string }).newText, '"glue.amazonaws.com"');
    // The statement's Action key is the `actions` attribute name: no string can be written there.
    const keyword = service.complete(doc, doc.positionAt(text.indexOf('actions = ["sts:AssumeRole"]') + 2)).items;
    assert.deepEqual(keyword.map((i) => (i.textEdit as { newText: string }).newText).filter((t) => !t.startsWith('"')), []);
    assert.ok(!keyword.some((i) => (i.textEdit as { newText: string }).newText === 'actions'));
  });
});
