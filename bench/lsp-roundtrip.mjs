// Drives a language server over stdio: cold start, didChange -> publishDiagnostics latency, peak RSS.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const now = () => Number(process.hrtime.bigint()) / 1e6;
const URI = 'file:///bench/role.trust.json';

function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Peak resident set size in MB (Linux VmHWM), or undefined elsewhere. */
function peakRssMb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system, ms) a process has used so far (Linux /proc, 10 ms ticks), or undefined elsewhere. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

async function startSession(command, args, pull = false) {
  const started = now();
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.on('error', () => undefined); // the server may exit before our last write lands
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const w = waiters.get(p.version);
    if (w) {
      waiters.delete(p.version);
      w({ at: now(), count: p.diagnostics.length });
    }
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const diagnosticsFor = (version) => new Promise((resolve) => waiters.set(version, resolve));
  await connection.sendRequest('initialize', {
    processId: process.pid, rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true }, ...(pull ? { diagnostic: {} } : {}) } },
  });
  const initialized = now();
  connection.sendNotification('initialized', {});
  return { child, connection, started, initialized, diagnosticsFor };
}

async function stop({ child, connection }) {
  const exited = new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve()));
  try {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } catch { /* gone */ }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
  connection.dispose();
  child.kill();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };

/**
 * A session that stays open `ms` with a document open: the server writes its V8 code cache a few seconds after
 * start-up (server/src/code-cache.ts), so the cold starts after it measure the start every later launch gets.
 */
export async function warmCodeCache(command, args, text, ms = 4000) {
  const s = await startSession(command, args);
  const published = s.diagnosticsFor(1);
  s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'iam-trust-policy', version: 1, text } });
  await published;
  await new Promise((resolve) => setTimeout(resolve, ms));
  await stop(s);
}

/** Cold start: spawn -> initialize result -> first diagnostics for an opened document (median of `runs`). */
export async function coldStart(command, args, text, runs = 7) {
  const init = [];
  const first = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const s = await startSession(command, args);
    const published = s.diagnosticsFor(1);
    s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'iam-trust-policy', version: 1, text } });
    const { at } = await published;
    init.push(s.initialized - s.started);
    first.push(at - s.started);
    cpu.push(cpuMs(s.child.pid));
    await stop(s);
  }
  return { initializeMs: median(init), firstDiagnosticsMs: median(first), cpuMs: cpu.includes(undefined) ? undefined : median(cpu) };
}

/**
 * Typing in a Sid: alternately insert and delete one character; each didChange waits for its diagnostics, pushed by
 * the server or, with `pull`, requested right after the change as VS Code does (textDocument/diagnostic).
 */
export async function editLoop(command, args, text, edits = 500, pull = false) {
  const s = await startSession(command, args, pull);
  let version = 1;
  const opened = pull ? Promise.resolve() : s.diagnosticsFor(1);
  s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'iam-trust-policy', version, text } });
  await opened;
  if (pull) await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } });
  // With TRUST_POLICY_MEASURE_BLOCKING=1 the server measures how long its event loop is blocked: from here on.
  const measuring = process.env.TRUST_POLICY_MEASURE_BLOCKING === '1';
  if (measuring) await s.connection.sendRequest('iamTrustPolicy/blocking', { reset: true });
  const offset = text.indexOf('"Sid": "') + '"Sid": "'.length;
  const at = positionAt(text, offset);
  const after = { line: at.line, character: at.character + 1 };
  const samples = [];
  let cpuBefore;
  for (let i = 0; i < edits + 20; i++) {
    if (i === 20) cpuBefore = cpuMs(s.child.pid);
    const change = i % 2 === 0 ? { range: { start: at, end: at }, text: 'a' } : { range: { start: at, end: after }, text: '' };
    const published = pull ? undefined : s.diagnosticsFor(++version);
    if (pull) ++version;
    const t = now();
    s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [change] });
    const done = pull ? (await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } }), now()) : (await published).at;
    if (i >= 20) samples.push(done - t); // the first 20 warm the JIT
  }
  const blocking = measuring ? await s.connection.sendRequest('iamTrustPolicy/blocking', {}) : undefined;
  const rss = peakRssMb(s.child.pid);
  const cpuAfter = cpuMs(s.child.pid);
  await stop(s);
  const cpuPerEdit = cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / edits;
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), max: Math.max(...samples), peakRssMb: rss, cpuPerEditMs: cpuPerEdit, blockedMaxMs: blocking?.maxMs };
}

/** The floor for any Node server: an empty node process, spawn to exit (median wall) and its own CPU use at the end. */
export async function nodeStartup(runs = 7) {
  const times = [];
  const cpu = [];
  const rssMb = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    const child = spawn(process.execPath, ['-e', 'const u = process.cpuUsage(); process.stdout.write(`${(u.user + u.system) / 1000} ${process.memoryUsage().rss / 1048576}`)'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (b) => { out += b; });
    await new Promise((resolve) => child.on('close', resolve));
    times.push(now() - t);
    const [cpuUsed, rss] = out.split(' ').map(Number);
    cpu.push(cpuUsed);
    rssMb.push(rss);
  }
  return { wallMs: median(times), cpuMs: median(cpu), rssMb: median(rssMb) };
}
