// Rule pages -> index and module: writes docs/rules/README.md (every rule by area, from the registry) and
// server/src/service/rule-docs.generated.ts (the pages' text for the bundles: --explain-rule, SARIF help, hover).
// Run: node scripts/rule-docs-index.mjs [--check]   (part of npm run generate; --check fails on any difference)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES_DIR = path.join(root, 'docs', 'rules');
const INDEX = path.join(PAGES_DIR, 'README.md');
const MODULE = path.join(root, 'server', 'src', 'service', 'rule-docs.generated.ts');

/** The sections every page has, in this order (docs/rules format; the test checks them). */
export const SECTIONS = ['What it checks', 'Why it matters', 'When it does not apply', 'Precision', 'Severity', 'Examples'];

/** Rule id of the note the service adds for documents over maxDocumentSize (it is not in the registry). */
export const DOCUMENT_TOO_LARGE = 'document-too-large';
const DOCUMENT_TOO_LARGE_RULE = { id: DOCUMENT_TOO_LARGE, defaultSeverity: 'information', description: 'The document is larger than iamTrustPolicy.maxDocumentSize, so only structural checks ran.' };

const AREAS = [
  { name: 'structural', title: 'Structural', about: 'The shape IAM requires: valid JSON, known elements, well-formed principals and actions, the size quota.' },
  { name: 'reference', title: 'Reference', about: 'Names checked against the reference data: service principals, condition keys and operators.' },
  { name: 'conditions', title: 'Conditions', about: 'Conditions that can never match, match more than meant, or say nothing.' },
  { name: 'trust', title: 'Trust', about: 'Who can assume the role: wildcards, other accounts, web identity and SAML federation, confused deputies.' },
];

/** Every documented rule with its area, in registry order (json-syntax and document-too-large count as structural). */
export function registryRules() {
  const require = createRequire(import.meta.url);
  require('tsx/cjs');
  const registry = (file) => require(path.join(root, 'server/src/service/rules', file));
  const byArea = {
    structural: [registry('json-syntax.ts').jsonSyntax, ...registry('structural/index.ts').structuralRules],
    reference: registry('reference/index.ts').referenceRules,
    conditions: registry('conditions/index.ts').conditionsRules,
    trust: registry('trust/index.ts').trustRules,
  };
  const { allRules } = registry('index.ts');
  const listed = Object.values(byArea).flat();
  // A rule registered outside the four area lists still needs a page: it goes with the structural ones.
  for (const r of allRules) if (!listed.includes(r)) byArea.structural.push(r);
  const rules = Object.entries(byArea).flatMap(([area, list]) => list.map((r) => ({ id: r.id, area, defaultSeverity: r.defaultSeverity, description: r.description, hasFix: typeof r.fix === 'function' })));
  rules.push({ ...DOCUMENT_TOO_LARGE_RULE, area: 'structural', hasFix: false });
  return rules;
}

/**
 * Splits a page into its parts: title, lead, table row, `## ` sections (name -> body) in order, and the json blocks
 * under `### Wrong` and `### Right`. Throws nothing; missing parts are simply absent.
 */
export function parseRulePage(text) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const title = /^# (\S+)\s*$/.exec(lines[0] ?? '')?.[1];
  const sections = [];
  let current;
  let inFence = false;
  const preamble = [];
  for (const line of lines.slice(1)) {
    if (line.startsWith('```')) inFence = !inFence;
    const heading = !inFence && /^## (.+?)\s*$/.exec(line);
    if (heading) {
      current = { name: heading[1], body: [] };
      sections.push(current);
    } else (current ? current.body : preamble).push(line);
  }
  const tableAt = preamble.findIndex((l) => /^\|\s*Area\s*\|\s*Default severity\s*\|\s*Quick fix\s*\|\s*$/.test(l));
  const cells = tableAt >= 0 && /^\|[-\s|]+\|$/.test(preamble[tableAt + 1] ?? '') ? (preamble[tableAt + 2] ?? '').split('|').slice(1, -1).map((c) => c.trim()) : undefined;
  const lead = preamble.slice(0, tableAt >= 0 ? tableAt : preamble.length).join('\n').trim();
  const body = (name) => sections.find((s) => s.name === name)?.body.join('\n').trim();
  const examples = { wrong: [], right: [] };
  let kind;
  let block;
  for (const line of (sections.find((s) => s.name === 'Examples')?.body ?? [])) {
    if (block) {
      if (line.startsWith('```')) { examples[kind].push(block.join('\n')); block = undefined; } else block.push(line);
      continue;
    }
    const sub = /^### (Wrong|Right)\s*$/.exec(line);
    if (sub) kind = sub[1].toLowerCase();
    else if (/^### /.test(line)) kind = undefined;
    else if (kind && /^```json\s*$/.test(line)) block = [];
  }
  const why = body('Why it matters');
  return {
    title,
    lead,
    table: cells && cells.length === 3 ? { area: cells[0], severity: cells[1], quickFix: cells[2] } : undefined,
    sectionNames: sections.map((s) => s.name),
    section: body,
    /** The first paragraph of "Why it matters", shown on hover over a diagnostic. */
    why: why ? why.split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ').trim() : undefined,
    examples,
  };
}

/** The ids that have a page, from the file names in docs/rules. */
export function pageIds() {
  if (!fs.existsSync(PAGES_DIR)) return [];
  return fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort();
}

function indexText(rules) {
  const cell = (s) => s.replace(/\|/g, '\\|');
  const out = [
    '# Rules',
    '',
    'Every rule of the trust policy language server and of `trust-policy-lint`, by area. Each page says what the rule',
    'checks, why it matters, when it does not apply, where it could be wrong, its default severity and how to change it,',
    'with a wrong and a right policy; `test/unit/rule-docs.test.ts` runs every example through the linter.',
    '',
    'Print a page in a terminal with `trust-policy-lint --explain-rule RULE-ID`.',
    '',
    '<!-- generated by scripts/rule-docs-index.mjs from the rule registry; do not edit by hand -->',
  ];
  for (const area of AREAS) {
    const list = rules.filter((r) => r.area === area.name);
    out.push('', `## ${area.title}`, '', area.about, '', '| Rule | Default | Quick fix | What it reports |', '|---|---|---|---|');
    for (const r of list) out.push(`| [${r.id}](${r.id}.md) | ${r.defaultSeverity} | ${r.hasFix ? 'Yes' : 'No'} | ${cell(r.description)} |`);
  }
  return `${out.join('\n')}\n`;
}

function moduleText(rules) {
  const pages = {};
  const why = {};
  for (const id of pageIds()) {
    const text = fs.readFileSync(path.join(PAGES_DIR, `${id}.md`), 'utf8').replace(/\r\n/g, '\n');
    pages[id] = text;
    const parsed = parseRulePage(text);
    if (parsed.why) why[id] = parsed.why;
  }
  const known = new Set(rules.map((r) => r.id));
  const ordered = (o) => Object.fromEntries(Object.keys(o).filter((id) => known.has(id)).sort().map((id) => [id, o[id]]));
  return [
    '// generated - do not edit: made by scripts/rule-docs-index.mjs from docs/rules/*.md',
    '',
    '/** Each rule\'s page (markdown), by rule id. */',
    `export const RULE_PAGES: Readonly<Record<string, string>> = ${JSON.stringify(ordered(pages), null, 2)};`,
    '',
    '/** The first paragraph of each page\'s "Why it matters", by rule id. */',
    `export const RULE_WHY: Readonly<Record<string, string>> = ${JSON.stringify(ordered(why), null, 2)};`,
    '',
  ].join('\n');
}

/** The files this script writes, with their expected text. */
export function generate() {
  const rules = registryRules();
  return new Map([[INDEX, indexText(rules)], [MODULE, moduleText(rules)]]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [file, text] of generate()) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    stale.push(path.relative(root, file));
    if (!check) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }
  if (check && stale.length) {
    console.error(`${stale.join(', ')}: not up to date with docs/rules and the rule registry; run node scripts/rule-docs-index.mjs`);
    process.exit(1);
  }
  if (!check && stale.length) console.log(`rule docs: wrote ${stale.join(', ')}`);
}
