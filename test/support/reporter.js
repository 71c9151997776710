// Mocha reporter: the usual spec output plus a closing "N passed, N failed" line.
const Mocha = require('mocha');
const { EVENT_RUN_END } = Mocha.Runner.constants;

class PassFailReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats || {};
      const label = (options && options.reporterOptions && options.reporterOptions.label) || process.env.TEST_LABEL || 'tests';
      process.stdout.write(`${label}: ${s.passes || 0} passed, ${s.failures || 0} failed${s.pending ? `, ${s.pending} pending` : ''}\n`);
      if (process.env.TEST_SUMMARY_FILE) {
        require('fs').appendFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify({ label, passed: s.passes || 0, failed: s.failures || 0, pending: s.pending || 0 }) + '\n');
      }
    });
  }
}
module.exports = PassFailReporter;
