// Edit sync: thousands of random incremental edits over LSP; afterwards the server's view of the document equals the
// client's (diagnostics, outline, folding and formatting all computed from it) and matches a fresh analysis.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver-types';
import { startClient, type TestClient } from '../support/lsp-client';
import { doc } from '../support/fixture';
import { createTrustPolicyService } from '../../server/src/service';
import { bundledReferenceData } from '../../server/src/data';

// The built server links diagnostics to the rule pages next to its bundle; the fresh analysis does the same.
const service = createTrustPolicyService({ data: bundledReferenceData, docsBaseUri: `${pathToFileURL(path.resolve(__dirname, '../../docs/rules')).href}/` });
import { SEED_POLICIES } from '../unit/robustness/corpus';
import { TOKENS } from '../unit/robustness/arbitraries';

const EDITS = Number(process.env.EDIT_SYNC_EDITS ?? 3000);

/** Client-side model of LSP positions, written independently of vscode-languageserver-textdocument. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\r' || c === '\n') starts.push(i + 1);
  }
  return starts;
}

function positionOf(starts: readonly number[], offset: number): { line: number; character: number } {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

/** An offset that names a real position: never between the \r and \n of one line break. */
function settle(text: string, offset: number): number {
  return offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset;
}

interface Change { range: Range; text: string }

interface Rnd { nextInt(min: number, max: number): number }

/** A small seeded generator (mulberry32), so a failing run can be replayed with FUZZ_SEED. */
function seededRandom(seed: number): Rnd {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { nextInt: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

/** One random edit of `text` as an LSP change, and the text after it. */
function randomEdit(text: string, rnd: Rnd): { change: Change; next: string } {
  const pick = <T>(xs: readonly T[]) => xs[rnd.nextInt(0, xs.length - 1)];
  const start = settle(text, rnd.nextInt(0, text.length));
  const shrink = text.length > 4000;
  const kind = shrink ? 'delete' : pick(['insert', 'insert', 'delete', 'replace', 'multiline', 'newline']);
  let end = start;
  let insert = '';
  switch (kind) {
    case 'insert': insert = pick([...TOKENS, 'x', ' ', '😀', 'é']); break;
    case 'delete': end = settle(text, Math.min(text.length, start + rnd.nextInt(1, shrink ? 200 : 6))); break;
    case 'replace': end = settle(text, Math.min(text.length, start + rnd.nextInt(1, 4))); insert = pick(TOKENS); break;
    case 'multiline': end = settle(text, Math.min(text.length, start + rnd.nextInt(0, 80))); insert = `\n  ${pick(TOKENS)},\r\n    ${pick(TOKENS)}`; break;
    default: insert = pick(['\n', '\r\n', '\n\n    ']);
  }
  const starts = lineStarts(text);
  const change = { range: { start: positionOf(starts, start), end: positionOf(starts, end) }, text: insert };
  return { change, next: text.slice(0, start) + insert + text.slice(end) };
}

describe('edit sync over LSP', function () {
  this.timeout(120_000);
  let client: TestClient;
  before(async () => { client = await startClient(); });
  after(async () => { await client.shutdown(); });

  for (const [index, seed] of [SEED_POLICIES[0], SEED_POLICIES[1].replace(/\n/g, '\r\n')].entries()) {
    it(`keeps the server's document equal to the client's over ${EDITS} random edits (${index === 0 ? 'LF' : 'CRLF'})`, async () => {
      const uri = `file:///edit-sync-${index}.trust.json`;
      const rnd = seededRandom(Number(process.env.FUZZ_SEED ?? 20261129) + index);
      let text = seed;
      let version = 1;
      client.open(uri, text, version);
      for (let made = 0; made < EDITS;) {
        // Several changes per notification, applied in order, as editors send them.
        const changes: Change[] = [];
        for (let n = rnd.nextInt(1, 4); n > 0 && made < EDITS; n--, made++) {
          const { change, next } = randomEdit(text, rnd);
          changes.push(change);
          text = next;
        }
        client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: changes });
      }
      const finalVersion = version;
      const published = await client.diagnostics(uri, (_d, v) => v === finalVersion, 60_000);
      const fresh = doc(text);
      assert.deepEqual(published, JSON.parse(JSON.stringify(service.validate(fresh))), 'diagnostics differ from a fresh analysis of the client text');
      const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols, JSON.parse(JSON.stringify(service.documentSymbols(fresh))), 'outline differs');
      const folding = await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
      assert.deepEqual(folding, service.foldingRanges(fresh), 'folding differs');
      const options = { tabSize: 2, insertSpaces: true };
      const formatting = await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options });
      assert.deepEqual(formatting, service.format(fresh, undefined, options), 'formatting edits (a fingerprint of every token boundary) differ');
      // Replacing the whole document by the client's idea of its extent leaves exactly the new text on the server.
      const starts = lineStarts(text);
      const whole = { start: { line: 0, character: 0 }, end: positionOf(starts, text.length) };
      const replacement = SEED_POLICIES[0];
      client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: finalVersion + 1 }, contentChanges: [{ range: whole, text: replacement }] });
      const after = await client.diagnostics(uri, (_d, v) => v === finalVersion + 1);
      assert.deepEqual(after, JSON.parse(JSON.stringify(service.validate(doc(replacement)))), 'a whole-range replacement left residue');
    });
  }
});
