// Runs every service feature on one text and asserts the invariants: no throw, a time bound, ranges inside the text.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, SelectionRange, TextEdit } from 'vscode-languageserver-types';
import { service } from '../../support/fixture';

/** Generous per-document bound for every feature together (CI machines are slow and shared). */
export const TIME_BOUND_MS = Number(process.env.FUZZ_TIME_BOUND_MS ?? 1000);

let counter = 0;

/**
 * The longest single analysis (what one edit costs, unsliced) over the documents checked so far: reported by the
 * property tests (a figure to read, not a timed assertion; the per-edit budget is measured by `npm run bench`).
 */
export const longestAnalysis = { ms: 0, chars: 0, documents: 0 };
function recordAnalysis(ms: number, chars: number): void {
  longestAnalysis.documents++;
  if (ms > longestAnalysis.ms) Object.assign(longestAnalysis, { ms, chars });
}

function assertPosition(doc: TextDocument, p: Position, what: string): void {
  assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0, `${what}: bad position ${JSON.stringify(p)}`);
  assert.ok(p.line < doc.lineCount, `${what}: line ${p.line} outside ${doc.lineCount} lines`);
  // positionAt/offsetAt round trip: the position names a real place in the text, not a clamped one.
  const back = doc.positionAt(doc.offsetAt(p));
  assert.deepEqual(back, p, `${what}: position ${JSON.stringify(p)} is past the end of its line`);
}

function assertRange(doc: TextDocument, r: Range, what: string): void {
  assertPosition(doc, r.start, what);
  assertPosition(doc, r.end, what);
  assert.ok(doc.offsetAt(r.start) <= doc.offsetAt(r.end), `${what}: range ends before it starts ${JSON.stringify(r)}`);
}

function assertEdits(doc: TextDocument, edits: readonly TextEdit[], what: string): string {
  for (const e of edits) assertRange(doc, e.range, what);
  // applyEdits throws on overlapping edits.
  return TextDocument.applyEdits(doc, edits as TextEdit[]);
}

function assertSelection(doc: TextDocument, s: SelectionRange | undefined, what: string): void {
  for (let r = s; r; r = r.parent) assertRange(doc, r.range, what);
}

/** Offsets worth probing: the start, the end, every structural character, and a few more spread over the text. */
function probeOffsets(text: string, extra: readonly number[]): number[] {
  const set = new Set<number>([0, text.length, ...extra.filter((o) => o >= 0 && o <= text.length)]);
  for (let i = 0; i < text.length && set.size < 40; i++) if ('{}[]":,'.includes(text[i])) set.add(i + 1);
  return [...set];
}

/**
 * Checks one document: diagnostics, code actions (applied), fix-all, completion and hover at several offsets,
 * symbols, folding, selection ranges and formatting. Throws an assertion error describing the first violation.
 */
export function checkDocument(text: string, extraOffsets: readonly number[] = []): void {
  const doc = TextDocument.create(`file:///robust-${++counter}.trust.json`, 'iam-trust-policy', 1, text);
  const started = performance.now();

  for (const f of service.findings(doc)) {
    assert.ok(f.offset >= 0 && f.length >= 0 && f.offset + f.length <= text.length, `${f.rule.id}: finding range ${f.offset}+${f.length} outside a text of ${text.length}`);
    assert.ok(typeof f.finding.message === 'string' && f.finding.message.length > 0, `${f.rule.id}: empty message`);
    JSON.stringify(f.finding.data ?? {}); // data travels as JSON: must serialise
  }
  const analysisStarted = performance.now();
  const diagnostics = service.validate(doc);
  recordAnalysis(performance.now() - analysisStarted, text.length);
  for (const d of diagnostics) {
    assertRange(doc, d.range, `diagnostic ${String(d.code)}`);
    for (const action of service.codeActions(doc, d.range, [d])) {
      assertEdits(doc, action.edit?.changes?.[doc.uri] ?? [], `fix "${action.title}" of ${String(d.code)}`);
    }
  }
  const fixed = assertEdits(doc, service.fixAll(doc), 'fix all');
  service.validate(TextDocument.create(`${doc.uri}.fixed`, doc.languageId, 1, fixed));

  const offsets = probeOffsets(text, extraOffsets);
  for (const offset of offsets) {
    const position = doc.positionAt(offset);
    const list = service.complete(doc, position);
    for (const item of list.items) {
      const edit = item.textEdit;
      if (edit && 'range' in edit) assertRange(doc, edit.range, `completion ${item.label}`);
      if (edit && 'insert' in edit) {
        assertRange(doc, edit.insert, `completion ${item.label}`);
        assertRange(doc, edit.replace, `completion ${item.label}`);
      }
      for (const e of item.additionalTextEdits ?? []) assertRange(doc, e.range, `completion ${item.label} additional edit`);
    }
    const hover = service.hover(doc, position);
    if (hover?.range) assertRange(doc, hover.range, 'hover');
  }
  const walkSymbols = (symbols: ReturnType<typeof service.documentSymbols>) => {
    for (const s of symbols) {
      assertRange(doc, s.range, `symbol ${s.name}`);
      assertRange(doc, s.selectionRange, `symbol ${s.name} selection`);
      walkSymbols(s.children ?? []);
    }
  };
  walkSymbols(service.documentSymbols(doc));
  for (const r of service.foldingRanges(doc)) assert.ok(r.startLine <= r.endLine && r.endLine < doc.lineCount, `folding range ${JSON.stringify(r)}`);
  for (const s of service.selectionRanges(doc, offsets.map((o) => doc.positionAt(o)))) assertSelection(doc, s, 'selection range');
  assertEdits(doc, service.format(doc, undefined, { tabSize: 2, insertSpaces: true }), 'format');

  const elapsed = performance.now() - started;
  assert.ok(elapsed < TIME_BOUND_MS, `took ${elapsed.toFixed(0)} ms (bound ${TIME_BOUND_MS} ms) for a text of ${text.length} characters`);
}
