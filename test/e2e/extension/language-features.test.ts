// Diagnostics, hover, completion, quick fix and formatting through the VS Code API, served by our language server.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  codeOf, diagnosticKey, diagnosticKeys, expectDiagnostics, hoverText, openFixture, ourDiagnostics, positionIn, rangeOf, waitFor,
} from './helpers';

/** Expected diagnostics of bad-role.trust.json: a Resource element and no Version. */
function badRoleExpected(doc: vscode.TextDocument): string[] {
  return [
    diagnosticKey('resource-forbidden', rangeOf(doc, '"Resource"')),
    diagnosticKey('version-missing', rangeOf(doc, '{')),
  ];
}

describe('language features', () => {
  it('diagnostics have the right codes and ranges (compared as a set)', async () => {
    const doc = await openFixture('bad-role.trust.json');
    await expectDiagnostics(doc.uri, badRoleExpected(doc));
  });

  for (const [what, needle] of [['an action', 'sts:AssumeRole'], ['a service principal', 'ec2.amazonaws.com'], ['a condition key', 'aws:SourceAccount']]) {
    it(`hover on ${what} (${needle}) explains it in markdown`, async () => {
      const doc = await openFixture('features.trust.json');
      const hovers = await waitFor(`a hover on ${needle}`, async () => {
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionIn(doc, needle, 3));
        return h && h.length ? h : undefined;
      });
      const text = hoverText(hovers);
      const name = needle.split(/[:.]/)[needle.includes(':') ? 1 : 0];
      assert.ok(text.toLowerCase().includes(name.toLowerCase()), `hover on ${needle} does not mention "${name}":\n${text}`);
      assert.ok(text.length > 40, `hover on ${needle} is too short to explain anything:\n${text}`);
      assert.ok(hovers.some((h) => h.contents.some((c) => c instanceof vscode.MarkdownString)), 'hover is not markdown');
    });
  }

  it('completion in "Service": "" lists service principals such as lambda.amazonaws.com', async () => {
    const doc = await openFixture('features.trust.json');
    const position = positionIn(doc, '"Service": ""', '"Service": "'.length);
    const list = await waitFor('service principal completions', async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position);
      return l && l.items.length ? l : undefined;
    });
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('lambda.amazonaws.com'), `lambda.amazonaws.com not offered; got ${labels.slice(0, 30).join(', ')}`);
    assert.ok(labels.includes('ec2.amazonaws.com'), 'ec2.amazonaws.com not offered');
  });

  it('the "Resource" quick fix, applied with workspace.applyEdit, removes its diagnostic and nothing else', async () => {
    const doc = await openFixture('bad-role.trust.json');
    await expectDiagnostics(doc.uri, badRoleExpected(doc));
    const target = ourDiagnostics(doc.uri).find((d) => codeOf(d) === 'resource-forbidden');
    assert.ok(target);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, target.range, vscode.CodeActionKind.QuickFix.value);
    // (executeCodeActionProvider does not hand back the actions' diagnostics, so pick the fix by its title.)
    const fix = actions.find((a) => /Resource/.test(a.title) && a.kind?.value === vscode.CodeActionKind.QuickFix.value);
    assert.ok(fix?.edit, `no "Resource" quick fix for resource-forbidden; offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    const others = diagnosticKeys(doc.uri).filter((k) => !k.startsWith('resource-forbidden'));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(!doc.getText().includes('"Resource"'), `the fix left the Resource element:\n${doc.getText()}`);
    JSON.parse(doc.getText());
    await waitFor('resource-forbidden to disappear', () => !diagnosticKeys(doc.uri, ['resource-forbidden']).length);
    assert.deepStrictEqual(diagnosticKeys(doc.uri).map((k) => k.split(' @ ')[0]), others.map((k) => k.split(' @ ')[0]), 'the fix changed other diagnostics');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await expectDiagnostics(doc.uri, badRoleExpected(doc));
  });

  it('format document pretty-prints a one-line policy', async () => {
    const doc = await openFixture('unformatted.trust.json');
    const edits = await waitFor('formatting edits', async () =>
      (await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 2, insertSpaces: true })) || undefined);
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(doc.getText().trimEnd(), [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    {',
      '      "Effect": "Allow",',
      '      "Principal": {',
      '        "Service": "ec2.amazonaws.com"',
      '      },',
      '      "Action": "sts:AssumeRole"',
      '    }',
      '  ]',
      '}',
    ].join('\n'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a CodeLens above each statement says who can assume the role', async () => {
    const doc = await openFixture('features.trust.json');
    const lenses = await waitFor('code lenses', async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      return l && l.length ? l : undefined;
    });
    assert.strictEqual(lenses.length, 2, `expected one lens per statement, got ${lenses.length}`);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.every((t) => t.startsWith('Who can assume: ')), titles.join('\n'));
    assert.ok(/EC2/i.test(titles[0]), `first lens does not name EC2: ${titles[0]}`);
  });
});
