// The binary files the server may load at run time (the build copies them into dist/), and the loader's shape.
// server/src/assets.json maps each name to the npm file it comes from; scripts/build.mjs reads the same list.
import sources from './assets.json';

/** Where each asset comes from, as a module path (`package/file`). */
export const ASSET_SOURCES: Readonly<Record<string, string>> = sources;
export const ASSET_NAMES: readonly string[] = Object.keys(sources);

/** Loads one of ASSET_NAMES; each platform has its own (assets-node.ts, assets-browser.ts). */
export type LoadAsset = (name: string) => Promise<Uint8Array>;

/** What a server entry gives the platform-independent server (server.ts). */
export interface ServerHost {
  loadAsset: LoadAsset;
  /** Reads what the client says about where assets are (`initializationOptions`); called once, on initialize. */
  configureAssets(initializationOptions: unknown): void;
}

/** Only the listed assets can be asked for, so a name can never become a path or a URL of its own. */
export function assertAssetName(name: string): void {
  if (!ASSET_NAMES.includes(name)) throw new Error(`unknown asset "${name}" (known: ${ASSET_NAMES.join(', ')})`);
}
