// UI smoke test: the packaged .vsix installed into code-server like a user would, driven in headless Chromium.
// Squiggle + Problems entry, hover, quick-fix menu applied, completion in "Service": "" — a screenshot per step.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeServerCli, launchChromium, startCodeServer, tempProfile } from './support/code-server.mjs';
import { ARTIFACTS, ROOT } from './support/toolchain.mjs';
import { fixInHostFile, goToLine, HOST_FILES, lineColumn, openQuickFix, showHover, stepRunner } from './support/host-files.mjs';

const FILE = 'role.trust.json';
const shot = (name) => path.join(ARTIFACTS, name);
// UPDATE_DOCS_SCREENSHOTS=1 copies the four README pictures to docs/ after a passing run.
const DOCS_SCREENSHOTS = { '1-diagnostics.png': 'squiggle.png', '2-hover.png': 'hover.png', '4-quick-fix.png': 'quick-fix.png', '3-completion.png': 'completion.png', '6-template.png': 'template.png', '7-terraform.png': 'terraform.png' };

export async function runUiSmoke(vsix) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS).filter((n) => n.endsWith('.png'))) fs.rmSync(path.join(ARTIFACTS, f));
  const results = [];
  const step = stepRunner(results);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-policy-ui-'));
  fs.cpSync(path.join(ROOT, 'test', 'e2e', 'fixtures', 'ui'), workspace, { recursive: true });
  const text = fs.readFileSync(path.join(workspace, FILE), 'utf8');
  const dirs = tempProfile('trust-policy-ui-profile-');
  let cs;
  let browser;
  try {
    await step('install the packaged .vsix', async () => {
      codeServerCli(dirs, ['--install-extension', vsix]);
      return path.basename(vsix);
    });
    cs = await startCodeServer({ dirs });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    const editor = page.locator('.monaco-editor[data-uri$="role.trust.json"]');
    const problem = (code) => page.locator('.markers-panel .monaco-list-row', { hasText: code });

    await step('workbench loads and opens the policy from the explorer', async () => {
      await page.goto(`${cs.base}/?folder=${encodeURIComponent(workspace)}`);
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE });
      await row.waitFor({ timeout: 60_000 });
      await row.click();
      await editor.locator('.view-lines').waitFor({ timeout: 30_000 });
    });
    await step('error squiggle and Problems entry from the language server', async () => {
      await editor.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Control+Shift+M');
      await problem('resource-forbidden').first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: shot('1-diagnostics.png') });
      return (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).join(' | ').replace(/\s+/g, ' ');
    });
    await step('hover explains the service principal ec2.amazonaws.com', async () => {
      const hover = page.locator('.monaco-hover:visible', { hasText: 'ec2.amazonaws.com' });
      await showHover(page, editor.locator('.view-line span span', { hasText: 'ec2.amazonaws.com' }).first(), hover);
      await page.screenshot({ path: shot('2-hover.png') });
      return (await hover.first().innerText()).replace(/\s+/g, ' ').slice(0, 100);
    });
    await step('completion (Ctrl+Space) in "Service": "" offers lambda.amazonaws.com and inserts it', async () => {
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      await editor.locator('.view-lines').click();
      // Line numbers from the fixture are still right: nothing has edited the file yet.
      await goToLine(page, editor, lineColumn(text, '"Service": ""', '"Service": "'.length));
      await editor.locator('textarea.inputarea, .native-edit-context').first().focus().catch(() => undefined);
      await page.keyboard.press('Control+Space');
      const widget = page.locator('.suggest-widget.visible');
      await widget.waitFor({ timeout: 20_000 });
      // The list is virtualised (hundreds of principals): narrow it the way a user would.
      await page.keyboard.type('lambda', { delay: 30 });
      const row = widget.locator('.monaco-list-row', { hasText: 'lambda.amazonaws.com' });
      await row.first().waitFor({ timeout: 20_000 });
      await page.screenshot({ path: shot('3-completion.png') });
      const shown = (await widget.locator('.monaco-list-row').allInnerTexts()).map((t) => t.split('\n')[0]);
      await row.first().click();
      await editor.locator('.view-line', { hasText: '"Service": "lambda.amazonaws.com"' }).first().waitFor({ timeout: 20_000 });
      return `after typing "lambda": ${shown.join(', ')}`;
    });
    await step('quick-fix menu (Ctrl+.) on "Resource" applies the fix', async () => {
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      await editor.locator('.view-line span span', { hasText: '"Resource"' }).first().click();
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Resource' });
      await openQuickFix(page, fix);
      await page.screenshot({ path: shot('4-quick-fix.png') });
      const title = await fix.first().innerText();
      await fix.first().click();
      await editor.locator('.view-line', { hasText: '"Resource"' }).first().waitFor({ state: 'detached', timeout: 20_000 });
      await problem('resource-forbidden').first().waitFor({ state: 'detached', timeout: 20_000 });
      await page.screenshot({ path: shot('5-after-fix.png') });
      return title.replace(/\s+/g, ' ');
    });
    // Trust policies inside infrastructure code: the squiggle and the quick fix in the host file's own syntax.
    for (const [i, host] of HOST_FILES.entries()) {
      await step(`${host.what}: squiggle on '${host.squiggle}' and the quick fix applied in the file's syntax`, () =>
        fixInHostFile(page, host, { workspace, problem, screenshot: shot(`${6 + i}-${host.name}.png`), applyWith: 'click', waitForSquiggle: true }));
    }
  } catch {
    const page = browser?.contexts()[0]?.pages()[0];
    await page?.screenshot({ path: shot('ui-failure.png') }).catch(() => undefined);
    if (cs) console.error(`  code-server log: ${cs.logFile}; failure screenshot: ${shot('ui-failure.png')}`);
  } finally {
    await browser?.close().catch(() => undefined);
    cs?.stop();
  }
  const failed = results.filter((r) => !r.ok).length || (results.length < 6 + HOST_FILES.length ? 1 : 0);
  if (!failed && process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
    for (const [from, to] of Object.entries(DOCS_SCREENSHOTS)) fs.copyFileSync(shot(from), path.join(ROOT, 'docs', to));
    console.log(`  copied ${Object.values(DOCS_SCREENSHOTS).join(', ')} to docs/`);
  }
  return { passed: results.filter((r) => r.ok).length, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed } = await runUiSmoke(path.resolve(process.argv[2] || ''));
  console.log(`UI smoke: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
