// generated - do not edit (source: data/*.json, generator: scripts/generate-data.mjs)
import type { ConfusedDeputyEntry } from './types';

export const confusedDeputy: readonly ConfusedDeputyEntry[] = [
  {
    "principal": "airflow-env.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:airflow:REGION:ACCOUNT:environment/NAME",
    "note": "MWAA execution role: AWS example puts both keys on a statement trusting airflow and airflow-env together.",
    "sources": [
      "github awsdocs/amazon-mwaa-user-guide @ 5db49349a501a9b417b2da587ea7a02dd9d40ffb doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "airflow.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:airflow:REGION:ACCOUNT:environment/NAME",
    "note": "MWAA execution role; SourceArn is the environment the role is created for.",
    "sources": [
      "github awsdocs/amazon-mwaa-user-guide @ 5db49349a501a9b417b2da587ea7a02dd9d40ffb doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "amplify.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:amplify:REGION:ACCOUNT:apps/APP_ID/branches/BRANCH",
    "note": "Amplify service role; example also lists amplifybackend and three regional amplify principals; apps/* wildcard allowed.",
    "sources": [
      "github awsdocs/aws-amplify-console-user-guide @ 01581b6e37080ed5f4a2faef8d19213aa60549e0 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "amplifybackend.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:amplify:REGION:ACCOUNT:apps/APP_ID/branches/BRANCH",
    "note": "Listed with amplify.amazonaws.com in the Amplify trust example.",
    "sources": [
      "github awsdocs/aws-amplify-console-user-guide @ 01581b6e37080ed5f4a2faef8d19213aa60549e0 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "apigateway.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "CloudWatch-logging and integration roles are shown with no condition in AWS docs and CloudFormation examples; a Prowler user asked to exempt it.",
    "sources": [
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-account.html",
      "github awsdocs/amazon-api-gateway-developer-guide @ 6060e21e4214857f6f416c50ee2d019bc3db2206 doc_source/integrating-api-with-aws-services-kinesis.md (archived)",
      "https://github.com/prowler-cloud/prowler/issues/2810"
    ]
  },
  {
    "principal": "appconfig.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "No trust-policy guidance for the keys found; archived AppConfig examples have no condition.",
    "sources": [
      "github awsdocs/aws-appconfig-user-guide @ 435afc7e9b849b58c2b15022e1510f2fd2103530 doc_source/appconfig-creating-configuration-and-profile.md (archived)"
    ]
  },
  {
    "principal": "application-autoscaling.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "Mostly used through service-linked roles (trust not editable); no trust-policy guidance for the keys found.",
    "sources": [
      "github awsdocs/application-auto-scaling-user-guide @ 8e4642f5154aa3ee260336388c83943778fae06f doc_source/application-auto-scaling-service-linked-roles.md (archived)"
    ]
  },
  {
    "principal": "appstream.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:appstream:REGION:ACCOUNT:fleet/NAME",
    "note": "WorkSpaces Applications (AppStream 2.0) fleet machine role.",
    "sources": [
      "https://docs.aws.amazon.com/appstream2/latest/developerguide/example-fleet-machine.md"
    ]
  },
  {
    "principal": "appsync.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:appsync:REGION:ACCOUNT:apis/API_ID",
    "note": "AppSync service role; AWS text shows SourceArn for one API or a Region-wide wildcard.",
    "sources": [
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:appsync:\" (AWS-docs-format copies and IaC)"
    ]
  },
  {
    "principal": "athena.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:athena:REGION:ACCOUNT:workgroup/NAME",
    "note": "Documented for the execution role of Spark-enabled workgroups (notebooks).",
    "sources": [
      "github awsdocs/amazon-athena-user-guide @ 765e909ebcf8817b22efad881b7f90f32440b891 doc_source/notebooks-spark-troubleshooting-workgroups.md (archived)"
    ]
  },
  {
    "principal": "autoscaling.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:autoscaling:REGION:ACCOUNT:autoScalingGroup:UUID:autoScalingGroupName/NAME",
    "note": "Lifecycle-hook notification role (SNS/SQS targets).",
    "sources": [
      "github awsdocs/amazon-ec2-auto-scaling-user-guide @ 6c46a785bc4f87874fe63c1d002ed11c61f3bef4 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "backup.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "No trust guidance for the Backup service role; Backup is shown sending both keys to Aurora DSQL resource policies; a Prowler user asked to exempt it.",
    "sources": [
      "https://github.com/prowler-cloud/prowler/issues/2810",
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:backup:\" (AWS-docs-format copy, Aurora DSQL page)"
    ]
  },
  {
    "principal": "batch.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:batch:REGION:ACCOUNT:compute-environment/NAME (plus arn:aws:batch:REGION:ACCOUNT:job/*)",
    "note": "Batch service role; SourceArn must also allow job/* because a queue can span environments.",
    "sources": [
      "github awsdocs/aws-batch-user-guide @ 39859a873a55ca93ed87abb00b6dd7c7a800fed9 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "batchoperations.s3.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "S3 Batch Operations trust policy is documented without any condition; no guidance for the keys found.",
    "sources": [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-iam-role-policies.html",
      "github awsdocs/amazon-s3-developer-guide @ 41df5c1f948b64e26d5f2583d4f97d47568a7baa doc_source/batch-ops-iam-role-policies.md (archived)"
    ]
  },
  {
    "principal": "bedrock-agentcore.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:bedrock-agentcore:REGION:ACCOUNT:*",
    "note": "AgentCore runtime/tool execution roles; the published pattern is SourceAccount plus an account-wide SourceArn wildcard.",
    "sources": [
      "https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/runtime-permissions.html",
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:bedrock-agentcore:\" (10+ repos incl. an AWS-docs-format copy)"
    ]
  },
  {
    "principal": "bedrock.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:bedrock:REGION:ACCOUNT:model-invocation-job/* (job type varies by feature)",
    "note": "Bedrock service roles (batch inference shown) carry both keys; the job/resource type in the ARN depends on the feature.",
    "sources": [
      "https://docs.aws.amazon.com/bedrock/latest/userguide/batch-iam-sr.html",
      "https://docs.aws.amazon.com/bedrock/latest/userguide/security-iam-sr.md"
    ]
  },
  {
    "principal": "build.apprunner.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "ECR access role for App Runner; archived docs show no condition and no public example with the keys was found.",
    "sources": [
      "github awsdocs/aws-app-runner-developer-guide @ dbb4ef66b19acb850fa2f9e0505a61a4175a90d5 doc_source/security_iam_service-with-iam.md (archived)"
    ]
  },
  {
    "principal": "cleanrooms-ml.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:cleanrooms:REGION:ACCOUNT:membership/MEMBERSHIP_ID",
    "note": "Clean Rooms ML roles; narrow to a dataset ARN only after it exists.",
    "sources": [
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:cleanrooms:\" (AWS-docs-format copy)"
    ]
  },
  {
    "principal": "cleanrooms.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount",
      "sts:ExternalId"
    ],
    "sourceArnFormat": "arn:aws:cleanrooms:REGION:ACCOUNT:membership/MEMBERSHIP_ID",
    "note": "Clean Rooms roles scope by membership ARN; some Clean Rooms roles use sts:ExternalId with a membership pattern instead.",
    "sources": [
      "public GitHub code, exact-string search for \"Service\": \"cleanrooms.amazonaws.com\" and \"aws:SourceArn\": \"arn:aws:cleanrooms:\" (AWS-docs-format copies)"
    ]
  },
  {
    "principal": "cloudformation.amazonaws.com",
    "sendsSourceKeys": "partial",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:cloudformation:REGION:ACCOUNT:stackset/NAME:ID (stackset/* allowed)",
    "note": "Documented only for the self-managed StackSets administration role; ordinary stack service roles are shown without conditions.",
    "sources": [
      "github awsdocs/aws-cloudformation-user-guide @ 19dc52cd3f2007d6d268b65b739ffb5ebf8c1e76 doc_source/stacksets-prereqs-self-managed.md (archived)"
    ]
  },
  {
    "principal": "cloudtrail.amazonaws.com",
    "sendsSourceKeys": "partial",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:cloudtrail:REGION:ACCOUNT:eventdatastore/ID",
    "note": "Keys documented for the Lake import role; a public report says adding them broke the trail-to-CloudWatch Logs delivery role.",
    "sources": [
      "github awsdocs/aws-cloudtrail-user-guide @ 56f54d99dfee0c3faf3d4a2b87bb572ad9edf58a doc_source/cloudtrail-copy-trail-to-lake-eds.md (archived)",
      "github awsdocs/aws-cloudtrail-user-guide @ 56f54d99dfee0c3faf3d4a2b87bb572ad9edf58a doc_source/send-cloudtrail-events-to-cloudwatch-logs.md (archived)",
      "https://github.com/prowler-cloud/prowler/issues/4714"
    ]
  },
  {
    "principal": "codebuild.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:codebuild:REGION:ACCOUNT:project/NAME",
    "note": "CodeBuild service role can be pinned to project ARNs; issue cites the CodeBuild service-role page as documenting support.",
    "sources": [
      "https://docs.aws.amazon.com/codebuild/latest/userguide/setting-up-service-role.html",
      "https://github.com/aws-solutions/aws-control-tower-customizations/issues/226",
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:codebuild:\""
    ]
  },
  {
    "principal": "codedeploy.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:codedeploy:REGION:ACCOUNT:deploymentgroup:APPLICATION/GROUP",
    "note": "CodeDeploy service role; SourceArn is the deployment group (wildcard per application allowed).",
    "sources": [
      "github awsdocs/aws-codedeploy-user-guide @ b998a2f507d018b402919c4448898b592777aa90 doc_source/security_confused_deputy.md (archived)"
    ]
  },
  {
    "principal": "codepipeline.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "Archived CodePipeline docs show the service role without conditions; only third-party notes use SourceArn pipeline ARNs.",
    "sources": [
      "github awsdocs/aws-codepipeline-user-guide @ 1ddafe8b28f11ebe7b5eafd6adbfe7fa9d000a86 doc_source/update-change-detection.md (archived)",
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:codepipeline:\""
    ]
  },
  {
    "principal": "cognito-idp.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL_ID",
    "note": "User-pool SMS role (Cognito publishes via SNS); exact or wildcard user pool ARN accepted.",
    "sources": [
      "github awsdocs/amazon-cognito-developer-guide @ 85b058f5b3d0454507340693252862e857575cc2 doc_source/user-pool-sms-settings.md (archived)"
    ]
  },
  {
    "principal": "cognito-sync.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:cognito-identity:REGION:ACCOUNT:identitypool/POOL_ID",
    "note": "Legacy Cognito Sync push role.",
    "sources": [
      "github awsdocs/amazon-cognito-developer-guide @ 85b058f5b3d0454507340693252862e857575cc2 doc_source/push-sync.md (archived)"
    ]
  },
  {
    "principal": "comprehend.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:comprehend:REGION:ACCOUNT:RESOURCE_TYPE/NAME (e.g. document-classifier-endpoint/NAME)",
    "note": "Data-access role; AWS shows SourceAccount alone or with the endpoint / model-version / job ARN.",
    "sources": [
      "github awsdocs/amazon-comprehend-developer-guide @ fe4005db9e7bf082da50ea4a2e2160869bfa7514 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "config.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceAccount",
      "aws:SourceArn"
    ],
    "sourceArnFormat": "arn:aws:config:REGION:ACCOUNT:* (only this wildcard form)",
    "note": "Config role: SourceAccount shown; Config always sets SourceArn to the region/account wildcard of the recorder, not a specific resource.",
    "sources": [
      "github awsdocs/aws-config-developer-guide @ 572f3077b849a2a49b175e097bc56dd17f643e85 doc_source/iamrole-permissions.md (archived)"
    ]
  },
  {
    "principal": "controltower.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:controltower:REGION:ACCOUNT:*",
    "note": "AWSControlTowerAdmin and related roles; AWS strongly advises adding at least one key.",
    "sources": [
      "github awsdocs/aws-control-tower-guide @ db6c0f58225dbe7c6ed73a0f414f2523db103432 doc_source/roles-how.md (archived)"
    ]
  },
  {
    "principal": "credentials.deadline.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:deadline:REGION:ACCOUNT:farm/FARM_ID",
    "note": "Deadline Cloud fleet and queue roles are scoped to the farm ARN.",
    "sources": [
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:deadline:\" (AWS-docs-format copies)"
    ]
  },
  {
    "principal": "credentials.iot.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "IoT credentials provider / Greengrass token-exchange roles are shown without conditions; no guidance for the keys found.",
    "sources": [
      "github awsdocs/aws-iot-docs @ e85a0340d14ac9b232a7e177f68a3761b0ec3408 doc_source/authorizing-direct-aws.md (archived)"
    ]
  },
  {
    "principal": "databrew.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "No AWS guidance for the keys found; public DataBrew role examples carry no condition.",
    "sources": [
      "public GitHub code, exact-string search for \"Service\": \"databrew.amazonaws.com\""
    ]
  },
  {
    "principal": "datapipeline.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "Legacy service; archived docs show the role with no condition; no guidance for the keys found.",
    "sources": [
      "github awsdocs/aws-data-pipeline-developer-guide @ 3a2591128c0435c3fda5ad080db1bb55bb27574d doc_source/dp-iam-roles.md (archived)"
    ]
  },
  {
    "principal": "datasync.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:datasync:REGION:ACCOUNT:* or a location ARN",
    "note": "Use the region/account wildcard when the location does not exist yet, then narrow to the location ARN.",
    "sources": [
      "github awsdocs/aws-datasync-user-guide @ 68f4520675c115a17bd7f5e2757a8f589e7a9d8a doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "datazone.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceAccount"
    ],
    "note": "SageMaker Unified Studio/DataZone default roles ship with a SourceAccount condition (with sts:SetContext); no SourceArn format seen.",
    "sources": [
      "https://docs.aws.amazon.com/sagemaker-unified-studio/latest/adminguide/AmazonDataZoneBedrockModelManagementRole.html"
    ]
  },
  {
    "principal": "deadline.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:deadline:REGION:ACCOUNT:farm/FARM_ID",
    "note": "Deadline Cloud queue role (paired with credentials.deadline).",
    "sources": [
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:deadline:\" (AWS-docs-format copies)"
    ]
  },
  {
    "principal": "directconnect.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "Used through a service-linked role (trust not editable); no trust-policy guidance for the keys found.",
    "sources": [
      "github awsdocs/aws-direct-connect-user-guide @ 2665b61e325ef66d005e1e5b052c720d10844e8c doc_source/using-service-linked-roles.md (archived)"
    ]
  },
  {
    "principal": "directoryservice.rds.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:rds:REGION:ACCOUNT:db:NAME",
    "note": "RDS for Oracle Kerberos directory role (listed with rds.amazonaws.com).",
    "sources": [
      "github awsdocs/amazon-rds-user-guide @ f2e9ed35fba2cb7e3942a1c23ed5b37162222d41 doc_source/oracle-kerberos-setting-up.md (archived)"
    ]
  },
  {
    "principal": "dlm.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:dlm:REGION:ACCOUNT:policy/POLICY_ID",
    "note": "Data Lifecycle Manager role; wildcard the policy ID until the policy exists, then narrow.",
    "sources": [
      "github awsdocs/amazon-ec2-user-guide @ e3707c431483ec0ffffcabebd36cf799ba682cd0 doc_source/service-role.md (archived)"
    ]
  },
  {
    "principal": "dms.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:dms:REGION:ACCOUNT:rep:NAME (also endpoint:*, task:*, assessment-run:*)",
    "note": "Supported only with DMS engine 3.4.7 or later; older replication instances must be upgraded first.",
    "sources": [
      "github awsdocs/aws-dms-user-guide @ 81be26a04169f8d0d03e2df174f7728e82bdbad6 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "ds.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:ds:REGION:ACCOUNT:directory/DIRECTORY_ID",
    "note": "Directory Service delegated console-access role.",
    "sources": [
      "github awsdocs/aws-directory-service-admin-guide @ b3507e7c48c8a40f4dd0d6d82695541b941b0bc1 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "ec2.amazonaws.com",
    "sendsSourceKeys": "no",
    "keys": [],
    "note": "Instance-profile role bound to instances in the owning account; no AWS doc shows the keys, console default has none, tools treat it as not applicable.",
    "sources": [
      "https://github.com/prowler-cloud/prowler/issues/2810",
      "github boogy/iam-policy-validator @ c5372dbacb40503e25ca4cc674b1955f3f862fc3 iam_validator/checks/trust_policy_validation.py (CONFUSED_DEPUTY_SAFE_SERVICES)"
    ]
  },
  {
    "principal": "ecs-tasks.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:ecs:REGION:ACCOUNT:*",
    "note": "Task role: keys recommended, but SourceArn cannot name one cluster, only the account-wide wildcard; execution-role guidance not seen.",
    "sources": [
      "github awsdocs/amazon-ecs-developer-guide @ 49232cf2ab3bbe78781a45fb1a4c4cf7eee8790a doc_source/task-iam-roles.md (archived)"
    ]
  },
  {
    "principal": "ecs.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "Normally the ECS service-linked role (trust not editable); no guidance for the keys found.",
    "sources": [
      "github awsdocs/amazon-ecs-developer-guide @ 49232cf2ab3bbe78781a45fb1a4c4cf7eee8790a doc_source/using-service-linked-roles.md (archived)"
    ]
  },
  {
    "principal": "edgelambda.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "No AWS guidance found; one policy validator treats it like Lambda (role bound to functions in the owning account).",
    "sources": [
      "github boogy/iam-policy-validator @ c5372dbacb40503e25ca4cc674b1955f3f862fc3 iam_validator/checks/trust_policy_validation.py (CONFUSED_DEPUTY_SAFE_SERVICES)"
    ]
  },
  {
    "principal": "eks-fargate-pods.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn"
    ],
    "sourceArnFormat": "arn:aws:eks:REGION:ACCOUNT:fargateprofile/CLUSTER/*",
    "note": "Fargate pod execution role; AWS example uses SourceArn on the cluster Fargate profiles.",
    "sources": [
      "github awsdocs/amazon-eks-user-guide @ d3e1c50c162e0da69ebe1d9a8cbe0683aa501a1a doc_source/pod-execution-role.md (archived)",
      "github awsdocs/amazon-eks-user-guide @ 4d52b4d05e3478582e7d10a73cbd9ba9194dd5f7 latest/ug/security/iam-reference/security-iam.adoc"
    ]
  },
  {
    "principal": "eks.amazonaws.com",
    "sendsSourceKeys": "no",
    "keys": [
      "aws:SourceArn"
    ],
    "sourceArnFormat": "arn:aws:eks:REGION:ACCOUNT:cluster/NAME (former guidance)",
    "note": "AWS dropped its cluster-role SourceArn advice and confused-deputy page in April 2022; Prowler exempts eks as same-account only.",
    "sources": [
      "github awsdocs/amazon-eks-user-guide @ bf413007d01796dceb2701f8af0bd3794504d954 doc_source/cross-service-confused-deputy-prevention.md (archived)",
      "github awsdocs/amazon-eks-user-guide @ 5b73eab70fa7e78270128ad5faeddbf686d51dff (commit removing the page and the service_IAM_role.md conditions)",
      "github prowler-cloud/prowler @ 3e000faa3109230b748e4418a13c11c9e59f5cfb prowler/providers/aws/services/iam/lib/policy.py (confused-deputy exemption list)"
    ]
  },
  {
    "principal": "elasticbeanstalk.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [
      "sts:ExternalId"
    ],
    "note": "Service role is documented with a fixed sts:ExternalId value \"elasticbeanstalk\"; no guidance for the aws:Source keys.",
    "sources": [
      "github awsdocs/aws-elastic-beanstalk-developer-guide @ 5d7c96f8e9aa09c0542b9a5375248c3bede9433e doc_source/iam-servicerole.md (archived)"
    ]
  },
  {
    "principal": "elasticmapreduce.amazonaws.com",
    "sendsSourceKeys": "partial",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:elasticmapreduce:REGION:ACCOUNT:*",
    "note": "Documented for the EMR Studio and EMR Notebooks service roles; the main cluster service role is shown without conditions.",
    "sources": [
      "github awsdocs/amazon-emr-management-guide @ 551e34b4cd5616b2d0fb0762302bceb1bd65ba01 doc_source/emr-studio-service-role.md (archived)",
      "github awsdocs/amazon-emr-management-guide @ 551e34b4cd5616b2d0fb0762302bceb1bd65ba01 doc_source/emr-managed-notebooks-service-role.md (archived)"
    ]
  },
  {
    "principal": "elastictranscoder.amazonaws.com",
    "sendsSourceKeys": "no",
    "keys": [],
    "note": "Public report: adding either key to the Elastic Transcoder role stopped the pipeline; service is being retired.",
    "sources": [
      "https://github.com/prowler-cloud/prowler/issues/4714"
    ]
  },
  {
    "principal": "emr-serverless.amazonaws.com",
    "sendsSourceKeys": "partial",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:emr-serverless:REGION:ACCOUNT:/applications/APP_ID",
    "note": "AWS shows EMR Serverless sending SourceArn (application) to ECR/KMS/Secrets policies; trust-side use seen only in a third-party guide.",
    "sources": [
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:emr-serverless:\""
    ]
  },
  {
    "principal": "entityresolution.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "No trust-policy guidance for the keys found; public examples have no condition.",
    "sources": [
      "public GitHub code, exact-string search for \"Service\": \"entityresolution.amazonaws.com\""
    ]
  },
  {
    "principal": "es.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:es:REGION:ACCOUNT:domain/NAME",
    "note": "OpenSearch Service roles (legacy es principal); SourceArn is the domain.",
    "sources": [
      "github awsdocs/amazon-opensearch-service-developer-guide @ 6787d279e0f79a7a66c9fb74f3faf5c9e606dd99 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "events.amazonaws.com",
    "sendsSourceKeys": "partial",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:events:REGION:ACCOUNT:rule/[BUS/]NAME",
    "note": "EventBridge defines SourceArn as the sending rule and SourceAccount as its account, but its target-role trust examples carry no condition.",
    "sources": [
      "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-conditions.md",
      "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-cross-account.html"
    ]
  },
  {
    "principal": "export.rds.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "Snapshot-export role is documented without conditions; no guidance for the keys found.",
    "sources": [
      "github awsdocs/amazon-rds-user-guide @ f2e9ed35fba2cb7e3942a1c23ed5b37162222d41 doc_source/USER_ExportSnapshot.md (archived)"
    ]
  },
  {
    "principal": "firehose.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [
      "sts:ExternalId"
    ],
    "note": "Firehose guards its role with sts:ExternalId set to the account ID instead of the aws:Source keys.",
    "sources": [
      "github awsdocs/amazon-kinesis-data-firehose-developer-guide @ 06060113e2b352f47b8079f8d7cb5634fff3af19 doc_source/controlling-access.md (archived)"
    ]
  },
  {
    "principal": "fis.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:fis:REGION:ACCOUNT:experiment/*",
    "note": "FIS experiment role; SourceArn is the experiment ARN (wildcard typical).",
    "sources": [
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:fis:\" (AWS-docs-format copies)"
    ]
  },
  {
    "principal": "forecast.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:forecast:REGION:ACCOUNT:*",
    "note": "Forecast data-access role; account/region wildcard shown. Service closed to new customers.",
    "sources": [
      "github awsdocs/amazon-forecast-developer-guide @ 4293faf61e2ec871d96d9b206469442062221266 doc_source/aws-forecast-iam-roles.md (archived)"
    ]
  },
  {
    "principal": "gamelift.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "GameLift sends SourceArn (matchmaking configuration) to SNS/KMS resource policies; its fleet role is shown without conditions.",
    "sources": [
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:gamelift:\"",
      "github awsdocs/amazon-gamelift-developer-guide @ 7e0829531cb02bbddcf144ad32e8410f3f8ef83e doc_source/setting-up-role.md (archived)"
    ]
  },
  {
    "principal": "glue.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "No AWS trust example with the keys; Glue does send SourceArn (integration) to DynamoDB resource policies; Prowler user asked to exempt it.",
    "sources": [
      "https://github.com/prowler-cloud/prowler/issues/2810",
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:glue:\""
    ]
  },
  {
    "principal": "grafana.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:grafana:REGION:ACCOUNT:/workspaces/WORKSPACE_ID",
    "note": "Workspace role; console-created roles already carry both keys (workspaces/* wildcard).",
    "sources": [
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:grafana:\" (AWS-docs-format copy and exported console roles)"
    ]
  },
  {
    "principal": "greengrass.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:greengrass:REGION:ACCOUNT:*",
    "note": "Greengrass service role (V1 and V2); V1 group roles use the group ARN.",
    "sources": [
      "github awsdocs/aws-iot-greengrass-v2-developer-guide @ 42e810cf002b9977977b6623755f9bf4d5b28cd9 doc_source/cross-service-confused-deputy-prevention.md (archived)",
      "github awsdocs/aws-greengrass-developer-guide @ a1c55ace8178328577b6de24a59e978c75ad4050 doc_source/service-role.md (archived)"
    ]
  },
  {
    "principal": "healthlake.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:healthlake:REGION:ACCOUNT:datastore/fhir/DATASTORE_ID",
    "note": "Import/export data-access role scoped to the FHIR data store.",
    "sources": [
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:healthlake:\" (AWS-docs-format copies)"
    ]
  },
  {
    "principal": "hooks.cloudformation.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:cloudformation:REGION:ACCOUNT:type/hook/TYPE_NAME/*",
    "note": "Execution role for registry hooks.",
    "sources": [
      "github awsdocs/aws-cloudformation-user-guide @ 19dc52cd3f2007d6d268b65b739ffb5ebf8c1e76 doc_source/registry-public.md (archived)"
    ]
  },
  {
    "principal": "iot.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:iot:REGION:ACCOUNT:rule/RULE_NAME",
    "note": "Topic-rule action roles carry both keys in AWS examples; logging and other IoT roles not checked.",
    "sources": [
      "https://docs.aws.amazon.com/iot/latest/developerguide/iot-create-role.html",
      "https://docs.aws.amazon.com/iot/latest/developerguide/cross-service-confused-deputy-prevention.md"
    ]
  },
  {
    "principal": "iotevents.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:iotevents:REGION:ACCOUNT:detectorModel/NAME (or alarmModel/NAME)",
    "note": "AWS adds that IoT Events only uses roles within the resource account, so the attack does not apply; keys still work.",
    "sources": [
      "github awsdocs/aws-iot-events-developer-guide @ db54534cdb274c9762e537ff404ab64fa0530586 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "iotsitewise.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:iotsitewise:REGION:ACCOUNT:*",
    "note": "IoT SiteWise service role.",
    "sources": [
      "github awsdocs/aws-iot-sitewise-user-guide @ 48d77bd4c1839fb2c85746aacfc37da3368dac24 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "kafkaconnect.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "MSK Connect connector ARN (arn:aws:kafkaconnect:REGION:ACCOUNT:connector/...)",
    "note": "Service execution role for MSK Connect connectors.",
    "sources": [
      "github awsdocs/amazon-msk-developer-guide @ 6815a58fe40ebc8e916a5e3e9d4c5a7e594a28d5 doc_source/cross-service-confused-deputy-prevention.md (archived)",
      "github awsdocs/amazon-msk-developer-guide @ 6815a58fe40ebc8e916a5e3e9d4c5a7e594a28d5 doc_source/msk-connect-service-execution-role.md (archived)"
    ]
  },
  {
    "principal": "kendra.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:kendra:REGION:ACCOUNT:index/*",
    "note": "Index and data-source roles; AWS example scopes to index ARNs.",
    "sources": [
      "github awsdocs/amazon-kendra-developer-guide @ 926e2ec640ff5d29bc9d4918b9c2be78680e0ebb doc_source/iam-roles.md (archived)"
    ]
  },
  {
    "principal": "kinesisanalytics.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:kinesisanalytics:REGION:ACCOUNT:application/NAME",
    "note": "SQL apps: schema discovery runs outside an application, so console roles use the account wildcard until narrowed.",
    "sources": [
      "github awsdocs/amazon-kinesis-data-analytics-developer-guide @ d32ce9803b3391f4c548c0c9e374834f97247326 doc_source/iam-cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "lakeformation.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceAccount"
    ],
    "note": "AWS-created DataZone S3-management role trusts Lake Formation with SourceAccount; no SourceArn format seen; other LF examples have none.",
    "sources": [
      "public GitHub code, exact-string search for \"Service\": \"lakeformation.amazonaws.com\" (AWS-docs-format copy of the AmazonDataZoneS3Manage role)"
    ]
  },
  {
    "principal": "lambda.amazonaws.com",
    "sendsSourceKeys": "partial",
    "keys": [
      "aws:SourceAccount"
    ],
    "note": "Lambda docs and console default show no condition; an AWS-published sample and IaC projects add SourceAccount; SourceArn use not documented.",
    "sources": [
      "https://raw.githubusercontent.com/aws/agent-toolkit-for-aws/main/skills/specialized-skills/serverless-skills/deploying-custom-domain-rest-api/scripts/lambda-trust-policy.json",
      "https://github.com/serverless/serverless/pull/13125",
      "https://github.com/terraform-aws-modules/terraform-aws-lambda/pull/771",
      "github awsdocs/aws-lambda-developer-guide @ 03f7fcb0b771f031f7cb3aa43e8b18407c00b3a8 doc_source/lambda-intro-execution-role.md (archived)",
      "github boogy/iam-policy-validator @ c5372dbacb40503e25ca4cc674b1955f3f862fc3 iam_validator/checks/trust_policy_validation.py (CONFUSED_DEPUTY_SAFE_SERVICES)"
    ]
  },
  {
    "principal": "logs.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn"
    ],
    "sourceArnFormat": "arn:aws:logs:REGION:ACCOUNT:*",
    "note": "Subscription-filter roles to Kinesis/Firehose; archived examples used the regional logs.REGION principal; list every sending account.",
    "sources": [
      "github awsdocs/amazon-cloudwatch-logs-user-guide @ 26c12c3d66ecf7465037ca77e8a0ef963b069d1e doc_source/Subscriptions-confused-deputy.md (archived)",
      "github awsdocs/amazon-cloudwatch-logs-user-guide @ 26c12c3d66ecf7465037ca77e8a0ef963b069d1e doc_source/SubscriptionFilters.md (archived)"
    ]
  },
  {
    "principal": "mediaconvert.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:mediaconvert:REGION:ACCOUNT:queues/NAME",
    "note": "MediaConvert role scoped to a job queue.",
    "sources": [
      "github awsdocs/aws-elemental-mediaconvert-user-guide @ 6f00e91c7476cbdf10d420b2d9413f4f48b853b6 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "medialive.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "Archived MediaLive docs show the access role without conditions; no guidance for the keys found.",
    "sources": [
      "github awsdocs/aws-elemental-medialive-user-guide @ 059e3ff2d316a20d22bd141317d21da930156215 doc_source/complex-scenario-create-trusted-entity-role-step4.md (archived)"
    ]
  },
  {
    "principal": "mediatailor.amazonaws.com",
    "sendsSourceKeys": "partial",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:mediatailor:REGION:ACCOUNT:playbackConfiguration/*",
    "note": "Only the MediaTailorLogger role; the service-linked role route does not use these keys.",
    "sources": [
      "github awsdocs/aws-elemental-mediatailor-user-guide @ c076acb5cac8616cabecb7506a4ead2aaa75dea0 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "monitoring.rds.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:rds:REGION:ACCOUNT:db:NAME",
    "note": "Enhanced Monitoring page recommends the keys for this role; its stored example names rds.amazonaws.com as the principal.",
    "sources": [
      "github awsdocs/amazon-rds-user-guide @ f2e9ed35fba2cb7e3942a1c23ed5b37162222d41 doc_source/USER_Monitoring.OS.Enabling.md (archived)"
    ]
  },
  {
    "principal": "omics.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:omics:REGION:ACCOUNT:run/*",
    "note": "HealthOmics workflow-run service role.",
    "sources": [
      "public GitHub code, exact-string search for \"aws:SourceArn\": \"arn:aws:omics:\""
    ]
  },
  {
    "principal": "opsworks-cm.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:opsworks-cm:REGION:ACCOUNT:server/NAME/ID",
    "note": "OpsWorks CM (Chef/Puppet) service role; service retired.",
    "sources": [
      "github awsdocs/aws-opsworks-user-guide @ 43e0e6b83021e2e2211a9acf2563f859145d6718 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "opsworks.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:opsworks:REGION:ACCOUNT:stack/STACK_ID",
    "note": "OpsWorks Stacks service role (service has reached end of life).",
    "sources": [
      "github awsdocs/aws-opsworks-user-guide @ 43e0e6b83021e2e2211a9acf2563f859145d6718 doc_source/cross-service-confused-deputy-prevention-stacks.md (archived)"
    ]
  },
  {
    "principal": "osis-pipelines.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:osis:REGION:ACCOUNT:pipeline/NAME",
    "note": "OpenSearch Ingestion pipeline role.",
    "sources": [
      "github awsdocs/amazon-opensearch-service-developer-guide @ c012b41595aae1f8ae20943225b2c2505ece81f1 doc_source/pipeline-domain-access.md (archived)"
    ]
  },
  {
    "principal": "personalize.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:personalize:REGION:ACCOUNT:*",
    "note": "AWS asks for the account-wide wildcard so the role covers every Personalize resource.",
    "sources": [
      "https://docs.aws.amazon.com/personalize/latest/dg/cross-service-confused-deputy-prevention.html",
      "github awsdocs/amazon-personalize-developer-guide @ 83a0cb3159587dd664c8f00ddb309d0bde16bd2a doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "pipes.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:pipes:REGION:ACCOUNT:pipe/NAME",
    "note": "EventBridge Pipes execution role (CloudFormation example).",
    "sources": [
      "github awsdocs/aws-cloudformation-user-guide @ 19dc52cd3f2007d6d268b65b739ffb5ebf8c1e76 doc_source/aws-resource-pipes-pipe.md (archived)"
    ]
  },
  {
    "principal": "pods.eks.amazonaws.com",
    "sendsSourceKeys": "partial",
    "keys": [
      "aws:SourceAccount",
      "aws:RequestTag/eks-cluster-arn",
      "aws:RequestTag/kubernetes-namespace",
      "aws:RequestTag/kubernetes-service-account"
    ],
    "note": "EKS scopes Pod Identity roles with session-tag conditions (needs sts:TagSession); SourceAccount appears only in an AWS sample.",
    "sources": [
      "https://docs.aws.amazon.com/eks/latest/userguide/pod-id-role.html",
      "https://aws-samples.github.io/sample-eks-nitro-sandbox/ci-cd/docker-builds/iam/pod-identity-trust.json"
    ]
  },
  {
    "principal": "proton.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:proton:REGION:ACCOUNT:environment/*",
    "note": "Proton service roles (archived example mistypes the ARN as arn:aws::proton).",
    "sources": [
      "github awsdocs/aws-proton-user-guide @ 8189e63e04a076f29fa10c0e8d9608c1dbbdb7ec doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "quicksight.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "No AWS guidance for the keys found; public QuickSight role examples carry no condition.",
    "sources": [
      "public GitHub code, exact-string search for \"Service\": \"quicksight.amazonaws.com\""
    ]
  },
  {
    "principal": "rds.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:rds:REGION:ACCOUNT:db:NAME (SQL Server features also og:OPTION_GROUP)",
    "note": "Feature roles (S3 import/export, SQL Server backup/audit/S3, Oracle S3/EFS, Kerberos) accept both keys.",
    "sources": [
      "github awsdocs/amazon-rds-user-guide @ f2e9ed35fba2cb7e3942a1c23ed5b37162222d41 doc_source/cross-service-confused-deputy-prevention.md (archived)",
      "github awsdocs/amazon-aurora-user-guide @ 7a931b460fab44aa012879002cf8c0e1a2a1d70e doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "redshift.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [
      "sts:ExternalId"
    ],
    "note": "Redshift docs restrict roles with sts:ExternalId (database-user ARNs) rather than the aws:Source keys.",
    "sources": [
      "github awsdocs/amazon-redshift-management-guide @ 0a83a47ef86aa7bf06461bf9052ff61b026bd1c5 doc_source/authorizing-redshift-service.md (archived)"
    ]
  },
  {
    "principal": "rekognition.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:rekognition:REGION:ACCOUNT:streamprocessor/*",
    "note": "Video roles: SourceArn for stream processors; stored-video-only roles can use SourceAccount alone.",
    "sources": [
      "github awsdocs/amazon-rekognition-developer-guide @ 8b19e92b389737598ac0669404ed8e158c39ad65 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "resiliencehub.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "AWS text shows the invoker role with an empty Condition; one third-party template adds SourceAccount.",
    "sources": [
      "public GitHub code, exact-string search for \"Service\": \"resiliencehub.amazonaws.com\" (AWS-docs-format copies)"
    ]
  },
  {
    "principal": "resources.cloudformation.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:cloudformation:REGION:ACCOUNT:type/resource/TYPE_NAME/*",
    "note": "Execution role for registry resource types.",
    "sources": [
      "github awsdocs/aws-cloudformation-user-guide @ 19dc52cd3f2007d6d268b65b739ffb5ebf8c1e76 doc_source/registry.md (archived)"
    ]
  },
  {
    "principal": "robomaker.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "Retired service; archived docs show no condition.",
    "sources": [
      "github awsdocs/aws-robomaker-developer-guide @ 33018272d8631c248bbf7eae99b5ee28f266c6f2 doc_source/auth-and-access-control.md (archived)"
    ]
  },
  {
    "principal": "rolesanywhere.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn"
    ],
    "sourceArnFormat": "arn:aws:rolesanywhere:REGION:ACCOUNT:trust-anchor/ID",
    "note": "Roles Anywhere: SourceArn is the trust anchor; the same statement also allows sts:TagSession and sts:SetSourceIdentity.",
    "sources": [
      "github awsdocs/amazon-eks-user-guide @ 4d52b4d05e3478582e7d10a73cbd9ba9194dd5f7 latest/ug/nodes/hybrid-nodes-creds.adoc"
    ]
  },
  {
    "principal": "s3.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "Replication role is documented without conditions; S3 sends the keys to bucket policies (inventory, logging), not shown for role trust.",
    "sources": [
      "https://docs.amazonaws.cn/en_us/AmazonS3/latest/userguide/setting-repl-config-perm-overview.md",
      "github awsdocs/amazon-s3-developer-guide @ b9ee574ff777a59055235cc7e1d8178321af782c doc_source/setting-repl-config-perm-overview.md (archived)"
    ]
  },
  {
    "principal": "sagemaker.amazonaws.com",
    "sendsSourceKeys": "partial",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:sagemaker:REGION:ACCOUNT:* or a per-feature type (training-job/*, processing-job/*, transform-job/*, compilation-job/*, pipeline/NAME/*, image-version)",
    "note": "Per-feature ARN templates; several features require the exact template (no narrowing); features not listed are undocumented.",
    "sources": [
      "github awsdocs/amazon-sagemaker-developer-guide @ a869fa5c9bd1074a85bd23748d0463e322ad8939 doc_source/security-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "scheduler.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:scheduler:REGION:ACCOUNT:schedule-group/GROUP",
    "note": "Scheduler execution role; SourceArn is the schedule group (default group is \"default\"); CDK writes these conditions itself.",
    "sources": [
      "github aws/aws-cdk @ 26c1e4fb05a367ebae8232595798cf6ff9cc252b packages/aws-cdk-lib/aws-scheduler-targets/lib/target.ts"
    ]
  },
  {
    "principal": "scheduler.redshift.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "Scheduled-action role is shown without conditions; no guidance for the keys found.",
    "sources": [
      "github awsdocs/amazon-redshift-management-guide @ 0a83a47ef86aa7bf06461bf9052ff61b026bd1c5 doc_source/redshift-iam-access-control-identity-based.md (archived)"
    ]
  },
  {
    "principal": "secretsmanager.amazonaws.com",
    "sendsSourceKeys": "no",
    "keys": [],
    "note": "Prowler exempts it: Secrets Manager only acts on resources in the same account.",
    "sources": [
      "github prowler-cloud/prowler @ 3e000faa3109230b748e4418a13c11c9e59f5cfb prowler/providers/aws/services/iam/lib/policy.py (confused-deputy exemption list)"
    ]
  },
  {
    "principal": "servicecatalog.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "Launch-constraint roles are shown without conditions; no guidance for the keys found.",
    "sources": [
      "github awsdocs/aws-service-catalog-admin-guide @ 059daa1466be6748aae694f8fff5622287d6e450 doc_source/baseline-permissions.md (archived)"
    ]
  },
  {
    "principal": "sms-voice.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:sms-voice:REGION:ACCOUNT:configuration-set/NAME",
    "note": "End User Messaging SMS event-destination and two-way roles.",
    "sources": [
      "https://docs.aws.amazon.com/sms-voice/latest/userguide/configuration-sets-cloud-watch-creating-role.html",
      "https://docs.aws.amazon.com/sms-voice/latest/userguide/two-way-sms-iam-policy.html"
    ]
  },
  {
    "principal": "sns.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "Delivery-status and Firehose-subscription roles are shown without conditions; SNS shows the keys only on resource policies (SMS usage bucket).",
    "sources": [
      "https://docs.aws.amazon.com/sns/latest/dg/topics-attrib-prereq.html",
      "github awsdocs/amazon-sns-developer-guide @ d2d6700c0df4f5e8160a34f733697da525469803 doc_source/prereqs-kinesis-data-firehose.md (archived)",
      "github awsdocs/amazon-sns-developer-guide @ d2d6700c0df4f5e8160a34f733697da525469803 doc_source/sms_stats_usage.md (archived)"
    ]
  },
  {
    "principal": "spotfleet.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:ec2:REGION:ACCOUNT:spot-fleet-request/sfr-*",
    "note": "Spot Fleet tagging role.",
    "sources": [
      "github awsdocs/amazon-ec2-user-guide @ e3707c431483ec0ffffcabebd36cf799ba682cd0 doc_source/work-with-spot-fleets.md (archived)"
    ]
  },
  {
    "principal": "ssm-incidents.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn"
    ],
    "sourceArnFormat": "arn:aws:ssm-incidents:*:ACCOUNT:incident-record/RESPONSE_PLAN/*",
    "note": "Incident Manager automation role; the IAM guide uses it as its worked example.",
    "sources": [
      "github awsdocs/incident-manager-user-guide @ 742d1d2133076c0bcaa0143312d20ce7f94b7142 doc_source/cross-service-confused-deputy-prevention.md (archived)",
      "github awsdocs/iam-user-guide @ e2b8637a825b9f292bb04af61277d067dfcc5676 doc_source/confused-deputy.md (archived)"
    ]
  },
  {
    "principal": "ssm.amazonaws.com",
    "sendsSourceKeys": "partial",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:ssm:REGION:ACCOUNT:* (hybrid activation) or arn:aws:ssm:*:ACCOUNT:automation-execution/* (Automation)",
    "note": "Documented for hybrid-activation and Automation service roles; other SSM-assumed roles (e.g. maintenance windows) not covered.",
    "sources": [
      "github awsdocs/aws-systems-manager-user-guide @ dd495cca5833730e93837f1b3b66e8290a9bde2f doc_source/cross-service-confused-deputy-prevention.md (archived)",
      "github awsdocs/aws-systems-manager-user-guide @ dd495cca5833730e93837f1b3b66e8290a9bde2f doc_source/automation-setup-iam.md (archived)"
    ]
  },
  {
    "principal": "states.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:states:REGION:ACCOUNT:stateMachine:NAME",
    "note": "State machine execution role; stateMachine:* wildcard shown.",
    "sources": [
      "github awsdocs/aws-step-functions-developer-guide @ 3d6752c179885aa864a2a49eb47a8131b5004aa0 doc_source/procedure-create-iam-role.md (archived)"
    ]
  },
  {
    "principal": "tasks.apprunner.amazonaws.com",
    "sendsSourceKeys": "unknown",
    "keys": [],
    "note": "App Runner instance role; archived docs show it without conditions; no guidance for the keys found.",
    "sources": [
      "github awsdocs/aws-app-runner-developer-guide @ dbb4ef66b19acb850fa2f9e0505a61a4175a90d5 doc_source/security_iam_service-with-iam.md (archived)"
    ]
  },
  {
    "principal": "textract.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:textract:*:ACCOUNT:*",
    "note": "Async-notification role; several calling accounts may be listed in both keys.",
    "sources": [
      "github awsdocs/amazon-textract-developer-guide @ 4c8342572f61f466a7ff4257ff60ae14756f7cc5 doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "transcribe.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:transcribe:REGION:ACCOUNT:*",
    "note": "Transcribe data-access role.",
    "sources": [
      "github awsdocs/amazon-transcribe-developer-guide @ 24720afa7f807e3027b5a59180b1514df3fde3c6 doc_source/security_iam_id-based-policy-examples.md (archived)"
    ]
  },
  {
    "principal": "transfer.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:transfer:REGION:ACCOUNT:user/SERVER_ID/USER (also server/ID, workflow/ID, connector, agreement)",
    "note": "Each Transfer role type is assumed with a different source ARN (user, server, workflow, AS2 connector/agreement).",
    "sources": [
      "github awsdocs/aws-transfer-user-guide @ d44c974618ff14cf84a0746d346c0495045e475e doc_source/confused-deputy.md (archived)"
    ]
  },
  {
    "principal": "voiceid.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:voiceid:REGION:ACCOUNT:domain/DOMAIN_ID",
    "note": "Amazon Connect Voice ID role.",
    "sources": [
      "github awsdocs/amazon-connect-admin-guide @ 21c64751657200543770555482ad4b1481357edc doc_source/cross-service-confused-deputy-prevention.md (archived)"
    ]
  },
  {
    "principal": "vpc-flow-logs.amazonaws.com",
    "sendsSourceKeys": "yes",
    "keys": [
      "aws:SourceArn",
      "aws:SourceAccount"
    ],
    "sourceArnFormat": "arn:aws:ec2:REGION:ACCOUNT:vpc-flow-log/FLOW_LOG_ID",
    "note": "CloudWatch Logs delivery role for flow logs; wildcard the ID until the flow log exists.",
    "sources": [
      "github awsdocs/amazon-vpc-user-guide @ a16ab76ed2f6b230672e98a0b2bfdab6d165ac4a doc_source/flow-logs-cwl.md (archived)"
    ]
  }
];
