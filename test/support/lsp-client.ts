// A minimal LSP client over stdio for tests: spawns the built server and speaks JSON-RPC to it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = path.resolve(__dirname, '../../dist/server/main.js');

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcess;
  stderr: () => string;
  /** Resolves with the next diagnostics published for uri that satisfy the predicate (polling by event, no sleeps). */
  diagnostics(uri: string, predicate?: (d: Diagnostic[], version?: number) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  open(uri: string, text: string, version?: number, languageId?: string): void;
  change(uri: string, version: number, text: string): void;
  shutdown(): Promise<void>;
}

export async function startClient(options: { capabilities?: Record<string, unknown>; settings?: Record<string, unknown>; initializationOptions?: unknown } = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => { stderr += b.toString(); });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published = new Map<string, PublishDiagnosticsParams>();
  const waiters: (() => void)[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.set(p.uri, p);
    for (const w of waiters.splice(0)) w();
  });
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => options.settings ?? {}));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: options.capabilities ?? { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
    initializationOptions: options.initializationOptions,
  });
  connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    stderr: () => stderr,
    diagnostics(uri, predicate = () => true, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(published.get(uri)?.diagnostics.map((d) => d.code))}`)), timeoutMs);
        const check = () => {
          const p = published.get(uri);
          if (p && predicate(p.diagnostics, p.version)) {
            clearTimeout(timer);
            resolve(p.diagnostics);
          } else waiters.push(check);
        };
        check();
      });
    },
    open(uri, text, version = 1, languageId = 'iam-trust-policy') {
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, text) {
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    async shutdown() {
      try {
        await connection.sendRequest('shutdown');
        connection.sendNotification('exit');
      } catch { /* already gone */ }
      connection.dispose();
      child.kill();
    },
  };
}
