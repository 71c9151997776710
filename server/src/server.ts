// The thin LSP adapter: capabilities, one short handler per request, settings at the edge.
import {
  type Connection, TextDocuments, TextDocumentSyncKind, DidChangeConfigurationNotification, CodeActionKind,
  DocumentDiagnosticReportKind, type InitializeParams, type InitializeResult, ResponseError, LSPErrorCodes, type CancellationToken,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTrustPolicyService } from './service';
import { bundledReferenceData } from './data';
import type { ServiceOptions } from './service/types';
import { optionsFromSettings, SETTINGS_SECTION, type RawSettings } from './settings';
import { AnalysisScheduler } from './scheduler';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.trustPolicy`;
/** Documents longer than this (characters) get diagnostics after a short pause in typing rather than per change. */
export const LARGE_DOCUMENT_CHARS = 200_000;
const LARGE_DOCUMENT_DELAY_MS = 200;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const service = createTrustPolicyService({
    data: bundledReferenceData,
    onRuleError: (rule, error) => connection.console.error(`rule ${rule.id} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`),
  });
  let pullDiagnostics = false;
  let configurationRequests = false;
  let snippetEdits = false;
  let globalSettings: ServiceOptions = optionsFromSettings(undefined);
  const documentSettings = new Map<string, Promise<ServiceOptions>>();
  const loggedFailures = new Set<string>();
  const scheduler = new AnalysisScheduler();

  /** Runs a handler; a throw is logged once per handler and answered with an empty result. */
  function guard<T>(name: string, fallback: T, token: CancellationToken | undefined, run: () => T | Promise<T>): Promise<T> {
    if (token?.isCancellationRequested) return Promise.reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled'));
    return Promise.resolve()
      .then(run)
      .then((result) => {
        if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
        return result;
      })
      .catch((error: unknown) => {
        if (error instanceof ResponseError) throw error;
        if (!loggedFailures.has(name)) {
          loggedFailures.add(name);
          connection.console.error(`${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        }
        return fallback;
      });
  }

  function settingsFor(uri: string): Promise<ServiceOptions> {
    if (!configurationRequests) return Promise.resolve(globalSettings);
    let result = documentSettings.get(uri);
    if (!result) {
      result = connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then((raw: RawSettings) => optionsFromSettings(raw), () => globalSettings);
      documentSettings.set(uri, result);
    }
    return result;
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    configurationRequests = !!caps.workspace?.configuration;
    snippetEdits = !!(caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport;
    const init = params.initializationOptions as { settings?: RawSettings } | undefined;
    if (init?.settings) globalSettings = optionsFromSettings(init.settings);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        completionProvider: { triggerCharacters: ['"', ':', '/', '.'], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
      },
      serverInfo: { name: 'trust-policy-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (configurationRequests) void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
  });

  async function publish(doc: TextDocument): Promise<void> {
    // Analysed in slices (hovers answer in between); a newer version's analysis makes this one stop.
    const ticket = scheduler.start(doc.uri);
    const diagnostics = await guard('diagnostics', [], undefined, async () => service.validateInSlices(doc, await settingsFor(doc.uri), ticket.slicing));
    // Only publish for the version we analysed; a newer change publishes its own.
    if (diagnostics && !ticket.stale && documents.get(doc.uri)?.version === doc.version) void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  function refreshAll(): void {
    if (pullDiagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
    else for (const doc of documents.all()) void publish(doc);
  }

  connection.onDidChangeConfiguration((change) => {
    documentSettings.clear();
    const raw = (change.settings as Record<string, RawSettings> | undefined)?.[SETTINGS_SECTION];
    if (!configurationRequests) globalSettings = optionsFromSettings(raw);
    refreshAll();
  });

  // Small documents are analysed on every change; a large one waits for a pause in typing, so that a 10 MB file
  // being edited cannot queue up analyses that delay every other request.
  const pendingLarge = new Map<string, ReturnType<typeof setTimeout>>();
  documents.onDidChangeContent((e) => {
    if (pullDiagnostics) return;
    const uri = e.document.uri;
    clearTimeout(pendingLarge.get(uri));
    pendingLarge.delete(uri);
    if (e.document.getText().length <= LARGE_DOCUMENT_CHARS) {
      void publish(e.document);
      return;
    }
    pendingLarge.set(uri, setTimeout(() => {
      pendingLarge.delete(uri);
      const current = documents.get(uri);
      if (current) void publish(current);
    }, LARGE_DOCUMENT_DELAY_MS));
  });
  documents.onDidClose((e) => {
    clearTimeout(pendingLarge.get(e.document.uri));
    pendingLarge.delete(e.document.uri);
    documentSettings.delete(e.document.uri);
    scheduler.forget(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params, token) =>
    guard('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, token, async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const ticket = scheduler.start(doc.uri, () => token.isCancellationRequested);
      const items = await service.validateInSlices(doc, await settingsFor(doc.uri), ticket.slicing);
      if (items) return { kind: DocumentDiagnosticReportKind.Full, items };
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      // A newer request for this document took over; the client asks again.
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'a newer analysis of this document started', { retriggerRequest: true });
    }),
  );

  connection.onCompletion((params, token) =>
    guard('completion', null, token, async () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.complete(doc, params.position, await settingsFor(doc.uri)) : null;
    }),
  );

  connection.onHover((params, token) =>
    guard('hover', null, token, async () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.hover(doc, params.position, await settingsFor(doc.uri)) : null;
    }),
  );

  connection.onCodeAction((params, token) =>
    guard('codeAction', [], token, async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const options = await settingsFor(doc.uri);
      const only = params.context.only;
      const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) && k.startsWith(CodeActionKind.Source));
      if (wantsFixAll) {
        const edits = service.fixAll(doc, options);
        return edits.length ? [{ title: 'Fix all auto-fixable trust policy problems', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } }] : [];
      }
      return service.codeActions(doc, params.range, params.context.diagnostics, options, snippetEdits);
    }),
  );

  connection.onDocumentFormatting((params, token) =>
    guard('formatting', [], token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.format(doc, undefined, params.options) : [];
    }),
  );
  connection.onDocumentRangeFormatting((params, token) =>
    guard('rangeFormatting', [], token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.format(doc, params.range, params.options) : [];
    }),
  );
  connection.onDocumentSymbol((params, token) =>
    guard('documentSymbol', [], token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.documentSymbols(doc) : [];
    }),
  );
  connection.onCodeLens((params, token) =>
    guard('codeLens', [], token, async () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.codeLenses(doc, await settingsFor(doc.uri)) : [];
    }),
  );
  connection.onFoldingRanges((params, token) =>
    guard('foldingRange', [], token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.foldingRanges(doc) : [];
    }),
  );
  connection.onSelectionRanges((params, token) =>
    guard('selectionRange', [], token, () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.selectionRanges(doc, params.positions) : [];
    }),
  );

  documents.listen(connection);
  connection.listen();
}
