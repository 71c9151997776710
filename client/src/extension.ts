// The thin VS Code client: starts the trust-policy language server and moves trust policies to its language.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DEFAULT_FILE_PATTERNS, looksLikeTrustPolicy, matchesFilePattern } from '../../server/src/detect';
import { SERVER_V8_FLAGS } from '../../server/src/v8-flags';

export const LANGUAGE_ID = 'iam-trust-policy';
const SECTION = 'iamTrustPolicy';
let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

function startClient(context: vscode.ExtensionContext): Promise<void> {
  if (starting) return starting;
  const module = context.asAbsolutePath(path.join('dist', 'server', 'main.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_V8_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: SECTION },
    diagnosticPullOptions: { onChange: true, onSave: false },
  };
  client = new LanguageClient('iamTrustPolicy', 'IAM Trust Policy', serverOptions, clientOptions);
  starting = client.start();
  return starting;
}

/** Moves a JSON document to our language when its name or content says it is a trust policy. */
async function classify(doc: vscode.TextDocument, context: vscode.ExtensionContext): Promise<void> {
  if (doc.languageId === LANGUAGE_ID) {
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
    vscode.commands.registerCommand('iamTrustPolicy.restartServer', async () => {
      if (client) await client.restart();
      else await startClient(context);
    }),
    { dispose: () => void client?.stop() },
  );
  for (const doc of vscode.workspace.textDocuments) await classify(doc, context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
