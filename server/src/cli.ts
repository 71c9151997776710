// trust-policy-lint: the command-line linter on the same language service as the editor.
import fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { createTrustPolicyService } from './service';
import { bundledReferenceData } from './data';
import { parseArgs, UsageError, USAGE } from './cli/args';
import { collectFiles, readPolicyFile } from './cli/files';
import { renderJson, renderSarif, renderText, type FileResult } from './cli/report';
import { explainPolicy } from './service/explain';
import { DEFAULT_FILE_PATTERNS, looksLikeTrustPolicy, matchesFilePattern } from './detect';
import { runSimulate } from './cli/simulate';
import { runAccessTestsCli } from './cli/access-tests';
import { isAccessTestFile } from './service/access-tests';

const VERSION = '0.1.0';

export function main(argv: readonly string[]): number {
  const io = { out: (t: string) => process.stdout.write(t), err: (t: string) => process.stderr.write(t) };
  if (argv[0] === 'simulate') return runSimulate(argv.slice(1), io);
  if (argv[0] === 'test') return runAccessTestsCli(argv.slice(1), io);
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`trust-policy-lint: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.help) { process.stdout.write(`${USAGE}\n`); return 0; }
  if (args.version) { process.stdout.write(`trust-policy-lint ${VERSION}\n`); return 0; }
  const service = createTrustPolicyService({
    data: bundledReferenceData,
    onRuleError: (rule, error) => process.stderr.write(`trust-policy-lint: internal error in rule ${rule.id}: ${error instanceof Error ? error.message : String(error)}\n`),
  });
  if (args.listRules) {
    for (const r of service.rules) process.stdout.write(`${r.id.padEnd(36)} ${r.defaultSeverity.padEnd(12)} ${r.description}\n`);
    return 0;
  }
  if (args.paths.length === 0) {
    process.stderr.write(`trust-policy-lint: no files or folders given\n\n${USAGE}\n`);
    return 2;
  }
  const { files, problems, fromFolders } = collectFiles(args.paths);
  let skipped = 0;
  let ioError = problems.length > 0;
  for (const p of problems) process.stderr.write(`trust-policy-lint: ${p.path}: ${p.message}\n`);
  const results: FileResult[] = [];
  for (const file of files) {
    const read = readPolicyFile(file);
    if (!read.ok) {
      if (read.io) {
        ioError = true;
        process.stderr.write(`trust-policy-lint: ${file}: ${read.message}\n`);
      } else {
        results.push({ file, findings: [{ ruleId: 'json-syntax', severity: 'error', message: `Cannot lint: ${read.message}.`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] });
      }
      continue;
    }
    // In folders, other JSON (package.json, identity or bucket policies) is not ours to judge; named files always are.
    if (fromFolders.has(file) && (isAccessTestFile(file) || (!args.allJson && !matchesFilePattern(file, DEFAULT_FILE_PATTERNS) && !looksLikeTrustPolicy(read.text)))) {
      skipped++;
      continue;
    }
    let doc = TextDocument.create(pathToFileURL(path.resolve(file)).href, 'iam-trust-policy', 1, read.text);
    if (args.fix) {
      const edits = service.fixAll(doc, args.options);
      if (edits.length) {
        const fixed = TextDocument.applyEdits(doc, edits);
        try {
          fs.writeFileSync(file, fixed);
        } catch (e) {
          ioError = true;
          process.stderr.write(`trust-policy-lint: ${file}: cannot write fixes: ${e instanceof Error ? e.message : String(e)}\n`);
        }
        doc = TextDocument.create(doc.uri, doc.languageId, 2, fixed);
      }
    }
    const findings = service.findings(doc, args.options)
      .filter((f) => !args.quiet || f.severity === 'error')
      .map((f) => ({
        ruleId: f.rule.id,
        severity: f.severity,
        message: f.finding.message,
        range: { start: doc.positionAt(f.offset), end: doc.positionAt(f.offset + f.length) },
        docsUrl: f.rule.docsUrl,
      }));
    results.push({ file, findings, ...(args.explain ? { explanation: explainPolicy(service.parse(doc), service.data, args.options) } : {}) });
  }
  if (skipped) {
    process.stderr.write(`trust-policy-lint: skipped ${skipped === 1 ? '1 JSON file' : `${skipped} JSON files`} in folders that ${skipped === 1 ? 'is not a trust policy' : 'are not trust policies'} (use --all-json, or name a file, to lint it anyway)\n`);
    if (results.length === 0 && !ioError) {
      process.stderr.write('trust-policy-lint: no trust policies found\n');
      ioError = true;
    }
  }
  const out = args.format === 'json' ? renderJson(results) : args.format === 'sarif' ? renderSarif(results, service.rules, VERSION) : renderText(results);
  process.stdout.write(out);
  if (ioError) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

if (require.main === module) {
  let code: number;
  try {
    code = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`trust-policy-lint: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    code = 2;
  }
  process.exitCode = code;
}
