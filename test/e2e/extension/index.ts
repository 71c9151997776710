// Extension-host test entry (the extensionTestsPath contract of @vscode/test-electron): runs the e2e suites with mocha.
import * as fs from 'node:fs';
import * as path from 'node:path';

export async function run(): Promise<void> {
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  await mocha.loadFilesAsync();
  const results: { title: string; state: 'passed' | 'failed'; error?: string }[] = [];
  const out = process.env.E2E_RESULT_FILE;
  // Written after every test, so a run that hangs or is killed still reports what it got through.
  const save = (complete: boolean) => {
    if (!out) return;
    const passed = results.filter((r) => r.state === 'passed').length;
    fs.writeFileSync(out, JSON.stringify({ complete, passed, failed: results.length - passed, results }, null, 2));
  };
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = results.filter((r) => r.state === 'passed').length;
      console.log(`extension host: ${passed} passed, ${failures} failed`);
      save(true);
      if (failures) reject(new Error(`${failures} extension-host tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => {
      results.push({ title: t.fullTitle(), state: 'passed' });
      save(false);
    });
    runner.on('fail', (t, err: Error) => {
      results.push({ title: t.fullTitle(), state: 'failed', error: String(err) });
      save(false);
    });
  });
}
