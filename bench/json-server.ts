// Baseline for the benchmark: a minimal stdio JSON language server (vscode-json-languageservice, schema validation).
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'vscode-json-languageservice';
import { TRUST_POLICY_SCHEMA } from './trust-policy-schema';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = getLanguageService({});
service.configure({ validate: true, schemas: [{ uri: 'inmemory://trust-policy.schema.json', fileMatch: ['*'], schema: TRUST_POLICY_SCHEMA }] });

connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true, completionProvider: {} } }));

// Validates on every change without a debounce, like the trust-policy server, so the two are measured alike.
documents.onDidChangeContent(async ({ document }) => {
  const diagnostics = await service.doValidation(document, service.parseJSONDocument(document));
  if (documents.get(document.uri)?.version === document.version) void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
});
connection.onHover(async (p) => {
  const d = documents.get(p.textDocument.uri);
  return d ? service.doHover(d, p.position, service.parseJSONDocument(d)) : null;
});
connection.onCompletion(async (p) => {
  const d = documents.get(p.textDocument.uri);
  return d ? service.doComplete(d, p.position, service.parseJSONDocument(d)) : null;
});

documents.listen(connection);
connection.listen();
