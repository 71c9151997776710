// Folding and selection ranges from the JSON structure (the JSON comforts of our own language id).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FoldingRange, Position, Range, SelectionRange } from 'vscode-languageserver-types';
import { createScanner, findNodeAtOffset, SyntaxKind, type Node } from 'jsonc-parser';
import type { TrustPolicy } from './document';

export function foldingRanges(doc: TextDocument): FoldingRange[] {
  const scanner = createScanner(doc.getText(), false);
  const stack: number[] = [];
  const result: FoldingRange[] = [];
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      stack.push(doc.positionAt(scanner.getTokenOffset()).line);
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
      const start = stack.pop();
      const end = doc.positionAt(scanner.getTokenOffset()).line - 1;
      if (start !== undefined && end > start) result.push({ startLine: start, endLine: end });
    } else if (token === SyntaxKind.BlockCommentTrivia) {
      const start = doc.positionAt(scanner.getTokenOffset()).line;
      const end = doc.positionAt(scanner.getTokenOffset() + scanner.getTokenLength()).line;
      if (end > start) result.push({ startLine: start, endLine: end, kind: 'comment' });
    }
  }
  return result.sort((a, b) => a.startLine - b.startLine);
}

export function selectionRanges(doc: TextDocument, policy: TrustPolicy, positions: readonly Position[]): SelectionRange[] {
  const toRange = (n: Node): Range => ({ start: doc.positionAt(n.offset), end: doc.positionAt(n.offset + n.length) });
  return positions.map((position) => {
    const offset = doc.offsetAt(position);
    let node = policy.root ? findNodeAtOffset(policy.root, offset, true) : undefined;
    const chain: Range[] = [];
    while (node) {
      const r = toRange(node);
      const last = chain[chain.length - 1];
      if (!last || last.start.line !== r.start.line || last.start.character !== r.start.character || last.end.line !== r.end.line || last.end.character !== r.end.character) chain.push(r);
      node = node.parent;
    }
    let selection: SelectionRange | undefined;
    for (let i = chain.length - 1; i >= 0; i--) selection = { range: chain[i], parent: selection };
    return selection ?? { range: { start: position, end: position } };
  });
}
