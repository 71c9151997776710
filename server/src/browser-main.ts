// Web worker entry of the language server (vscode.dev, github.dev): LSP over the worker's message port.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { configureAssets, loadAsset } from './assets-browser';
import { startServer } from './server';

// The worker's global scope (typed loosely: the project's type-check uses Node's globals, not the DOM's).
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, { loadAsset, configureAssets });
