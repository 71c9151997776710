// Node entry of the language server: `trust-policy-language-server --stdio` (or --node-ipc / --socket from a client).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

if (process.argv.includes('--version')) {
  process.stdout.write('trust-policy-language-server 0.1.0\n');
  process.exit(0);
}
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write('Usage: trust-policy-language-server --stdio\nStarts the IAM trust policy language server speaking LSP over stdio.\n');
  process.exit(0);
}
startServer(createConnection(ProposedFeatures.all));
