// The web build: no Node API is reachable from the browser bundles, and the worker server answers LSP over its
// message port in a sandbox that has a web worker's globals and none of Node's (no process, Buffer, require).
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { AbstractMessageReader, AbstractMessageWriter, createMessageConnection, type DataCallback, type Message, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, Hover, CodeAction, InitializeResult } from 'vscode-languageserver-protocol';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLES = { client: 'dist/client/browser.js', server: 'dist/server/browser-main.js' };
/** Identifiers that exist only on Node; none may appear in our code that the browser bundles include. */
const NODE_GLOBALS = new Set(['process', 'Buffer', '__dirname', '__filename', 'require', 'global', 'setImmediate', 'module']);

interface Metafile {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
  outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
}
const metafile = (bundle: string): Metafile => JSON.parse(fs.readFileSync(path.join(ROOT, `${bundle}.meta.json`), 'utf8')) as Metafile;
const isNodeBuiltin = (p: string) => p.startsWith('node:') || builtinModules.includes(p) || builtinModules.includes(p.split('/')[0]);

/** Identifier tokens of a TypeScript source that are not property names (`x.process` is fine, `process.env` is not). */
function freeIdentifiers(source: string): { name: string; line: number }[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
  const found: { name: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isMemberName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node)
        || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent);
      if (!isMemberName) found.push({ name: node.text, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('web build: no Node API reachable from the browser bundles', function () {
  this.timeout(30_000); // parses every source file of the bundles
  for (const [which, bundle] of Object.entries(BUNDLES)) {
    it(`${which} (${bundle}) imports no Node module and no Node-only project file`, () => {
      const meta = metafile(bundle);
      const inputs = Object.keys(meta.inputs);
      const nodeImports = Object.values(meta.inputs).flatMap((i) => i.imports).filter((i) => isNodeBuiltin(i.path));
      assert.deepEqual(nodeImports, [], 'a Node module is imported');
      const external = Object.values(meta.outputs).flatMap((o) => o.imports).filter((i) => i.external).map((i) => i.path);
      assert.deepEqual([...new Set(external)], which === 'client' ? ['vscode'] : []);
      const nodeOnly = inputs.filter((f) => /(^|\/)(server\/src\/(main|cli|assets-node)\.ts|server\/src\/cli\/|client\/src\/extension\.ts|vscode-languageserver\/lib\/node|vscode-languageclient\/lib\/node|vscode-jsonrpc\/lib\/node)/.test(f));
      assert.deepEqual(nodeOnly, [], 'a Node-only file is bundled');
      assert.ok(inputs.some((f) => f.includes(which === 'client' ? 'vscode-languageclient/lib/browser' : 'vscode-languageserver/lib/browser')), 'built from the browser entry of the LSP library');
    });

    it(`${which}: our own code in the bundle names no Node global (process, Buffer, require, __dirname, ...)`, () => {
      const ours = Object.keys(metafile(bundle).inputs).filter((f) => /^(server|client)\/src\/.*\.ts$/.test(f));
      assert.ok(ours.length >= (which === 'client' ? 3 : 10), `expected our sources among the inputs, got ${ours.join(', ')}`);
      const uses = ours.flatMap((f) => freeIdentifiers(fs.readFileSync(path.join(ROOT, f), 'utf8')).map((u) => `${f}:${u.line} ${u.name}`));
      assert.deepEqual(uses, []);
    });
  }

  it('the identifier check finds Node globals (so an empty result above means something)', () => {
    assert.deepEqual(freeIdentifiers('const a = process.env.X; const b = Buffer.from(""); const c = { process: 1 }; c.process;').map((u) => u.name), ['process', 'Buffer']);
  });
});

/** The two ends of a worker's message port: what the worker posts comes out here, what we post goes into its onmessage. */
class WorkerSandbox {
  readonly context: vm.Context;
  private readonly toClient: ((data: unknown) => void)[] = [];
  constructor() {
    const scope: Record<string, unknown> = {
      console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, structuredClone,
      TextEncoder, TextDecoder, URL, fetch, WebAssembly: (globalThis as Record<string, unknown>).WebAssembly, crypto: globalThis.crypto,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      postMessage: (data: unknown) => {
        const copy = structuredClone(data);
        for (const listener of this.toClient) listener(copy);
      },
    };
    scope.self = scope;
    this.context = vm.createContext(scope);
  }
  run(code: string, filename: string): void {
    vm.runInContext(code, this.context, { filename });
  }
  global(name: string): unknown {
    return vm.runInContext(`typeof ${name} === 'undefined' ? undefined : ${name}`, this.context);
  }
  /** Delivers a message to the worker as its onmessage would get it. */
  deliver(data: unknown): void {
    const onmessage = (this.context as { onmessage?: (e: { data: unknown }) => void }).onmessage;
    if (!onmessage) throw new Error('the worker set no onmessage handler');
    onmessage({ data: structuredClone(data) });
  }
  onPost(listener: (data: unknown) => void): void {
    this.toClient.push(listener);
  }
}

class PortReader extends AbstractMessageReader {
  constructor(private readonly sandbox: WorkerSandbox) {
    super();
  }
  listen(callback: DataCallback) {
    this.sandbox.onPost((data) => callback(data as Message));
    return { dispose: () => undefined };
  }
}
class PortWriter extends AbstractMessageWriter {
  constructor(private readonly sandbox: WorkerSandbox) {
    super();
  }
  async write(message: Message): Promise<void> {
    this.sandbox.deliver(message);
  }
  end(): void {}
}

describe('web build: the worker server over its message port, without Node globals', function () {
  this.timeout(30_000);
  const uri = 'vscode-vfs://github/acme/infra/roles/ci.trust.json';
  const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Principal": { "AWS": "*" },\n      "Action": "sts:AssumeRole",\n      "Resource": "*"\n    }\n  ]\n}\n';
  let sandbox: WorkerSandbox;
  let connection: MessageConnection;
  let initialized: InitializeResult;
  const published = new Map<string, Diagnostic[]>();
  const logs: string[] = [];

  before(async () => {
    sandbox = new WorkerSandbox();
    for (const name of ['process', 'Buffer', 'require', 'module', 'global', '__dirname', 'setImmediate']) assert.equal(sandbox.global(name), undefined, `${name} leaked into the sandbox`);
    sandbox.run(fs.readFileSync(path.join(ROOT, BUNDLES.server), 'utf8'), BUNDLES.server);
    connection = createMessageConnection(new PortReader(sandbox), new PortWriter(sandbox));
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      published.set(p.uri, p.diagnostics);
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      logs.push(p.message);
    });
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    initialized = await connection.sendRequest('initialize', {
      processId: null, rootUri: null,
      capabilities: { workspace: { configuration: true } },
      initializationOptions: { assetBaseUri: 'https://example.invalid/extension/dist/', docsBaseUri: 'https://example.invalid/extension/docs/rules/' },
    });
    connection.sendNotification('initialized', {});
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'iam-trust-policy', version: 1, text } });
  });
  after(() => connection?.dispose());

  const waitForDiagnostics = async () => {
    const deadline = Date.now() + 10_000;
    while (!published.get(uri)?.length) {
      if (Date.now() > deadline) throw new Error(`no diagnostics; server log: ${logs.join('\n')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return published.get(uri)!;
  };

  it('initializes with the same capabilities as the Node server', () => {
    assert.equal(initialized.serverInfo?.name, 'trust-policy-language-server');
    assert.ok(initialized.capabilities.hoverProvider);
    assert.ok(initialized.capabilities.codeActionProvider);
    assert.ok(initialized.capabilities.completionProvider);
  });

  it('publishes diagnostics for a document from a virtual file system (github.dev)', async () => {
    const codes = (await waitForDiagnostics()).map((d) => d.code).sort();
    assert.ok(codes.includes('principal-wildcard'), codes.join(', '));
    assert.ok(codes.includes('resource-forbidden'), codes.join(', '));
  });

  it('answers hover and offers the quick fix for the forbidden Resource', async () => {
    const hover = await connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 18 } });
    assert.match(JSON.stringify(hover?.contents), /AssumeRole/);
    const diagnostic = (await waitForDiagnostics()).find((d) => d.code === 'resource-forbidden')!;
    const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.edit);
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  });

  it('ran without Node: nothing defined process or Buffer in the worker', () => {
    assert.equal(sandbox.global('process'), undefined);
    assert.equal(sandbox.global('Buffer'), undefined);
    assert.deepEqual(logs.filter((l) => /failed/.test(l)), []);
  });
});
