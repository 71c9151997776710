// trust-policy-lint: the command-line linter on the same language service as the editor.
import fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { createTrustPolicyService } from './service';
import { createHostAwareService, hostFormats, initTerraform } from './service/embedded';
import { loadAsset } from './assets-node';
import { languageIdForFile, readFolderSiblings } from './cli/hosts';
import { bundledReferenceData } from './data';
import { parseArgs, UsageError, USAGE } from './cli/args';
import { collectFiles, readPolicyFile } from './cli/files';
import { renderGithub, renderJson, renderSarif, renderText, type FileResult } from './cli/report';
import { explainPolicy } from './service/explain';
import { DEFAULT_FILE_PATTERNS, looksLikeTrustPolicy, matchesFilePattern } from './detect';
import { packagedDocsBaseUri } from './cli/docs-location';
import { explainRule } from './cli/explain-rule';
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
  const service = createHostAwareService(createTrustPolicyService({
    data: bundledReferenceData,
    docsBaseUri: packagedDocsBaseUri(__dirname),
    onRuleError: (rule, error) => process.stderr.write(`trust-policy-lint: internal error in rule ${rule.id}: ${error instanceof Error ? error.message : String(error)}\n`),
  }), hostFormats, { context: (uri) => ({ siblings: () => readFolderSiblings(uri) }) });
  if (args.listRules) {
    for (const r of service.rules) process.stdout.write(`${r.id.padEnd(36)} ${r.defaultSeverity.padEnd(12)} ${r.description}\n`);
    return 0;
  }
  if (args.explainRule !== undefined) return explainRule(args.explainRule, service.rules);
  if (args.paths.length === 0) {
    process.stderr.write(`trust-policy-lint: no files or folders given\n\n${USAGE}\n`);
    return 2;
  }
  /** Who can assume each role: one policy, or each embedded policy under its logical id / resource address. */
  const explainDocument = (doc: TextDocument): string[] => {
    if (service.kindOf(doc) !== 'host') return explainPolicy(service.parse(doc), service.data, args.options);
    const policies = service.embedded(doc);
    if (!policies.length) return ['No role trust policy found in this file.'];
    return policies.flatMap((e) => {
      const options = { ...args.options, accounts: [...args.options.accounts, ...e.policy.ownAccounts] };
      const line = doc.positionAt(e.policy.roleRange.offset).line + 1;
      return [`${e.policy.name} (line ${line}):`, ...explainPolicy(service.parse(e.doc), service.data, options).map((s) => `  ${s.split(e.policy.ownAccounts[0] ?? '\u0000').join('(this account)')}`)];
    });
  };
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
    const languageId = languageIdForFile(file, read.text);
    let doc = TextDocument.create(pathToFileURL(path.resolve(file)).href, languageId, 1, read.text);
    const kind = service.kindOf(doc);
    // In folders, other JSON (package.json, identity or bucket policies) is not ours to judge; named files always are.
    // Templates and Terraform files count when they hold a role's trust policy.
    const isJson = /\.json$/i.test(file);
    const inScope = kind === 'host'
      ? service.embedded(doc).length > 0 || service.hostProblems(doc).length > 0
      : isJson && (args.allJson || matchesFilePattern(file, DEFAULT_FILE_PATTERNS) || looksLikeTrustPolicy(read.text));
    if (fromFolders.has(file) && (!inScope || isAccessTestFile(file))) {
      if (isJson) skipped++;
      continue;
    }
    if (!fromFolders.has(file) && kind === 'none') {
      results.push({ file, findings: [], explanation: args.explain ? ['No trust policy found in this file.'] : undefined });
      continue;
    }
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
        docsUrl: service.ruleDocsUri(f.rule),
      }));
    results.push({ file, findings, ...(args.explain ? { explanation: explainDocument(doc) } : {}) });
  }
  if (skipped) {
    process.stderr.write(`trust-policy-lint: skipped ${skipped === 1 ? '1 JSON file' : `${skipped} JSON files`} in folders that ${skipped === 1 ? 'is not a trust policy' : 'are not trust policies'} (use --all-json, or name a file, to lint it anyway)\n`);
    if (results.length === 0 && !ioError) {
      process.stderr.write('trust-policy-lint: no trust policies found\n');
      ioError = true;
    }
  }
  const out = args.format === 'json' ? renderJson(results)
    : args.format === 'sarif' ? renderSarif(results, service.rules, VERSION, service.ruleDocsUri)
      : args.format === 'github' ? renderGithub(results) : renderText(results);
  process.stdout.write(out);
  if (ioError) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

if (require.main === module) {
  // Terraform files need tree-sitter's wasm; without it they report that the parser is not ready.
  void initTerraform(loadAsset).catch((e: unknown) => {
    process.stderr.write(`trust-policy-lint: the Terraform parser did not load (${e instanceof Error ? e.message : String(e)})\n`);
  }).then(() => {
    let code: number;
    try {
      code = main(process.argv.slice(2));
    } catch (e) {
      process.stderr.write(`trust-policy-lint: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
      code = 2;
    }
    process.exitCode = code;
  });
}
