// The extension manifest is ready for the Marketplace and for the web: entries, extension kind, capabilities, no
// placeholder links, a real icon, and README pictures that exist.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('extension manifest', () => {
  it('has a desktop (main) and a web (browser) entry, both built by scripts/build.mjs', () => {
    assert.equal(manifest.main, './dist/client/extension.js');
    assert.equal(manifest.browser, './dist/client/browser.js');
    const build = fs.readFileSync(path.join(ROOT, 'scripts', 'build.mjs'), 'utf8');
    for (const entry of ['client/src/extension.ts', 'client/src/browser.ts', 'server/src/main.ts', 'server/src/browser-main.ts']) assert.ok(build.includes(entry), entry);
  });

  it('runs where the workspace is on desktop remotes; VS Code adds the web host itself because of the browser entry', () => {
    // A manifest may only name ui/workspace; VS Code drops "web" from it and infers it from `browser`.
    assert.deepEqual(manifest.extensionKind, ['workspace']);
    const caps = manifest.capabilities as { virtualWorkspaces?: unknown; untrustedWorkspaces?: { supported?: unknown } };
    assert.equal(caps.virtualWorkspaces, true);
    assert.equal(caps.untrustedWorkspaces?.supported, true);
  });

  it('names no placeholder home: repository, homepage, bugs and qna are real or absent', () => {
    for (const key of ['repository', 'homepage', 'bugs', 'qna']) {
      const value = JSON.stringify(manifest[key] ?? '');
      assert.doesNotMatch(value, /example\.(invalid|com|org)|localhost|TODO/i, `${key}: ${value}`);
    }
  });

  it('has an icon of at least 128x128 pixels', () => {
    const { width, height } = pngSize(path.join(ROOT, String(manifest.icon)));
    assert.ok(width >= 128 && height >= 128, `${width}x${height}`);
  });

  it('every picture the README shows exists (they ship in the .vsix)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(pictures.length >= 4);
    for (const p of pictures) assert.ok(fs.existsSync(path.join(ROOT, p)), p);
  });
});
