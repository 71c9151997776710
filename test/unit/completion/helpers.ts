// Completion test helpers: complete at the `|` marker, pick an item by label, apply its edit (placeholders resolved).
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { doc, extractCursor, service } from '../../support/fixture';
import { resolveSnippet } from '../../../server/src/service/snippet';
import type { ServiceOptions } from '../../../server/src/service/types';

export function completionsAt(fixture: string, options?: Partial<ServiceOptions>): { items: CompletionItem[]; document: TextDocument } {
  const { text, offset } = extractCursor(fixture);
  const document = doc(text);
  return { items: service.complete(document, document.positionAt(offset), options).items, document };
}

export function labels(fixture: string, options?: Partial<ServiceOptions>): string[] {
  return completionsAt(fixture, options).items.map((i) => i.label);
}

/** The document text after applying the item labelled `label` (snippet placeholders take their defaults). */
export function applyCompletion(fixture: string, label: string, options?: Partial<ServiceOptions>): string {
  const { items, document } = completionsAt(fixture, options);
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no completion "${label}"; offered: ${items.slice(0, 30).map((i) => i.label).join(', ')}`);
  const edit = item.textEdit as TextEdit;
  const newText = item.insertTextFormat === InsertTextFormat.Snippet ? resolveSnippet(edit.newText.replace(/\$\{(\d+)\|([^,|]*)[^}]*\}/g, '${$1:$2}')) : edit.newText;
  return TextDocument.applyEdits(document, [{ range: edit.range, newText }]);
}
