// Access tests and "Simulate a Request..." on the client side: file reads the server asks for (vscode.workspace.fs,
// so it works in a browser too) and the command that asks for a request and shows the decision.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

export const ACCESS_TESTS_PATTERN = '**/*.trust-tests.json';
const SIMULATE_REQUEST = 'iamTrustPolicy/simulate';
const LAST_REQUEST_KEY = 'lastSimulatedRequest';
/** Policies and test files larger than this are not read for access tests. */
const MAX_READ_BYTES = 1024 * 1024;

const baseName = (uri: vscode.Uri) => uri.path.split('/').pop() || uri.path;

/** Access tests need policies and test files that are not open; the server reads them through the editor (JSON only). */
export function serveFileReads(client: BaseLanguageClient): void {
  client.onRequest('iamTrustPolicy/readFile', async ({ uri }: { uri: string }) => {
    try {
      const target = vscode.Uri.parse(uri);
      if (!target.path.toLowerCase().endsWith('.json') || (await vscode.workspace.fs.stat(target)).size > MAX_READ_BYTES) return null;
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    } catch {
      return null;
    }
  });
  client.onRequest('iamTrustPolicy/listFolder', async ({ uri }: { uri: string }) => {
    try {
      return (await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri))).filter(([name, type]) => type === vscode.FileType.File && name.toLowerCase().endsWith('.json')).map(([name]) => name);
    } catch {
      return null;
    }
  });
}

interface SimulateResult { ok: boolean; decision?: 'allow' | 'deny'; text: string; json?: Record<string, unknown> }
let simulationOutput: vscode.OutputChannel | undefined;

/**
 * "Simulate a Request...": asks for a request (JSON or a shorthand), lets the server decide it against the policy and
 * shows the decision and explanation in an output channel. Arguments (from the statement code action or a test):
 * the policy URI, the statement index, and optionally the request text (then nothing is asked).
 */
export async function simulate(context: vscode.ExtensionContext, client: () => Promise<BaseLanguageClient>, uri?: string, statement?: number, requestText?: string): Promise<SimulateResult | undefined> {
  const doc = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showWarningMessage('Open a trust policy to simulate a request against it.');
    return undefined;
  }
  let request = requestText;
  if (request === undefined) {
    request = await vscode.window.showInputBox({
      title: `Simulate a request against ${baseName(doc.uri)}`,
      prompt: 'A request as JSON: {"principal": ..., "action": ..., "context": {...}} or a shorthand (github, gitlab, eks, cognito, service)',
      value: context.workspaceState.get<string>(LAST_REQUEST_KEY, '{"github": {"repository": "acme/app", "ref": "refs/heads/main"}}'),
      ignoreFocusOut: true,
      validateInput: (text) => {
        try {
          JSON.parse(text);
          return undefined;
        } catch (e) {
          return `Not valid JSON yet: ${e instanceof Error ? e.message : String(e)}`;
        }
      },
    });
    if (request === undefined) return undefined;
    await context.workspaceState.update(LAST_REQUEST_KEY, request);
  }
  const result = await (await client()).sendRequest<SimulateResult>(SIMULATE_REQUEST, { uri: doc.uri.toString(), request, statement });
  simulationOutput ??= vscode.window.createOutputChannel('IAM Trust Policy: Simulation');
  simulationOutput.clear();
  simulationOutput.appendLine(`${baseName(doc.uri)}: ${request}`);
  simulationOutput.appendLine('');
  simulationOutput.append(result.text);
  simulationOutput.show(true);
  if (!result.ok) void vscode.window.showErrorMessage(result.text.split('\n')[0]);
  return result;
}

export function disposeSimulation(): void {
  simulationOutput?.dispose();
}
