// The thin VS Code client: starts the trust-policy language server and moves trust policies to its language.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DEFAULT_FILE_PATTERNS, looksLikeTrustPolicy, matchesFilePattern } from '../../server/src/detect';

export const LANGUAGE_ID = 'iam-trust-policy';
const SECTION = 'iamTrustPolicy';
const ACCESS_TESTS_PATTERN = '**/*.trust-tests.json';
const SIMULATE_REQUEST = 'iamTrustPolicy/simulate';
const LAST_REQUEST_KEY = 'lastSimulatedRequest';
/** Policies and test files larger than this are not read for access tests. */
const MAX_READ_BYTES = 1024 * 1024;
let simulationOutput: vscode.OutputChannel | undefined;
let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

function startClient(context: vscode.ExtensionContext): Promise<void> {
  if (starting) return starting;
  const module = context.asAbsolutePath(path.join('dist', 'server', 'main.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Access-test files (*.trust-tests.json) stay JSON for VS Code; the server gives them test results and checks.
    documentSelector: [{ language: LANGUAGE_ID }, { pattern: ACCESS_TESTS_PATTERN }],
    synchronize: { configurationSection: SECTION },
    diagnosticPullOptions: { onChange: true, onSave: false },
    // The server may ask this client for files that are not open (iamTrustPolicy/readFile, /listFolder).
    initializationOptions: { fileAccess: true },
  };
  client = new LanguageClient('iamTrustPolicy', 'IAM Trust Policy', serverOptions, clientOptions);
  // Access tests need policies and test files that are not open; the server reads them through the editor (JSON only).
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
  starting = client.start();
  return starting;
}

/** Moves a JSON document to our language when its name or content says it is a trust policy. */
async function classify(doc: vscode.TextDocument, context: vscode.ExtensionContext): Promise<void> {
  if (doc.languageId === LANGUAGE_ID) {
    void startClient(context);
    return;
  }
  if (doc.fileName.toLowerCase().endsWith('.trust-tests.json')) {
    void startClient(context);
    return;
  }
  if (doc.languageId !== 'json' && doc.languageId !== 'jsonc') return;
  if (doc.uri.scheme === 'git' || doc.uri.scheme === 'output') return;
  const config = vscode.workspace.getConfiguration(SECTION, doc.uri);
  const patterns = config.get<string[]>('filePatterns', DEFAULT_FILE_PATTERNS);
  if (matchesFilePattern(doc.fileName, patterns)) {
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    return;
  }
  const mode = config.get<string>('contentDetection', 'prompt');
  if (mode === 'off' || !looksLikeTrustPolicy(doc.getText())) return;
  const declined = context.workspaceState.get<string[]>('declined', []);
  if (mode === 'switch') {
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    return;
  }
  if (declined.includes(doc.uri.toString())) return;
  const choice = await vscode.window.showInformationMessage(
    `${path.basename(doc.fileName)} looks like an IAM role trust policy. Check it as one?`,
    'Yes', 'Always', 'No',
  );
  if (choice === 'Yes' || choice === 'Always') {
    if (choice === 'Always') await config.update('contentDetection', 'switch', vscode.ConfigurationTarget.Global);
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  } else if (choice === 'No') {
    await context.workspaceState.update('declined', [...declined, doc.uri.toString()]);
  }
}

interface SimulateResult { ok: boolean; decision?: 'allow' | 'deny'; text: string; json?: Record<string, unknown> }

/**
 * "Simulate a Request...": asks for a request (JSON or a shorthand), lets the server decide it against the policy and
 * shows the decision and explanation in an output channel. Arguments (from the statement code action or a test):
 * the policy URI, the statement index, and optionally the request text (then nothing is asked).
 */
async function simulate(context: vscode.ExtensionContext, uri?: string, statement?: number, requestText?: string): Promise<SimulateResult | undefined> {
  const doc = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showWarningMessage('Open a trust policy to simulate a request against it.');
    return undefined;
  }
  let request = requestText;
  if (request === undefined) {
    request = await vscode.window.showInputBox({
      title: `Simulate a request against ${path.basename(doc.fileName)}`,
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
  await startClient(context);
  const result = await client!.sendRequest<SimulateResult>(SIMULATE_REQUEST, { uri: doc.uri.toString(), request, statement });
  simulationOutput ??= vscode.window.createOutputChannel('IAM Trust Policy: Simulation');
  simulationOutput.clear();
  simulationOutput.appendLine(`${path.basename(doc.fileName)}: ${request}`);
  simulationOutput.appendLine('');
  simulationOutput.append(result.text);
  simulationOutput.show(true);
  if (!result.ok) void vscode.window.showErrorMessage(result.text.split('\n')[0]);
  return result;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => void classify(doc, context)),
    vscode.commands.registerCommand('iamTrustPolicy.fixAll', async () => {
      await vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.fixAll.trustPolicy', apply: 'first' });
    }),
    vscode.commands.registerCommand('iamTrustPolicy.useForDocument', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }),
    vscode.commands.registerCommand('iamTrustPolicy.simulate', (uri?: unknown, statement?: unknown, request?: unknown) =>
      simulate(context, typeof uri === 'string' ? uri : uri instanceof vscode.Uri ? uri.toString() : undefined, typeof statement === 'number' ? statement : undefined, typeof request === 'string' ? request : undefined)),
    vscode.commands.registerCommand('iamTrustPolicy.restartServer', async () => {
      if (client) await client.restart();
      else await startClient(context);
    }),
    { dispose: () => void client?.stop() },
    { dispose: () => simulationOutput?.dispose() },
  );
  for (const doc of vscode.workspace.textDocuments) await classify(doc, context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
