// Access tests and "Simulate a Request..." in VS Code: diagnostics and lenses on a test file, the policy's tally lens
// updating as the policy is edited, the simulate command and the statement code action.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { openFixture, positionIn, waitFor } from './helpers';

const TESTS_SOURCE = 'trust-policy-tests';
const failing = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === TESTS_SOURCE && (typeof d.code === 'object' ? d.code?.value : d.code) === 'test-failed');
const lensTitles = async (uri: vscode.Uri) => ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? []).map((l) => l.command?.title ?? '');

describe('access tests and simulation', () => {
  it('a failing case is a diagnostic with the explanation, and lenses show pass/fail', async () => {
    const tests = await openFixture('access/deploy.trust-tests.json');
    assert.strictEqual(tests.languageId, 'json', 'test files stay JSON');
    const [d] = await waitFor('the failing-case diagnostic', () => (failing(tests.uri).length === 1 ? failing(tests.uri) : undefined), 20_000);
    assert.match(d.message, /expected allow, got deny/);
    assert.match(d.message, /repo:acme\/app:ref:refs\/heads\/release\/2.1/);
    const titles = await waitFor('test-file lenses', async () => {
      const t = await lensTitles(tests.uri);
      return t.length === 3 ? t : undefined;
    });
    assert.deepStrictEqual(titles, ['access tests: 1 passed, 1 failed against deploy.trust.json', '✓ passes: allow', '✗ fails: expected allow, got deny']);
  });

  it('the policy shows the tally, and editing the policy re-runs its tests', async () => {
    const tests = await openFixture('access/deploy.trust-tests.json');
    const policy = await openFixture('access/deploy.trust.json');
    await waitFor('the policy tally lens', async () => (await lensTitles(policy.uri)).includes('access tests: 1 passed, 1 failed'));
    const edit = new vscode.WorkspaceEdit();
    const at = positionIn(policy, 'refs/heads/main', 0);
    edit.replace(policy.uri, new vscode.Range(at, at.translate(0, 'refs/heads/main'.length)), 'refs/heads/*');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the test diagnostics to clear', () => failing(tests.uri).length === 0, 20_000);
    await waitFor('the policy tally to update', async () => (await lensTitles(policy.uri)).includes('access tests: 2 passed, 0 failed'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('"Simulate a Request..." decides a shorthand request and explains it', async () => {
    const policy = await openFixture('access/deploy.trust.json');
    const result = await vscode.commands.executeCommand<{ ok: boolean; decision?: string; text: string }>('iamTrustPolicy.simulate', policy.uri.toString(), 0, '{"github": {"repository": "someone/app", "ref": "main"}}');
    assert.ok(result?.ok, result?.text);
    assert.strictEqual(result.decision, 'deny');
    assert.match(result.text, /Statement 1 \(Deploy\) \(where you asked\): does not match: "token.actions.githubusercontent.com:sub" is "repo:someone\/app:ref:refs\/heads\/main"/);
  });

  it('a statement offers the simulate code action', async () => {
    const policy = await openFixture('access/deploy.trust.json');
    const at = positionIn(policy, '"Sid"', 1);
    const actions = await waitFor('the simulate code action', async () => {
      const a = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', policy.uri, new vscode.Range(at, at));
      return a?.some((x) => x.command?.command === 'iamTrustPolicy.simulate') ? a : undefined;
    });
    const sim = actions.find((x) => x.command?.command === 'iamTrustPolicy.simulate');
    assert.deepStrictEqual(sim?.command?.arguments, [policy.uri.toString(), 0]);
  });
});
