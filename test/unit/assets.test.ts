// The wasm asset loaders: Node reads the bundle's copies (or node_modules from sources), the browser loader fetches
// from the URLs the client sends; both refuse names that are not on the list.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ASSET_NAMES, ASSET_SOURCES } from '../../server/src/assets';
import * as nodeAssets from '../../server/src/assets-node';
import * as browserAssets from '../../server/src/assets-browser';

const ROOT = path.resolve(__dirname, '../..');
const expected = (name: string) => new Uint8Array(fs.readFileSync(require.resolve(ASSET_SOURCES[name])));
const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

describe('assets', () => {
  it('lists the tree-sitter runtime and the Terraform grammar', () => {
    assert.deepEqual([...ASSET_NAMES].sort(), ['tree-sitter-terraform.wasm', 'web-tree-sitter.wasm']);
  });

  it('the build copies every asset into dist/ (shipped in the .vsix and the npm package)', () => {
    for (const name of ASSET_NAMES) assert.deepEqual(new Uint8Array(fs.readFileSync(path.join(ROOT, 'dist', name))), expected(name), name);
  });

  describe('node loader', () => {
    for (const name of ['web-tree-sitter.wasm', 'tree-sitter-terraform.wasm']) {
      it(`loads ${name}`, async () => {
        const bytes = await nodeAssets.loadAsset(name);
        assert.deepEqual([...bytes.subarray(0, 4)], WASM_MAGIC);
        assert.deepEqual(bytes, expected(name));
      });
    }
    it('refuses a name that is not an asset (no paths out of the folder)', async () => {
      await assert.rejects(nodeAssets.loadAsset('../package.json'), /unknown asset/);
      await assert.rejects(nodeAssets.loadAsset('cli.js'), /unknown asset/);
    });
  });

  describe('browser loader', () => {
    let server: http.Server;
    let base: string;
    const requested: string[] = [];
    before(async () => {
      server = http.createServer((req, res) => {
        requested.push(req.url ?? '');
        const name = (req.url ?? '').replace(/^\/ext\/dist\//, '');
        if (!ASSET_NAMES.includes(name)) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/wasm' }).end(fs.readFileSync(path.join(ROOT, 'dist', name)));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ext/dist/`;
    });
    after(() => server.close());

    it('fetches from assetBaseUri', async () => {
      browserAssets.configureAssets({ assetBaseUri: base });
      assert.deepEqual(await browserAssets.loadAsset('tree-sitter-terraform.wasm'), expected('tree-sitter-terraform.wasm'));
      assert.equal(requested.at(-1), '/ext/dist/tree-sitter-terraform.wasm');
    });

    it('adds the missing slash to assetBaseUri', async () => {
      browserAssets.configureAssets({ assetBaseUri: base.slice(0, -1) });
      assert.deepEqual(await browserAssets.loadAsset('web-tree-sitter.wasm'), expected('web-tree-sitter.wasm'));
    });

    it('prefers a per-asset URL (the blob: URLs of a remote extension) over the base', async () => {
      browserAssets.configureAssets({ assetBaseUri: 'http://127.0.0.1:1/nothing/', assetUris: { 'web-tree-sitter.wasm': `${base}web-tree-sitter.wasm` } });
      assert.deepEqual(await browserAssets.loadAsset('web-tree-sitter.wasm'), expected('web-tree-sitter.wasm'));
    });

    it('says clearly when the client sent no location, or the file is not there', async () => {
      browserAssets.configureAssets(undefined);
      await assert.rejects(browserAssets.loadAsset('web-tree-sitter.wasm'), /no assetBaseUri/);
      browserAssets.configureAssets({ assetBaseUri: `${base}missing/` });
      await assert.rejects(browserAssets.loadAsset('web-tree-sitter.wasm'), /HTTP 404/);
    });

    it('refuses a name that is not an asset', async () => {
      browserAssets.configureAssets({ assetBaseUri: base });
      await assert.rejects(browserAssets.loadAsset('../../secret'), /unknown asset/);
    });
  });
});
