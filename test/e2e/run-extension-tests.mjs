// Runs the extension-host tests through @vscode/test-electron's runTests: by default in code-server via the
// vscode-test-host.mjs shim; with E2E_VSCODE=desktop in a real VS Code desktop (downloaded by test-electron), or
// with E2E_VSCODE=/path/to/code in a desktop build you already have.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { ARTIFACTS, ROOT } from './support/toolchain.mjs';

const OUT = path.join(ROOT, 'out', 'e2e', 'extension');

/** Bundles each suite to CommonJS next to the entry (vscode and mocha stay external, loaded by the host). */
export async function buildExtensionTests() {
  const src = path.join(ROOT, 'test', 'e2e', 'extension');
  fs.rmSync(OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: fs.readdirSync(src).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(src, f)),
    outdir: OUT, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline',
    external: ['vscode', 'mocha'], logLevel: 'warning',
  });
}

/** Returns { passed, failed }; a crash before mocha reported counts as one failure. */
export async function runExtensionTests() {
  await buildExtensionTests();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const resultFile = path.join(ARTIFACTS, 'extension-host-result.json');
  fs.rmSync(resultFile, { force: true });
  // Tests edit files and workspace settings: run on a copy of the fixture workspace.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-policy-ws-'));
  fs.cpSync(path.join(ROOT, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });
  const shim = path.join(ROOT, 'test', 'e2e', 'vscode-test-host.mjs');
  fs.chmodSync(shim, 0o755);
  const target = process.env.E2E_VSCODE;
  let crashed;
  try {
    await runTests({
      ...(target === 'desktop' ? {} : { vscodeExecutablePath: target || shim }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(OUT, 'index.js'),
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { E2E_RESULT_FILE: resultFile },
    });
  } catch (e) {
    crashed = e;
  }
  const result = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : undefined;
  if (!result) {
    console.error(`extension host: the test run did not report results (${crashed ? crashed.message : 'no result file'})`);
    return { passed: 0, failed: 1 };
  }
  if (!result.complete) {
    console.error(`extension host: the run stopped after ${result.passed + result.failed} tests (${crashed ? crashed.message : 'incomplete'})`);
    return { passed: result.passed, failed: result.failed + 1 };
  }
  if (crashed && !result.failed) return { passed: result.passed, failed: 1 };
  return { passed: result.passed, failed: result.failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed } = await runExtensionTests();
  console.log(`extension host: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
