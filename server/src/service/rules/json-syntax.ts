// json-syntax: every JSON parse error, each with its own range (IAM rejects the policy).
import type { Rule } from '../types';
import { docs } from './docs';

const explanations: Record<string, string> = {
  InvalidSymbol: 'Unexpected character.',
  InvalidNumberFormat: 'Invalid number.',
  PropertyNameExpected: 'A property name in double quotes is expected here.',
  ValueExpected: 'A value is expected here.',
  ColonExpected: 'A colon is expected after the property name.',
  CommaExpected: 'A comma is expected between elements.',
  CloseBraceExpected: 'A closing brace `}` is expected.',
  CloseBracketExpected: 'A closing bracket `]` is expected.',
  EndOfFileExpected: 'Only one JSON value is allowed; remove the text after it.',
  InvalidCommentToken: 'Comments are not allowed in IAM policies; remove the comment.',
  UnexpectedEndOfComment: 'A comment is not closed, and IAM policies cannot contain comments.',
  UnexpectedEndOfString: 'A string is not closed with a double quote.',
  UnexpectedEndOfNumber: 'A number ends unexpectedly.',
  InvalidUnicode: 'Invalid unicode escape sequence.',
  InvalidEscapeCharacter: 'Invalid escape character in a string.',
  InvalidCharacter: 'Invalid character in a string (control characters must be escaped).',
  NestingTooDeep: 'Nesting deeper than 128 levels; this value and everything inside it was not analysed.',
};

export const jsonSyntax: Rule = {
  id: 'json-syntax',
  defaultSeverity: 'error',
  description: 'The document must be valid JSON: IAM rejects anything else with MalformedPolicyDocument.',
  docsUrl: docs.grammar,
  structural: true,
  check({ policy }) {
    if (policy.text.trim() === '') {
      return [{ range: { offset: 0, length: 0 }, message: 'The document is empty; a trust policy is a JSON object with a Statement.' }];
    }
    const seen = new Set<number>();
    const findings = [];
    for (const e of policy.syntaxErrors) {
      // jsonc-parser reports a trailing comma twice (property and value expected) at the closing bracket.
      const comma = trailingCommaBefore(policy.text, e.offset, e.code);
      const offset = comma ?? e.offset;
      if (seen.has(offset)) continue;
      seen.add(offset);
      findings.push(comma !== undefined
        ? { range: { offset: comma, length: 1 }, message: 'Invalid JSON: trailing comma. Remove the comma before the closing bracket.', data: { parseError: 'TrailingComma' } }
        : { range: { offset: e.offset, length: e.length }, message: `Invalid JSON: ${explanations[e.code] ?? e.code}`, data: { parseError: e.code } });
    }
    return findings;
  },
};

function trailingCommaBefore(text: string, offset: number, code: string): number | undefined {
  if (code !== 'PropertyNameExpected' && code !== 'ValueExpected') return undefined;
  if (text[offset] !== '}' && text[offset] !== ']') return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ',' ? i : undefined;
}
