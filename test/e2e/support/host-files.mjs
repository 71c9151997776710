// What both UI runners share: their step runner, Go to Line, the quick-fix menu and hovers that are asked for again,
// and the template and Terraform files of the UI fixtures with the step both runners take on each: open it from the
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
 * A UI step runner that records into `results` ({ name, ok }) and prints PASS with its time and detail, or FAIL
 * with the first line of the error (then rethrows: later steps depend on the earlier ones).
 */
export function stepRunner(results) {
  return async (name, fn) => {
    const t = Date.now();
    try {
      const detail = await fn();
      results.push({ name, ok: true });
      console.log(`  PASS ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)${detail ? `: ${detail}` : ''}`);
    } catch (e) {
      results.push({ name, ok: false });
      console.log(`  FAIL ${name}: ${String(e.message).split('\n')[0]}`);
      throw e;
    }
  };
}

/**
 * Moves the cursor to `where` ("line:column") with Go to Line, as a user would. Typing starts only once the box is
 * open (else the keys land in the file), and it returns once the status bar shows the cursor there; up to 3 tries.
 */
export async function goToLine(page, editor, where) {
  const [line, column] = where.split(':');
  for (let attempt = 1; ; attempt++) {
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+G');
    const open = await page.locator('.quick-input-widget').first().waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
    if (open) {
      await page.keyboard.type(where);
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => page.keyboard.press('Escape'));
      const there = await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).first()
        .waitFor({ timeout: 5_000 }).then(() => true, () => false);
      if (there) return;
    }
    if (attempt === 3) throw new Error(`the cursor did not reach ${where}`);
    await page.keyboard.press('Escape');
  }
}

/**
 * Opens the quick-fix menu (Ctrl+.) until `fix` (a locator of the wanted row) shows; a menu that came up before the
 * server answered (a busy machine) is closed and asked for again, as a user would. Up to 3 tries.
 */
export async function openQuickFix(page, fix) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    if (await fix.first().waitFor({ timeout: 10_000 }).then(() => true, () => false)) return;
    if (attempt === 3) throw new Error('the quick-fix menu did not offer the fix');
    await page.keyboard.press('Escape');
  }
}

/**
 * Hovers `target` until `hover` (a locator of the wanted hover widget) shows, as a user would: the pointer leaves
 * and comes back when a hover did not come up (one asked for while the editor was still busy, or a pointer event the
 * editor did not take). Up to 3 tries of 8 s.
 */
export async function showHover(page, target, hover) {
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(5, 5);
    await target.hover();
    if (await hover.first().waitFor({ timeout: 8_000 }).then(() => true, () => false)) return;
    if (attempt === 3) throw new Error('no hover came up over the element');
    await page.keyboard.press('Escape');
  }
}

/**
 * Fixes `host`'s finding through the UI. `problem(rule)` locates a Problems row; `screenshot` is taken with the menu
 * open; `applyWith` is 'click' or 'enter' (VS Code 1.91's menu does not take playwright's click reliably);
 * `waitForSquiggle` also waits for the squiggle decoration itself.
 */
export async function fixInHostFile(page, host, { workspace, problem, screenshot, applyWith, waitForSquiggle = false }) {
  // Each wait names itself, so a timeout on a slow machine says which step did not happen.
  const at = async (label, promise) => {
    try {
      return await promise;
    } catch (err) {
      throw new Error(`${host.file}: ${label}: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
    }
  };
  await page.keyboard.press('Escape');
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: host.file }).first().click();
  const editor = page.locator(`.monaco-editor[data-uri$="${host.file}"]`);
  await at('editor opens', editor.locator('.view-lines').waitFor({ timeout: 30_000 }));
  if (waitForSquiggle) await at('squiggle shows', editor.locator('.squiggly-error, .squiggly-warning').first().waitFor({ timeout: 30_000 }));
  await at('Problems row shows', problem(host.rule).first().waitFor({ timeout: 30_000 }));
  // Go to the squiggle the way a user would (a .tf file may have no grammar, so no per-token elements to click).
  // Typing starts only once the Go to Line box is open (else the keys land in the file), and the status bar must
  // show the cursor there before the quick-fix menu is asked for.
  await at('go to the squiggle', goToLine(page, editor, lineColumn(fs.readFileSync(path.join(workspace, host.file), 'utf8'), host.squiggle, 2)));
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: host.fix });
  await at('quick-fix menu', openQuickFix(page, fix));
  await page.screenshot({ path: screenshot });
  if (applyWith === 'click') await fix.first().click();
  else await page.keyboard.press('Enter');
  const gone = editor.locator('.view-line', { hasText: host.squiggle }).first();
  // A click the menu did not take leaves it open: apply with Enter on the hovered row then.
  if (!(await gone.waitFor({ state: 'detached', timeout: 5_000 }).then(() => true, () => false))) {
    if (await fix.first().isVisible().catch(() => false)) {
      await fix.first().hover();
      await page.keyboard.press('Enter');
    }
    await at('the fix removes the text', gone.waitFor({ state: 'detached', timeout: 20_000 }));
  }
  await at('the Problems row goes', problem(host.rule).first().waitFor({ state: 'detached', timeout: 20_000 }));
  return `${host.fix} applied`;
}
