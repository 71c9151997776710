// Links and text from the rule pages: diagnostics link to docs/rules/<id>.md, hovers on a finding show its "why",
// and the built CLI prints a page (--explain-rule), puts the pages in SARIF and their URIs in JSON.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MarkupContent } from 'vscode-languageserver-types';
import { createTrustPolicyService } from '../../server/src/service';
import { bundledReferenceData } from '../../server/src/data';
import { RULE_PAGES, RULE_WHY } from '../../server/src/service/rule-docs.generated';
import { packagedDocsBaseUri } from '../../server/src/cli/docs-location';
import { doc } from '../support/fixture';

const root = path.resolve(__dirname, '../..');
const docsBase = `${pathToFileURL(path.join(root, 'docs', 'rules')).href}/`;
const CLI = path.join(root, 'dist', 'cli.js');
const withPages = createTrustPolicyService({ data: bundledReferenceData, docsBaseUri: docsBase });
const withoutPages = createTrustPolicyService({ data: bundledReferenceData });
// An empty Sid (sid-empty) and an action in lowercase (action-case), two hints and nothing else.
const POLICY = '{"Version": "2012-10-17", "Statement": [{"Sid": "", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:assumerole"}]}';

describe('rule pages: links and hover', () => {
  it('finds docs/rules of the package from the bundle folders and from the sources', () => {
    assert.equal(packagedDocsBaseUri(path.join(root, 'dist', 'server')), docsBase);
    assert.equal(packagedDocsBaseUri(path.join(root, 'dist')), docsBase);
    assert.equal(packagedDocsBaseUri(path.join(root, 'server', 'src')), docsBase);
    assert.equal(packagedDocsBaseUri(os.tmpdir()), undefined);
  });

  it('links each diagnostic to its rule page, which exists, when the service has a docs base', () => {
    const diagnostics = withPages.validate(doc(POLICY));
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['action-case', 'sid-empty']);
    for (const d of diagnostics) {
      assert.equal(d.codeDescription?.href, `${docsBase}${String(d.code)}.md`);
      assert.ok(fs.existsSync(fileURLToPath(d.codeDescription.href)), d.codeDescription.href);
    }
  });

  it('links the document-too-large note to its page too', () => {
    const d = withPages.validate(doc(POLICY), { maxDocumentSize: 20 }).find((x) => x.code === 'document-too-large');
    assert.equal(d?.codeDescription?.href, `${docsBase}document-too-large.md`);
  });

  it('keeps the AWS documentation link without a docs base, and adds a "/" to a base without one', () => {
    for (const d of withoutPages.validate(doc(POLICY))) assert.match(String(d.codeDescription?.href), /^https:\/\/docs\.aws\.amazon\.com\//);
    const noSlash = createTrustPolicyService({ data: bundledReferenceData, docsBaseUri: 'https://example.invalid/rules' });
    assert.equal(noSlash.validate(doc(POLICY)).find((d) => d.code === 'sid-empty')?.codeDescription?.href, 'https://example.invalid/rules/sid-empty.md');
  });

  it('on a finding, the hover adds the first paragraph of the rule\'s "Why it matters" and a link to the page', () => {
    const d = doc(POLICY);
    const hover = withPages.hover(d, d.positionAt(POLICY.indexOf('"Sid"') + 2));
    const md = (hover?.contents as MarkupContent).value;
    assert.ok(RULE_WHY['sid-empty']);
    assert.ok(md.includes(`**sid-empty**: ${RULE_WHY['sid-empty']}`), md);
    assert.ok(md.includes(`](${docsBase}sid-empty.md)`), md);
    assert.match(md, /statement id/, 'the element hover is still there, before the why');
    assert.ok(md.indexOf('statement id') < md.indexOf('**sid-empty**'));
    assert.doesNotMatch(md, /action-case/, 'only the findings under the pointer');
  });

  it('gives the why alone where there is no element hover, and nothing extra off the findings', () => {
    // No Version: version-missing sits on the opening brace, where there is no element hover.
    const text = '{"Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": ["sts:AssumeRole"]}]}';
    const d = doc(text);
    const alone = withPages.hover(d, d.positionAt(0));
    assert.equal((alone?.contents as MarkupContent).value, `**version-missing**: ${RULE_WHY['version-missing']} [More about version-missing](${docsBase}version-missing.md)`);
    assert.deepEqual(alone?.range, { start: d.positionAt(0), end: d.positionAt(1) }, 'the finding\'s range');
    const offFinding = withPages.hover(d, d.positionAt(text.indexOf('"Effect"') + 2));
    assert.doesNotMatch((offFinding?.contents as MarkupContent).value, /\*\*[a-z-]+\*\*: /);
    // The action list's bracket has no element hover and no finding: still no hover.
    assert.equal(withPages.hover(d, d.positionAt(text.indexOf('["sts'))), null);
  });

  it('analyses a document version once for its diagnostics and any number of hovers', () => {
    let runs = 0;
    const counting = createTrustPolicyService({
      data: bundledReferenceData,
      rules: [{ id: 'sid-empty', defaultSeverity: 'hint', description: 'counts its runs', docsUrl: 'https://example.invalid', check: () => { runs++; return [{ range: { offset: 0, length: 1 }, message: 'here' }]; } }],
    });
    const first = doc('{"Version": "2012-10-17"}');
    assert.equal(counting.validate(first).length, 1);
    for (let i = 0; i < 5; i++) assert.match((counting.hover(first, first.positionAt(0))?.contents as MarkupContent).value, /\*\*sid-empty\*\*/);
    assert.equal(runs, 1);
    const second = doc('{"Version": "2008-10-17"}');
    counting.hover(second, second.positionAt(0));
    assert.equal(runs, 2, 'another document is analysed afresh');
  });

  it('with whyFrom "cached" (the server) a hover never runs the rules: it adds the why once an analysis of the text ran', async () => {
    let runs = 0;
    const counting = createTrustPolicyService({
      data: bundledReferenceData,
      rules: [{ id: 'sid-empty', defaultSeverity: 'hint', description: 'counts its runs', docsUrl: 'https://example.invalid', check: () => { runs++; return [{ range: { offset: 0, length: 1 }, message: 'here' }]; } }],
    });
    const d = doc('{"Version": "2012-10-17"}');
    assert.equal(counting.hover(d, d.positionAt(0), undefined, 'cached'), null, 'nothing analysed yet: no why, and no analysis run for it');
    assert.equal(runs, 0);
    const sliced = await counting.validateInSlices(d, undefined, { sliceMs: 8, pause: async () => true });
    assert.equal(sliced?.length, 1);
    assert.match((counting.hover(d, d.positionAt(0), undefined, 'cached')?.contents as MarkupContent).value, /\*\*sid-empty\*\*/, 'the sliced analysis is reused');
    counting.codeActions(d, { start: d.positionAt(0), end: d.positionAt(1) }, sliced ?? []);
    assert.equal(runs, 1, 'diagnostics, hovers and code actions share one analysis');
  });
});

describe('rule pages: the built CLI', () => {
  let dir: string;
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-docs-'));
    fs.writeFileSync(path.join(dir, 'role.trust.json'), POLICY);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--explain-rule prints the page, from the bundle', () => {
    const r = run('--explain-rule', 'sid-empty');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, RULE_PAGES['sid-empty']);
  });

  it('--explain-rule with an unknown id exits 2 and names the near ids', () => {
    const r = run('--explain-rule', 'sid-emtpy');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^trust-policy-lint: there is no rule "sid-emtpy"\. Did you mean "sid-empty"/);
    const vague = run('--explain-rule', 'principal');
    assert.equal(vague.status, 2);
    assert.match(vague.stderr, /"principal-missing"/);
    assert.equal(run('--explain-rule').status, 2, 'the id is required');
  });

  it('SARIF: helpUri is the rule page and help carries the page', () => {
    const r = run('--format', 'sarif', path.join(dir, 'role.trust.json'));
    const driver = JSON.parse(r.stdout).runs[0].tool.driver as { rules: { id: string; helpUri?: string; help?: { text: string; markdown: string } }[] };
    const rule = driver.rules.find((x) => x.id === 'sid-empty');
    assert.equal(rule?.helpUri, `${docsBase}sid-empty.md`);
    assert.equal(rule?.help?.markdown, RULE_PAGES['sid-empty']);
    assert.equal(rule?.help?.text, RULE_PAGES['sid-empty']);
  });

  it('JSON: each finding carries docsUrl, the rule page', () => {
    const r = run('--format', 'json', path.join(dir, 'role.trust.json'));
    const findings = JSON.parse(r.stdout)[0].findings as { ruleId: string; docsUrl?: string }[];
    assert.ok(findings.length >= 2);
    for (const f of findings) assert.equal(f.docsUrl, `${docsBase}${f.ruleId}.md`);
  });
});
