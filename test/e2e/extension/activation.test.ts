// The client takes trust policies by file name pattern and by content, and leaves other JSON alone.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, diagnosticKey, expectDiagnostics, openFixture, ourDiagnostics, rangeOf, waitFor } from './helpers';

/** The trailing comma after `"sts:AssumeRole"`, which json-syntax reports as a one-character range. */
function trailingComma(doc: vscode.TextDocument): vscode.Range {
  const end = rangeOf(doc, '"sts:AssumeRole",').end;
  return new vscode.Range(end.translate(0, -1), end);
}

describe('activation', () => {
  it('a *.trust.json file gets the trust-policy language, activates the extension and gets server diagnostics', async () => {
    const doc = await openFixture('syntax-error.trust.json');
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the test instance`);
    await waitFor('the extension to activate', () => ext.isActive);
    await expectDiagnostics(doc.uri, [diagnosticKey('json-syntax', trailingComma(doc))]);
  });

  it('a JSON file that looks like a trust policy is switched to the language (contentDetection: switch)', async () => {
    const opened = await openFixture('lambda-role.json');
    const doc = await waitFor('lambda-role.json to switch language', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === opened.uri.toString() && d.languageId === LANGUAGE_ID));
    await expectDiagnostics(doc.uri, [diagnosticKey('json-syntax', trailingComma(doc))]);
  });

  it('other JSON keeps its language and gets no trust-policy diagnostics', async () => {
    const doc = await openFixture('app-config.json');
    // Barrier instead of a sleep: once the built-in JSON server has reported the trailing comma, our
    // extension has long seen the open event too.
    await waitFor('the built-in JSON diagnostics for app-config.json', () =>
      vscode.languages.getDiagnostics(doc.uri).some((d) => d.source === 'json'));
    assert.strictEqual(vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString())?.languageId, 'json');
    assert.deepStrictEqual(ourDiagnostics(doc.uri), []);
  });
});
