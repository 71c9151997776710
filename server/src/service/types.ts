// Core types of the language service: severities, options, findings and rules (no LSP imports).
import type { Node } from 'jsonc-parser';
import type { ReferenceData } from '../data/types';
import type { TrustPolicy } from './document';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** A span of the document text, in UTF-16 offsets. */
export interface OffsetRange {
  offset: number;
  length: number;
}

/** User-facing options; the server reads them from settings, the CLI from flags. */
export interface ServiceOptions {
  /** Accounts the policies live in (same-account vs cross-account). */
  accounts: readonly string[];
  /** Per-rule severity overrides, by rule id. */
  ruleSeverities: Readonly<Record<string, SeveritySetting>>;
  /** Role trust policy size quota, in characters without whitespace. */
  sizeQuota: number;
  /** Extra service principal names to accept as known. */
  extraServicePrincipals: readonly string[];
  /** Extra OIDC provider hosts (e.g. a self-hosted GitLab) to treat as known providers. */
  extraOidcProviders: readonly string[];
  /** Documents longer than this (characters) get only structural analysis. */
  maxDocumentSize: number;
}

export const DEFAULT_OPTIONS: ServiceOptions = {
  accounts: [],
  ruleSeverities: {},
  sizeQuota: 2048,
  extraServicePrincipals: [],
  extraOidcProviders: [],
  maxDocumentSize: 1_000_000,
};

/** What a rule reports; the service turns it into a Diagnostic. */
export interface RuleFinding {
  /** Where the problem is. Prefer a node (its range is taken) or an explicit range. */
  node?: Node;
  range?: OffsetRange;
  message: string;
  /** Overrides the rule's default severity for this finding (e.g. a wildcard narrowed by a condition). */
  severity?: Severity;
  /** Marks the range as unnecessary (faded) or deprecated (struck through) in editors. */
  tags?: readonly ('unnecessary' | 'deprecated')[];
  /** Whatever the rule's fixes need; travels as Diagnostic.data. Must be JSON-serialisable. */
  data?: Record<string, unknown>;
}

/** A text replacement in offsets; `newText` may be a snippet when `snippet` is set on the fix. */
export interface OffsetEdit {
  offset: number;
  length: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: readonly OffsetEdit[];
  /** The fix a fix-all command applies. */
  isPreferred?: boolean;
  /** When set, newText of the single edit is an LSP snippet (with $1 placeholders). */
  snippet?: boolean;
}

export interface RuleContext {
  policy: TrustPolicy;
  data: ReferenceData;
  options: ServiceOptions;
}

export interface Rule {
  /** Stable kebab-case id; shown as the diagnostic code and used in settings. */
  id: string;
  defaultSeverity: Severity;
  /** One sentence on what the rule checks (docs, CLI --list-rules). */
  description: string;
  /** AWS documentation that explains the rule. */
  docsUrl: string;
  /** Runs even when the document is too large for full analysis. */
  structural?: boolean;
  check(ctx: RuleContext): RuleFinding[];
  /** Fixes for one of this rule's findings (recomputed on the current document). */
  fix?(finding: RuleFinding, ctx: RuleContext): Fix[];
}
