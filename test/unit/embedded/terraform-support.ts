// Loads the Terraform parser for tests from node_modules, and helpers to read fixtures and apply host edits.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { initTerraform } from '../../../server/src/service/embedded/terraform';
import { parseHcl } from '../../../server/src/service/embedded/terraform-parse';
import { findNodeAtLocation, parseTree, type JSONPath } from 'jsonc-parser';
import type { HostEdit, MappedNode, VirtualPolicy } from '../../../server/src/service/embedded/types';

const wasmFiles: Record<string, string> = {
  'web-tree-sitter.wasm': 'node_modules/web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-terraform.wasm': 'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
};

export const root = path.resolve(__dirname, '../../..');

export function loadTerraform(): Promise<void> {
  return initTerraform(async (name) => new Uint8Array(readFileSync(path.join(root, wasmFiles[name]))));
}

export function fixture(name: string): string {
  return readFileSync(path.join(root, 'test/fixtures/terraform', name), 'utf8');
}

export function applyEdit(text: string, edit: HostEdit): string {
  return text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length);
}

/** Syntax errors (ERROR or MISSING nodes) tree-sitter finds in HCL text, as short descriptions. */
export function hclSyntaxErrors(text: string): string[] {
  const tree = parseHcl(text);
  if (!tree) return ['not parsed'];
  try {
    const errors: string[] = [];
    const visit = (node: NonNullable<ReturnType<typeof tree.rootNode.child>>) => {
      if (node.isError || node.isMissing) errors.push(`${node.isMissing ? 'missing' : 'error'} at ${node.startIndex}: ${text.slice(node.startIndex, node.startIndex + 40)}`);
      else if (node.hasError) for (const child of node.children) if (child) visit(child);
    };
    visit(tree.rootNode);
    return errors;
  } finally {
    tree.delete();
  }
}


/** The mapped node of the value at `path` in a policy's virtual JSON (`key: true` for the key of that property). */
export function mappedAt(policy: VirtualPolicy, path: JSONPath, options: { key?: boolean } = {}): MappedNode {
  const tree = parseTree(policy.text);
  const value = tree && findNodeAtLocation(tree, path);
  if (!value) throw new Error(`no value at ${JSON.stringify(path)} in ${policy.text}`);
  const target = options.key ? value.parent?.children?.[0] : value;
  const kind = options.key ? 'key' : undefined;
  const found = policy.nodes.find((n) => n.virtual.offset === target?.offset && (kind ? n.kind === kind : n.kind !== 'key' && n.kind !== 'property'));
  if (!found) throw new Error(`no mapped node at ${JSON.stringify(path)}`);
  return found;
}

/** The host text a mapped node points at. */
export function hostText(text: string, node: MappedNode): string {
  return text.slice(node.host.offset, node.host.offset + node.host.length);
}

/** The virtual texts of a policy's unknown values. */
export function unknownTexts(policy: VirtualPolicy): string[] {
  return policy.unknowns.map((u) => JSON.parse(policy.text.slice(u.offset, u.offset + u.length)) as string);
}
