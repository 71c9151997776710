// Completion: keys and values that fit where the cursor is (filled in from the reference data).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, type CompletionList, type Position } from 'vscode-languageserver-types';
import type { ReferenceData } from '../data/types';
import type { TrustPolicy } from './document';
import type { ServiceOptions } from './types';
import { cursorAt } from './cursor';

export function doComplete(doc: TextDocument, policy: TrustPolicy, position: Position, _data: ReferenceData, _options: ServiceOptions): CompletionList {
  const cursor = cursorAt(policy, doc.offsetAt(position));
  const items = [];
  if (cursor.location.isAtPropertyKey && cursor.path.length === 1 && !cursor.inStatement) {
    const present = new Set(policy.properties.map((p) => p.key));
    for (const key of ['Version', 'Id', 'Statement']) {
      if (!present.has(key)) items.push({ label: key, kind: CompletionItemKind.Property });
    }
  }
  return { isIncomplete: false, items };
}
