// Shared helpers for the extension-host tests: open fixtures, poll for conditions, compare diagnostics as sets.
import * as assert from 'node:assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'trust-policy-tools.iam-trust-policy';
export const LANGUAGE_ID = 'iam-trust-policy';
export const SOURCE = 'trust-policy';

/** Polls `probe` until it returns a truthy value; never a fixed sleep. */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The range of the `occurrence`-th match of `needle` in the document (text anchors, not numbers). */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (#${occurrence}) not found in ${doc.fileName}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** Position inside `needle` at `offset` characters from its start. */
export function positionIn(doc: vscode.TextDocument, needle: string, offset: number): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not found in ${doc.fileName}`);
  return doc.positionAt(at + offset);
}

const fmt = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
export const diagnosticKey = (code: string, range: vscode.Range) => `${code} @ ${fmt(range)}`;

/** Keys of our diagnostics, optionally only for some rule ids. */
export function diagnosticKeys(uri: vscode.Uri, codes?: readonly string[]): string[] {
  return ourDiagnostics(uri)
    .filter((d) => !codes || codes.includes(codeOf(d)))
    .map((d) => diagnosticKey(codeOf(d), d.range))
    .sort();
}

/** Waits until the diagnostics equal `expected` as a set; on timeout reports missing and unexpected separately. */
export async function expectDiagnostics(uri: vscode.Uri, expected: readonly string[], timeoutMs = 10_000): Promise<void> {
  const want = [...expected].sort();
  try {
    await waitFor(`diagnostics ${JSON.stringify(want)}`, () => JSON.stringify(diagnosticKeys(uri)) === JSON.stringify(want), timeoutMs);
  } catch {
    const got = diagnosticKeys(uri);
    const missing = want.filter((k) => !got.includes(k));
    const unexpected = got.filter((k) => !want.includes(k));
    assert.fail(`diagnostics of ${uri.path.split('/').pop()} differ.\n  missing (false negatives): ${JSON.stringify(missing)}\n` +
      `  unexpected (false positives): ${JSON.stringify(unexpected)}\n  all: ${JSON.stringify(ourDiagnostics(uri).map((d) => `${diagnosticKey(codeOf(d), d.range)} ${d.message}`))}`);
  }
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}
