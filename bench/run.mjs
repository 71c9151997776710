// npm run bench: builds, measures everything against baselines from the same run, prints a table, writes results.md.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { megabytePolicy, policyOfSize, typicalPolicy } from './policies.mjs';
import { coldStart, editLoop, nodeStartup, warmCodeCache } from './lsp-roundtrip.mjs';
import { cliThroughput } from './cli-throughput.mjs';
import { renderResults } from './report.mjs';
import { packageSizes, renderSizes } from './package-sizes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-bench-'));
const quick = process.argv.includes('--quick');
const log = (m) => process.stderr.write(`bench: ${m}\n`);

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

try {
  const QUOTA = 2048;
  log('building dist/ and the benchmark bundles');
  run(process.execPath, ['scripts/build.mjs']);
  const bundle = (entry, outfile) => esbuild.build({ entryPoints: [path.join(ROOT, entry)], outfile, bundle: true, platform: 'node', target: 'node18', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' });
  const analysisJs = path.join(TMP, 'analysis.cjs');
  const jsonServerJs = path.join(TMP, 'json-server.cjs');
  await bundle('bench/analysis.ts', analysisJs);
  await bundle('bench/json-server.ts', jsonServerJs);
  const shapesJs = path.join(TMP, 'shapes.cjs');
  const flagsJs = path.join(TMP, 'v8-flags.cjs');
  await bundle('bench/shapes.ts', shapesJs);
  await bundle('server/src/v8-flags.ts', flagsJs);
  const { SHAPES, shapeOfSize } = createRequire(import.meta.url)(shapesJs);
  const { SERVER_V8_FLAGS } = createRequire(import.meta.url)(flagsJs);
  const shapes = SHAPES.flatMap((s) => [
    { name: s.name, about: s.about, size: 'quota', text: shapeOfSize(s, QUOTA, true).text },
    { name: s.name, about: s.about, size: '100 KB', text: shapeOfSize(s, 100_000).text },
  ]);

  const quota = policyOfSize(QUOTA);
  const megabyte = megabytePolicy();
  const input = {
    documents: [
      { name: 'typical (~15 lines)', text: typicalPolicy() },
      { name: `quota-sized (${QUOTA} non-ws chars)`, text: quota },
      { name: `4x quota (${QUOTA * 4} non-ws chars)`, text: policyOfSize(QUOTA * 4) },
      { name: '1 MB JSON, default options (structural only)', text: megabyte },
      { name: '1 MB JSON, full analysis forced', text: megabyte, fullAnalysis: true },
    ],
    growth: [1, 2, 4, 8, 32, 128].map((k) => ({ name: `${k * QUOTA}`, text: policyOfSize(k * QUOTA) })).concat([{ name: 'about 1 MB', text: megabyte }]),
    latencyDocument: quota,
    shapes: shapes.map(({ name, size, text }) => ({ name, size, text })),
  };
  const inputFile = path.join(TMP, 'input.json');
  fs.writeFileSync(inputFile, JSON.stringify(input));
  log('in-process analysis, completion and hover');
  const analysis = JSON.parse(run(process.execPath, [analysisJs, inputFile]));

  const server = path.join(ROOT, 'dist/server/main.js');
  const ours = [process.execPath, [server, '--stdio']];
  const baseline = [process.execPath, [jsonServerJs, '--stdio']];
  const edits = quick ? 100 : 500;
  log('cold starts (without, then with the server\'s V8 code cache)');
  // The server's code cache goes to a folder of this run (not the user's cache), so every run starts from none.
  process.env.TRUST_POLICY_CODE_CACHE = path.join(TMP, 'code-cache');
  const floor = await nodeStartup();
  process.env.TRUST_POLICY_CODE_CACHE = 'off';
  const firstStart = await coldStart(...ours, quota);
  process.env.TRUST_POLICY_CODE_CACHE = path.join(TMP, 'code-cache');
  await warmCodeCache(...ours, quota);
  const cold = { ours: await coldStart(...ours, quota), firstStart, baseline: await coldStart(...baseline, quota) };
  log(`editing round trips (${edits} edits each)`);
  const roundTrip = { ours: await editLoop(...ours, quota, edits), pull: await editLoop(...ours, quota, edits, true), baseline: await editLoop(...baseline, quota, edits) };
  log('shapes over stdio (the server also measures its longest blocked stretch)');
  const shapeTrips = [];
  process.env.TRUST_POLICY_MEASURE_BLOCKING = '1';
  for (const s of shapes) {
    const r = await editLoop(...ours, s.text, s.size === 'quota' ? (quick ? 60 : 200) : (quick ? 20 : 60));
    shapeTrips.push({ name: s.name, size: s.size, about: s.about, p50: r.p50, p99: r.p99, max: r.max, cpuPerEditMs: r.cpuPerEditMs, blockedMaxMs: r.blockedMaxMs });
  }
  delete process.env.TRUST_POLICY_MEASURE_BLOCKING;
  log('memory over 2,000 edits, without and with the V8 flags the client passes');
  const lean = [process.execPath, [...SERVER_V8_FLAGS, server, '--stdio']];
  const memory = { edits: 2000, flags: SERVER_V8_FLAGS, before: await editLoop(...ours, quota, 2000), after: await editLoop(...lean, quota, 2000) };
  await warmCodeCache(...lean, quota); // the V8 flags are part of the cache's name: a cache of its own
  const coldLean = await coldStart(...lean, quota);
  log('CLI throughput');
  const cli = await cliThroughput({ cli: path.join(ROOT, 'dist/cli.js'), dir: path.join(TMP, 'corpus'), count: quick ? 2000 : 10_000, runs: quick ? 1 : 3 });

  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGb: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} ${os.arch()}`, node: process.version, load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
  log('package sizes (.vsix and npm tarball)');
  const sizes = renderSizes(packageSizes(TMP));
  const rendered = renderResults({ analysis, shapeTrips, memory, coldLean, cold, floor, roundTrip, cli, machine, commit, edits, date: new Date().toISOString() });
  const [table, markdown] = [`${rendered.table}\n\n${sizes}`, `${rendered.markdown.trimEnd()}\n\n${sizes}`];
  process.stdout.write(`${table}\n`);
  if (!quick) {
    fs.writeFileSync(path.join(ROOT, 'bench/results.md'), markdown);
    log('wrote bench/results.md');
  }
} finally {
  fs.rmSync(TMP, { recursive: true, force: true });
}
