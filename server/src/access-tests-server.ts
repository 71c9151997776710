// LSP side of access tests and request simulation: test-file features, the policy's test lens, re-runs on policy edits.
import { CodeLensRefreshRequest, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeLens, CompletionList, Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { TrustPolicyService } from './service';
import { isAccessTestFile, parseAccessTests, policyCandidates, runAccessTests, tally, testFileCandidates, ACCESS_TEST_SUFFIX, type AccessTestFile, type CaseResult } from './service/access-tests';
import { accessTestCompletions, accessTestDiagnostics, accessTestLenses } from './service/access-tests-editor';
import { parseTrustPolicy, type TrustPolicy } from './service/document';
import { evaluateTrustPolicy, evaluationJson, formatEvaluation, resolveRequest, statementLabel } from './service/evaluate';

/**
 * How the server reads files that are not open: it asks the client (which reads through the editor's file system, so
 * this works for virtual and remote workspaces too, and the server itself never touches the disk).
 */
export interface FileAccess {
  read(uri: string): Promise<string | undefined>;
  /** Names of the files in a folder URI. */
  list(folderUri: string): Promise<string[] | undefined>;
}

export const READ_FILE_REQUEST = 'iamTrustPolicy/readFile';
export const LIST_FOLDER_REQUEST = 'iamTrustPolicy/listFolder';

/**
 * File access through the client, asked only of clients that offer it (initializationOptions.fileAccess, as our VS
 * Code client does), so other editors never see these requests.
 */
export function clientFileAccess(connection: Connection, enabled: () => boolean): FileAccess {
  return {
    read: async (uri) => !enabled() ? undefined : connection.sendRequest<string | null>(READ_FILE_REQUEST, { uri }).then((t) => (typeof t === 'string' ? t : undefined), () => undefined),
    list: async (uri) => !enabled() ? undefined : connection.sendRequest<string[] | null>(LIST_FOLDER_REQUEST, { uri }).then((l) => (Array.isArray(l) ? l.filter((x) => typeof x === 'string') : undefined), () => undefined),
  };
}

export const SIMULATE_REQUEST = 'iamTrustPolicy/simulate';
export const SIMULATE_COMMAND = 'iamTrustPolicy.simulate';

export interface SimulateParams {
  uri: string;
  /** The request as JSON text (full form or shorthand). */
  request: string;
  /** The statement the user asked from (a code action), shown first. */
  statement?: number;
}

export interface SimulateResult {
  ok: boolean;
  decision?: 'allow' | 'deny';
  /** Plain text for an output channel (the explanation, or what is wrong with the input). */
  text: string;
  json?: Record<string, unknown>;
}

interface Loaded {
  file: AccessTestFile;
  results?: CaseResult[];
  policyUri?: string;
  policyProblem?: string;
}

const baseName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

export function createAccessTestsFeature(connection: Connection, documents: TextDocuments<TextDocument>, service: TrustPolicyService, fileAccess?: FileAccess) {
  let codeLensRefresh = false;
  let clientReadsFiles = false;
  const files = fileAccess ?? clientFileAccess(connection, () => clientReadsFiles);
  const textOf = async (uri: string): Promise<string | undefined> => documents.get(uri)?.getText() ?? files.read(uri);
  const policyOf = (uri: string, text: string): TrustPolicy => {
    const open = documents.get(uri);
    return open ? service.parse(open) : parseTrustPolicy(text);
  };

  async function load(doc: TextDocument): Promise<Loaded> {
    const file = parseAccessTests(doc.getText());
    const candidates = policyCandidates(doc.uri, file.policy?.value);
    for (const uri of candidates) {
      const text = await textOf(uri);
      if (text === undefined) continue;
      const policy = policyOf(uri, text);
      if (policy.syntaxErrors.length) return { file, policyUri: uri, policyProblem: `The policy ${baseName(uri)} is not valid JSON; fix it to run these tests` };
      return { file, policyUri: uri, results: runAccessTests(file, policy, service.data) };
    }
    return { file, policyProblem: `Policy not found: looked for ${candidates.map(baseName).join(' and ')} beside this file${file.policy ? '' : '; name it with "policy"'}` };
  }

  /** Test files that belong to a policy: by name beside it, open ones naming it, and others in its folder naming it. */
  async function testsOf(policyUri: string): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const c of testFileCandidates(policyUri)) {
      const text = await textOf(c);
      if (text !== undefined && policyCandidates(c, parseAccessTests(text).policy?.value).includes(policyUri)) found.set(c, text);
    }
    const folder = policyUri.slice(0, policyUri.lastIndexOf('/'));
    const inFolder = ((await files.list(folder)) ?? []).filter((n) => n.toLowerCase().endsWith(ACCESS_TEST_SUFFIX)).map((n) => `${folder}/${encodeURIComponent(n)}`);
    const open = documents.all().filter((d) => isAccessTestFile(d.uri)).map((d) => d.uri);
    for (const uri of [...open, ...inFolder]) {
      if (found.has(uri)) continue;
      const text = await textOf(uri);
      if (text === undefined) continue;
      const field = parseAccessTests(text).policy?.value;
      if (field && policyCandidates(uri, field)[0] === policyUri) found.set(uri, text);
    }
    return found;
  }

  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** After an edit, re-run the tests that depend on it: diagnostics of open test files and every lens. */
  function scheduleRefresh(pull: boolean, publish: (doc: TextDocument) => void): void {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      if (pull) void connection.languages.diagnostics.refresh().catch(() => undefined);
      else for (const d of documents.all()) if (isAccessTestFile(d.uri)) publish(d);
      if (codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    }, 100);
  }

  return {
    /** Call from onInitialize: lenses are refreshed only when the client says it can. */
    setClientCapabilities(caps: { workspace?: { codeLens?: { refreshSupport?: boolean } } }, initializationOptions: unknown): void {
      codeLensRefresh = !!caps.workspace?.codeLens?.refreshSupport;
      clientReadsFiles = !!(initializationOptions as { fileAccess?: unknown } | undefined)?.fileAccess;
    },
    owns: (uri: string) => isAccessTestFile(uri),
    async diagnostics(doc: TextDocument): Promise<Diagnostic[]> {
      const loaded = await load(doc);
      return accessTestDiagnostics(doc, loaded.file, loaded.results, loaded.policyProblem, service.data);
    },
    async codeLenses(doc: TextDocument): Promise<CodeLens[]> {
      const loaded = await load(doc);
      return accessTestLenses(doc, loaded.file, loaded.results, loaded.policyUri && baseName(loaded.policyUri));
    },
    complete: (doc: TextDocument, position: Position): CompletionList => accessTestCompletions(doc, position, service.data),
    /** "access tests: N passed, M failed" at the top of a policy that has tests. */
    async policyLenses(doc: TextDocument): Promise<CodeLens[]> {
      const tests = await testsOf(doc.uri);
      if (!tests.size) return [];
      const policy = service.parse(doc);
      const results = [...tests.values()].flatMap((text) => runAccessTests(parseAccessTests(text), policy, service.data));
      const start = doc.positionAt(policy.root?.offset ?? 0);
      return [{ range: { start, end: start }, command: { title: `access tests: ${tally(results).text}`, command: '' } }];
    },
    /** A code action on a statement that opens the simulate command for this policy. */
    statementActions(doc: TextDocument, range: Range): CodeAction[] {
      const policy = service.parse(doc);
      const at = doc.offsetAt(range.start);
      const st = policy.statements.find((s) => s.isObject && s.node.offset <= at && at <= s.node.offset + s.node.length);
      if (!st) return [];
      return [{ title: 'Simulate a request against this policy...', command: { title: 'Simulate a request...', command: SIMULATE_COMMAND, arguments: [doc.uri, st.index] } }];
    },
    async simulate(params: SimulateParams): Promise<SimulateResult> {
      const text = await textOf(params.uri);
      if (text === undefined) return { ok: false, text: `Cannot read ${params.uri}` };
      const policy = policyOf(params.uri, text);
      if (policy.syntaxErrors.length) return { ok: false, text: 'The policy is not valid JSON; fix it before simulating.' };
      let raw: unknown;
      try {
        raw = JSON.parse(params.request);
      } catch (e) {
        return { ok: false, text: `The request is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
      }
      const resolved = resolveRequest(raw);
      if (!resolved.ok) return { ok: false, text: `Bad request:\n  ${resolved.errors.join('\n  ')}` };
      const result = evaluateTrustPolicy(policy, resolved.value.request, service.data);
      let out = formatEvaluation(result, resolved.value);
      const asked = params.statement !== undefined ? result.statements.find((s) => s.index === params.statement) : undefined;
      if (asked) out = `${statementLabel(asked.index, asked.sid)} (where you asked): ${asked.matched ? 'matches' : `does not match: ${asked.failure}`}\n\n${out}`;
      return { ok: true, decision: result.decision, text: out, json: evaluationJson(result, resolved.value) };
    },
    afterChange(doc: TextDocument, pull: boolean, publish: (doc: TextDocument) => void): void {
      const tests = documents.all().some((d) => isAccessTestFile(d.uri));
      if (isAccessTestFile(doc.uri) || tests) scheduleRefresh(pull, publish);
    },
  };
}

