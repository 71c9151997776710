// What a Terraform virtual node remembers of its host element, so the editor can write changes back in HCL.
import type { JSONPath } from 'jsonc-parser';
import type { Range } from './terraform-parse';

/** A block of a policy document (`data`, `statement`, `principals`, `condition`): where it is and where its body is. */
export interface BlockInfo {
  range: Range;
  /** Offset of the `{` that opens the body and of the `}` that closes it. */
  open: number;
  close: number;
  /** Ranges of the body's attributes and blocks, in order. */
  children: Range[];
}

/** An HCL tuple (`[a, b]`) with its items. */
export interface TupleInfo {
  open: number;
  close: number;
  items: Range[];
}

/** An HCL object (`{ a = 1 }`) with its elements and the separator its elements use. */
export interface ObjectInfo {
  open: number;
  close: number;
  elems: Range[];
  separator: '=' | ':';
}

export type TerraformHandle =
  // jsonencode(...) object syntax
  | { form: 'hcl'; kind: 'object'; object: ObjectInfo }
  | { form: 'hcl'; kind: 'elem'; range: Range }
  | { form: 'hcl'; kind: 'tuple'; tuple: TupleInfo }
  | { form: 'hcl'; kind: 'expr'; range: Range }
  // JSON text in a heredoc or a quoted string
  | { form: 'json'; path: JSONPath; count?: number }
  // aws_iam_policy_document blocks
  | { form: 'doc'; kind: 'document'; block: BlockInfo }
  | { form: 'doc'; kind: 'statements'; document: BlockInfo; blocks: BlockInfo[]; dynamic: boolean }
  | { form: 'doc'; kind: 'statement'; block: BlockInfo; dynamic: boolean }
  /** A property written as one attribute (`sid`, `effect`, `actions`, `version`...). */
  | { form: 'doc'; kind: 'attribute'; range: Range }
  /** A property Terraform adds by default (Effect, Version); editing it writes the attribute. */
  | { form: 'doc'; kind: 'default'; owner: BlockInfo; attribute: 'effect' | 'version' }
  | { form: 'doc'; kind: 'expr'; range: Range }
  | { form: 'doc'; kind: 'list'; tuples: TupleInfo[]; range: Range }
  | { form: 'doc'; kind: 'principals'; owner: BlockInfo; blocks: BlockInfo[]; block: 'principals' | 'not_principals'; dynamic: boolean }
  | { form: 'doc'; kind: 'principal-type'; blocks: BlockInfo[] }
  | { form: 'doc'; kind: 'principal-star'; block: BlockInfo }
  | { form: 'doc'; kind: 'conditions'; owner: BlockInfo; blocks: BlockInfo[]; dynamic: boolean }
  | { form: 'doc'; kind: 'condition-test'; owner: BlockInfo; test: string; blocks: BlockInfo[] }
  | { form: 'doc'; kind: 'condition-variable'; blocks: BlockInfo[] }
  /** Something written with `dynamic` blocks or other documents: not editable. */
  | { form: 'doc'; kind: 'opaque' };
