// Outline: the policy's top-level elements, statements named by Sid (or index), and their elements.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Node } from 'jsonc-parser';
import { stringOf, type Property, type TrustPolicy } from './document';

function range(doc: TextDocument, node: Node) {
  return { start: doc.positionAt(node.offset), end: doc.positionAt(node.offset + node.length) };
}

function propertySymbol(doc: TextDocument, p: Property, children?: DocumentSymbol[]): DocumentSymbol {
  const v = p.valueNode;
  const detail = v?.type === 'string' ? String(v.value) : v?.type === 'array' ? `${v.children?.length ?? 0} items` : undefined;
  return {
    name: p.key || '""',
    detail,
    kind: v?.type === 'object' ? SymbolKind.Object : v?.type === 'array' ? SymbolKind.Array : SymbolKind.Property,
    range: range(doc, p.node),
    selectionRange: range(doc, p.keyNode),
    ...(children ? { children } : {}),
  };
}

export function documentSymbols(doc: TextDocument, policy: TrustPolicy): DocumentSymbol[] {
  return policy.properties.map((p) => {
    if (p !== policy.statement) return propertySymbol(doc, p);
    const statements = policy.statements.map((s) => {
      const sid = stringOf(s.sid?.valueNode);
      const label = sid ? sid : `Statement ${s.index + 1}`;
      return {
        name: label,
        detail: s.effectValue,
        kind: SymbolKind.Module,
        range: range(doc, s.node),
        selectionRange: s.sid ? range(doc, s.sid.node) : range(doc, s.node),
        children: s.properties.map((sp) => propertySymbol(doc, sp)),
      } satisfies DocumentSymbol;
    });
    return propertySymbol(doc, p, statements);
  });
}
