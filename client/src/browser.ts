// The web client (vscode.dev, github.dev, code-server's web worker host): the language server runs in a web worker.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateTrustPolicyClient, CLIENT_ID, CLIENT_NAME, clientOptions } from './common';
import { ASSET_NAMES } from '../../server/src/assets';

type ServerWorker = ConstructorParameters<typeof LanguageClient>[2] & object;
type WorkerConstructor = new (url: string, options?: { name?: string }) => ServerWorker;
interface BlobUrls {
  Blob: new (parts: Uint8Array[], options?: { type?: string }) => object;
  URL: { createObjectURL(blob: object): string };
}

let stop: (() => Promise<void>) | undefined;

/**
 * A URL the worker can load for one of the extension's files. Where the extension is served over http(s) (the
 * marketplace CDN behind vscode.dev and github.dev) that is the file's own URL; where it is not (a remote
 * extension host's `vscode-remote:` files, which a web worker can neither start from nor fetch), the client reads
 * the file through VS Code's file system and hands over a blob: URL.
 */
async function workerUrl(uri: vscode.Uri, type: string): Promise<string> {
  if (uri.scheme === 'http' || uri.scheme === 'https') return uri.toString(true);
  const bytes = await vscode.workspace.fs.readFile(uri);
  const web = globalThis as unknown as BlobUrls;
  return web.URL.createObjectURL(new web.Blob([bytes], { type }));
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  stop = await activateTrustPolicyClient(context, async () => {
    const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
    const serverUrl = await workerUrl(vscode.Uri.joinPath(dist, 'server', 'browser-main.js'), 'text/javascript');
    const assetUris: Record<string, string> = {};
    for (const name of ASSET_NAMES) assetUris[name] = await workerUrl(vscode.Uri.joinPath(dist, name), 'application/wasm');
    const WebWorker = (globalThis as unknown as { Worker: WorkerConstructor }).Worker;
    const worker = new WebWorker(serverUrl, { name: 'trust-policy-language-server' });
    const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, worker, clientOptions(context, {
      assetBaseUri: vscode.Uri.joinPath(dist).toString() + '/',
      assetUris,
      // Where the worker cannot fetch those URLs (code-server's web worker host), it asks for the bytes instead.
      assetRequests: true,
    }));
    client.onRequest('iamTrustPolicy/readAsset', async ({ name }: { name: string }) => {
      if (!ASSET_NAMES.includes(name)) return null;
      return bytesToBase64(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dist, name)));
    });
    return client;
  });
}

/** Base64 without Node's Buffer. */
function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return (globalThis as unknown as { btoa(s: string): string }).btoa(binary);
}

export async function deactivate(): Promise<void> {
  await stop?.();
}
