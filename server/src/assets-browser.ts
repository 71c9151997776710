// Loads the server's wasm assets in a web worker: fetched from the extension's dist/ URL, which the client sends.
import { assertAssetName } from './assets';

interface AssetLocations {
  /** The extension's dist/ folder, ending in a slash. */
  assetBaseUri?: string;
  /** Per-asset URLs (blob: URLs where dist/ is not fetchable from a worker); these win over assetBaseUri. */
  assetUris?: Record<string, string>;
}

let locations: AssetLocations = {};

export function configureAssets(initializationOptions: unknown): void {
  const init = (initializationOptions && typeof initializationOptions === 'object' ? initializationOptions : {}) as Record<string, unknown>;
  const uris = init.assetUris && typeof init.assetUris === 'object' ? (init.assetUris as Record<string, unknown>) : {};
  locations = {
    assetBaseUri: typeof init.assetBaseUri === 'string' ? init.assetBaseUri : undefined,
    assetUris: Object.fromEntries(Object.entries(uris).filter((e): e is [string, string] => typeof e[1] === 'string')),
  };
}

function urlOf(name: string): string | undefined {
  const own = locations.assetUris?.[name];
  if (own) return own;
  if (!locations.assetBaseUri) return undefined;
  const base = locations.assetBaseUri.endsWith('/') ? locations.assetBaseUri : `${locations.assetBaseUri}/`;
  return new URL(name, base).href;
}

export async function loadAsset(name: string): Promise<Uint8Array> {
  assertAssetName(name);
  const url = urlOf(name);
  if (!url) throw new Error(`cannot load ${name}: the client sent no assetBaseUri in initializationOptions`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${name} from ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
