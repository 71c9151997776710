// Renders lint results as text, JSON, SARIF 2.1.0 or GitHub Actions workflow commands (annotations).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule, Severity } from '../service/types';
import { rulePage } from '../service/rule-docs';

export interface CliFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  docsUrl?: string;
}

export interface FileResult {
  file: string;
  findings: CliFinding[];
  /** Plain-language summary lines (--explain). */
  explanation?: string[];
}

const useColor = () => !!process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (useColor() ? `\u001b[${code}m${s}\u001b[0m` : s);
const severityLabel: Record<Severity, string> = { error: paint('31', 'error'), warning: paint('33', 'warning'), information: paint('36', 'info'), hint: paint('90', 'hint') };

export function renderText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    if (r.findings.length === 0 && !r.explanation?.length) continue;
    lines.push(paint('4', r.file));
    for (const e of r.explanation ?? []) lines.push(`  ${e}`);
    for (const f of r.findings) {
      counts[f.severity]++;
      const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      lines.push(`  ${pos.padEnd(8)} ${severityLabel[f.severity].padEnd(useColor() ? 16 : 7)} ${f.message}  ${paint('90', f.ruleId)}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (results.length === 0) lines.push('no files checked');
  else lines.push(`${results.length} file${results.length === 1 ? '' : 's'} checked: ${total === 0 ? 'no problems' : `${counts.error} errors, ${counts.warning} warnings, ${counts.information} info, ${counts.hint} hints`}`);
  return lines.join('\n') + '\n';
}

export function renderJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map((r) => ({
    file: r.file,
    findings: r.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, range: f.range, ...(f.docsUrl ? { docsUrl: f.docsUrl } : {}) })),
    ...(r.explanation ? { explanation: r.explanation } : {}),
  })), null, 2) + '\n';
}

const sarifLevel: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * SARIF 2.1.0. Each rule's helpUri is its page (docsUri, e.g. the installed docs/rules/<id>.md) and `help` carries
 * the page itself, which GitHub code scanning shows (help.markdown) next to an alert.
 */
export function renderSarif(results: readonly FileResult[], rules: readonly Rule[], version: string, docsUri: (rule: Rule) => string = (r) => r.docsUrl): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const extra: Rule[] = [];
  const ruleIndex = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = rules.length + extra.length;
      index.set(id, i);
      extra.push({ id, defaultSeverity: 'information', description: id, docsUrl: '', check: () => [] });
    }
    return i;
  };
  const sarifResults = results.flatMap((r) => r.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex(f.ruleId),
    level: sarifLevel[f.severity],
    message: { text: f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: toSarifUri(r.file) },
        region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
      },
    }],
  })));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'trust-policy-lint',
          version,
          informationUri: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html',
          rules: [...rules, ...extra].map((r) => {
            const helpUri = docsUri(r);
            const page = rulePage(r.id);
            return {
              id: r.id,
              shortDescription: { text: r.description },
              ...(helpUri ? { helpUri } : {}),
              ...(page ? { help: { text: page, markdown: page } } : {}),
              defaultConfiguration: { level: sarifLevel[r.defaultSeverity] },
            };
          }),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function toSarifUri(file: string): string {
  if (!path.isAbsolute(file)) return file.split(path.sep).map(encodeURIComponent).join('/');
  return pathToFileURL(file).href;
}

const githubCommand: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Escapes a workflow command's message as @actions/core does: %, CR and LF. */
export function escapeGithubData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: the message's escapes, plus the separators `:` and `,`. */
export function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one per finding (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`),
 * which GitHub shows as annotations on the pull request's changed lines. Paths are made relative to `cwd` (the
 * checkout) with forward slashes, as annotations expect; positions are 1-based. Information and hints are notices.
 */
export function renderGithub(results: readonly FileResult[], cwd: string = process.cwd()): string {
  const lines: string[] = [];
  let errors = 0;
  let total = 0;
  for (const r of results) {
    const relative = path.isAbsolute(r.file) ? path.relative(cwd, r.file) : r.file;
    const file = (relative.startsWith('..') || path.isAbsolute(relative) ? r.file : relative).split(path.sep).join('/');
    for (const e of r.explanation ?? []) lines.push(`${file}: ${e}`);
    for (const f of r.findings) {
      total++;
      if (f.severity === 'error') errors++;
      const properties = [
        `file=${escapeGithubProperty(file)}`,
        `line=${f.range.start.line + 1}`,
        `col=${f.range.start.character + 1}`,
        `endLine=${f.range.end.line + 1}`,
        `endColumn=${f.range.end.character + 1}`,
        `title=${escapeGithubProperty(f.ruleId)}`,
      ].join(',');
      lines.push(`::${githubCommand[f.severity]} ${properties}::${escapeGithubData(f.message)}`);
    }
  }
  lines.push(`trust-policy-lint: ${results.length} file${results.length === 1 ? '' : 's'} checked, ${total} finding${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'})`);
  return lines.join('\n') + '\n';
}
