// generated - do not edit (source: data/*.json, generator: scripts/generate-data.mjs)
import type { ConditionOperatorTable } from './types';

export const conditionOperators: ConditionOperatorTable = {
  "operators": [
    {
      "operator": "StringEquals",
      "family": "String",
      "description": "Value equals one of the listed strings exactly (case-sensitive).",
      "acceptedKeyTypes": [
        "String",
        "ArrayOfString",
        "ARN",
        "ArrayOfARN"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": true,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "string",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ],
      "notes": "Allowed on ARN keys, but ARN operators are preferred there."
    },
    {
      "operator": "StringNotEquals",
      "family": "String",
      "description": "Value matches none of the listed strings (case-sensitive).",
      "acceptedKeyTypes": [
        "String",
        "ArrayOfString",
        "ARN",
        "ArrayOfARN"
      ],
      "negated": true,
      "supportsWildcards": false,
      "supportsPolicyVariables": true,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "string",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "StringEqualsIgnoreCase",
      "family": "String",
      "description": "Value equals one of the listed strings, ignoring case.",
      "acceptedKeyTypes": [
        "String",
        "ArrayOfString",
        "ARN",
        "ArrayOfARN"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": true,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "string",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "StringNotEqualsIgnoreCase",
      "family": "String",
      "description": "Value matches none of the listed strings, ignoring case.",
      "acceptedKeyTypes": [
        "String",
        "ArrayOfString",
        "ARN",
        "ArrayOfARN"
      ],
      "negated": true,
      "supportsWildcards": false,
      "supportsPolicyVariables": true,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "string",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "StringLike",
      "family": "String",
      "description": "Case-sensitive match against patterns where * matches any run of characters and ? one character.",
      "acceptedKeyTypes": [
        "String",
        "ArrayOfString",
        "ARN",
        "ArrayOfARN"
      ],
      "negated": false,
      "supportsWildcards": true,
      "supportsPolicyVariables": true,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "string",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "StringNotLike",
      "family": "String",
      "description": "Value matches none of the listed wildcard patterns (case-sensitive).",
      "acceptedKeyTypes": [
        "String",
        "ArrayOfString",
        "ARN",
        "ArrayOfARN"
      ],
      "negated": true,
      "supportsWildcards": true,
      "supportsPolicyVariables": true,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "string",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "NumericEquals",
      "family": "Numeric",
      "description": "Number equals one of the listed values.",
      "acceptedKeyTypes": [
        "Numeric"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "number (JSON number or numeric string)",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "NumericNotEquals",
      "family": "Numeric",
      "description": "Number equals none of the listed values.",
      "acceptedKeyTypes": [
        "Numeric"
      ],
      "negated": true,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "number (JSON number or numeric string)",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "NumericLessThan",
      "family": "Numeric",
      "description": "Number is smaller than the listed value.",
      "acceptedKeyTypes": [
        "Numeric"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "number (JSON number or numeric string)",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "NumericLessThanEquals",
      "family": "Numeric",
      "description": "Number is smaller than or equal to the listed value.",
      "acceptedKeyTypes": [
        "Numeric"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "number (JSON number or numeric string)",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "NumericGreaterThan",
      "family": "Numeric",
      "description": "Number is larger than the listed value.",
      "acceptedKeyTypes": [
        "Numeric"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "number (JSON number or numeric string)",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "NumericGreaterThanEquals",
      "family": "Numeric",
      "description": "Number is larger than or equal to the listed value.",
      "acceptedKeyTypes": [
        "Numeric"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "number (JSON number or numeric string)",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "DateEquals",
      "family": "Date",
      "description": "Date/time equals the listed value.",
      "acceptedKeyTypes": [
        "Date"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "ISO 8601 date-time or Unix epoch seconds",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "DateNotEquals",
      "family": "Date",
      "description": "Date/time differs from every listed value.",
      "acceptedKeyTypes": [
        "Date"
      ],
      "negated": true,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "ISO 8601 date-time or Unix epoch seconds",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "DateLessThan",
      "family": "Date",
      "description": "Date/time is before the listed value.",
      "acceptedKeyTypes": [
        "Date"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "ISO 8601 date-time or Unix epoch seconds",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "DateLessThanEquals",
      "family": "Date",
      "description": "Date/time is at or before the listed value.",
      "acceptedKeyTypes": [
        "Date"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "ISO 8601 date-time or Unix epoch seconds",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "DateGreaterThan",
      "family": "Date",
      "description": "Date/time is after the listed value.",
      "acceptedKeyTypes": [
        "Date"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "ISO 8601 date-time or Unix epoch seconds",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "DateGreaterThanEquals",
      "family": "Date",
      "description": "Date/time is at or after the listed value.",
      "acceptedKeyTypes": [
        "Date"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "ISO 8601 date-time or Unix epoch seconds",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "Bool",
      "family": "Boolean",
      "description": "Boolean value equals the listed \"true\" or \"false\".",
      "acceptedKeyTypes": [
        "Bool",
        "ArrayOfBool"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": true,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "\"true\" or \"false\" (string or JSON boolean)",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "BinaryEquals",
      "family": "Binary",
      "description": "Byte-for-byte match of a binary key value, written in base64.",
      "acceptedKeyTypes": [
        "Binary"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "base64-encoded string",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "IpAddress",
      "family": "IPAddress",
      "description": "Address lies in one of the listed IPv4/IPv6 addresses or CIDR ranges.",
      "acceptedKeyTypes": [
        "IPAddress",
        "ArrayOfIPAddress"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "IP address or CIDR block",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "NotIpAddress",
      "family": "IPAddress",
      "description": "Address lies outside every listed IPv4/IPv6 address or CIDR range.",
      "acceptedKeyTypes": [
        "IPAddress",
        "ArrayOfIPAddress"
      ],
      "negated": true,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "IP address or CIDR block",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "ArnEquals",
      "family": "ARN",
      "description": "ARN matches a listed ARN, compared segment by segment; * and ? allowed within a segment.",
      "acceptedKeyTypes": [
        "ARN",
        "ArrayOfARN"
      ],
      "negated": false,
      "supportsWildcards": true,
      "supportsPolicyVariables": true,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "ARN (wildcards allowed per segment)",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ],
      "notes": "Behaves the same as ArnLike. Using ARN operators on plain String keys is reported as a type mismatch by policy validators."
    },
    {
      "operator": "ArnLike",
      "family": "ARN",
      "description": "ARN matches a listed ARN pattern, segment by segment; * and ? allowed within a segment.",
      "acceptedKeyTypes": [
        "ARN",
        "ArrayOfARN"
      ],
      "negated": false,
      "supportsWildcards": true,
      "supportsPolicyVariables": true,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "ARN (wildcards allowed per segment)",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "ArnNotEquals",
      "family": "ARN",
      "description": "ARN matches none of the listed ARNs/patterns.",
      "acceptedKeyTypes": [
        "ARN",
        "ArrayOfARN"
      ],
      "negated": true,
      "supportsWildcards": true,
      "supportsPolicyVariables": true,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "ARN (wildcards allowed per segment)",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "ArnNotLike",
      "family": "ARN",
      "description": "ARN matches none of the listed ARN patterns.",
      "acceptedKeyTypes": [
        "ARN",
        "ArrayOfARN"
      ],
      "negated": true,
      "supportsWildcards": true,
      "supportsPolicyVariables": true,
      "supportsIfExists": true,
      "supportsSetQualifiers": true,
      "valueFormat": "ARN (wildcards allowed per segment)",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "operator": "Null",
      "family": "Null",
      "description": "Tests presence: \"true\" means the key must be absent from the request, \"false\" means it must be present.",
      "acceptedKeyTypes": [
        "*"
      ],
      "negated": false,
      "supportsWildcards": false,
      "supportsPolicyVariables": false,
      "supportsIfExists": false,
      "supportsSetQualifiers": false,
      "valueFormat": "\"true\" or \"false\"",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ],
      "notes": "Cannot take IfExists or ForAllValues/ForAnyValue."
    }
  ],
  "qualifiers": [
    {
      "qualifier": "IfExists",
      "position": "suffix",
      "example": "StringLikeIfExists",
      "appliesTo": "every operator except Null",
      "description": "If the key is missing from the request the condition counts as true; if present, the base operator is applied.",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "qualifier": "ForAllValues",
      "position": "prefix",
      "separator": ":",
      "example": "ForAllValues:StringEquals",
      "appliesTo": "multi-valued keys (ArrayOf*)",
      "description": "True when every value in the request matches at least one listed value; also true when the key is missing or empty, so pair it with a Null check in Allow statements.",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    },
    {
      "qualifier": "ForAnyValue",
      "position": "prefix",
      "separator": ":",
      "example": "ForAnyValue:StringLike",
      "appliesTo": "multi-valued keys (ArrayOf*)",
      "description": "True when at least one value in the request matches a listed value; false when the key is missing or empty.",
      "sources": [
        "aws-docs:iam-user-guide:condition-operators",
        "cloud-copilot/iam-simulate:src/condition",
        "iam-floyd:lib/shared/operators.ts"
      ]
    }
  ],
  "rules": [
    "Operator names are case-sensitive as written by AWS (e.g. StringEquals, ForAnyValue:StringLike).",
    "Qualifier order: optional ForAllValues:/ForAnyValue: prefix, then the base operator, then an optional IfExists suffix (e.g. ForAnyValue:StringEqualsIfExists).",
    "Set qualifiers are meant for multi-valued (ArrayOf*) keys; policy validators warn when they are used on single-valued keys, and a multi-valued key tested without a set qualifier rarely behaves as intended.",
    "Several keys under one operator, and several operators in one Condition block, are ANDed; several values for one key are ORed.",
    "For negated operators (…Not…, NotIpAddress) a missing key makes the condition true.",
    "Null takes no qualifiers."
  ],
  "keyTypes": [
    "String",
    "ArrayOfString",
    "ARN",
    "ArrayOfARN",
    "Numeric",
    "Date",
    "Bool",
    "ArrayOfBool",
    "Binary",
    "IPAddress",
    "ArrayOfIPAddress"
  ]
};
