// Embedded trust policies: a host file (CloudFormation template, Terraform file) holds policies; each becomes a
// virtual JSON policy with a map from every JSON node back to its range in the host text. Rules, completion,
// hover and explain run on the virtual JSON and never learn about YAML or HCL.
import type { OffsetRange } from '../types';

/** One JSON node of the virtual text and the host element it came from. */
export interface MappedNode {
  /** The JSON node's range in the virtual text (a string node includes its quotes). */
  virtual: OffsetRange;
  /** The host element's range in the host text (a quoted scalar includes its quotes). */
  host: OffsetRange;
  /**
   * For string scalars whose characters appear one-to-one in the host (no escapes, no substitutions): where the
   * content starts in each text, so offsets inside the string map linearly (cursor positions, sub-ranges).
   */
  linear?: { virtual: number; host: number; length: number };
  /** What the host element is; the host's editor reads `handle` to edit it. */
  kind: 'object' | 'array' | 'property' | 'key' | 'scalar';
  /** Host-specific handle (e.g. the yaml Node or the tree-sitter node) for the host's editor. */
  handle?: unknown;
}

/** A host-syntax editor: turns a change of the virtual JSON into host edits. */
export interface HostEditor {
  /**
   * Replace the host element of `node` (an object, array or scalar) with `value` rendered in host syntax.
   * `original` looks up the host text a scalar had (so unknown values such as `!Ref X` or `var.x` and the
   * author's quoting survive re-rendering). Returns undefined when the value cannot be written in this host.
   */
  replace(node: MappedNode, value: unknown, original: (virtualString: string) => string | undefined): HostEdit | undefined;
  /** Remove a property (key and value) of an object. */
  removeProperty(object: MappedNode, property: MappedNode): HostEdit | undefined;
  /** Add a property at the end of an object. */
  addProperty(object: MappedNode, key: string, value: unknown, original: (virtualString: string) => string | undefined): HostEdit | undefined;
  /** Remove an item of an array. */
  removeItem?(array: MappedNode, item: MappedNode): HostEdit | undefined;
  /**
   * A string as a completion writes it over the scalar `node` (default: a JSON string); null when that element
   * has no string form in the host (a Terraform block keyword), so the completion is not offered.
   */
  renderString?(node: MappedNode, value: string): string | null;
  /** Add an item at the end of an array. */
  addItem?(array: MappedNode, value: unknown, original: (virtualString: string) => string | undefined): HostEdit | undefined;
}

export interface HostEdit {
  offset: number;
  length: number;
  newText: string;
}

export interface VirtualPolicy {
  /** Names the role in messages and `--explain`: a logical id (`GitHubRole`) or resource address (`aws_iam_role.ci`). */
  name: string;
  /** How the policy is written in the host, e.g. `cloudformation-yaml`, `terraform-jsonencode`, `terraform-policy-document`. */
  form: string;
  /** The virtual JSON policy text. */
  text: string;
  /** Every JSON node of `text` with its host element, sorted by virtual offset (parents before children). */
  nodes: MappedNode[];
  /** Virtual ranges (string nodes, quotes included) whose value the file cannot know, in whole or in part. */
  unknowns: OffsetRange[];
  /** Where the whole policy sits in the host (findings with no better place go here). */
  hostRange: OffsetRange;
  /** Where the role is declared (its logical id / resource label), for lenses and messages. */
  roleRange: OffsetRange;
  /** Account ids in `text` that stand for "the role's own account" (AWS::AccountId, aws_caller_identity). */
  ownAccounts: readonly string[];
  /** Edits the host; undefined when fixes cannot be written back (they are then not offered). */
  editor?: HostEditor;
}

/** What a host module sees of other files (Terraform modules span the .tf files of one folder). */
export interface HostContext {
  /** Other files of the same folder that the host may read (uri and text); empty when unknown. */
  siblings?: () => readonly { uri: string; text: string }[];
  /** Changes whenever what `siblings()` returns may have changed (open versions, file times): part of the cache key. */
  stamp?: () => string;
}

/** One host format: recognises its files and extracts their trust policies. */
export interface HostFormat {
  id: string;
  /** Cheap test on the file name and text: could this file hold trust policies in this format? */
  accepts(uri: string, languageId: string, text: string): boolean;
  /** Every trust policy in the file; never throws (bad input gives no policies or a syntax finding). */
  extract(uri: string, text: string, context: HostContext): HostExtraction;
  /**
   * Completion where the host has no element yet (`Service: |`, a new key on an empty line): the host text with a
   * placeholder element written at `offset`, so extraction yields a scalar or key there to complete. Undefined when
   * the position is not such a place.
   */
  completionProbe?(text: string, offset: number): CompletionProbe | undefined;
}

export interface CompletionProbe {
  /** The host text with the placeholder inserted. */
  text: string;
  /** The placeholder's range in `text` (the element completion fills in). */
  placeholder: OffsetRange;
  /** Written before the completed value in the real file (a space after a bare `Key:`). */
  before: string;
  /** Written after a completed key (`: ` in YAML). */
  afterKey: string;
}

export interface HostExtraction {
  policies: VirtualPolicy[];
  /** Problems of the host file itself that stop extraction (a YAML or HCL syntax error), as host ranges. */
  problems: { range: OffsetRange; message: string }[];
  /** The result will change without the file changing (a parser still loading): it is not cached. */
  transient?: boolean;
}

/**
 * The account id that stands for "the role's own account" when the file does not say which it is
 * (`${AWS::AccountId}`, `data.aws_caller_identity.current.account_id`). Messages show it as "this account".
 */
export const OWN_ACCOUNT = '000000000000';
