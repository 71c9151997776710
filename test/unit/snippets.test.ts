import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { doc, service } from '../support/fixture';
import { resolveSnippet } from '../../server/src/service/snippet';

interface Snippet { prefix: string; description: string; body: string[] }
const root = path.resolve(__dirname, '../..');
const file = path.join(root, 'snippets/trust-policies.code-snippets');
const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Snippet>;

/** The text a user gets by accepting every placeholder's default (the first option of a choice). */
function expand(s: Snippet): string {
  return resolveSnippet(s.body.join('\n').replace(/\$\{(\d+)\|([^,|]*)[^}]*\}/g, '${$1:$2}'));
}

describe('whole-policy snippets', () => {
  it('cover every template the issue lists, with unique prefixes', () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const p of ['trust-ec2', 'trust-lambda', 'trust-ecs-tasks', 'trust-eks-irsa', 'trust-eks-pod-identity', 'trust-github-actions', 'trust-gitlab', 'trust-saml', 'trust-cognito', 'trust-cross-account-external-id', 'trust-cross-account-mfa', 'trust-service-guarded', 'trust-roles-anywhere']) {
      assert.ok(prefixes.includes(p), p);
    }
  });
  it('are contributed for the trust-policy language and JSON', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
    const languages = manifest.contributes.snippets.filter((s) => path.resolve(root, s.path) === file).map((s) => s.language).sort();
    assert.deepEqual(languages, ['iam-trust-policy', 'json']);
  });
  for (const [name, snippet] of Object.entries(snippets)) {
    it(`${snippet.prefix} expands to a policy with no errors or warnings`, () => {
      const text = expand(snippet);
      assert.doesNotThrow(() => JSON.parse(text), `${name} is not JSON after expansion:\n${text}`);
      for (const accounts of [[], ['111122223333']]) {
        const problems = service.validate(doc(text), { accounts }).filter((d) => d.severity === 1 || d.severity === 2);
        assert.deepEqual(problems.map((d) => `${String(d.code)}: ${typeof d.message === 'string' ? d.message : d.message.value}`), [], `${name} (accounts ${JSON.stringify(accounts)}):\n${text}`);
      }
    });
  }
});
