// generated - do not edit (source: data/*.json, generator: scripts/generate-data.mjs)
import type { ConditionKeyEntry } from './types';

export const conditionKeys: readonly ConditionKeyEntry[] = [
  {
    "key": "aws:SourceIp",
    "type": "IPAddress",
    "description": "Public IP address of the requester; not set when the call arrives through a VPC endpoint.",
    "appliesTo": [
      "all"
    ],
    "category": "global:network",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:SourceVpc",
    "type": "String",
    "description": "ID of the VPC whose endpoint carried the request.",
    "appliesTo": [
      "all"
    ],
    "category": "global:network",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:SourceVpcArn",
    "type": "String",
    "description": "ARN of the VPC whose endpoint carried the request.",
    "appliesTo": [
      "all"
    ],
    "category": "global:network",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:SourceVpce",
    "type": "String",
    "description": "ID of the VPC endpoint that carried the request.",
    "appliesTo": [
      "all"
    ],
    "category": "global:network",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:VpceAccount",
    "type": "String",
    "description": "Account ID that owns the VPC endpoint the request passed through.",
    "appliesTo": [
      "all"
    ],
    "category": "global:network",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:VpceOrgID",
    "type": "String",
    "description": "Organization ID of the account that owns the VPC endpoint used.",
    "appliesTo": [
      "all"
    ],
    "category": "global:network",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:VpceOrgPaths",
    "type": "ArrayOfString",
    "description": "Organizations path(s) of the account that owns the VPC endpoint used.",
    "appliesTo": [
      "all"
    ],
    "category": "global:network",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "aws:VpcSourceIp",
    "type": "IPAddress",
    "description": "Private IP address the request came from when it passed through a VPC endpoint.",
    "appliesTo": [
      "all"
    ],
    "category": "global:network",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:PrincipalAccount",
    "type": "String",
    "description": "Account ID that owns the calling principal.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:principal",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:PrincipalArn",
    "type": "ARN",
    "description": "ARN of the calling principal; for a role session it is the role ARN, not the session ARN.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:principal",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:PrincipalIsAWSService",
    "type": "Bool",
    "description": "True when the caller is an AWS service principal acting directly.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:principal",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:PrincipalOrgID",
    "type": "String",
    "description": "AWS Organizations ID of the account that owns the calling principal.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:principal",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:PrincipalOrgPaths",
    "type": "ArrayOfString",
    "description": "Organizations path(s) (root/OU chain) of the calling principal's account.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:principal",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "aws:PrincipalServiceName",
    "type": "String",
    "description": "Service principal name of the calling service when a service calls directly.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:principal",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:PrincipalServiceNamesList",
    "type": "ArrayOfString",
    "description": "Every service principal name (including regional ones) that belongs to the calling service.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:principal",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "aws:PrincipalTag/${TagKey}",
    "type": "String",
    "description": "Value of a tag attached to the calling user or role (or carried as a session tag).",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:principal",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false,
    "examples": [
      "aws:PrincipalTag/Department",
      "aws:PrincipalTag/x509Subject/CN",
      "aws:PrincipalTag/x509Issuer/CN",
      "aws:PrincipalTag/x509SAN/DNS"
    ]
  },
  {
    "key": "aws:PrincipalType",
    "type": "String",
    "description": "Kind of caller: Account, User, FederatedUser, AssumedRole or Anonymous.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:principal",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:userid",
    "type": "String",
    "description": "Unique identifier of the caller (for a role session: role ID plus session name).",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:principal",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:username",
    "type": "String",
    "description": "Friendly name of the calling IAM user; absent for roles and federated callers.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:principal",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:CalledVia",
    "type": "ArrayOfString",
    "description": "Ordered list of service principals that made downstream calls on the caller's behalf.",
    "appliesTo": [
      "all"
    ],
    "category": "global:request",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "aws:CalledViaAWSMCP",
    "type": "String",
    "description": "AWS-managed MCP server through which the request was made.",
    "appliesTo": [
      "all"
    ],
    "category": "global:request",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:CalledViaFirst",
    "type": "String",
    "description": "First service in the chain of forward-access calls.",
    "appliesTo": [
      "all"
    ],
    "category": "global:request",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:CalledViaLast",
    "type": "String",
    "description": "Most recent service in the chain of forward-access calls.",
    "appliesTo": [
      "all"
    ],
    "category": "global:request",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:CurrentTime",
    "type": "Date",
    "description": "Date and time at which the request is evaluated.",
    "appliesTo": [
      "all"
    ],
    "category": "global:request",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:EpochTime",
    "type": "Date",
    "description": "Request time expressed as Unix epoch seconds.",
    "appliesTo": [
      "all"
    ],
    "category": "global:request",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:IsMcpServiceAction",
    "type": "Bool",
    "description": "True when the action is itself an MCP server operation.",
    "appliesTo": [
      "all"
    ],
    "category": "global:request",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:referer",
    "type": "String",
    "description": "HTTP Referer header of the request (caller-controlled, not for security decisions).",
    "appliesTo": [
      "all"
    ],
    "category": "global:request",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:RequestedRegion",
    "type": "String",
    "description": "Region the API call was sent to (STS regional endpoint).",
    "appliesTo": [
      "all"
    ],
    "category": "global:request",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:RequestTag/${TagKey}",
    "type": "String",
    "description": "Value of a session tag passed in the request.",
    "appliesTo": [
      "AssumeRole",
      "AssumeRoleWithSAML",
      "AssumeRoleWithWebIdentity",
      "TagSession"
    ],
    "category": "global:request",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:SecureTransport",
    "type": "Bool",
    "description": "Whether the request was sent over TLS.",
    "appliesTo": [
      "all"
    ],
    "category": "global:request",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:SourceAccount",
    "type": "String",
    "description": "Account that owns the resource on whose behalf a service principal acts.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:request",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:SourceArn",
    "type": "ARN",
    "description": "ARN of the resource on whose behalf a service principal acts (confused-deputy protection).",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:request",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false,
    "examples": [
      "arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/TA_ID",
      "arn:aws:events:us-east-1:111122223333:rule/my-rule"
    ]
  },
  {
    "key": "aws:SourceOrgID",
    "type": "String",
    "description": "Organization ID of the account owning the resource a service acts for.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:request",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:SourceOrgPaths",
    "type": "ArrayOfString",
    "description": "Organizations path(s) of the account owning the resource a service acts for.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:request",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "aws:SourceOwner",
    "type": "String",
    "description": "Older key naming the account that owns the source resource for some services.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:request",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:TagKeys",
    "type": "ArrayOfString",
    "description": "List of tag keys passed in the request (session tag keys).",
    "appliesTo": [
      "AssumeRole",
      "AssumeRoleWithSAML",
      "AssumeRoleWithWebIdentity",
      "TagSession"
    ],
    "category": "global:request",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "aws:UserAgent",
    "type": "String",
    "description": "User-Agent header of the requesting client (caller-controlled).",
    "appliesTo": [
      "all"
    ],
    "category": "global:request",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:ViaAWSMCPService",
    "type": "Bool",
    "description": "True when the request was made through an AWS-managed MCP server.",
    "appliesTo": [
      "all"
    ],
    "category": "global:request",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:ViaAWSService",
    "type": "Bool",
    "description": "True when an AWS service made the request on behalf of the principal.",
    "appliesTo": [
      "all"
    ],
    "category": "global:request",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:ResourceAccount",
    "type": "String",
    "description": "Account ID that owns the target resource (in a trust policy: the role's own account).",
    "appliesTo": [
      "all"
    ],
    "category": "global:resource",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:ResourceOrgID",
    "type": "String",
    "description": "Organization ID of the account that owns the target resource.",
    "appliesTo": [
      "all"
    ],
    "category": "global:resource",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:ResourceOrgPaths",
    "type": "ArrayOfString",
    "description": "Organizations path(s) of the account that owns the target resource.",
    "appliesTo": [
      "all"
    ],
    "category": "global:resource",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "aws:ResourceTag/${TagKey}",
    "type": "String",
    "description": "Value of a tag on the target resource; in a trust policy, a tag on the role being assumed.",
    "appliesTo": [
      "all"
    ],
    "category": "global:resource",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:AssumedRoot",
    "type": "Bool",
    "description": "True when the caller is using a centralized root-access session obtained with sts:AssumeRoot.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:ChatbotSourceArn",
    "type": "ARN",
    "description": "ARN of the chat channel configuration when the request comes through chat-app integrations.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:Ec2InstanceSourcePrivateIPv4",
    "type": "IPAddress",
    "description": "Primary private IPv4 address of the instance whose role credentials sign the request.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:Ec2InstanceSourceVpc",
    "type": "String",
    "description": "VPC ID into which the EC2 instance role credentials were delivered.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:FederatedProvider",
    "type": "String",
    "description": "Identity provider that issued the caller's federated identity (for example an IAM OIDC provider).",
    "appliesTo": [
      "all"
    ],
    "category": "global:session",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:MultiFactorAuthAge",
    "type": "Numeric",
    "description": "Seconds elapsed since the caller last authenticated with MFA.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:MultiFactorAuthPresent",
    "type": "Bool",
    "description": "Whether the caller's temporary credentials were obtained with MFA; missing for long-term access keys.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:SourceIdentity",
    "type": "String",
    "description": "Source identity already set on the caller's role session (compare sts:SourceIdentity for the requested value).",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "aws:TokenIssueTime",
    "type": "Date",
    "description": "When the caller's temporary security credentials were issued.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "ec2:RoleDelivery",
    "type": "Numeric",
    "description": "Instance metadata service version used to deliver the EC2 role credentials making the call.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "ec2:SourceInstanceArn",
    "type": "ARN",
    "description": "ARN of the EC2 instance whose role credentials sign the request.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "glue:CredentialIssuingService",
    "type": "String",
    "description": "Names the Glue component that issued the credentials making the call.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "glue:RoleAssumedBy",
    "type": "String",
    "description": "Indicates AWS Glue assumed the role that is making the call.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "identitystore:UserId",
    "type": "String",
    "description": "IAM Identity Center user ID carried by an identity-enhanced session.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "lambda:SourceFunctionArn",
    "type": "ARN",
    "description": "ARN of the Lambda function whose execution-role credentials sign the request.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "ssm:SourceInstanceArn",
    "type": "ARN",
    "description": "ARN of the Systems Manager managed node whose credentials sign the request.",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "global:session",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:globalConditionKeys",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:aud",
    "type": "String",
    "description": "Endpoint URL the SAML assertion is posted to (normally the AWS sign-in SAML endpoint).",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "examples": [
      "https://signin.aws.amazon.com/saml"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:cn",
    "type": "ArrayOfString",
    "description": "eduOrg cn attribute (multi-valued).",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "SAML:commonName",
    "type": "String",
    "description": "commonName attribute of the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:doc",
    "type": "String",
    "description": "Principal (provider/role pair) used to assume the role, as account/provider/role.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:eduorghomepageuri",
    "type": "ArrayOfString",
    "description": "eduOrg attribute \"homepageuri\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "SAML:eduorgidentityauthnpolicyuri",
    "type": "ArrayOfString",
    "description": "eduOrg attribute \"identityauthnpolicyuri\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "SAML:eduorglegalname",
    "type": "ArrayOfString",
    "description": "eduOrg attribute \"legalname\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "SAML:eduorgsuperioruri",
    "type": "ArrayOfString",
    "description": "eduOrg attribute \"superioruri\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "SAML:eduorgwhitepagesuri",
    "type": "ArrayOfString",
    "description": "eduOrg attribute \"whitepagesuri\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "SAML:edupersonaffiliation",
    "type": "ArrayOfString",
    "description": "eduPerson attribute \"affiliation\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "SAML:edupersonassurance",
    "type": "ArrayOfString",
    "description": "eduPerson attribute \"assurance\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "SAML:edupersonentitlement",
    "type": "ArrayOfString",
    "description": "eduPerson attribute \"entitlement\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "SAML:edupersonnickname",
    "type": "ArrayOfString",
    "description": "eduPerson attribute \"nickname\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "SAML:edupersonorgdn",
    "type": "String",
    "description": "eduPerson attribute \"orgdn\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:edupersonorgunitdn",
    "type": "ArrayOfString",
    "description": "eduPerson attribute \"orgunitdn\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "SAML:edupersonprimaryaffiliation",
    "type": "String",
    "description": "eduPerson attribute \"primaryaffiliation\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:edupersonprimaryorgunitdn",
    "type": "String",
    "description": "eduPerson attribute \"primaryorgunitdn\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:edupersonprincipalname",
    "type": "String",
    "description": "eduPerson attribute \"principalname\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:edupersonscopedaffiliation",
    "type": "ArrayOfString",
    "description": "eduPerson attribute \"scopedaffiliation\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "SAML:edupersontargetedid",
    "type": "ArrayOfString",
    "description": "eduPerson attribute \"targetedid\" from the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "SAML:givenName",
    "type": "String",
    "description": "givenName attribute of the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:iss",
    "type": "String",
    "description": "Issuer of the assertion, given as a URN.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:mail",
    "type": "String",
    "description": "mail attribute of the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:name",
    "type": "String",
    "description": "name attribute of the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:namequalifier",
    "type": "String",
    "description": "Hash of issuer, account ID and SAML provider name; with SAML:sub it identifies a federated user uniquely.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:organizationStatus",
    "type": "String",
    "description": "organizationStatus attribute of the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:primaryGroupSID",
    "type": "String",
    "description": "primaryGroupSID attribute of the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:sub",
    "type": "String",
    "description": "Subject (NameID) of the assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:sub_type",
    "type": "String",
    "description": "Format of the subject: persistent, transient, or the full Format URI.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:surname",
    "type": "String",
    "description": "surname attribute of the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:uid",
    "type": "String",
    "description": "uid attribute of the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "SAML:x500UniqueIdentifier",
    "type": "String",
    "description": "x500UniqueIdentifier attribute of the SAML assertion.",
    "appliesTo": [
      "AssumeRoleWithSAML"
    ],
    "category": "saml",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "iam:ResourceTag/${TagKey}",
    "type": "String",
    "description": "Value of a tag attached to the role being assumed.",
    "appliesTo": [
      "all"
    ],
    "category": "sts",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "sts:AWSServiceName",
    "type": "String",
    "description": "Service a bearer token is requested for (sts:GetServiceBearerToken); not part of role assumption.",
    "appliesTo": [
      "GetServiceBearerToken"
    ],
    "category": "sts",
    "trustPolicyUse": "not-applicable",
    "validInTrustPolicy": false,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "sts:DurationSeconds",
    "type": "Numeric",
    "description": "Requested lifetime of a bearer token or outbound JWT; not part of role assumption.",
    "appliesTo": [
      "GetServiceBearerToken",
      "GetWebIdentityToken"
    ],
    "category": "sts",
    "trustPolicyUse": "not-applicable",
    "validInTrustPolicy": false,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "sts:ExternalId",
    "type": "String",
    "description": "Shared secret-like identifier the caller must supply when assuming the role (third-party access).",
    "appliesTo": [
      "AssumeRole"
    ],
    "category": "sts",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "sts:IdentityTokenAudience",
    "type": "ArrayOfString",
    "description": "Audience requested for an outbound JWT (sts:GetWebIdentityToken).",
    "appliesTo": [
      "GetWebIdentityToken"
    ],
    "category": "sts",
    "trustPolicyUse": "not-applicable",
    "validInTrustPolicy": false,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "sts:RequestContext/${ContextKey}",
    "type": "String",
    "description": "Value of a context key inside a signed context assertion from a trusted context provider.",
    "appliesTo": [
      "SetContext"
    ],
    "category": "sts",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "sts:RequestContextProviders",
    "type": "ArrayOfARN",
    "description": "ARNs of the context providers whose assertions are passed in the request.",
    "appliesTo": [
      "SetContext"
    ],
    "category": "sts",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "sts:RoleAuthorizedByIdp",
    "type": "Bool",
    "description": "Whether the OIDC token's roles claim authorizes this role.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "sts",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "sts:RoleSessionName",
    "type": "String",
    "description": "Session name the caller asks for when assuming the role.",
    "appliesTo": [
      "AssumeRole",
      "AssumeRoleWithSAML",
      "AssumeRoleWithWebIdentity"
    ],
    "category": "sts",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "sts:SigningAlgorithm",
    "type": "String",
    "description": "Signing algorithm requested for an outbound JWT (sts:GetWebIdentityToken).",
    "appliesTo": [
      "GetWebIdentityToken"
    ],
    "category": "sts",
    "trustPolicyUse": "not-applicable",
    "validInTrustPolicy": false,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "sts:SourceIdentity",
    "type": "String",
    "description": "Source identity value the caller asks to set on the new session.",
    "appliesTo": [
      "AssumeRole",
      "AssumeRoleWithSAML",
      "AssumeRoleWithWebIdentity",
      "SetSourceIdentity"
    ],
    "category": "sts",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "sts:TaskPolicyArn",
    "type": "ARN",
    "description": "Task policy requested with sts:AssumeRoot; used in identity policies and SCPs, not role trust.",
    "appliesTo": [
      "AssumeRoot"
    ],
    "category": "sts",
    "trustPolicyUse": "not-applicable",
    "validInTrustPolicy": false,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "sts:TransitiveTagKeys",
    "type": "ArrayOfString",
    "description": "Session tag keys the caller marks as transitive for later role chaining.",
    "appliesTo": [
      "AssumeRole",
      "AssumeRoleWithSAML",
      "AssumeRoleWithWebIdentity",
      "TagSession"
    ],
    "category": "sts",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "${OidcProviderHost}:amr",
    "type": "ArrayOfString",
    "description": "Authentication-methods claim; AWS documents it for Amazon Cognito identity pools, other providers are not documented to expose it.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "variablePart": "provider URL without the https:// scheme",
    "multivalued": true
  },
  {
    "key": "${OidcProviderHost}:aud",
    "type": "String",
    "description": "Audience (client ID) of the token from any IAM OIDC provider; AWS uses the azp claim when the token has one.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "examples": [
      "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:aud",
      "app.terraform.io:aud"
    ],
    "variablePart": "provider URL without the https:// scheme",
    "multivalued": false
  },
  {
    "key": "${OidcProviderHost}:sub",
    "type": "String",
    "description": "Subject (user / workload identifier) of the token from any IAM OIDC provider.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "examples": [
      "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:sub"
    ],
    "variablePart": "provider URL without the https:// scheme",
    "multivalued": false
  },
  {
    "key": "accounts.google.com:aud",
    "type": "String",
    "description": "Google OAuth client ID the token was issued for (the azp claim when present).",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "accounts.google.com:google/organization_number",
    "type": "Numeric",
    "description": "Google Cloud / Workspace organization number carried in the token.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "accounts.google.com:oaud",
    "type": "String",
    "description": "Additional Google audience value (the token's aud claim when it differs from azp).",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "accounts.google.com:sub",
    "type": "String",
    "description": "Stable Google account identifier of the signed-in user.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.dev:aud",
    "type": "String",
    "description": "Audience of the OIDC token.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.dev:build_branch",
    "type": "String",
    "description": "Git branch of the Buildkite build.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.dev:cluster_id",
    "type": "String",
    "description": "Buildkite cluster ID.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.dev:cluster_name",
    "type": "String",
    "description": "Buildkite cluster name.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.dev:organization_id",
    "type": "String",
    "description": "Buildkite organization ID.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.dev:organization_slug",
    "type": "String",
    "description": "Buildkite organization slug.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.dev:pipeline_id",
    "type": "String",
    "description": "Buildkite pipeline ID.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.dev:pipeline_slug",
    "type": "String",
    "description": "Buildkite pipeline slug.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.dev:sub",
    "type": "String",
    "description": "Subject of the OIDC token; pin it to limit who can assume the role.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.site:aud",
    "type": "String",
    "description": "Audience of the OIDC token.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.site:build_branch",
    "type": "String",
    "description": "Git branch of the Buildkite build.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.site:cluster_id",
    "type": "String",
    "description": "Buildkite cluster ID.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.site:cluster_name",
    "type": "String",
    "description": "Buildkite cluster name.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.site:organization_id",
    "type": "String",
    "description": "Buildkite organization ID.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.site:organization_slug",
    "type": "String",
    "description": "Buildkite organization slug.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.site:pipeline_id",
    "type": "String",
    "description": "Buildkite pipeline ID.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.site:pipeline_slug",
    "type": "String",
    "description": "Buildkite pipeline slug.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.${Domain}.buildkite.site:sub",
    "type": "String",
    "description": "Subject of the OIDC token; pin it to limit who can assume the role.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "agent.buildkite.com:aud",
    "type": "String",
    "description": "Audience of the OIDC token.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "agent.buildkite.com:build_branch",
    "type": "String",
    "description": "Git branch of the Buildkite build.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.buildkite.com:cluster_id",
    "type": "String",
    "description": "Buildkite cluster ID.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.buildkite.com:cluster_name",
    "type": "String",
    "description": "Buildkite cluster name.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.buildkite.com:organization_id",
    "type": "String",
    "description": "Buildkite organization ID.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.buildkite.com:organization_slug",
    "type": "String",
    "description": "Buildkite organization slug.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.buildkite.com:pipeline_id",
    "type": "String",
    "description": "Buildkite pipeline ID.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.buildkite.com:pipeline_slug",
    "type": "String",
    "description": "Buildkite pipeline slug.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "agent.buildkite.com:sub",
    "type": "String",
    "description": "Subject of the OIDC token; pin it to limit who can assume the role.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "cognito-identity.amazonaws.com:amr",
    "type": "ArrayOfString",
    "description": "Authentication methods of the Cognito identity, e.g. \"authenticated\" or \"unauthenticated\"; multi-valued, so use ForAnyValue.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": true
  },
  {
    "key": "cognito-identity.amazonaws.com:aud",
    "type": "String",
    "description": "Amazon Cognito identity pool ID the token belongs to.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "cognito-identity.amazonaws.com:sub",
    "type": "String",
    "description": "Cognito identity ID of the caller.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "github.com/enterprises/${EnterpriseName}:actor",
    "type": "String",
    "description": "GitHub user account that started the workflow run.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "github.com/enterprises/${EnterpriseName}:actor_id",
    "type": "String",
    "description": "Numeric ID of the GitHub account that started the run.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "github.com/enterprises/${EnterpriseName}:aud",
    "type": "String",
    "description": "Audience of the OIDC token (normally \"sts.amazonaws.com\" for the AWS credentials action).",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys",
      "github-docs:oidc-in-aws"
    ],
    "examples": [
      "sts.amazonaws.com"
    ],
    "multivalued": false
  },
  {
    "key": "github.com/enterprises/${EnterpriseName}:enterprise_id",
    "type": "String",
    "description": "ID of the GitHub enterprise that owns the repository.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "github.com/enterprises/${EnterpriseName}:environment",
    "type": "String",
    "description": "Deployment environment name referenced by the job.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "github.com/enterprises/${EnterpriseName}:job_workflow_ref",
    "type": "String",
    "description": "Ref path of the reusable workflow the job runs.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "github.com/enterprises/${EnterpriseName}:ref",
    "type": "String",
    "description": "Git ref (branch or tag) that triggered the run.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "github.com/enterprises/${EnterpriseName}:repository",
    "type": "String",
    "description": "owner/name of the repository running the workflow.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "github.com/enterprises/${EnterpriseName}:repository_id",
    "type": "String",
    "description": "Numeric ID of the repository running the workflow.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "github.com/enterprises/${EnterpriseName}:repository_owner_id",
    "type": "String",
    "description": "Numeric ID of the repository owner.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "github.com/enterprises/${EnterpriseName}:sub",
    "type": "String",
    "description": "Subject of the OIDC token (e.g. repo:OWNER/REPO:ref:refs/heads/BRANCH or repo:OWNER/REPO:environment:NAME); pin it to limit who can assume the role.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys",
      "github-docs:oidc-in-aws"
    ],
    "examples": [
      "repo:octo-org/octo-repo:ref:refs/heads/main",
      "repo:octo-org/octo-repo:environment:prod"
    ],
    "multivalued": false
  },
  {
    "key": "github.com/enterprises/${EnterpriseName}:workflow",
    "type": "String",
    "description": "Name of the workflow.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "gitlab.com:aud",
    "type": "String",
    "description": "Audience of the OIDC token.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "gitlab.com:namespace_id",
    "type": "String",
    "description": "GitLab group/namespace ID of the project running the job.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "gitlab.com:pipeline_source",
    "type": "String",
    "description": "What triggered the GitLab pipeline (push, schedule, merge request, ...).",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "gitlab.com:project_id",
    "type": "String",
    "description": "GitLab project ID running the CI/CD job.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "gitlab.com:ref_protected",
    "type": "String",
    "description": "Whether the Git ref that triggered the job is protected (\"true\"/\"false\").",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "gitlab.com:runner_environment",
    "type": "String",
    "description": "Kind of runner executing the job (GitLab-hosted or self-managed).",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "gitlab.com:sub",
    "type": "String",
    "description": "Subject of the OIDC token; pin it to limit who can assume the role.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "gitlab.com:user_access_level",
    "type": "String",
    "description": "Project access level of the user running the job.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "gitlab.com:user_email",
    "type": "String",
    "description": "Email of the GitLab user running the job.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "gitlab.com:user_id",
    "type": "String",
    "description": "ID of the GitLab user running the job.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "gitlab.com:user_login",
    "type": "String",
    "description": "Username of the GitLab user running the job.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "graph.facebook.com:app_id",
    "type": "String",
    "description": "Facebook application ID the login was made for.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "graph.facebook.com:id",
    "type": "String",
    "description": "Facebook user ID of the caller.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "idcs-${OciUniqueIdentifier}.identity.oraclecloud.com:aud",
    "type": "String",
    "description": "Audience of the OIDC token.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "idcs-${OciUniqueIdentifier}.identity.oraclecloud.com:rpst_id",
    "type": "String",
    "description": "OCI resource principal session token ID.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "rare",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "idcs-${OciUniqueIdentifier}.identity.oraclecloud.com:sub",
    "type": "String",
    "description": "Subject of the OIDC token; pin it to limit who can assume the role.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "oidc.circleci.com/org/${OrgId}:aud",
    "type": "String",
    "description": "Audience of the OIDC token.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "oidc.circleci.com/org/${OrgId}:oidc.circleci.com/project-id",
    "type": "String",
    "description": "CircleCI project ID of the job requesting credentials.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "oidc.circleci.com/org/${OrgId}:sub",
    "type": "String",
    "description": "Subject of the OIDC token; pin it to limit who can assume the role.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "oidc.eks.${Region}.amazonaws.com/id/${OidcId}:aud",
    "type": "String",
    "description": "Audience for EKS IAM roles for service accounts; normally sts.amazonaws.com.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:eks-irsa"
    ],
    "examples": [
      "sts.amazonaws.com"
    ],
    "multivalued": false
  },
  {
    "key": "oidc.eks.${Region}.amazonaws.com/id/${OidcId}:sub",
    "type": "String",
    "description": "Kubernetes service account for EKS IAM roles for service accounts, as system:serviceaccount:NAMESPACE:NAME.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:eks-irsa"
    ],
    "examples": [
      "system:serviceaccount:default:my-app"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.${Domain}.ghe.com:actor",
    "type": "String",
    "description": "GitHub user account that started the workflow run.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.${Domain}.ghe.com:actor_id",
    "type": "String",
    "description": "Numeric ID of the GitHub account that started the run.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.${Domain}.ghe.com:aud",
    "type": "String",
    "description": "Audience of the OIDC token (normally \"sts.amazonaws.com\" for the AWS credentials action).",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys",
      "github-docs:oidc-in-aws"
    ],
    "examples": [
      "sts.amazonaws.com"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.${Domain}.ghe.com:enterprise_id",
    "type": "String",
    "description": "ID of the GitHub enterprise that owns the repository.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.${Domain}.ghe.com:environment",
    "type": "String",
    "description": "Deployment environment name referenced by the job.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.${Domain}.ghe.com:job_workflow_ref",
    "type": "String",
    "description": "Ref path of the reusable workflow the job runs.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.${Domain}.ghe.com:ref",
    "type": "String",
    "description": "Git ref (branch or tag) that triggered the run.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.${Domain}.ghe.com:repository",
    "type": "String",
    "description": "owner/name of the repository running the workflow.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.${Domain}.ghe.com:repository_id",
    "type": "String",
    "description": "Numeric ID of the repository running the workflow.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.${Domain}.ghe.com:repository_owner_id",
    "type": "String",
    "description": "Numeric ID of the repository owner.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.${Domain}.ghe.com:sub",
    "type": "String",
    "description": "Subject of the OIDC token (e.g. repo:OWNER/REPO:ref:refs/heads/BRANCH or repo:OWNER/REPO:environment:NAME); pin it to limit who can assume the role.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys",
      "github-docs:oidc-in-aws"
    ],
    "examples": [
      "repo:octo-org/octo-repo:ref:refs/heads/main",
      "repo:octo-org/octo-repo:environment:prod"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.${Domain}.ghe.com:workflow",
    "type": "String",
    "description": "Name of the workflow.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com/${SubPath}:actor",
    "type": "String",
    "description": "GitHub user account that started the workflow run.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com/${SubPath}:actor_id",
    "type": "String",
    "description": "Numeric ID of the GitHub account that started the run.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com/${SubPath}:aud",
    "type": "String",
    "description": "Audience of the OIDC token (normally \"sts.amazonaws.com\" for the AWS credentials action).",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys",
      "github-docs:oidc-in-aws"
    ],
    "examples": [
      "sts.amazonaws.com"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com/${SubPath}:enterprise_id",
    "type": "String",
    "description": "ID of the GitHub enterprise that owns the repository.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com/${SubPath}:environment",
    "type": "String",
    "description": "Deployment environment name referenced by the job.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com/${SubPath}:job_workflow_ref",
    "type": "String",
    "description": "Ref path of the reusable workflow the job runs.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com/${SubPath}:ref",
    "type": "String",
    "description": "Git ref (branch or tag) that triggered the run.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com/${SubPath}:repository",
    "type": "String",
    "description": "owner/name of the repository running the workflow.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com/${SubPath}:repository_id",
    "type": "String",
    "description": "Numeric ID of the repository running the workflow.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com/${SubPath}:repository_owner_id",
    "type": "String",
    "description": "Numeric ID of the repository owner.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com/${SubPath}:sub",
    "type": "String",
    "description": "Subject of the OIDC token (e.g. repo:OWNER/REPO:ref:refs/heads/BRANCH or repo:OWNER/REPO:environment:NAME); pin it to limit who can assume the role.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys",
      "github-docs:oidc-in-aws"
    ],
    "examples": [
      "repo:octo-org/octo-repo:ref:refs/heads/main",
      "repo:octo-org/octo-repo:environment:prod"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com/${SubPath}:workflow",
    "type": "String",
    "description": "Name of the workflow.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com:actor",
    "type": "String",
    "description": "GitHub user account that started the workflow run.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com:actor_id",
    "type": "String",
    "description": "Numeric ID of the GitHub account that started the run.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com:aud",
    "type": "String",
    "description": "Audience of the OIDC token (normally \"sts.amazonaws.com\" for the AWS credentials action).",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys",
      "github-docs:oidc-in-aws"
    ],
    "examples": [
      "sts.amazonaws.com"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com:enterprise_id",
    "type": "String",
    "description": "ID of the GitHub enterprise that owns the repository.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com:environment",
    "type": "String",
    "description": "Deployment environment name referenced by the job.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com:job_workflow_ref",
    "type": "String",
    "description": "Ref path of the reusable workflow the job runs.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com:ref",
    "type": "String",
    "description": "Git ref (branch or tag) that triggered the run.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com:repository",
    "type": "String",
    "description": "owner/name of the repository running the workflow.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com:repository_id",
    "type": "String",
    "description": "Numeric ID of the repository running the workflow.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com:repository_owner_id",
    "type": "String",
    "description": "Numeric ID of the repository owner.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com:sub",
    "type": "String",
    "description": "Subject of the OIDC token (e.g. repo:OWNER/REPO:ref:refs/heads/BRANCH or repo:OWNER/REPO:environment:NAME); pin it to limit who can assume the role.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "aws-docs:iam-user-guide:condition-keys",
      "github-docs:oidc-in-aws"
    ],
    "examples": [
      "repo:octo-org/octo-repo:ref:refs/heads/main",
      "repo:octo-org/octo-repo:environment:prod"
    ],
    "multivalued": false
  },
  {
    "key": "token.actions.githubusercontent.com:workflow",
    "type": "String",
    "description": "Name of the workflow.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json"
    ],
    "multivalued": false
  },
  {
    "key": "www.amazon.com:app_id",
    "type": "String",
    "description": "Login with Amazon application ID.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "common",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  },
  {
    "key": "www.amazon.com:user_id",
    "type": "String",
    "description": "Login with Amazon user ID of the caller.",
    "appliesTo": [
      "AssumeRoleWithWebIdentity"
    ],
    "category": "web-identity",
    "trustPolicyUse": "possible",
    "validInTrustPolicy": true,
    "sources": [
      "iam-data:conditionKeys/sts.json",
      "iam-data:actions/sts.json",
      "aws-docs:iam-user-guide:condition-keys"
    ],
    "multivalued": false
  }
];
