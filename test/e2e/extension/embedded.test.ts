// Trust policies inside a CloudFormation template in a real editor: the file keeps its YAML language, gets the
// squiggle at its place, and the quick fix edits it as YAML.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, diagnosticKey, expectDiagnostics, hoverText, openFixture, ourDiagnostics, positionIn, rangeOf, waitFor } from './helpers';

describe('embedded trust policies', () => {
  it('a CloudFormation YAML template keeps its language and gets diagnostics at their place', async () => {
    const doc = await openFixture('stack.yaml');
    assert.strictEqual(doc.languageId, 'yaml');
    // The vendor role's values come from parameters: unknown, so nothing is reported there.
    await expectDiagnostics(doc.uri, [diagnosticKey('resource-forbidden', rangeOf(doc, 'Resource', 1))]);
  });

  it('hover explains a service principal in the template', async () => {
    const doc = await openFixture('stack.yaml');
    const hovers = await waitFor('a hover on ec2.amazonaws.com', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionIn(doc, 'ec2.amazonaws.com', 3));
      return h && h.some((x) => /EC2/i.test(hoverText([x]))) ? h : undefined;
    });
    assert.match(hoverText(hovers), /ec2/i);
  });

  it('the quick fix removes Resource as YAML and the file still reads as the same template', async () => {
    const doc = await openFixture('stack.yaml');
    await expectDiagnostics(doc.uri, [diagnosticKey('resource-forbidden', rangeOf(doc, 'Resource', 1))]);
    const target = ourDiagnostics(doc.uri).find((d) => codeOf(d) === 'resource-forbidden');
    assert.ok(target);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Remove Resource');
    assert.ok(fix?.edit, `offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(!doc.getText().includes('Resource: "*"'));
    assert.ok(doc.getText().includes('            Action: sts:AssumeRole\n  VendorRole:'), doc.getText());
    await expectDiagnostics(doc.uri, []);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a Terraform file gets diagnostics at their place and the fix is written as HCL', async () => {
    const doc = await openFixture('main.tf');
    assert.notStrictEqual(doc.languageId, 'iam-trust-policy');
    await expectDiagnostics(doc.uri, [diagnosticKey('resource-forbidden', rangeOf(doc, 'Resource'))], 30_000);
    const target = ourDiagnostics(doc.uri).find((d) => codeOf(d) === 'resource-forbidden');
    assert.ok(target);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Remove Resource');
    assert.ok(fix?.edit, `offered: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(!doc.getText().includes('Resource  = "*"'), doc.getText());
    assert.ok(doc.getText().includes('      Action    = "sts:AssumeRole"\n    }]'), doc.getText());
    await expectDiagnostics(doc.uri, []);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
