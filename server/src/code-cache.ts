// Starts a CommonJS bundle through a V8 code cache, so a language server that editors start often does not compile
// its 2 MB of JavaScript from scratch each time (Node 22 has module.enableCompileCache() for this; Node 20 does not).
//
// The cache is V8's own serialized bytecode for this exact bundle text, Node version, architecture and V8 flags
// (all part of the file name), written a few seconds after start-up (so it also holds the functions the first
// analysis compiled) to a per-user cache folder. V8 checks the data and falls back to compiling when it does not fit. A
// missing, unreadable or unwritable cache only costs the time it was meant to save. TRUST_POLICY_CODE_CACHE=off
// turns it off; TRUST_POLICY_CODE_CACHE=<folder> puts it elsewhere; TRUST_POLICY_CODE_CACHE_DEBUG=1 reports on stderr.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/** How many cache files (bundle versions, Node versions, flag sets) are kept; older ones are removed when writing. */
const KEEP = 4;
/**
 * Written this long after start-up, so it also holds what the first analysis compiled; a process that ends sooner
 * (`--version`, a short test) writes nothing, and the next start tries again.
 */
const WRITE_AFTER_MS = 3000;

/** The per-user cache folder, or undefined when turned off or there is no place for it. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform, home: string = os.homedir()): string | undefined {
  const setting = env.TRUST_POLICY_CODE_CACHE;
  if (setting === 'off' || setting === '0' || setting === 'false') return undefined;
  if (setting) return setting;
  const base = platform === 'win32' ? env.LOCALAPPDATA : platform === 'darwin' ? (home && path.join(home, 'Library', 'Caches')) : env.XDG_CACHE_HOME || (home && path.join(home, '.cache'));
  return base ? path.join(base, 'trust-policy-lint') : undefined;
}

/** The cache file name for this bundle text in this process (Node version, architecture, V8 flags). */
export function codeCacheName(prefix: string, source: string): string {
  const key = createHash('sha256').update(source).update('\0').update(process.version).update('\0').update(process.arch).update('\0').update(process.execArgv.join(' ')).digest('hex').slice(0, 24);
  return `${prefix}-${key}.v8cache`;
}

function writeAtomically(dir: string, file: string, data: Buffer, prefix: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data, { mode: 0o600 });
  fs.renameSync(tmp, file);
  const others = fs.readdirSync(dir).filter((n) => n.startsWith(`${prefix}-`) && n.endsWith('.v8cache') && path.join(dir, n) !== file)
    .map((n) => ({ n, t: fs.statSync(path.join(dir, n)).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { n } of others.slice(KEEP - 1)) fs.rmSync(path.join(dir, n), { force: true });
}

/** Compiles and runs `bundle` (a CommonJS file) as a module under `parent`, through the code cache. */
export function runWithCodeCache(bundle: string, parent: NodeJS.Module, prefix = 'server'): void {
  const debug = process.env.TRUST_POLICY_CODE_CACHE_DEBUG === '1' ? (m: string) => process.stderr.write(`code cache: ${m}\n`) : () => undefined;
  const source = fs.readFileSync(bundle, 'utf8');
  const dir = codeCacheDir();
  const file = dir ? path.join(dir, codeCacheName(prefix, source)) : undefined;
  let cached: Buffer | undefined;
  if (file) {
    try {
      cached = fs.readFileSync(file);
    } catch {
      cached = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: cached });
  const state = !file ? 'off' : !cached ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  debug(`${state}${file ? ` ${file}` : ''}`);
  if (file && dir && state !== 'used') {
    const write = () => {
      try {
        writeAtomically(dir, file, script.createCachedData(), prefix);
        debug(`written ${file}`);
      } catch (error) {
        debug(`not written: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    setTimeout(write, Number(process.env.TRUST_POLICY_CODE_CACHE_WRITE_MS ?? WRITE_AFTER_MS)).unref();
  }
  const m = new Module(bundle, parent);
  m.filename = bundle;
  m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(bundle));
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void;
  run.call(m.exports, m.exports, createRequire(bundle), m, bundle, path.dirname(bundle));
}
