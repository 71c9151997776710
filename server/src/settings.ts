// Reads the user's settings (iamTrustPolicy.*) into service options; shared by the server and the CLI.
import { DEFAULT_OPTIONS, SEVERITIES, type ServiceOptions, type SeveritySetting } from './service/types';

export const SETTINGS_SECTION = 'iamTrustPolicy';

/** The settings object as it arrives from the client (every field optional and untrusted). */
export interface RawSettings {
  accounts?: unknown;
  rules?: unknown;
  sizeQuota?: unknown;
  extraServicePrincipals?: unknown;
  extraOidcProviders?: unknown;
  maxDocumentSize?: unknown;
}

const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter(Boolean) : []);

export function isSeveritySetting(v: unknown): v is SeveritySetting {
  return v === 'off' || (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v));
}

export function optionsFromSettings(raw: RawSettings | undefined | null): ServiceOptions {
  const s = raw && typeof raw === 'object' ? raw : {};
  const ruleSeverities: Record<string, SeveritySetting> = {};
  if (s.rules && typeof s.rules === 'object' && !Array.isArray(s.rules)) {
    for (const [id, sev] of Object.entries(s.rules as Record<string, unknown>)) {
      const value = typeof sev === 'string' ? sev.toLowerCase() : sev;
      const normalised = value === 'info' ? 'information' : value;
      if (isSeveritySetting(normalised)) ruleSeverities[id] = normalised;
    }
  }
  const positive = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback);
  return {
    accounts: stringList(s.accounts),
    ruleSeverities,
    sizeQuota: positive(s.sizeQuota, DEFAULT_OPTIONS.sizeQuota),
    extraServicePrincipals: stringList(s.extraServicePrincipals),
    extraOidcProviders: stringList(s.extraOidcProviders),
    maxDocumentSize: positive(s.maxDocumentSize, DEFAULT_OPTIONS.maxDocumentSize),
  };
}
