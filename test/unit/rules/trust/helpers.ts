// Test helpers for the trust rules: apply a fix and list what changed, for fixes that knowingly trade one finding for another.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { doc, service } from '../../../support/fixture';
import type { ServiceOptions } from '../../../../server/src/service/types';

/** Compact one-line policy around statements given as JSON text. */
export const policy = (...statements: string[]) => `{"Version": "2012-10-17", "Statement": [\n${statements.join(',\n')}\n]}`;

/**
 * Applies the fix titled `title` for the first `ruleId` finding and returns the fixed text with the rule ids of
 * findings that are new (by code and message). Asserts the text is valid JSON and the finding is gone.
 */
export function applyFixReport(text: string, ruleId: string, title: string | RegExp, options?: Partial<ServiceOptions>): { fixed: string; added: string[] } {
  const d = doc(text);
  const before = service.validate(d, options);
  const target = before.find((x) => x.code === ruleId);
  assert.ok(target, `no ${ruleId} finding in:\n${text}`);
  const actions = service.codeActions(d, target.range, [target], options);
  const action = actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  assert.ok(action, `no fix ${String(title)}; offered: ${actions.map((a) => a.title).join(', ') || 'none'}`);
  const edits = action.edit?.changes?.[d.uri] ?? [];
  // Without snippet support the service resolves placeholders to their defaults.
  const fixed = TextDocument.applyEdits(d, edits);
  assert.doesNotThrow(() => JSON.parse(fixed), `fix produced invalid JSON:\n${fixed}`);
  const after = service.validate(doc(fixed), options);
  assert.ok(after.filter((x) => x.code === ruleId).length < before.filter((x) => x.code === ruleId).length, `fix did not remove ${ruleId}:\n${fixed}`);
  const key = (x: Diagnostic) => `${String(x.code)}|${typeof x.message === 'string' ? x.message : x.message.value}`;
  const had = new Set(before.map(key));
  return { fixed, added: after.filter((x) => !had.has(key(x))).map((x) => String(x.code)) };
}
