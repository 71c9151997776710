// fast-check generators: policy-shaped JSON, arbitrary text, and random character/token mutations of seed documents.
import fc from 'fast-check';

/** Tokens that steer random text towards the paths the rules read. */
export const TOKENS: readonly string[] = [
  '{', '}', '[', ']', ',', ':', '"', '""', 'null', 'true', '0', '-1.5e3', '"*"', '\n', '\r\n', ' ', '\t', '\\', '/*', '//', '\uFEFF',
  '"Version"', '"2012-10-17"', '"Statement"', '"Sid"', '"Effect"', '"Allow"', '"Deny"', '"Principal"', '"NotPrincipal"',
  '"AWS"', '"Service"', '"Federated"', '"CanonicalUser"', '"Action"', '"NotAction"', '"Resource"', '"Condition"',
  '"sts:AssumeRole"', '"sts:AssumeRoleWithWebIdentity"', '"sts:AssumeRoleWithSAML"', '"sts:TagSession"', '"sts:*"',
  '"arn:aws:iam::123456789012:root"', '"arn:aws:iam::123456789012:role/x"', '"ec2.amazonaws.com"', '"123456789012"',
  '"StringEquals"', '"StringLike"', '"ForAnyValue:StringLike"', '"BoolIfExists"', '"aws:PrincipalOrgID"', '"sts:ExternalId"',
  '"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"', '"token.actions.githubusercontent.com:sub"',
  '"\\u00e9"', '"\\ud800"', '"😀"', '"\u2028"',
];

const key = fc.oneof(fc.constantFrom('Version', 'Statement', 'Sid', 'Effect', 'Principal', 'AWS', 'Service', 'Federated', 'Action', 'NotAction', 'Condition', 'StringEquals', 'aws:SourceAccount', 'Resource'), fc.string({ maxLength: 8 }));
const leaf = fc.oneof(
  fc.constantFrom('2012-10-17', 'Allow', 'Deny', '*', 'sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'arn:aws:iam::123456789012:root', 'lambda.amazonaws.com', 'cognito-identity.amazonaws.com'),
  fc.string({ maxLength: 12 }), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null),
);

/** JSON values that often look like policies: keys and leaves are drawn from the policy vocabulary. */
export const policyLikeValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 5 })),
})).value;

/** Serialises a value the way people write JSON: compact, indented, or with CRLF line endings. */
export const serialised = (value: fc.Arbitrary<unknown>): fc.Arbitrary<string> =>
  fc.tuple(value, fc.constantFrom(0, 2, 4, '\t', 'crlf')).map(([v, indent]) => {
    const text = JSON.stringify(v, null, indent === 'crlf' ? 2 : indent) ?? 'null';
    return indent === 'crlf' ? text.replace(/\n/g, '\r\n') : text;
  });

/** Any text, including lone surrogates and control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc.string({ maxLength: 200, unit: 'grapheme' }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join('')),
);

export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string };

const fragment = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }));

/** A mutation whose positions are fractions of the text length, so it applies to any seed. */
export const mutation: fc.Arbitrary<(text: string) => string> = fc
  .tuple(fc.constantFrom('insert', 'delete', 'replace', 'delete-token'), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 12 }), fragment)
  .map(([kind, where, length, text]) => (source: string) => {
    const at = Math.floor(where * source.length);
    switch (kind) {
      case 'insert': return source.slice(0, at) + text + source.slice(at);
      case 'delete': return source.slice(0, at) + source.slice(at + length);
      case 'replace': return source.slice(0, at) + text + source.slice(at + Math.min(length, 3));
      default: {
        // Remove the token that starts at or after `at`: a quoted string, or one structural character.
        const start = source.slice(at).search(/["{}[\],:]/);
        if (start < 0) return source;
        const s = at + start;
        const end = source[s] === '"' ? source.indexOf('"', s + 1) + 1 || source.length : s + 1;
        return source.slice(0, s) + source.slice(end);
      }
    }
  });

/** One to `max` mutations applied in turn to a seed. */
export const mutated = (seeds: readonly string[], max = 6): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: max })).map(([seed, ms]) => ms.reduce((t, m) => m(t), seed));
