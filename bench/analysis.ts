// In-process benchmark: diagnostics vs bare jsonc-parser parsing, schema validation by vscode-json-languageservice,
// and completion/hover latency. Bundled and run by bench/run.mjs; reads documents from argv[2], prints JSON.
import fs from 'node:fs';
import { parseTree, type ParseError } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'vscode-json-languageservice';
import { createTrustPolicyService } from '../server/src/service';
import { bundledReferenceData } from '../server/src/data';
import { DEFAULT_OPTIONS } from '../server/src/service/types';
import { parseTrustPolicy } from '../server/src/service/document';
import { TRUST_POLICY_SCHEMA } from './trust-policy-schema';

interface Input {
  documents: { name: string; text: string; fullAnalysis?: boolean }[];
  growth: { name: string; text: string }[];
  latencyDocument: string;
  shapes: { name: string; size: string; text: string }[];
}

// Every document as a string of its own: JSON.parse may hand out long strings as slices of the input file's text,
// which V8 reads through an indirection (a bare parse of one measured several times slower than of the same text
// built afresh), and an editor's server gets each document as a string of its own.
const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'), (_key, value) => (typeof value === 'string' && value.length > 64 ? Buffer.from(value, 'utf8').toString('utf8') : value)) as Input;
const service = createTrustPolicyService({ data: bundledReferenceData, onRuleError: (rule, e) => { throw new Error(`rule ${rule.id} threw: ${String(e)}`); } });
const jsonService = getLanguageService({});
jsonService.configure({ validate: true, schemas: [{ uri: 'inmemory://trust-policy.schema.json', fileMatch: ['*'], schema: TRUST_POLICY_SCHEMA }] });

const now = () => Number(process.hrtime.bigint()) / 1e6;
/** CPU time of this process in ms: unlike wall time, it does not grow when other processes compete for the CPU. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Median per-call CPU time (ms) over batches sized to take at least ~50 ms, for at least `minMs` of CPU in total.
 * CPU time is accounted in scheduler ticks (often 4-10 ms), so short batches would make the ratios swing.
 */
async function perCall(fn: () => unknown, minMs = 400): Promise<number> {
  for (let i = 0; i < 3; i++) await fn(); // warm up
  const probeStart = now();
  for (let i = 0; i < 10; i++) await fn();
  const once = Math.max((now() - probeStart) / 10, 0.0005);
  const batch = Math.max(1, Math.ceil(50 / once));
  const samples: number[] = [];
  const started = cpu();
  while (cpu() - started < minMs || samples.length < 7) {
    const t = cpu();
    for (let i = 0; i < batch; i++) await fn();
    samples.push((cpu() - t) / batch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** Calls per batch so that one batch takes about `targetMs` (after a warm-up). */
function batchSize(fn: () => unknown, targetMs: number): number {
  for (let i = 0; i < 3; i++) fn();
  let n = 0;
  const start = now();
  while (now() - start < 20) {
    fn();
    n++;
  }
  return Math.max(1, Math.ceil((targetMs * n) / (now() - start)));
}

/**
 * Median per-call time of `fn` on the main thread (wall clock) over batches of about 60 ms, for at least `minMs`.
 * Not the process's CPU time: that adds V8's background threads (concurrent marking, compilers), whose work from
 * earlier measurements landed on later ones and made them swing several-fold.
 */
function perCallSync(fn: () => unknown, minMs: number): number {
  const size = batchSize(fn, 60);
  const samples: number[] = [];
  const started = now();
  while (now() - started < minMs || samples.length < 7) {
    const t = now();
    for (let i = 0; i < size; i++) fn();
    samples.push((now() - t) / size);
  }
  return samples.sort((x, y) => x - y)[Math.floor(samples.length / 2)];
}

const PARSE_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true };
/**
 * The floor: jsonc-parser's parseTree on each text, measured before this process runs any of the service, as in an
 * editor that only parses the JSON. (Measured after the service, parseTree's speed varied 4x from run to run with
 * the optimiser's decisions about code the service shares with it, which made the ratios swing.)
 */
const bareParse = new Map<string, number>();
function parseFloor(text: string): number {
  const ms = bareParse.get(text);
  if (ms === undefined) throw new Error('bare parse not measured for this text');
  return ms;
}

let version = 0;
// One document, edited: every call is a new version whose text differs from the previous one (a space at the end
// on every other call), so the service's cache of model and findings misses as on a keystroke, while the service
// holds one document's model, as an editor's server does. (A new uri per call would keep up to 200 models alive,
// hundreds of MB for the large documents, and measure the garbage collector walking them.)
const fresh = (text: string) => {
  version++;
  return TextDocument.create('file:///bench.trust.json', 'iam-trust-policy', version, version % 2 ? text : `${text} `);
};

async function analysisRow(name: string, text: string, fullAnalysis: boolean) {
  const options = fullAnalysis ? { maxDocumentSize: Number.MAX_SAFE_INTEGER } : {};
  const parse = parseFloor(text);
  const diagnostics = perCallSync(() => service.validate(fresh(text), options), 600);
  const schema = await perCall(async () => {
    const d = fresh(text);
    return jsonService.doValidation(d, jsonService.parseJSONDocument(d));
  });
  const count = service.validate(fresh(text), options).length;
  return { name, chars: text.length, parseMs: parse, diagnosticsMs: diagnostics, ratio: diagnostics / parse, schemaMs: schema, findings: count };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Completion and hover at several cursor places in the quota-sized policy; each call timed on its own. */
function latency(text: string) {
  const places = ['"ec2.amazonaws.com"', '"Action"', '"sts:AssumeRole"', '"aws:SourceAccount"', '"StringEquals"', '"Principal": {', '"Effect": "'].map((needle) => {
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`latency document lacks ${needle}`);
    return at + Math.min(needle.length - 1, 3);
  });
  const run = (what: 'complete' | 'hover', cached: boolean) => {
    const samples: number[] = [];
    let doc = fresh(text);
    service.validate(doc); // the editor has diagnostics for this version already
    const wall: number[] = [];
    for (let round = 0; round < 300; round++) {
      for (const offset of places) {
        if (!cached) doc = fresh(text);
        const position = doc.positionAt(offset);
        const w = now();
        const t = cpu();
        if (what === 'complete') service.complete(doc, position);
        else service.hover(doc, position);
        samples.push(cpu() - t);
        wall.push(now() - w);
      }
    }
    samples.splice(0, places.length * 20); // warm-up rounds
    wall.splice(0, places.length * 20);
    samples.sort((a, b) => a - b);
    wall.sort((a, b) => a - b);
    return { p50: percentile(samples, 50), p99: percentile(samples, 99), max: samples[samples.length - 1], wallP50: percentile(wall, 50), wallP99: percentile(wall, 99) };
  };
  return {
    completion: run('complete', true), hover: run('hover', true),
    completionAfterEdit: run('complete', false), hoverAfterEdit: run('hover', false),
  };
}

/** CPU time of each rule's check on one document (median of batches), the costliest first. */
async function ruleCosts(text: string) {
  const policy = service.parse(fresh(text));
  const ctx = { policy, data: bundledReferenceData, options: { ...DEFAULT_OPTIONS } };
  const costs = [];
  for (const rule of service.rules) costs.push({ id: rule.id, ms: await perCall(() => rule.check(ctx), 30) });
  const parseModel = perCallSync(() => parseTrustPolicy(text), 300);
  return { parseModelMs: parseModel, rules: costs.sort((a, b) => b.ms - a.ms) };
}

async function main() {
  // Warm every path up before measuring anything, so the first rows do not pay for the JIT.
  for (const text of [...input.documents, ...input.growth, ...input.shapes].map((d) => d.text)) {
    if (!bareParse.has(text)) bareParse.set(text, perCallSync(() => parseTree(text, [] as ParseError[], PARSE_OPTIONS), 300));
  }
  const warmUntil = cpu() + 1500;
  while (cpu() < warmUntil) {
    for (const d of input.documents.slice(0, 3)) {
      const doc = fresh(d.text);
      service.validate(doc);
      service.complete(doc, doc.positionAt(d.text.length >> 1));
      service.hover(doc, doc.positionAt(d.text.length >> 2));
    }
  }
  // Latency first, on the heap an editing session has (before the megabyte documents below fill it).
  const latencyResult = latency(input.latencyDocument);
  const rows = [];
  for (const d of input.documents) rows.push(await analysisRow(d.name, d.text, !!d.fullAnalysis));
  const growth = [];
  for (const g of input.growth) {
    const r = await analysisRow(g.name, g.text, true);
    growth.push({ ...r, usPerKChar: (r.diagnosticsMs * 1000) / (r.chars / 1000), parseUsPerKChar: (r.parseMs * 1000) / (r.chars / 1000) });
  }
  const shapes = [];
  for (const s of input.shapes) {
    const parse = parseFloor(s.text);
    const diagnostics = perCallSync(() => service.validate(fresh(s.text), { maxDocumentSize: Number.MAX_SAFE_INTEGER }), 300);
    shapes.push({ name: s.name, size: s.size, chars: s.text.length, parseMs: parse, diagnosticsMs: diagnostics, ratio: diagnostics / parse, findings: service.validate(fresh(s.text)).length });
  }
  const costs = await ruleCosts(input.latencyDocument);
  process.stdout.write(JSON.stringify({ rows, growth, shapes, latency: latencyResult, rules: service.rules.length, costs }));
}

void main();
