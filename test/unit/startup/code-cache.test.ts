// The server's start through a V8 code cache (server/src/code-cache.ts): where the cache lives, that a second start
// uses it, that a changed bundle or a damaged cache falls back to compiling, and that the bundle runs as a module.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeCacheDir, codeCacheName } from '../../../server/src/code-cache';

const ROOT = path.resolve(__dirname, '../../..');
const LOADER = path.join(ROOT, 'server/src/code-cache.ts');

describe('code cache for the server bundle', () => {
  it('lives in the per-user cache folder of each platform, or where TRUST_POLICY_CODE_CACHE says, or nowhere', () => {
    assert.equal(codeCacheDir({ TRUST_POLICY_CODE_CACHE: 'off' }, 'linux', '/home/u'), undefined);
    assert.equal(codeCacheDir({ TRUST_POLICY_CODE_CACHE: '/x/y' }, 'linux', '/home/u'), '/x/y');
    assert.equal(codeCacheDir({}, 'linux', '/home/u'), path.join('/home/u', '.cache', 'trust-policy-lint'));
    assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/c' }, 'linux', '/home/u'), path.join('/c', 'trust-policy-lint'));
    assert.equal(codeCacheDir({}, 'darwin', '/Users/u'), path.join('/Users/u', 'Library', 'Caches', 'trust-policy-lint'));
    assert.equal(codeCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u'), path.join('C:\\Users\\u\\AppData\\Local', 'trust-policy-lint'));
    assert.equal(codeCacheDir({}, 'win32', ''), undefined);
    assert.equal(codeCacheDir({}, 'linux', ''), undefined);
  });

  it('names the cache after the bundle text, so a new version never reads an old cache', () => {
    assert.notEqual(codeCacheName('server', 'a'), codeCacheName('server', 'b'));
    assert.equal(codeCacheName('server', 'a'), codeCacheName('server', 'a'));
    assert.match(codeCacheName('server', 'a'), /^server-[0-9a-f]{24}\.v8cache$/);
  });

  describe('starting a bundle', () => {
    let dir: string;
    let bundle: string;
    const start = (env: Record<string, string> = {}) => {
      const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', `require(${JSON.stringify(LOADER)}).runWithCodeCache(${JSON.stringify(bundle)}, module)`], {
        cwd: ROOT, encoding: 'utf8', timeout: 30_000,
        env: { ...process.env, TRUST_POLICY_CODE_CACHE: path.join(dir, 'cache'), TRUST_POLICY_CODE_CACHE_DEBUG: '1', TRUST_POLICY_CODE_CACHE_WRITE_MS: '0', ...env },
      });
      assert.equal(r.status, 0, r.stderr);
      return { out: r.stdout, states: r.stderr.split('\n').filter((l) => l.startsWith('code cache: ')).map((l) => l.slice(12).split(' ')[0]) };
    };
    const cacheFiles = () => (fs.existsSync(path.join(dir, 'cache')) ? fs.readdirSync(path.join(dir, 'cache')).filter((n) => n.endsWith('.v8cache')) : []);

    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-code-cache-'));
      bundle = path.join(dir, 'bundle.js');
      // A bundle that checks it runs as a CommonJS module of its own file, and stays up long enough to be cached.
      fs.writeFileSync(bundle, [
        'const same = exports === module.exports && this === exports;',
        'const p = require("node:path");',
        'function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }',
        'module.exports = { ok: true };',
        'process.stdout.write(JSON.stringify({ file: __filename, dir: __dirname, exportsIsModule: same, joined: p.join("a", "b"), sum: work(10) }));',
        'setTimeout(() => {}, 200);',
      ].join('\n'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('runs the bundle as a module of its own file, writes the cache, and the next start uses it', () => {
      const first = start();
      assert.deepEqual(JSON.parse(first.out), { file: bundle, dir, exportsIsModule: true, joined: path.join('a', 'b'), sum: 45 });
      assert.deepEqual(first.states, ['none', 'written']);
      assert.equal(cacheFiles().length, 1);
      const second = start();
      assert.deepEqual(second.states, ['used']);
      assert.equal(JSON.parse(second.out).sum, 45);
    });

    it('falls back to compiling when the bundle changed or the cache is damaged, and rewrites it', () => {
      start();
      fs.appendFileSync(bundle, '\n// a new version\n');
      assert.deepEqual(start().states, ['none', 'written'], 'a changed bundle has a cache of its own');
      assert.equal(cacheFiles().length, 2);
      for (const f of cacheFiles()) fs.writeFileSync(path.join(dir, 'cache', f), Buffer.from('not a V8 cache'));
      const damaged = start();
      assert.deepEqual(damaged.states, ['rejected', 'written']);
      assert.equal(JSON.parse(damaged.out).sum, 45);
      assert.deepEqual(start().states, ['used']);
    });

    it('keeps a few cache files, not one per version ever started', () => {
      for (let v = 0; v < 6; v++) {
        fs.appendFileSync(bundle, `\n// version ${v}\n`);
        start();
      }
      assert.equal(cacheFiles().length, 4);
    });

    it('does nothing when turned off, and a cache folder that cannot be written only costs the time', () => {
      assert.deepEqual(start({ TRUST_POLICY_CODE_CACHE: 'off' }).states, ['off']);
      const blocked = path.join(dir, 'blocked');
      fs.writeFileSync(blocked, 'a file where the folder should be');
      const r = start({ TRUST_POLICY_CODE_CACHE: blocked });
      assert.deepEqual(r.states, ['none', 'not']);
      assert.equal(JSON.parse(r.out).sum, 45);
    });
  });
});
