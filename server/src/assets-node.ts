// Loads the server's wasm assets on Node: from the bundle's folder (dist/), or from node_modules when run from sources.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { ASSET_SOURCES, assertAssetName } from './assets';

/**
 * The bundles sit in dist/ (cli.js) and dist/server/ (main.js); the assets in dist/. Run from the TypeScript
 * sources (tests), the files are found where npm installed them.
 */
function candidates(name: string): string[] {
  const found = [path.join(__dirname, name), path.join(__dirname, '..', name)];
  try {
    found.push(require.resolve(ASSET_SOURCES[name]));
  } catch {
    // not installed: only the bundle's own copies count
  }
  return found;
}

export async function loadAsset(name: string): Promise<Uint8Array> {
  assertAssetName(name);
  const tried = candidates(name);
  for (const file of tried) {
    try {
      return new Uint8Array(await readFile(file));
    } catch {
      // try the next place
    }
  }
  throw new Error(`cannot load ${name}; looked in ${tried.join(', ')}`);
}

/** On Node the assets are always beside the bundle: nothing to configure. */
export function configureAssets(_initializationOptions: unknown): void {}
