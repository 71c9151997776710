// Node entry of the language server: `trust-policy-language-server --stdio` (or --node-ipc / --socket from a client).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { configureAssets, loadAsset } from './assets-node';
import { startServer } from './server';
import { folderSiblingsStamp, readFolderSiblings } from './siblings-node';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { SERVER_V8_FLAGS } from './v8-flags';

if (process.argv.includes('--version')) {
  process.stdout.write('trust-policy-language-server 0.1.0\n');
  process.exit(0);
}
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write('Usage: trust-policy-language-server --stdio\nStarts the IAM trust policy language server speaking LSP over stdio.\n'
    + `For a lean process (about half the memory) start it as: node ${SERVER_V8_FLAGS.join(' ')} <path to dist/server/main.js> --stdio\n`);
  process.exit(0);
}
// A bug must never take the editor's server down: report it on stderr (the client's output channel) and go on.
const reported = new Set<string>();
const report = (kind: string) => (error: unknown) => {
  const text = error instanceof Error ? error.stack ?? error.message : String(error);
  if (reported.has(text)) return;
  reported.add(text);
  process.stderr.write(`trust-policy-language-server: ${kind}: ${text}\n`);
};
process.on('uncaughtException', report('uncaught exception'));
process.on('unhandledRejection', report('unhandled rejection'));
// The rule pages ship in the package's docs/rules/, two levels above this bundle (dist/server/server.js); the server
// only links there and never reads them (their text is compiled in).
const docsBaseUri = `${pathToFileURL(path.join(__dirname, '..', '..', 'docs', 'rules')).href}/`;
const connection = createConnection(ProposedFeatures.all);
// Benchmark instrumentation, off unless TRUST_POLICY_MEASURE_BLOCKING=1: the longest stretch the event loop was
// blocked (an analysis slice, a parse), read and reset by the bench through iamTrustPolicy/blocking.
if (process.env.TRUST_POLICY_MEASURE_BLOCKING === '1') {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  connection.onRequest('iamTrustPolicy/blocking', (params: { reset?: boolean } | undefined) => {
    const result = { maxMs: delay.max / 1e6, p99Ms: delay.percentile(99) / 1e6 };
    if (params?.reset) delay.reset();
    return result;
  });
}
startServer(connection, { loadAsset, configureAssets, docsBaseUri, readSiblings: readFolderSiblings, siblingsStamp: folderSiblingsStamp, yieldToEvents: setImmediate });
