// The thin LSP adapter: capabilities, one short handler per request, settings at the edge.
import {
  type Connection, TextDocuments, TextDocumentSyncKind, DidChangeConfigurationNotification, CodeActionKind,
  DocumentDiagnosticReportKind, type InitializeParams, type InitializeResult, ResponseError, LSPErrorCodes, type CancellationToken,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTrustPolicyService } from './service';
import { createHostAwareService, hostFormats, initTerraform, terraformFormat, type HostAwareService } from './service/embedded';
import type { HostContext } from './service/embedded/types';
import { bundledReferenceData } from './data';
import type { ServiceOptions } from './service/types';
import { optionsFromSettings, SETTINGS_SECTION, type RawSettings } from './settings';
import type { ServerHost } from './assets';
import { createAccessTestsFeature, SIMULATE_REQUEST, type SimulateParams } from './access-tests-server';
import { AnalysisScheduler } from './scheduler';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.trustPolicy`;
/** Documents longer than this (characters) get diagnostics after a short pause in typing rather than per change. */
export const LARGE_DOCUMENT_CHARS = 200_000;
const LARGE_DOCUMENT_DELAY_MS = 200;

/** What the platform entry (node or web worker) gives the server beyond the connection. */
export interface ServerEnvironment extends ServerHost {
  /** Files of the same folder as `uri` that are not open (node reads the disk; a browser has none). */
  readSiblings?: (uri: string) => readonly { uri: string; text: string }[];
  /** Yields to pending messages between analysis slices (node: setImmediate; default: a zero-delay timeout). */
  yieldToEvents?: (resume: () => void) => void;
  /** Changes when a sibling file on disk changes (file times); lets the server re-read a module after a save. */
  siblingsStamp?: (uri: string) => string;
  /** Where the rule pages are (a URI ending in "/"); a client's initializationOptions.docsBaseUri takes precedence. */
  docsBaseUri?: string;
}

const folderOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/') + 1);

export function startServer(connection: Connection, environment: ServerEnvironment): void {
  const documents = new TextDocuments(TextDocument);
  const makeBaseService = (docsBaseUri: string | undefined) => createTrustPolicyService({
    data: bundledReferenceData,
    docsBaseUri,
    onRuleError: (rule, error) => connection.console.error(`rule ${rule.id} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`),
  });
  let baseService = makeBaseService(environment.docsBaseUri);
  /** Sibling files of a host file: open documents first (their unsaved text), then the platform's reader. */
  const hostContext = (uri: string): HostContext => ({
    siblings: () => {
      const folder = folderOf(uri);
      const open = documents.all().filter((d) => d.uri !== uri && folderOf(d.uri) === folder && !d.uri.slice(folder.length).includes('/'));
      const seen = new Set([uri, ...open.map((d) => d.uri)]);
      const disk = (environment.readSiblings?.(uri) ?? []).filter((f) => !seen.has(f.uri));
      return [...open.map((d) => ({ uri: d.uri, text: d.getText() })), ...disk];
    },
    stamp: () => {
      const folder = folderOf(uri);
      const open = documents.all().filter((d) => d.uri !== uri && folderOf(d.uri) === folder).map((d) => `${d.uri}@${d.version}`).sort();
      return `${open.join('|')}#${environment.siblingsStamp?.(uri) ?? ''}`;
    },
  });
  // Other editors send trust policies as `json`; the VS Code client gives them their own language and says so.
  let service: HostAwareService = createHostAwareService(baseService, hostFormats, { context: hostContext });
  // Access tests read plain policies only (parse and data do not depend on the rule-page links).
  const accessTests = createAccessTestsFeature(connection, documents, baseService);
  let pullDiagnostics = false;
  let configurationRequests = false;
  let configurationChangeRegistration = false;
  let snippetEdits = false;
  let globalSettings: ServiceOptions = optionsFromSettings(undefined);
  const documentSettings = new Map<string, Promise<ServiceOptions>>();
  const loggedFailures = new Set<string>();
  const scheduler = new AnalysisScheduler(environment.yieldToEvents);

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
    accessTests.setClientCapabilities(caps, params.initializationOptions);
    configurationRequests = !!caps.workspace?.configuration;
    configurationChangeRegistration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    snippetEdits = !!(caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport;
    const init = params.initializationOptions as { settings?: RawSettings; plainJsonIsPolicy?: boolean; docsBaseUri?: unknown } | undefined;
    if (init?.settings) globalSettings = optionsFromSettings(init.settings);
    environment.configureAssets(params.initializationOptions);
    clientReadsAssets = (params.initializationOptions as { assetRequests?: unknown } | undefined)?.assetRequests === true;
    // The client knows where its copy of the rule pages is (in a browser the server has no file system to look in).
    const clientDocs = typeof init?.docsBaseUri === 'string' && init.docsBaseUri !== '';
    if (clientDocs) baseService = makeBaseService(init.docsBaseUri as string);
    if (clientDocs || init?.plainJsonIsPolicy === false) {
      service = createHostAwareService(baseService, hostFormats, { context: hostContext, ...(init?.plainJsonIsPolicy === false ? { plainPolicyLanguages: ['iam-trust-policy'] } : {}) });
    }
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
    if (configurationRequests && configurationChangeRegistration) void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
  });

  /**
   * The platform's asset loader, and where it cannot reach the files (a worker that may not fetch the extension's
   * blob: or vscode-remote: URLs), the client that offered it (`initializationOptions.assetRequests`) reads them.
   */
  let clientReadsAssets = false;
  const loadAsset = (name: string): Promise<Uint8Array> => environment.loadAsset(name).catch(async (error: unknown) => {
    if (!clientReadsAssets) throw error;
    const base64 = await connection.sendRequest<string | null>('iamTrustPolicy/readAsset', { name });
    if (typeof base64 !== 'string') throw error;
    // atob: a web worker global (and Node's), no Buffer needed.
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  });

  /** Terraform's parser (tree-sitter wasm) loads when the first Terraform file with a role is analysed, not before. */
  let terraformLoad: Promise<void> | undefined;
  function terraformReady(doc: TextDocument): Promise<void> | undefined {
    if (!terraformFormat.accepts(doc.uri, doc.languageId, doc.getText())) return undefined;
    terraformLoad ??= initTerraform(loadAsset).catch((e: unknown) => connection.console.error(`Terraform files cannot be checked: ${e instanceof Error ? e.message : String(e)}`));
    return terraformLoad;
  }

  /** The settings for a document, once what it needs is loaded (the Terraform parser for .tf files). */
  async function prepared(doc: TextDocument): Promise<ServiceOptions> {
    await terraformReady(doc);
    return settingsFor(doc.uri);
  }

  /**
   * Diagnostics of a policy or host file, analysed in slices (hovers answer in between; a newer version's analysis
   * makes this one stop: undefined), or of an access-test file (*.trust-tests.json).
   */
  async function validate(doc: TextDocument, ticket: ReturnType<AnalysisScheduler['start']>) {
    if (accessTests.owns(doc.uri)) return accessTests.diagnostics(doc);
    const options = await prepared(doc);
    return service.validateInSlices(doc, options, ticket.slicing);
  }

  async function publish(doc: TextDocument): Promise<void> {
    const ticket = scheduler.start(doc.uri);
    const diagnostics = await guard('diagnostics', [], undefined, () => validate(doc, ticket));
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
    accessTests.afterChange(e.document, pullDiagnostics, (d) => void publish(d));
    // A Terraform module spans the .tf files of a folder: an edit here can change the other open files' findings.
    if (/\.tf$/i.test(e.document.uri)) {
      const folder = folderOf(e.document.uri);
      const others = documents.all().filter((d) => d.uri !== e.document.uri && folderOf(d.uri) === folder && /\.tf$/i.test(d.uri));
      if (others.length) {
        if (pullDiagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
        else for (const d of others) void publish(d);
      }
    }
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
      const items = await validate(doc, ticket);
      if (items) return { kind: DocumentDiagnosticReportKind.Full, items };
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      // A newer request for this document took over; the client asks again.
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'a newer analysis of this document started', { retriggerRequest: true });
    }),
  );

  connection.onCompletion((params, token) =>
    guard('completion', null, token, async () => {
      const doc = documents.get(params.textDocument.uri);
      if (doc && accessTests.owns(doc.uri)) return accessTests.complete(doc, params.position);
      return doc ? service.complete(doc, params.position, await prepared(doc)) : null;
    }),
  );

  connection.onHover((params, token) =>
    guard('hover', null, token, async () => {
      const doc = documents.get(params.textDocument.uri);
      // The rule "why" comes from the analysis that ran (or is running) on this version: the hover never waits for it.
      return doc && !accessTests.owns(doc.uri) ? service.hover(doc, params.position, await prepared(doc), 'cached') : null;
    }),
  );

  connection.onCodeAction((params, token) =>
    guard('codeAction', [], token, async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || accessTests.owns(doc.uri)) return [];
      const options = await prepared(doc);
      const only = params.context.only;
      const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) && k.startsWith(CodeActionKind.Source));
      if (wantsFixAll) {
        const edits = service.fixAll(doc, options);
        return edits.length ? [{ title: 'Fix all auto-fixable trust policy problems', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } }] : [];
      }
      const simulate = only ? [] : accessTests.statementActions(doc, params.range);
      return [...service.codeActions(doc, params.range, params.context.diagnostics, options, snippetEdits), ...simulate];
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
      if (doc && accessTests.owns(doc.uri)) return accessTests.codeLenses(doc);
      return doc ? [...service.codeLenses(doc, await prepared(doc)), ...(await accessTests.policyLenses(doc))] : [];
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

  connection.onRequest(SIMULATE_REQUEST, (params: SimulateParams, token) =>
    guard('simulate', { ok: false, text: 'The simulation failed; see the server log.' }, token, () => accessTests.simulate(params)));

  documents.listen(connection);
  connection.listen();
}
