// The rule pages in docs/rules: one per rule, in the shared format, true to the registry, with examples that work.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTrustPolicyService } from '../../server/src/service';
import { bundledReferenceData } from '../../server/src/data';
import type { ServiceOptions } from '../../server/src/service/types';

const root = path.resolve(__dirname, '../..');
const pagesDir = path.join(root, 'docs', 'rules');

interface RegistryRule { id: string; area: string; defaultSeverity: string; description: string; hasFix: boolean }
interface ParsedPage {
  title?: string;
  lead: string;
  table?: { area: string; severity: string; quickFix: string };
  sectionNames: string[];
  section(name: string): string | undefined;
  why?: string;
  examples: { wrong: string[]; right: string[] };
}
interface RuleDocsScript {
  SECTIONS: string[];
  DOCUMENT_TOO_LARGE: string;
  registryRules(): RegistryRule[];
  parseRulePage(text: string): ParsedPage;
  generate(): Map<string, string>;
}

const script = (): Promise<RuleDocsScript> => import(pathToFileURL(path.join(root, 'scripts/rule-docs-index.mjs')).href) as Promise<RuleDocsScript>;

const service = createTrustPolicyService({
  data: bundledReferenceData,
  onRuleError: (rule, error) => { throw new Error(`rule ${rule.id} threw: ${String(error)}`); },
});

/** The options every example is checked with: 111122223333 is "our" account, so 444455556666 is another one. */
function exampleOptions(id: string, tooLarge: string): Partial<ServiceOptions> {
  // document-too-large only fires past maxDocumentSize; its page says its examples assume a limit of 300.
  return { accounts: ['111122223333'], ...(id === tooLarge ? { maxDocumentSize: 300 } : {}) };
}

let n = 0;
function ruleIdsRaised(text: string, options: Partial<ServiceOptions>): string[] {
  const doc = TextDocument.create(`file:///rule-docs-example-${++n}.trust.json`, 'iam-trust-policy', 1, text);
  return service.findings(doc, options).map((f) => f.rule.id);
}

const pageFiles = fs.existsSync(pagesDir) ? fs.readdirSync(pagesDir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort() : [];

describe('rule pages (docs/rules)', () => {
  let rules: RegistryRule[];
  let docs: RuleDocsScript;
  before(async () => {
    docs = await script();
    rules = docs.registryRules();
  });

  it('the registry lists every rule the service runs, and document-too-large', () => {
    const ids = rules.map((r) => r.id);
    assert.deepEqual(ids.filter((id) => id !== docs.DOCUMENT_TOO_LARGE).sort(), service.rules.map((r) => r.id).sort());
    assert.ok(ids.includes(docs.DOCUMENT_TOO_LARGE));
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  });

  it('every rule has a page', () => {
    const have = new Set(pageFiles.map((f) => f.slice(0, -3)));
    const missing = rules.filter((r) => !have.has(r.id)).map((r) => `${r.id} (${r.area})`);
    assert.deepEqual(missing, [], `rules without a page in docs/rules: ${missing.join(', ')}`);
  });

  it('every page is about a rule', () => {
    const ids = new Set(rules.map((r) => r.id));
    const orphans = pageFiles.filter((f) => !ids.has(f.slice(0, -3)));
    assert.deepEqual(orphans, [], 'pages whose rule is not in the registry');
  });

  it('the index (docs/rules/README.md) and the generated page module are up to date', () => {
    const stale: string[] = [];
    for (const [file, text] of docs.generate()) {
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (current !== text) stale.push(path.relative(root, file));
    }
    assert.deepEqual(stale, [], 'run `node scripts/rule-docs-index.mjs` and commit the result');
  });

  for (const file of pageFiles) {
    const id = file.slice(0, -3);
    describe(id, () => {
      let page: ParsedPage;
      let rule: RegistryRule | undefined;
      before(async () => {
        docs ??= await script();
        rules ??= docs.registryRules();
        page = docs.parseRulePage(fs.readFileSync(path.join(pagesDir, file), 'utf8'));
        rule = rules.find((r) => r.id === id);
      });

      it('has the parts of the page format, in order', () => {
        assert.equal(page.title, id, 'the first line is "# <rule-id>"');
        assert.ok(page.lead.length > 20, 'one or two sentences before the table say what the rule reports');
        assert.ok(page.table, 'the | Area | Default severity | Quick fix | table follows the lead');
        const expected = docs.SECTIONS;
        const present = page.sectionNames.filter((s) => expected.includes(s));
        assert.deepEqual(present, expected, 'sections');
        const extra = page.sectionNames.filter((s) => !expected.includes(s));
        assert.ok(extra.every((s) => s === 'See also'), `only "## See also" may follow the format's sections, got ${extra.join(', ')}`);
        for (const s of expected.slice(0, 4)) assert.ok((page.section(s) ?? '').length > 0, `"## ${s}" has text`);
        assert.ok(page.why && page.why.length > 40, 'the first paragraph of "Why it matters" stands on its own');
        assert.ok(page.examples.wrong.length >= 1, 'at least one ```json block under ### Wrong');
        assert.ok(page.examples.right.length >= 1, 'at least one ```json block under ### Right');
      });

      it('states the area, default severity and quick fix of the registry', () => {
        assert.ok(rule, `${id} is in the registry`);
        assert.equal(page.table?.area, rule.area, 'area');
        assert.equal(page.table?.severity, rule.defaultSeverity, 'default severity in the table');
        const severity = page.section('Severity') ?? '';
        assert.match(severity, new RegExp(`^Default: \\*\\*${rule.defaultSeverity}\\*\\*\\.`), '"## Severity" starts with Default: **<severity>**.');
        assert.ok(severity.includes(`"iamTrustPolicy.rules": { "${id}": "off" }`), 'the settings example names this rule');
        assert.ok(severity.includes(`--rule ${id}=`), 'the command-line example names this rule');
        if (rule.hasFix) assert.match(page.table?.quickFix ?? '', /^Yes: \S/, 'the rule has a fix: "Yes: <fix title>"');
        else assert.equal(page.table?.quickFix, 'No', 'the rule has no fix');
      });

      it('every Wrong example raises the rule and no Right example does', () => {
        const options = exampleOptions(id, docs.DOCUMENT_TOO_LARGE);
        const silent = page.examples.wrong.filter((text) => !ruleIdsRaised(text, options).includes(id));
        const raising = page.examples.right.filter((text) => ruleIdsRaised(text, options).includes(id));
        assert.deepEqual({ wrongWithoutFinding: silent, rightWithFinding: raising }, { wrongWithoutFinding: [], rightWithFinding: [] });
      });
    });
  }
});
