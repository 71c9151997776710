// What the desktop (node) and web (browser) clients share: client options, document routing and commands.
// Only the `vscode` API here, no Node module: the browser bundle includes this file.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { DEFAULT_FILE_PATTERNS, looksLikeTrustPolicy, matchesFilePattern } from '../../server/src/detect';
import { ACCESS_TESTS_PATTERN, disposeSimulation, serveFileReads, simulate } from './simulate';

export const LANGUAGE_ID = 'iam-trust-policy';
export const CLIENT_ID = 'iamTrustPolicy';
export const CLIENT_NAME = 'IAM Trust Policy';
const SECTION = 'iamTrustPolicy';

/** The options both clients give the language server; `initializationOptions` adds per-platform fields. */
export function clientOptions(context: vscode.ExtensionContext, initializationOptions: Record<string, unknown> = {}): LanguageClientOptions {
  return {
    // Templates and Terraform keep their own language (and the YAML / Terraform extensions); the server reads the
    // roles' trust policies in them and answers nothing for files without one.
    // Access-test files (*.trust-tests.json) stay JSON for VS Code; the server gives them test results and checks.
    documentSelector: [{ language: LANGUAGE_ID }, { pattern: ACCESS_TESTS_PATTERN }, ...HOST_SELECTORS],
    synchronize: { configurationSection: SECTION },
    diagnosticPullOptions: { onChange: true, onSave: false },
    initializationOptions: {
      // Where the rule pages live, so that diagnostics link to the page shipped with this version.
      docsBaseUri: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() + '/',
      // This client moves plain trust policies to their own language; other JSON is only read when it is a template.
      plainJsonIsPolicy: false,
      // The server may ask this client for files that are not open (iamTrustPolicy/readFile, /listFolder).
      fileAccess: true,
      ...initializationOptions,
    },
  };
}

/** Host files whose roles' trust policies the server checks in place. */
const HOST_SELECTORS = [
  { language: 'yaml' }, { language: 'json' }, { language: 'jsonc' }, { language: 'terraform' }, { language: 'tf' },
  { pattern: '**/*.tf' }, { pattern: '**/*.{template,cfn}' },
];
/** A cheap look at a file before the server starts: does it declare a role with a trust policy? */
const HOLDS_ROLE = /AssumeRolePolicyDocument|assume_role_policy|aws_iam_policy_document/;

/** The last path segment of a document's name (`path.basename` without Node). */
function baseName(doc: vscode.TextDocument): string {
  const parts = doc.uri.path.split('/');
  return parts[parts.length - 1] || doc.uri.path;
}

/** Moves a JSON document to our language when its name or content says it is a trust policy. */
async function classify(doc: vscode.TextDocument, context: vscode.ExtensionContext, start: () => Promise<void>): Promise<void> {
  if (doc.languageId === LANGUAGE_ID) {
    void start();
    return;
  }
  if (doc.uri.scheme === 'git' || doc.uri.scheme === 'output') return;
  if (doc.uri.path.toLowerCase().endsWith('.trust-tests.json')) {
    void start();
    return;
  }
  if (HOLDS_ROLE.test(doc.getText())) {
    // A template or Terraform file with a role: start the server; the document keeps its language.
    void start();
    if (doc.languageId !== 'json' && doc.languageId !== 'jsonc') return;
  }
  if (doc.languageId !== 'json' && doc.languageId !== 'jsonc') return;
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
    `${baseName(doc)} looks like an IAM role trust policy. Check it as one?`,
    'Yes', 'Always', 'No',
  );
  if (choice === 'Yes' || choice === 'Always') {
    if (choice === 'Always') await config.update('contentDetection', 'switch', vscode.ConfigurationTarget.Global);
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  } else if (choice === 'No') {
    await context.workspaceState.update('declined', [...declined, doc.uri.toString()]);
  }
}

/**
 * Activates the extension with a platform's way of making a client: routes documents to our language, registers
 * the commands and starts the client on the first trust policy. Returns the function that stops it.
 */
export async function activateTrustPolicyClient(
  context: vscode.ExtensionContext,
  createClient: () => Promise<BaseLanguageClient> | BaseLanguageClient,
): Promise<() => Promise<void>> {
  let client: BaseLanguageClient | undefined;
  let starting: Promise<void> | undefined;
  const start = (): Promise<void> => {
    starting ??= Promise.resolve(createClient()).then((created) => {
      client = created;
      serveFileReads(created);
      return created.start();
    });
    return starting;
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => void classify(doc, context, start)),
    vscode.commands.registerCommand('iamTrustPolicy.fixAll', async () => {
      await vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.fixAll.trustPolicy', apply: 'first' });
    }),
    vscode.commands.registerCommand('iamTrustPolicy.useForDocument', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }),
    // A fresh client (and server process or worker) rather than client.restart(), which the browser client lacks.
    vscode.commands.registerCommand('iamTrustPolicy.restartServer', async () => {
      const old = client;
      client = undefined;
      starting = undefined;
      await old?.stop();
      await start();
    }),
    vscode.commands.registerCommand('iamTrustPolicy.simulate', (uri?: unknown, statement?: unknown, request?: unknown) =>
      simulate(context, async () => {
        await start();
        if (!client) throw new Error('the language server did not start');
        return client;
      }, typeof uri === 'string' ? uri : uri instanceof vscode.Uri ? uri.toString() : undefined, typeof statement === 'number' ? statement : undefined, typeof request === 'string' ? request : undefined)),
    { dispose: () => void client?.stop() },
    { dispose: () => disposeSimulation() },
  );
  for (const doc of vscode.workspace.textDocuments) await classify(doc, context, start);
  return async () => {
    await client?.stop();
  };
}
