// trust-policy-lint test [PATH...]: runs *.trust-tests.json access tests and reports failing cases.
import fs from 'node:fs';
import path from 'node:path';
import { bundledReferenceData } from '../data';
import { isAccessTestFile, parseAccessTests, policyCandidates, runAccessTests, tally, testFileCandidates, type CaseResult } from '../service/access-tests';
import { loadPolicySource, splitSelector } from './policy-source';
import { statementLines } from '../service/evaluate';
import { collectFiles, readPolicyFile } from './files';
import type { CliIo } from './simulate';

export const TEST_USAGE = `Usage: trust-policy-lint test [PATH...]

Runs access tests: NAME.trust-tests.json files beside NAME.json (or naming their policy in "policy"), each with
cases {"name", "request", "expect": "allow" | "deny"}. PATH is a test file, a policy (its test file is found by
name) or a folder (searched for *.trust-tests.json); the default is the current folder.

Exit status: 0 every case passed, 1 a case failed, 2 bad input (unreadable file, missing policy, bad request).`;

function testFilesFor(paths: readonly string[], io: CliIo): { files: string[]; bad: boolean } {
  const { files, problems } = collectFiles(paths);
  let bad = false;
  const out = new Set<string>();
  for (const p of problems) {
    if (p.message === 'no *.json files found in this folder') continue;
    bad = true;
    io.err(`trust-policy-lint test: ${p.path}: ${p.message}\n`);
  }
  for (const f of files) {
    if (isAccessTestFile(f)) out.add(f);
    else if (paths.includes(f)) {
      const beside = testFileCandidates(f).find((c) => fs.existsSync(c));
      if (beside) out.add(beside);
      else {
        bad = true;
        io.err(`trust-policy-lint test: ${f}: no access-test file beside it (${testFileCandidates(f).map((c) => path.basename(c)).join(' or ')})\n`);
      }
    }
  }
  return { files: [...out], bad };
}

export function runAccessTestsCli(argv: readonly string[], io: CliIo): number {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.out(`${TEST_USAGE}\n`);
    return 0;
  }
  const unknownOption = argv.find((a) => a.startsWith('-') && a !== '-');
  if (unknownOption) {
    io.err(`trust-policy-lint test: unknown option ${unknownOption}\n\n${TEST_USAGE}\n`);
    return 2;
  }
  const { files, bad: badPaths } = testFilesFor(argv.length ? argv : ['.'], io);
  let bad = badPaths;
  if (!files.length && !bad) {
    io.err('trust-policy-lint test: no *.trust-tests.json files found\n');
    return 2;
  }
  const all: CaseResult[] = [];
  for (const file of files) {
    const read = readPolicyFile(file);
    if (!read.ok) {
      bad = true;
      io.err(`trust-policy-lint test: ${file}: ${read.message}\n`);
      continue;
    }
    const tests = parseAccessTests(read.text);
    for (const p of tests.problems) io.err(`trust-policy-lint test: ${file}: ${p.message}\n`);
    if (tests.problems.length) bad = true;
    if (!tests.cases.length) continue;
    // "policy" may name a role inside a template or Terraform file: "stack.yaml#GitHubRole".
    const { role } = splitSelector(tests.policy?.value ?? '');
    const candidates = policyCandidates(file, tests.policy?.value && splitSelector(tests.policy.value).file);
    const policyFile = candidates.find((c) => fs.existsSync(c));
    if (!policyFile) {
      bad = true;
      io.err(`trust-policy-lint test: ${file}: policy not found (looked for ${candidates.join(', ')})\n`);
      continue;
    }
    let source;
    try {
      source = loadPolicySource(role ? `${policyFile}#${role}` : policyFile);
    } catch (e) {
      bad = true;
      io.err(`trust-policy-lint test: ${e instanceof Error ? e.message : String(e)}\n`);
      continue;
    }
    const policy = source.policy;
    if (policy.syntaxErrors.length) {
      bad = true;
      io.err(`trust-policy-lint test: ${policyFile}: the policy is not valid JSON\n`);
      continue;
    }
    const results = runAccessTests(tests, policy, bundledReferenceData);
    for (const r of results) {
      if (r.status === 'pass') continue;
      if (r.status === 'error') bad = true;
      io.out(`${r.status === 'fail' ? 'FAIL' : 'ERROR'} ${file}: ${r.message}\n`);
      if (r.result) for (const line of statementLines(r.result)) io.out(`    ${line}\n`);
    }
    all.push(...results);
  }
  const t = tally(all);
  io.out(`${t.passed} passed, ${t.failed} failed\n`);
  if (bad) return 2;
  return t.failed ? 1 : 0;
}
