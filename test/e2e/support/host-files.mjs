// The template and Terraform files of the UI fixtures, and the step both UI runners take on each: open it from the
// explorer, wait for the finding, go to the squiggle, open the quick-fix menu and apply the fix in the file's syntax.
import fs from 'node:fs';
import path from 'node:path';

/** Host files in test/e2e/fixtures/ui: the squiggled text, the rule, the fix to pick; `name` names the screenshot. */
export const HOST_FILES = [
  { what: 'CloudFormation YAML', name: 'template', file: 'template.yaml', rule: 'resource-forbidden', squiggle: 'Resource: "*"', fix: 'Remove Resource' },
  { what: 'Terraform', name: 'terraform', file: 'main.tf', rule: 'resource-forbidden', squiggle: 'Resource  = "*"', fix: 'Remove Resource' },
];

/** 1-based line and column of the character `delta` after the start of `needle` (for Go to Line). */
export function lineColumn(text, needle, delta) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in the fixture`);
  const before = text.slice(0, at + delta).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

/**
 * Fixes `host`'s finding through the UI. `problem(rule)` locates a Problems row; `screenshot` is taken with the menu
 * open; `applyWith` is 'click' or 'enter' (VS Code 1.91's menu does not take playwright's click reliably);
 * `waitForSquiggle` also waits for the squiggle decoration itself.
 */
export async function fixInHostFile(page, host, { workspace, problem, screenshot, applyWith, waitForSquiggle = false }) {
  await page.keyboard.press('Escape');
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: host.file }).first().click();
  const editor = page.locator(`.monaco-editor[data-uri$="${host.file}"]`);
  await editor.locator('.view-lines').waitFor({ timeout: 30_000 });
  if (waitForSquiggle) await editor.locator('.squiggly-error, .squiggly-warning').first().waitFor({ timeout: 30_000 });
  await problem(host.rule).first().waitFor({ timeout: 30_000 });
  // Go to the squiggle the way a user would (a .tf file may have no grammar, so no per-token elements to click).
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(lineColumn(fs.readFileSync(path.join(workspace, host.file), 'utf8'), host.squiggle, 2));
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: host.fix });
  await fix.first().waitFor({ timeout: 20_000 });
  await page.screenshot({ path: screenshot });
  if (applyWith === 'click') await fix.first().click();
  else await page.keyboard.press('Enter');
  await editor.locator('.view-line', { hasText: host.squiggle }).first().waitFor({ state: 'detached', timeout: 20_000 });
  await problem(host.rule).first().waitFor({ state: 'detached', timeout: 20_000 });
  return `${host.fix} applied`;
}
