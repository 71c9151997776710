// The desktop VS Code client: starts the trust-policy language server on Node (everything else is in common.ts).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateTrustPolicyClient, CLIENT_ID, CLIENT_NAME, clientOptions } from './common';
import { SERVER_V8_FLAGS } from '../../server/src/v8-flags';

export { LANGUAGE_ID } from './common';
let stop: (() => Promise<void>) | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  stop = await activateTrustPolicyClient(context, () => {
    const module = context.asAbsolutePath('dist/server/main.js');
    const serverOptions: ServerOptions = {
      // Lean V8 flags keep the server's peak memory down (bench/results.md has the numbers).
      run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_V8_FLAGS] } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions(context));
  });
}

export async function deactivate(): Promise<void> {
  await stop?.();
}
