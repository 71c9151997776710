// A JSON Schema of a role trust policy, written for the baseline: what a generic JSON server would validate.
const stringOrStrings = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
const actions = { anyOf: [{ type: 'string', pattern: '^sts:' }, { type: 'array', items: { type: 'string', pattern: '^sts:' } }] };

const statement = {
  type: 'object',
  additionalProperties: false,
  required: ['Effect', 'Principal'],
  properties: {
    Sid: { type: 'string', pattern: '^[A-Za-z0-9]*$' },
    Effect: { enum: ['Allow', 'Deny'] },
    Principal: {
      anyOf: [
        { const: '*' },
        {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: { AWS: stringOrStrings, Service: stringOrStrings, Federated: stringOrStrings, CanonicalUser: stringOrStrings },
        },
      ],
    },
    NotPrincipal: { type: 'object' },
    Action: actions,
    NotAction: actions,
    Resource: stringOrStrings,
    NotResource: stringOrStrings,
    Condition: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: { anyOf: [{ type: ['string', 'number', 'boolean'] }, { type: 'array', items: { type: ['string', 'number', 'boolean'] } }] },
      },
    },
  },
  oneOf: [{ required: ['Action'] }, { required: ['NotAction'] }],
};

export const TRUST_POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['Version', 'Statement'],
  properties: {
    Version: { enum: ['2012-10-17', '2008-10-17'] },
    Id: { type: 'string' },
    Statement: { anyOf: [statement, { type: 'array', items: statement, minItems: 1 }] },
  },
};
