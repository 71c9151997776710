// CLI throughput: lint a folder of generated policies in one process, against reading + parsing them.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { corpusFile } from './policies.mjs';

const now = () => Number(process.hrtime.bigint()) / 1e6;

function timed(args) {
  return new Promise((resolve, reject) => {
    const t = now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b) => { stderr += b; });
    child.on('exit', (code) => (code === 0 || code === 1 ? resolve(now() - t) : reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`))));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Writes `count` policy files into `dir` and times the CLI and the read+parse baseline over them (median of runs). */
export async function cliThroughput({ cli, dir, count = 10_000, runs = 3 }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = corpusFile(i);
    bytes += text.length;
    fs.writeFileSync(path.join(dir, `role-${String(i).padStart(5, '0')}.json`), text);
  }
  const baseline = path.join(path.dirname(new URL(import.meta.url).pathname), 'read-parse.mjs');
  const lint = [];
  const parse = [];
  for (let r = 0; r < runs; r++) {
    lint.push(await timed([cli, '--format', 'json', dir]));
    parse.push(await timed([baseline, dir]));
  }
  const lintMs = median(lint);
  const parseMs = median(parse);
  fs.rmSync(dir, { recursive: true, force: true });
  return { files: count, megabytes: bytes / 1048576, lintMs, parseMs, filesPerSecond: (count / lintMs) * 1000, parseFilesPerSecond: (count / parseMs) * 1000, ratio: lintMs / parseMs };
}
