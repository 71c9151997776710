// generated - do not edit (source: data/*.json, generator: scripts/generate-data.mjs)
import type { ServicePrincipalEntry } from './types';

export const servicePrincipals: readonly ServicePrincipalEntry[] = [
  {
    "principal": "a4b.amazonaws.com",
    "service": "Alexa for Business",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "access-analyzer.amazonaws.com",
    "service": "AWS IAM Access Analyzer",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "access-grants.s3.amazonaws.com",
    "service": "Amazon S3 Access Grants",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "account-access.amazonaws.com",
    "service": "Account access manager",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "account.amazonaws.com",
    "service": "AWS Account Management",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvialast"
    ]
  },
  {
    "principal": "acm-pca.amazonaws.com",
    "service": "AWS Private Certificate Authority",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "acm.amazonaws.com",
    "service": "AWS Certificate Manager",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "aco-automation.amazonaws.com",
    "service": "AWS Compute Optimizer Automation",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "agent-registry.amazonaws.com",
    "service": "AWS Agent Registry",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "agent.wellarchitected.amazonaws.com",
    "service": "AWS Well-Architected Tool (agent)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "agentless.inspector2.amazonaws.com",
    "service": "Amazon Inspector (agentless scanning)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "aiops.amazonaws.com",
    "service": "Amazon AI Operations",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvialast",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "airflow-env.amazonaws.com",
    "service": "Amazon MWAA (environment execution)",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "MWAA execution role (used with airflow.amazonaws.com)"
  },
  {
    "principal": "airflow-serverless.amazonaws.com",
    "service": "AWS MWAA Serverless",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "airflow.amazonaws.com",
    "service": "Amazon Managed Workflows for Apache Airflow",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "MWAA execution role (used with airflow-env.amazonaws.com)",
    "evidence": [
      "aws:calledvialast",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "alexa-appkit.amazon.com",
    "service": "Alexa Skills Kit (Lambda trigger)",
    "sources": [
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "usage": "resource-policy"
  },
  {
    "principal": "alexa-connectedhome.amazon.com",
    "service": "Alexa Smart Home (Lambda trigger)",
    "sources": [
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "usage": "resource-policy"
  },
  {
    "principal": "amazonmq.amazonaws.com",
    "service": "Amazon MQ (legacy principal)",
    "sources": [
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "ami.inspector2.amazonaws.com",
    "service": "Amazon Inspector (AMI scanning)",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "amplify.amazonaws.com",
    "service": "AWS Amplify",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Amplify service role"
  },
  {
    "principal": "apidestinations.events.amazonaws.com",
    "service": "Amazon EventBridge API destinations",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "apigateway.amazonaws.com",
    "service": "Amazon API Gateway Management V2",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "API Gateway role for logging or AWS integrations",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "app-integrations.amazonaws.com",
    "service": "Amazon AppIntegrations",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "appconfig.amazonaws.com",
    "service": "AWS AppConfig",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "AppConfig retrieval / monitor role"
  },
  {
    "principal": "appfabric.amazonaws.com",
    "service": "AWS AppFabric",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "appflow.amazonaws.com",
    "service": "Amazon AppFlow",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia"
    ]
  },
  {
    "principal": "application-autoscaling.amazonaws.com",
    "service": "AWS Application Auto Scaling",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Application Auto Scaling (older custom role)",
    "variants": [
      {
        "principal": "application-autoscaling.amazonaws.com.cn",
        "partition": "aws-cn",
        "note": "older China-partition form",
        "sources": [
          "iam-dataset:managed-policies"
        ]
      }
    ],
    "evidence": [
      "aws:calledvialast",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "application-autoscaling.amazonaws.com.cn",
    "service": "AWS Application Auto Scaling",
    "partitions": [
      "aws-cn"
    ],
    "sources": [
      "iam-dataset:managed-policies"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "application-insights.amazonaws.com",
    "service": "Amazon CloudWatch Application Insights",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "application-signals.cloudwatch.amazonaws.com",
    "service": "Amazon CloudWatch Application Signals",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "application-transformation.amazonaws.com",
    "service": "AWS Application Transformation Service",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia"
    ]
  },
  {
    "principal": "appmesh.amazonaws.com",
    "service": "AWS App Mesh",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "apprunner.amazonaws.com",
    "service": "AWS App Runner",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "appstream.amazonaws.com",
    "service": "Amazon AppStream 2.0",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "appstream.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for AppStream 2.0",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "appsync.amazonaws.com",
    "service": "AWS AppSync",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "AppSync data source or logging role",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "aps.amazonaws.com",
    "service": "Amazon Managed Service for Prometheus",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia"
    ]
  },
  {
    "principal": "artifact.amazonaws.com",
    "service": "AWS Artifact",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "assets.marketplace.amazonaws.com",
    "service": "AWS Marketplace (assets)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "athena.amazonaws.com",
    "service": "Amazon Athena",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Athena federated query / notebook role",
    "evidence": [
      "aws:calledvialast",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "auditmanager.amazonaws.com",
    "service": "AWS Audit Manager",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "automation.amazonaws.com",
    "service": "AWS Systems Manager Automation",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "autoscaling-plans.amazonaws.com",
    "service": "AWS Auto Scaling",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "autoscaling.amazonaws.com",
    "service": "Amazon EC2 Auto Scaling",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "variants": [
      {
        "principal": "autoscaling.amazonaws.com.cn",
        "partition": "aws-cn",
        "note": "older China-partition form",
        "sources": [
          "iam-dataset:managed-policies"
        ]
      }
    ],
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "autoscaling.amazonaws.com.cn",
    "service": "Amazon EC2 Auto Scaling",
    "partitions": [
      "aws-cn"
    ],
    "sources": [
      "iam-dataset:managed-policies"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "aws-artifact-account-sync.amazonaws.com",
    "service": "AWS Artifact (account sync)",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "aws-external-anthropic.amazonaws.com",
    "service": "Claude Platform on AWS",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvialast"
    ]
  },
  {
    "principal": "backup.amazonaws.com",
    "service": "AWS Backup",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "AWS Backup service role",
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "batch.amazonaws.com",
    "service": "AWS Batch",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "AWS Batch service role",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "batchoperations.s3.amazonaws.com",
    "service": "Amazon S3 Batch Operations",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "S3 Batch Operations job role"
  },
  {
    "principal": "bcm-data-exports.amazonaws.com",
    "service": "AWS Data Exports (bucket delivery)",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "usage": "resource-policy"
  },
  {
    "principal": "bedrock-agentcore.amazonaws.com",
    "service": "Amazon Bedrock Agentcore",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Bedrock AgentCore runtime role",
    "evidence": [
      "aws:calledvia",
      "aws:calledvialast",
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "bedrock-mantle.amazonaws.com",
    "service": "Amazon Bedrock Powered by AWS Mantle",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvialast"
    ]
  },
  {
    "principal": "bedrock.amazonaws.com",
    "service": "Amazon Bedrock",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Bedrock service role (knowledge bases, agents, jobs)",
    "evidence": [
      "aws:calledviafirst",
      "aws:calledvialast",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "billingconsole.amazonaws.com",
    "service": "AWS Billing console (legacy)",
    "sources": [
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "billingreports.amazonaws.com",
    "service": "AWS Cost and Usage Reports (bucket delivery)",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "usage": "resource-policy"
  },
  {
    "principal": "braket.amazonaws.com",
    "service": "Amazon Braket",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "budgets.amazonaws.com",
    "service": "AWS Budget Service",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "bugbust.amazonaws.com",
    "service": "AWS BugBust",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "legacy": true,
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "build.apprunner.amazonaws.com",
    "service": "AWS App Runner (ECR access role)",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "App Runner ECR access role"
  },
  {
    "principal": "cassandra-streams.amazonaws.com",
    "service": "Amazon Keyspaces CDC streams",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "cassandra.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for Amazon Keyspaces",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "ce.amazonaws.com",
    "service": "AWS Cost Explorer Service",
    "sources": [
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "channels.lex.amazonaws.com",
    "service": "Amazon Lex V1 channels",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "channels.lexv2.amazonaws.com",
    "service": "Amazon Lex V2 channels",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "chatbot.amazonaws.com",
    "service": "AWS Chatbot",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "chime.amazonaws.com",
    "service": "Amazon Chime",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "cleanrooms-ml.amazonaws.com",
    "service": "AWS Clean Rooms ML",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "cleanrooms.amazonaws.com",
    "service": "AWS Clean Rooms",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Clean Rooms data access role",
    "evidence": [
      "aws:calledvia",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "cloud9.amazonaws.com",
    "service": "AWS Cloud9",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "legacy": true,
    "evidence": [
      "aws:calledviafirst",
      "iam:awsservicename"
    ]
  },
  {
    "principal": "clouddirectory.amazonaws.com",
    "service": "Amazon Cloud Directory",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "cloudformation.amazonaws.com",
    "service": "AWS Cloud Control API",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "CloudFormation stack service role",
    "evidence": [
      "aws:calledvia",
      "aws:calledviafirst",
      "aws:calledvialast",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "cloudfront.amazonaws.com",
    "service": "Amazon CloudFront",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvialast"
    ]
  },
  {
    "principal": "cloudhsm.amazonaws.com",
    "service": "AWS CloudHSM",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "variants": [
      {
        "principal": "cloudhsm.c2s.ic.gov",
        "partition": "aws-iso",
        "note": "ISO partition suffix",
        "sources": [
          "aws-cdk:region-info-default",
          "terraform-provider-aws:aws_service_principal"
        ]
      }
    ]
  },
  {
    "principal": "cloudsearch.amazonaws.com",
    "service": "Amazon CloudSearch",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "cloudtrail.amazonaws.com",
    "service": "AWS CloudTrail",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "CloudTrail role for CloudWatch Logs delivery",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "cloudwatch-crossaccount.amazonaws.com",
    "service": "Amazon CloudWatch cross-account observability",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "cloudwatch.amazonaws.com",
    "service": "Amazon CloudWatch",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "codeartifact.amazonaws.com",
    "service": "AWS CodeArtifact",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "codebuild.amazonaws.com",
    "service": "AWS CodeBuild",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "CodeBuild project service role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "codecatalyst-runner.amazonaws.com",
    "service": "Amazon CodeCatalyst (workflow runner)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "codecatalyst.amazonaws.com",
    "service": "Amazon CodeCatalyst",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "codecommit.amazonaws.com",
    "service": "AWS CodeCommit",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "codedeploy.amazonaws.com",
    "service": "AWS CodeDeploy",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "CodeDeploy service role",
    "variants": [
      {
        "principal": "codedeploy.${Region}.amazonaws.com",
        "partition": "aws",
        "note": "regional form used by older tooling",
        "sources": [
          "aws-cdk:region-info-default"
        ]
      },
      {
        "principal": "codedeploy.${Region}.amazonaws.com.cn",
        "partition": "aws-cn",
        "note": "China partition form",
        "sources": [
          "aws-cdk:region-info-default",
          "terraform-provider-aws:aws_service_principal"
        ]
      }
    ]
  },
  {
    "principal": "codeguru-profiler.amazonaws.com",
    "service": "Amazon CodeGuru Profiler",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "codeguru-reviewer.amazonaws.com",
    "service": "Amazon CodeGuru Reviewer",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "codeguru-security.amazonaws.com",
    "service": "Amazon CodeGuru Security",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia"
    ]
  },
  {
    "principal": "codepipeline.amazonaws.com",
    "service": "AWS CodePipeline",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "CodePipeline service role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "codestar-notifications.amazonaws.com",
    "service": "AWS CodeStar Notifications",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "codestar.amazonaws.com",
    "service": "AWS CodeStar",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "cognito-identity-us-gov.amazonaws.com",
    "service": "Amazon Cognito identity pools (GovCloud US-West)",
    "partitions": [
      "aws-us-gov"
    ],
    "sources": [
      "iam-dataset:managed-policies"
    ],
    "principalElement": "Federated",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "cognito-identity.amazonaws.com",
    "service": "Amazon Cognito identity pools",
    "sources": [
      "iam-dataset:managed-policies",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Federated",
    "variants": [
      {
        "principal": "cognito-identity-us-gov.amazonaws.com",
        "partition": "aws-us-gov",
        "note": "GovCloud (US-West) identity pools",
        "sources": [
          "iam-dataset:managed-policies"
        ]
      }
    ],
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "cognito-idp.amazonaws.com",
    "service": "Amazon Cognito User Pools",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Cognito user pool SMS role",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "cognito-sync.amazonaws.com",
    "service": "Amazon Cognito Sync",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "comprehend.amazonaws.com",
    "service": "Amazon Comprehend",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Comprehend data access role"
  },
  {
    "principal": "comprehend.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for Amazon Comprehend",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "compute-optimizer.amazonaws.com",
    "service": "AWS Compute Optimizer",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "config-conforms.amazonaws.com",
    "service": "AWS Config conformance packs",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "config-multiaccountsetup.amazonaws.com",
    "service": "AWS Config multi-account setup",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "config.amazonaws.com",
    "service": "AWS Config",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "AWS Config recorder role",
    "variants": [
      {
        "principal": "config.c2s.ic.gov",
        "partition": "aws-iso",
        "note": "ISO partition suffix",
        "sources": [
          "aws-cdk:region-info-default",
          "terraform-provider-aws:aws_service_principal"
        ]
      }
    ],
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "connect-campaigns.amazonaws.com",
    "service": "Amazon Connect Outbound Campaigns",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "connect.amazonaws.com",
    "service": "Amazon Connect",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "context.cloudtrail.amazonaws.com",
    "service": "AWS CloudTrail (context)",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "continuousexport.discovery.amazonaws.com",
    "service": "AWS Application Discovery Service continuous export",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "contract.iq.amazonaws.com",
    "service": "AWS IQ (contracts)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "contributorinsights.dynamodb.amazonaws.com",
    "service": "Amazon DynamoDB Contributor Insights",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "controltower.amazonaws.com",
    "service": "AWS Control Tower",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia"
    ]
  },
  {
    "principal": "cost-optimization-hub.bcm.amazonaws.com",
    "service": "AWS Cost Optimization Hub",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "costalerts.amazonaws.com",
    "service": "AWS cost alerts",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "credentials.deadline.amazonaws.com",
    "service": "AWS Deadline Cloud (credential vending)",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Deadline Cloud fleet/queue role"
  },
  {
    "principal": "credentials.iot.amazonaws.com",
    "service": "AWS IoT Core credentials provider",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "IoT credentials provider role alias",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "crowd.amazonaws.com",
    "service": "Amazon Mechanical Turk (crowd workforce)",
    "sources": [
      "iam-dataset:managed-policies"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "custom-resource.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for custom resources",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "custom.rds-preview.amazonaws.com",
    "service": "Amazon RDS Custom (preview)",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "custom.rds.amazonaws.com",
    "service": "Amazon RDS Custom",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "databrew.amazonaws.com",
    "service": "AWS Glue DataBrew",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Glue DataBrew job role",
    "evidence": [
      "aws:calledvia",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "dataexchange.amazonaws.com",
    "service": "AWS Data Exchange",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia"
    ]
  },
  {
    "principal": "datapipeline.amazonaws.com",
    "service": "AWS Data Pipeline",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Data Pipeline role (legacy)",
    "legacy": true
  },
  {
    "principal": "datasync.amazonaws.com",
    "service": "AWS DataSync",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "DataSync location access role",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "datazone.amazonaws.com",
    "service": "Amazon DataZone",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "DataZone domain execution role",
    "evidence": [
      "aws:calledvia",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "datazonecontrol.amazonaws.com",
    "service": "Amazon DataZone (control plane)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "dax.amazonaws.com",
    "service": "Amazon DynamoDB Accelerator (DAX)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "deeplens.amazonaws.com",
    "service": "AWS DeepLens",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "delivery.logs.amazonaws.com",
    "service": "CloudWatch Logs vended log delivery",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "usage": "resource-policy",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "detective.amazonaws.com",
    "service": "Amazon Detective",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "devops-guru.amazonaws.com",
    "service": "Amazon DevOps Guru",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "diode.amazonaws.com",
    "service": "AWS Diode (cross-domain transfer)",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "directconnect.amazonaws.com",
    "service": "AWS Direct Connect",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Direct Connect role (legacy)"
  },
  {
    "principal": "directquery.opensearchservice.amazonaws.com",
    "service": "Amazon OpenSearch Service direct query",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "discovery.amazonaws.com",
    "service": "AWS Application Discovery Service",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "dlm.amazonaws.com",
    "service": "Amazon Data Lifecycle Manager",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Data Lifecycle Manager policy role"
  },
  {
    "principal": "dms.amazonaws.com",
    "service": "AWS Database Migration Service",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "DMS role (VPC management, endpoint access)",
    "variants": [
      {
        "principal": "dms.sc2s.sgov.gov",
        "partition": "aws-iso-b",
        "note": "ISO-B partition suffix",
        "sources": [
          "aws-cdk:region-info-default",
          "terraform-provider-aws:aws_service_principal"
        ]
      }
    ],
    "evidence": [
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "dmsintegration.migrationhub.amazonaws.com",
    "service": "AWS Migration Hub DMS integration",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "docdb-elastic.amazonaws.com",
    "service": "Amazon DocumentDB Elastic Clusters",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledviafirst",
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "drs.amazonaws.com",
    "service": "AWS Elastic Disaster Recovery",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia"
    ]
  },
  {
    "principal": "ds.amazonaws.com",
    "service": "AWS Directory Service",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "dsql.amazonaws.com",
    "service": "Amazon Aurora DSQL",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "dynamodb.amazonaws.com",
    "service": "Amazon DynamoDB",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "dynamodb.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for DynamoDB",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "ec.amazonaws.com",
    "service": "Unknown legacy principal (ec)",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "ec2-images.amazonaws.com",
    "service": "Amazon EC2 image services",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia"
    ]
  },
  {
    "principal": "ec2-instance-connect.amazonaws.com",
    "service": "Amazon EC2 Instance Connect",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ec2.amazonaws.com",
    "service": "Amazon EC2",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Role for an EC2 instance profile",
    "variants": [
      {
        "principal": "ec2.amazonaws.com.cn",
        "partition": "aws-cn",
        "note": "older China-partition form; still seen in policies",
        "sources": [
          "iam-dataset:managed-policies",
          "aws-cdk:region-info-default"
        ]
      }
    ],
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "ec2.amazonaws.com.cn",
    "service": "Amazon EC2",
    "partitions": [
      "aws-cn"
    ],
    "sources": [
      "aws-cdk:region-info-default",
      "iam-dataset:managed-policies"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "ec2.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for EC2 Spot Fleet",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "ec2.application-status-checks.amazonaws.com",
    "service": "Amazon EC2 application status checks",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ec2.capacitymanager.amazonaws.com",
    "service": "Amazon EC2 Capacity Manager",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ec2fastlaunch.amazonaws.com",
    "service": "Amazon EC2 Fast Launch",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "ec2fleet.amazonaws.com",
    "service": "Amazon EC2 Fleet",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "ec2scheduled.amazonaws.com",
    "service": "Amazon EC2 Scheduled Instances",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "ec2sqlha.amazonaws.com",
    "service": "Amazon EC2 SQL Server high availability",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ecr.amazonaws.com",
    "service": "Amazon Elastic Container Registry",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ecs-compute.amazonaws.com",
    "service": "Amazon ECS managed compute",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "ecs-tasks.amazonaws.com",
    "service": "Amazon ECS tasks (task role / execution role)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "ECS task role or task execution role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "ecs.amazonaws.com",
    "service": "Amazon Elastic Container Service",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Older ECS service role for load balancer registration",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "ecs.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for Amazon ECS",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "edgelambda.amazonaws.com",
    "service": "AWS Lambda@Edge",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Lambda@Edge execution role (used together with lambda.amazonaws.com)"
  },
  {
    "principal": "eks-connector.amazonaws.com",
    "service": "Amazon EKS Connector",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "eks-fargate-pods.amazonaws.com",
    "service": "Amazon EKS on Fargate (pod execution)",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "EKS Fargate pod execution role"
  },
  {
    "principal": "eks-fargate.amazonaws.com",
    "service": "Amazon EKS on Fargate (service-linked)",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "eks-nodegroup.amazonaws.com",
    "service": "Amazon EKS managed node groups",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "eks.amazonaws.com",
    "service": "Amazon Elastic Kubernetes Service",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "EKS cluster IAM role",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "elasticache.amazonaws.com",
    "service": "Amazon ElastiCache",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "elasticache.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for ElastiCache",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "elasticbeanstalk.amazonaws.com",
    "service": "AWS Elastic Beanstalk",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Elastic Beanstalk service role",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "elasticfilesystem.amazonaws.com",
    "service": "Amazon EFS",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "elasticloadbalancing.amazonaws.com",
    "service": "AWS Elastic Load Balancing V2",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "elasticmapreduce.amazonaws.com",
    "service": "Amazon EMR",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "EMR service role / EC2 instance profile trust",
    "variants": [
      {
        "principal": "elasticmapreduce.amazonaws.com.cn",
        "partition": "aws-cn",
        "note": "China partition form",
        "sources": [
          "iam-dataset:managed-policies",
          "aws-cdk:region-info-default",
          "terraform-provider-aws:aws_service_principal"
        ]
      }
    ],
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "elasticmapreduce.amazonaws.com.cn",
    "service": "Amazon EMR",
    "partitions": [
      "aws-cn"
    ],
    "sources": [
      "aws-cdk:region-info-default",
      "iam-dataset:managed-policies"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "elastictranscoder.amazonaws.com",
    "service": "Amazon Elastic Transcoder",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Elastic Transcoder pipeline role",
    "legacy": true,
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "email.cognito-idp.amazonaws.com",
    "service": "Amazon Cognito user pools (email sending)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "emr-containers.amazonaws.com",
    "service": "Amazon EMR on EKS (EMR Containers)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "slr-path"
    ]
  },
  {
    "principal": "emr-serverless.amazonaws.com",
    "service": "Amazon EMR Serverless",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "EMR Serverless job runtime role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "entityresolution.amazonaws.com",
    "service": "AWS Entity Resolution",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Entity Resolution workflow role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "es.amazonaws.com",
    "service": "Amazon OpenSearch Service (legacy Elasticsearch principal)",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "OpenSearch Service role (e.g. snapshots)"
  },
  {
    "principal": "event-processor.health.amazonaws.com",
    "service": "AWS Health event processing",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "events.amazonaws.com",
    "service": "Amazon EventBridge (CloudWatch Events)",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "EventBridge rule role used to reach targets",
    "variants": [
      {
        "principal": "events.amazonaws.com.cn",
        "partition": "aws-cn",
        "note": "older China-partition form",
        "sources": [
          "iam-dataset:managed-policies"
        ]
      }
    ],
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "events.amazonaws.com.cn",
    "service": "Amazon EventBridge (CloudWatch Events)",
    "partitions": [
      "aws-cn"
    ],
    "sources": [
      "iam-dataset:managed-policies"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "events.managedservices.amazonaws.com",
    "service": "AWS Managed Services (events)",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "events.workmail.amazonaws.com",
    "service": "Amazon WorkMail events",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "evs.amazonaws.com",
    "service": "Amazon Elastic VMware Service",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "export.rds.amazonaws.com",
    "service": "Amazon RDS snapshot export to S3",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "RDS snapshot export-to-S3 role"
  },
  {
    "principal": "finops-agent.amazonaws.com",
    "service": "AWS FinOps Agent",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "finspace.amazonaws.com",
    "service": "Amazon FinSpace",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "firehose.amazonaws.com",
    "service": "Amazon Kinesis Firehose",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Data Firehose delivery stream role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "fis.amazonaws.com",
    "service": "AWS Fault Injection Service",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Fault Injection Service experiment role",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "fms.amazonaws.com",
    "service": "AWS Firewall Manager",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "forecast.amazonaws.com",
    "service": "Amazon Forecast",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Forecast data access role",
    "legacy": true,
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "frauddetector.amazonaws.com",
    "service": "Amazon Fraud Detector",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "legacy": true,
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "freertos.amazonaws.com",
    "service": "Amazon FreeRTOS",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "fsx.amazonaws.com",
    "service": "Amazon FSx",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename"
    ]
  },
  {
    "principal": "gamelift.amazonaws.com",
    "service": "Amazon GameLift Servers",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "GameLift fleet role"
  },
  {
    "principal": "glacier.amazonaws.com",
    "service": "Amazon S3 Glacier",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "globalaccelerator.amazonaws.com",
    "service": "AWS Global Accelerator",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "glue.amazonaws.com",
    "service": "AWS Glue",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Glue job / crawler role",
    "evidence": [
      "aws:calledvia",
      "aws:calledviafirst",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "grafana.amazonaws.com",
    "service": "Amazon Managed Grafana",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Managed Grafana workspace role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "greengrass.amazonaws.com",
    "service": "AWS IoT Greengrass V2",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Greengrass service role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "groundstation.amazonaws.com",
    "service": "AWS Ground Station",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "guardduty.amazonaws.com",
    "service": "Amazon GuardDuty",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "health.amazonaws.com",
    "service": "AWS Health APIs and Notifications",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "healthlake.amazonaws.com",
    "service": "AWS HealthLake",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "HealthLake import/export role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "honeycode.amazonaws.com",
    "service": "Amazon Honeycode",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "hooks.cloudformation.amazonaws.com",
    "service": "AWS CloudFormation Hooks",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Execution role for CloudFormation Hooks"
  },
  {
    "principal": "iam.amazonaws.com",
    "service": "AWS Identity and Access Management (IAM)",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "imagebuilder.amazonaws.com",
    "service": "Amazon EC2 Image Builder",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "importexport.amazonaws.com",
    "service": "AWS Import Export Disk Service",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "inspector.amazonaws.com",
    "service": "Amazon Inspector",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "inspector2.amazonaws.com",
    "service": "Amazon Inspector2",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "internetmonitor.amazonaws.com",
    "service": "Amazon CloudWatch Internet Monitor",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "iot.amazonaws.com",
    "service": "AWS IoT",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "IoT Core rule action role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "iotanalytics.amazonaws.com",
    "service": "AWS IoT Analytics",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "iotevents.amazonaws.com",
    "service": "AWS IoT Events",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "IoT Events detector role"
  },
  {
    "principal": "iotmanagedintegrations.amazonaws.com",
    "service": "AWS IoT Managed Integrations",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "iotroborunner.amazonaws.com",
    "service": "AWS IoT RoboRunner",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "legacy": true,
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "iotsitewise.amazonaws.com",
    "service": "AWS IoT SiteWise",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "iotthingsgraph.amazonaws.com",
    "service": "AWS IoT Things Graph",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "iottwinmaker.amazonaws.com",
    "service": "AWS IoT TwinMaker",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ipam.amazonaws.com",
    "service": "Amazon VPC IP Address Manager",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ivs.amazonaws.com",
    "service": "Amazon Interactive Video Service",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "jellyfish.amazonaws.com",
    "service": "Unknown legacy principal (jellyfish)",
    "sources": [
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "job.sagemaker.amazonaws.com",
    "service": "Amazon SageMaker jobs",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "justintimeaccess.ssm.amazonaws.com",
    "service": "AWS Systems Manager just-in-time node access",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "kafka.amazonaws.com",
    "service": "Amazon Managed Streaming for Apache Kafka",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "kafka.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for Amazon MSK",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "kafkaconnect.amazonaws.com",
    "service": "Amazon Managed Streaming for Kafka Connect",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "MSK Connect connector role"
  },
  {
    "principal": "kendra.amazonaws.com",
    "service": "Amazon Kendra",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Kendra index / data source role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "kinesis.amazonaws.com",
    "service": "Amazon Kinesis Data Streams",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "kinesisanalytics.amazonaws.com",
    "service": "Amazon Kinesis Analytics V2",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Managed Service for Apache Flink application role"
  },
  {
    "principal": "kinesisreplication.dynamodb.amazonaws.com",
    "service": "Amazon DynamoDB Kinesis streaming",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "kms.amazonaws.com",
    "service": "AWS Key Management Service",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "lakeformation.amazonaws.com",
    "service": "AWS Lake Formation",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Lake Formation data access role",
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "lambda.amazonaws.com",
    "service": "AWS Lambda",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Lambda function execution role",
    "evidence": [
      "aws:calledvialast",
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "lambda.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for Lambda",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "launchwizard.amazonaws.com",
    "service": "AWS Launch Wizard",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia"
    ]
  },
  {
    "principal": "lex.amazonaws.com",
    "service": "Amazon Lex V2",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "lexv2.amazonaws.com",
    "service": "Amazon Lex V2",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "license-management.marketplace.amazonaws.com",
    "service": "AWS Marketplace license management",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "license-manager-user-subscriptions.amazonaws.com",
    "service": "AWS License Manager User Subscriptions",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "license-manager.amazonaws.com",
    "service": "AWS License Manager",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "license-manager.member-account.amazonaws.com",
    "service": "AWS License Manager (member accounts)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "lightsail.amazonaws.com",
    "service": "Amazon Lightsail",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "slr-path"
    ]
  },
  {
    "principal": "logdelivery.elasticloadbalancing.amazonaws.com",
    "service": "Elastic Load Balancing access log delivery",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "usage": "resource-policy"
  },
  {
    "principal": "logger.cloudfront.amazonaws.com",
    "service": "Amazon CloudFront logging",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "logging.s3.amazonaws.com",
    "service": "Amazon S3 server access logging",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "usage": "resource-policy"
  },
  {
    "principal": "logs.amazonaws.com",
    "service": "Amazon CloudWatch Logs",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Role CloudWatch Logs uses for subscription destinations",
    "variants": [
      {
        "principal": "logs.${Region}.amazonaws.com",
        "partition": "aws",
        "note": "regional form (e.g. KMS key policies, cross-Region references)",
        "sources": [
          "aws-cdk:region-info-default"
        ]
      },
      {
        "principal": "logs.${Region}.amazonaws.com.cn",
        "partition": "aws-cn",
        "note": "China partition form",
        "sources": [
          "aws-cdk:region-info-default",
          "terraform-provider-aws:aws_service_principal"
        ]
      },
      {
        "principal": "logs.c2s.ic.gov",
        "partition": "aws-iso",
        "note": "ISO partition suffix",
        "sources": [
          "terraform-provider-aws:aws_service_principal"
        ]
      },
      {
        "principal": "logs.sc2s.sgov.gov",
        "partition": "aws-iso-b",
        "note": "ISO-B partition suffix",
        "sources": [
          "terraform-provider-aws:aws_service_principal"
        ]
      }
    ],
    "evidence": [
      "aws:calledvia",
      "aws:calledviafirst",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "lookoutequipment.amazonaws.com",
    "service": "Amazon Lookout for Equipment",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "legacy": true,
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "lookoutmetrics.amazonaws.com",
    "service": "Amazon Lookout for Metrics",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "legacy": true,
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "m2.amazonaws.com",
    "service": "AWS Mainframe Modernization Service",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "machinelearning.amazonaws.com",
    "service": "Amazon Machine Learning",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "macie.amazonaws.com",
    "service": "Amazon Macie",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "maintenance.elasticbeanstalk.amazonaws.com",
    "service": "AWS Elastic Beanstalk maintenance",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "malware-protection-plan.guardduty.amazonaws.com",
    "service": "Amazon GuardDuty Malware Protection plans",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "malware-protection.guardduty.amazonaws.com",
    "service": "Amazon GuardDuty Malware Protection",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "managedblockchain.amazonaws.com",
    "service": "Amazon Managed Blockchain",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "managedservices.amazonaws.com",
    "service": "AWS Managed Services",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "managedupdates.elasticbeanstalk.amazonaws.com",
    "service": "AWS Elastic Beanstalk managed updates",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "mediaconnect.amazonaws.com",
    "service": "AWS Elemental MediaConnect",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "mediaconvert.amazonaws.com",
    "service": "AWS Elemental MediaConvert",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "MediaConvert job role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "medialive.amazonaws.com",
    "service": "AWS Elemental MediaLive",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "MediaLive channel role"
  },
  {
    "principal": "mediapackage.amazonaws.com",
    "service": "AWS Elemental MediaPackage",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "mediastore.amazonaws.com",
    "service": "AWS Elemental MediaStore",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "mediatailor.amazonaws.com",
    "service": "AWS Elemental MediaTailor",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "medical-imaging.amazonaws.com",
    "service": "AWS HealthImaging",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "meetings.chime.amazonaws.com",
    "service": "Amazon Chime SDK meetings",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "member.org.stacksets.cloudformation.amazonaws.com",
    "service": "AWS CloudFormation StackSets (member accounts)",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "memorydb.amazonaws.com",
    "service": "Amazon MemoryDB",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "metering-marketplace.amazonaws.com",
    "service": "AWS Marketplace Metering",
    "sources": [
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "metrics.wellarchitected.amazonaws.com",
    "service": "AWS Well-Architected Tool (metrics)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "mgn.amazonaws.com",
    "service": "AWS Application Migration Service",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia"
    ]
  },
  {
    "principal": "migrationhub-orchestrator.amazonaws.com",
    "service": "AWS Migration Hub Orchestrator",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "migrationhub-strategy.amazonaws.com",
    "service": "AWS Migration Hub Strategy Recommendations",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "migrationhub.amazonaws.com",
    "service": "AWS Migration Hub",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "mobileanalytics.amazonaws.com",
    "service": "Amazon Mobile Analytics",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "mobilehub.amazonaws.com",
    "service": "AWS Mobile Hub (legacy)",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "monitoring.amazonaws.com",
    "service": "Amazon CloudWatch",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "monitoring.rds.amazonaws.com",
    "service": "Amazon RDS Enhanced Monitoring",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "RDS Enhanced Monitoring role"
  },
  {
    "principal": "monitoring.thinclient.amazonaws.com",
    "service": "Amazon WorkSpaces Thin Client monitoring",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "monitron.amazonaws.com",
    "service": "Amazon Monitron",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "legacy": true,
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "mpa.amazonaws.com",
    "service": "Multi-party approval",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvialast"
    ]
  },
  {
    "principal": "mq.amazonaws.com",
    "service": "Amazon MQ",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "neptune-graph.amazonaws.com",
    "service": "Amazon Neptune Analytics",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "neptune.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for Amazon Neptune",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "network-connectors.lambda.amazonaws.com",
    "service": "AWS Lambda network connectors",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "network-firewall.amazonaws.com",
    "service": "AWS Network Firewall",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "network-security-director.amazonaws.com",
    "service": "AWS Shield network security director",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "network-security-manager.amazonaws.com",
    "service": "AWS Network Security Manager",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "network.bedrock-agentcore.amazonaws.com",
    "service": "Amazon Bedrock AgentCore (networking)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "networkmanager.amazonaws.com",
    "service": "AWS Network Manager",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "nimble.amazonaws.com",
    "service": "Amazon Nimble Studio",
    "sources": [
      "iam-dataset:managed-policies"
    ],
    "principalElement": "Service",
    "legacy": true,
    "evidence": [
      "aws:calledvialast"
    ]
  },
  {
    "principal": "notifications.amazonaws.com",
    "service": "AWS User Notifications",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "notifications.ssm.amazonaws.com",
    "service": "AWS Systems Manager notifications",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "observability.aoss.amazonaws.com",
    "service": "Amazon OpenSearch Serverless observability",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "observabilityadmin.amazonaws.com",
    "service": "Amazon CloudWatch Observability Admin Service",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia"
    ]
  },
  {
    "principal": "odb.amazonaws.com",
    "service": "AWS Service - Oracle Database@AWS",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename"
    ]
  },
  {
    "principal": "omics.amazonaws.com",
    "service": "AWS HealthOmics",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "HealthOmics service role",
    "evidence": [
      "aws:calledvialast",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "opensearchservice.amazonaws.com",
    "service": "Amazon OpenSearch Service",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "ops.apigateway.amazonaws.com",
    "service": "Amazon API Gateway (service-linked operations)",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ops.athena.amazonaws.com",
    "service": "Amazon Athena (operations)",
    "sources": [
      "iam-dataset:managed-policies"
    ],
    "principalElement": "Service",
    "evidence": [
      "slr-path"
    ]
  },
  {
    "principal": "ops.emr-serverless.amazonaws.com",
    "service": "Amazon EMR Serverless (operations)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "aws:calledvialast",
      "slr-path"
    ]
  },
  {
    "principal": "opsworks-cm.amazonaws.com",
    "service": "AWS OpsWorks Configuration Management",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "opsworks.amazonaws.com",
    "service": "AWS OpsWorks",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "OpsWorks Stacks service role (legacy)",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "organizations.amazonaws.com",
    "service": "AWS Organizations",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "orgsdatasync.servicecatalog.amazonaws.com",
    "service": "AWS Service Catalog Organizations sync",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "osis-pipelines.amazonaws.com",
    "service": "Amazon OpenSearch Ingestion pipelines",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "OpenSearch Ingestion pipeline role"
  },
  {
    "principal": "osis.amazonaws.com",
    "service": "Amazon OpenSearch Ingestion",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "outposts.amazonaws.com",
    "service": "AWS Outposts",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "panorama.amazonaws.com",
    "service": "AWS Panorama",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "legacy": true,
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "partnercentral-account-management.amazonaws.com",
    "service": "AWS Partner central account management",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "pcs.amazonaws.com",
    "service": "AWS Parallel Computing Service",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "permission.iq.amazonaws.com",
    "service": "AWS IQ (permissions)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "personalize.amazonaws.com",
    "service": "Amazon Personalize",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Personalize data access role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "pinpoint.amazonaws.com",
    "service": "Amazon Pinpoint",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "pipes.amazonaws.com",
    "service": "Amazon EventBridge Pipes",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "EventBridge Pipes execution role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "pods.eks.amazonaws.com",
    "service": "Amazon EKS Pod Identity",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "EKS Pod Identity role (also needs sts:TagSession)",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "polly.amazonaws.com",
    "service": "Amazon Polly",
    "sources": [
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "practice-run.arc-zonal-shift.amazonaws.com",
    "service": "ARC zonal autoshift practice runs",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "private-marketplace.marketplace.amazonaws.com",
    "service": "AWS Private Marketplace",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "profile.amazonaws.com",
    "service": "Amazon Connect Customer Profiles",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "proton.amazonaws.com",
    "service": "AWS Proton",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "purchaseorders.amazonaws.com",
    "service": "AWS Billing purchase orders",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "q.amazonaws.com",
    "service": "Amazon Q",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "qapps.amazonaws.com",
    "service": "Amazon Q Business Q Apps",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "qbusiness.amazonaws.com",
    "service": "Amazon Q Business",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "qldb.amazonaws.com",
    "service": "Amazon QLDB",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true,
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "quicksight.amazonaws.com",
    "service": "Amazon QuickSight",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "QuickSight service role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "ram.amazonaws.com",
    "service": "AWS Resource Access Manager (RAM)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "slr-path"
    ]
  },
  {
    "principal": "rds-preview.amazonaws.com",
    "service": "Amazon RDS (preview)",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "rds.amazonaws.com",
    "service": "Amazon RDS",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "RDS feature role (e.g. S3 import)",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "rds.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for Aurora replicas",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "reachabilityanalyzer.networkinsights.amazonaws.com",
    "service": "VPC Reachability Analyzer (Organizations)",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "redshift-data.amazonaws.com",
    "service": "Amazon Redshift Data API",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "redshift-serverless.amazonaws.com",
    "service": "Amazon Redshift Serverless",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "redshift.amazonaws.com",
    "service": "Amazon Redshift",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Role Redshift uses for COPY/UNLOAD/Spectrum",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "refactor-spaces.amazonaws.com",
    "service": "AWS Migration Hub Refactor Spaces",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "rekognition.amazonaws.com",
    "service": "Amazon Rekognition",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Rekognition Video notification role"
  },
  {
    "principal": "remediation.config.amazonaws.com",
    "service": "AWS Config remediation",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "replication.cassandra.amazonaws.com",
    "service": "Amazon Keyspaces multi-Region replication",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "replication.dynamodb.amazonaws.com",
    "service": "Amazon DynamoDB global tables replication",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "replication.ecr.amazonaws.com",
    "service": "Amazon ECR replication",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "replication.lexv2.amazonaws.com",
    "service": "Amazon Lex V2 replication",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "replication.s3tables.amazonaws.com",
    "service": "Amazon S3 Tables replication",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "replicator.lambda.amazonaws.com",
    "service": "AWS Lambda@Edge replicator",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "reporting.trustedadvisor.amazonaws.com",
    "service": "AWS Trusted Advisor organizational reporting",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "repository.sync.codeconnections.amazonaws.com",
    "service": "AWS CodeConnections repository sync",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "repostspace.amazonaws.com",
    "service": "AWS rePost Private",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "resale-authorization.marketplace.amazonaws.com",
    "service": "AWS Marketplace resale authorization",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "researchstudio.amazonaws.com",
    "service": "Amazon Bio Discovery",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "resiliencehub.amazonaws.com",
    "service": "AWS Resilience Hub",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Resilience Hub assessment role"
  },
  {
    "principal": "resource-explorer-2.amazonaws.com",
    "service": "AWS Resource Explorer",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "resource-groups.amazonaws.com",
    "service": "AWS Resource Groups",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvialast"
    ]
  },
  {
    "principal": "resource-snapshot-job.partnercentral-selling.amazonaws.com",
    "service": "AWS Partner Central selling (snapshot jobs)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "resources.cloudformation.amazonaws.com",
    "service": "AWS CloudFormation registry resource types",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Execution role for CloudFormation registry resource types"
  },
  {
    "principal": "restore-testing.backup.amazonaws.com",
    "service": "AWS Backup restore testing",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "robomaker.amazonaws.com",
    "service": "AWS RoboMaker",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "RoboMaker simulation role",
    "legacy": true,
    "evidence": [
      "aws:calledviafirst",
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "rolesanywhere.amazonaws.com",
    "service": "AWS Identity and Access Management Roles Anywhere",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "IAM Roles Anywhere role (also needs sts:TagSession, sts:SetSourceIdentity)",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "route53.amazonaws.com",
    "service": "Amazon Route 53",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "route53domains.amazonaws.com",
    "service": "Amazon Route 53 Domains",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "route53resolver.amazonaws.com",
    "service": "Amazon Route 53 Resolver",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "rtbfabric.amazonaws.com",
    "service": "AWS RTB Fabric",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "rum.amazonaws.com",
    "service": "AWS CloudWatch RUM",
    "sources": [
      "iam-dataset:managed-policies"
    ],
    "principalElement": "Service",
    "evidence": [
      "slr-path"
    ]
  },
  {
    "principal": "runtime-identity.bedrock-agentcore.amazonaws.com",
    "service": "Amazon Bedrock AgentCore runtime identity",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "runtime-instances.bedrock-agentcore.amazonaws.com",
    "service": "Amazon Bedrock AgentCore runtime instances",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "s3-outposts.amazonaws.com",
    "service": "Amazon S3 on Outposts",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "s3.amazonaws.com",
    "service": "Amazon S3",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "S3 replication role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "s3.data-source.lustre.fsx.amazonaws.com",
    "service": "Amazon FSx for Lustre S3 data repositories",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "sagemaker-geospatial.amazonaws.com",
    "service": "Amazon SageMaker geospatial capabilities",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "sagemaker.amazonaws.com",
    "service": "Amazon SageMaker",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "SageMaker execution role",
    "evidence": [
      "aws:calledvialast",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "sagemaker.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for SageMaker",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "scaler.lambda.amazonaws.com",
    "service": "AWS Lambda scaler",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "scheduler.amazonaws.com",
    "service": "Amazon EventBridge Scheduler",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "EventBridge Scheduler execution role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "scheduler.redshift.amazonaws.com",
    "service": "Amazon Redshift scheduled actions",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Redshift scheduled action role"
  },
  {
    "principal": "schema-conversion.dms.amazonaws.com",
    "service": "AWS DMS Schema Conversion",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "schemas.amazonaws.com",
    "service": "Amazon EventBridge Schemas",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "scraper.aps.amazonaws.com",
    "service": "Amazon Managed Service for Prometheus scraper",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "sdmp.amazonaws.com",
    "service": "AWS SDMP (service-linked role)",
    "sources": [
      "iam-dataset:managed-policies"
    ],
    "principalElement": "Service",
    "evidence": [
      "slr-path"
    ]
  },
  {
    "principal": "secretsmanager.amazonaws.com",
    "service": "AWS Secrets Manager",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "security-ir.amazonaws.com",
    "service": "AWS Security Incident Response",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "securityagent.amazonaws.com",
    "service": "AWS Security Agent",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "securityhub.amazonaws.com",
    "service": "AWS Security Hub",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "securityhubv2.amazonaws.com",
    "service": "AWS Security Hub (v2)",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "securitylake.amazonaws.com",
    "service": "Amazon Security Lake",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "self-managed-vpce.osis.amazonaws.com",
    "service": "Amazon OpenSearch Ingestion self-managed VPC endpoints",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "serverlessrepo.amazonaws.com",
    "service": "AWS Serverless Application Repository",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "servicecatalog-appregistry.amazonaws.com",
    "service": "AWS Service Catalog AppRegistry",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "servicecatalog.amazonaws.com",
    "service": "AWS Service Catalog",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Service Catalog launch constraint role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "servicediscovery.amazonaws.com",
    "service": "AWS Cloud Map",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "servicequotas.amazonaws.com",
    "service": "Service Quotas",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "ses.amazonaws.com",
    "service": "Amazon Pinpoint Email Service",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "shield.amazonaws.com",
    "service": "AWS Shield",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "signer.amazonaws.com",
    "service": "AWS Signer",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "signin.amazonaws.com",
    "service": "AWS Signin",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "sms-voice.amazonaws.com",
    "service": "AWS End User Messaging SMS and Voice V2",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "sms.amazonaws.com",
    "service": "AWS Server Migration Service",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true,
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "smsintegration.migrationhub.amazonaws.com",
    "service": "AWS Migration Hub SMS integration",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename"
    ]
  },
  {
    "principal": "sns.amazonaws.com",
    "service": "Amazon SNS",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "SNS delivery-status logging role",
    "evidence": [
      "aws:calledvialast"
    ]
  },
  {
    "principal": "social-messaging.amazonaws.com",
    "service": "AWS End User Messaging Social",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "spot.amazonaws.com",
    "service": "Amazon EC2 Spot Instances",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "spotfleet.amazonaws.com",
    "service": "Amazon EC2 Spot Fleet",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Spot Fleet request role",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "sqlworkbench.amazonaws.com",
    "service": "AWS SQL Workbench",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "aws:calledvialast"
    ]
  },
  {
    "principal": "sqs.amazonaws.com",
    "service": "Amazon SQS",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ssm-guiconnect.amazonaws.com",
    "service": "AWS Systems Manager GUI Connect",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledviafirst"
    ]
  },
  {
    "principal": "ssm-incidents.amazonaws.com",
    "service": "AWS Systems Manager Incident Manager",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ssm-quicksetup.amazonaws.com",
    "service": "AWS Systems Manager Quick Setup",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "slr-path"
    ]
  },
  {
    "principal": "ssm-sap.amazonaws.com",
    "service": "AWS Systems Manager for SAP",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "ssm.amazonaws.com",
    "service": "AWS Systems Manager",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Systems Manager role (hybrid activations, Automation)",
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "ssm.integrations.amazonaws.com",
    "service": "AWS Systems Manager integrations",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "sso.amazonaws.com",
    "service": "AWS IAM Identity Center",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice",
      "slr-path"
    ]
  },
  {
    "principal": "stacksets.cloudformation.amazonaws.com",
    "service": "AWS CloudFormation StackSets (Organizations)",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "states.amazonaws.com",
    "service": "AWS Step Functions",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Step Functions state machine role",
    "variants": [
      {
        "principal": "states.${Region}.amazonaws.com",
        "partition": "aws",
        "note": "regional form produced by older tooling",
        "sources": [
          "aws-cdk:region-info-default"
        ]
      }
    ],
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "storage-lens.s3.amazonaws.com",
    "service": "Amazon S3 Storage Lens",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "usage": "resource-policy"
  },
  {
    "principal": "storagegateway.amazonaws.com",
    "service": "AWS Storage Gateway",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "streams.metrics.cloudwatch.amazonaws.com",
    "service": "Amazon CloudWatch metric streams",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "sts.amazonaws.com",
    "service": "AWS Security Token Service",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "support.amazonaws.com",
    "service": "AWS Support",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "slr-path"
    ]
  },
  {
    "principal": "supportplans.amazonaws.com",
    "service": "AWS Support Plans",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "swf.amazonaws.com",
    "service": "Amazon Simple Workflow Service",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "sync.proton.amazonaws.com",
    "service": "AWS Proton template sync",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "synthetics.amazonaws.com",
    "service": "Amazon CloudWatch Synthetics",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "tagging.amazonaws.com",
    "service": "AWS Resource Groups Tagging (legacy)",
    "sources": [
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "tagpolicies.tag.amazonaws.com",
    "service": "AWS Organizations tag policies",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "tasks.apprunner.amazonaws.com",
    "service": "AWS App Runner (instance role)",
    "sources": [
      "public-code-usage"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "App Runner instance role"
  },
  {
    "principal": "telemetry-enablement.observabilityadmin.amazonaws.com",
    "service": "CloudWatch Observability Admin telemetry enablement",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "telemetry-pipelines.observabilityadmin.amazonaws.com",
    "service": "CloudWatch Observability Admin telemetry pipelines",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "textract.amazonaws.com",
    "service": "Amazon Textract",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Textract async notification role"
  },
  {
    "principal": "thirdparty.config.amazonaws.com",
    "service": "AWS Config third-party resources",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "thirdparty.inspector2.amazonaws.com",
    "service": "Amazon Inspector third-party integrations",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "timestream-influxdb.amazonaws.com",
    "service": "Amazon Timestream InfluxDB",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "timestream.amazonaws.com",
    "service": "Amazon Timestream",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "transcribe.amazonaws.com",
    "service": "Amazon Transcribe",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "transfer.amazonaws.com",
    "service": "AWS Transfer Family",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Transfer Family user / logging role",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "transform-custom.amazonaws.com",
    "service": "AWS Transform custom",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "transitgateway.amazonaws.com",
    "service": "AWS Transit Gateway",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "translate.amazonaws.com",
    "service": "Amazon Translate",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "triage.security-ir.amazonaws.com",
    "service": "AWS Security Incident Response triage",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "trustedadvisor.amazonaws.com",
    "service": "AWS Trusted Advisor",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "tts.amazonaws.com",
    "service": "Unknown legacy principal (tts)",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "user-attribute-cost-allocation-data.amazonaws.com",
    "service": "AWS user-attribute cost allocation",
    "sources": [
      "iam-dataset:managed-policies"
    ],
    "principalElement": "Service",
    "evidence": [
      "slr-path"
    ]
  },
  {
    "principal": "vmie.amazonaws.com",
    "service": "VM Import/Export",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "vpc-flow-logs.amazonaws.com",
    "service": "Amazon VPC Flow Logs",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "commonInTrustPolicy": true,
    "trustUse": "Role that publishes VPC Flow Logs to CloudWatch Logs"
  },
  {
    "principal": "vpc-lattice.amazonaws.com",
    "service": "Amazon VPC Lattice",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "vpcorigin.cloudfront.amazonaws.com",
    "service": "Amazon CloudFront VPC origins",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "waf-regional.amazonaws.com",
    "service": "AWS WAF Regional",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "waf.amazonaws.com",
    "service": "AWS WAF",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "wafv2.amazonaws.com",
    "service": "AWS WAF V2",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0",
      "towardsthecloud:snippets:documentation"
    ],
    "principalElement": "Service",
    "evidence": [
      "aws:calledvia",
      "iam:awsservicename",
      "slr-path"
    ]
  },
  {
    "principal": "wam.amazonaws.com",
    "service": "Amazon WorkSpaces Application Manager",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "wellarchitected.amazonaws.com",
    "service": "AWS Well-Architected Tool",
    "sources": [
      "iam-dataset:managed-policies",
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service",
    "evidence": [
      "iam:awsservicename",
      "iam:passedtoservice"
    ]
  },
  {
    "principal": "workdocs.amazonaws.com",
    "service": "Amazon WorkDocs",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "worklink.amazonaws.com",
    "service": "Amazon WorkLink",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "legacy": true
  },
  {
    "principal": "workmail.amazonaws.com",
    "service": "Amazon WorkMail",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "workspaces-instances.amazonaws.com",
    "service": "AWS WorkSpaces Managed Instances",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "workspaces.amazonaws.com",
    "service": "Amazon WorkSpaces",
    "sources": [
      "awsdocs:iam-user-guide:principal-listing",
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service",
    "variants": [
      {
        "principal": "workspaces.c2s.ic.gov",
        "partition": "aws-iso",
        "note": "ISO partition suffix",
        "sources": [
          "aws-cdk:region-info-default",
          "terraform-provider-aws:aws_service_principal"
        ]
      }
    ]
  },
  {
    "principal": "workspaces.application-autoscaling.amazonaws.com",
    "service": "Application Auto Scaling for WorkSpaces pools",
    "sources": [
      "iam-floyd:changelog-v0.851.0"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "xray.amazonaws.com",
    "service": "AWS X-Ray",
    "sources": [
      "iam-floyd:changelog-v0.851.0",
      "shortjared-gist:via-withfig-autocomplete"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "a2c.amazonaws.com",
    "service": "AWS App2Container",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "action-recommendations.amazonaws.com",
    "service": "AWS Action Recommendations",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "activate.amazonaws.com",
    "service": "AWS Activate",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "agentaccess-mcp.amazonaws.com",
    "service": "Amazon WorkSpaces AgentAccess MCP Server",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "aidevops.amazonaws.com",
    "service": "AWS DevOps Agent Service",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "amplifybackend.amazonaws.com",
    "service": "AWS Amplify Admin",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "amplifyuibuilder.amazonaws.com",
    "service": "AWS Amplify UI Builder",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "aoss.amazonaws.com",
    "service": "Amazon OpenSearch Serverless",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "application-signals-mcp.amazonaws.com",
    "service": "Amazon CloudWatch Application Signals MCP Server",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "application-signals.amazonaws.com",
    "service": "Amazon CloudWatch Application Signals",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "applicationinsights.amazonaws.com",
    "service": "Amazon CloudWatch Application Insights",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "appmesh-preview.amazonaws.com",
    "service": "AWS App Mesh Preview",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "appstudio.amazonaws.com",
    "service": "AWS App Studio",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "apptest.amazonaws.com",
    "service": "AWS Mainframe Modernization Application Testing",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "arc-region-switch.amazonaws.com",
    "service": "Amazon ARC Region switch",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "arc-zonal-shift.amazonaws.com",
    "service": "Amazon Application Recovery Controller - Zonal Shift",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "arsenal.amazonaws.com",
    "service": "Application Discovery Arsenal",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "aws-marketplace-management.amazonaws.com",
    "service": "AWS Marketplace Management Portal",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "aws-marketplace.amazonaws.com",
    "service": "AWS Marketplace Catalog",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "aws-portal.amazonaws.com",
    "service": "AWS Billing Console",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "awsconnector.amazonaws.com",
    "service": "AWS Connector Service",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "b2bi.amazonaws.com",
    "service": "AWS B2B Data Interchange",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "backup-gateway.amazonaws.com",
    "service": "AWS Backup Gateway",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "backup-search.amazonaws.com",
    "service": "AWS Backup Search",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "backup-storage.amazonaws.com",
    "service": "AWS Backup storage",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "bcm-dashboards.amazonaws.com",
    "service": "AWS Billing and Cost Management Dashboards",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "bcm-pricing-calculator.amazonaws.com",
    "service": "AWS Billing And Cost Management Pricing Calculator",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "bcm-recommended-actions.amazonaws.com",
    "service": "AWS Billing And Cost Management Recommended Actions",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "billing.amazonaws.com",
    "service": "AWS Billing",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "billingconductor.amazonaws.com",
    "service": "AWS Billing Conductor",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "cases.amazonaws.com",
    "service": "Amazon Connect Cases",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "cassandra.amazonaws.com",
    "service": "Amazon Keyspaces (for Apache Cassandra)",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "cloudfront-keyvaluestore.amazonaws.com",
    "service": "Amazon CloudFront KeyValueStore",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "cloudshell.amazonaws.com",
    "service": "AWS CloudShell",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "cloudtrail-data.amazonaws.com",
    "service": "AWS CloudTrail Data",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "codeconnections.amazonaws.com",
    "service": "AWS CodeConnections",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "codedeploy-commands-secure.amazonaws.com",
    "service": "AWS CodeDeploy secure host commands service",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "codeguru.amazonaws.com",
    "service": "Amazon CodeGuru",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "codestar-connections.amazonaws.com",
    "service": "AWS CodeStar Connections",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "codewhisperer.amazonaws.com",
    "service": "Amazon CodeWhisperer",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "comprehendmedical.amazonaws.com",
    "service": "Amazon Comprehend Medical",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "consoleapp.amazonaws.com",
    "service": "AWS Management Console Mobile App",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "consolidatedbilling.amazonaws.com",
    "service": "AWS Consolidated Billing",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "controlcatalog.amazonaws.com",
    "service": "AWS Control Catalog",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "cost-optimization-hub.amazonaws.com",
    "service": "AWS Cost Optimization Hub",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "cur.amazonaws.com",
    "service": "AWS Cost and Usage Report",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "customer-verification.amazonaws.com",
    "service": "AWS Customer Verification Service",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "dbqms.amazonaws.com",
    "service": "Database Query Metadata Service",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "deadline.amazonaws.com",
    "service": "AWS Deadline Cloud",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "devicefarm.amazonaws.com",
    "service": "AWS Device Farm",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ds-data.amazonaws.com",
    "service": "AWS Directory Service Data",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ebs.amazonaws.com",
    "service": "Amazon Elastic Block Store",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ec2messages.amazonaws.com",
    "service": "Amazon Message Delivery Service",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ecr-public.amazonaws.com",
    "service": "Amazon Elastic Container Registry Public",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ecs-mcp.amazonaws.com",
    "service": "Amazon ECS MCP Service",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "eks-auth.amazonaws.com",
    "service": "Amazon EKS Auth",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "eks-mcp.amazonaws.com",
    "service": "Amazon EKS MCP Server",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "elemental-activations.amazonaws.com",
    "service": "AWS Elemental Appliances and Software Activation Service",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "elemental-appliances-software.amazonaws.com",
    "service": "AWS Elemental Appliances and Software",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "elemental-inference.amazonaws.com",
    "service": "AWS Elemental Inference",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "elemental-support-cases.amazonaws.com",
    "service": "AWS Elemental Support Cases",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "elemental-support-content.amazonaws.com",
    "service": "AWS Elemental Support Content",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "eventsbilltoaws.amazonaws.com",
    "service": "AWS reInvent event pass amount charge to customer AWS account",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "evidently.amazonaws.com",
    "service": "Amazon CloudWatch Evidently",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "execute-api.amazonaws.com",
    "service": "Amazon API Gateway",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "finspace-api.amazonaws.com",
    "service": "Amazon FinSpace API",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "freetier.amazonaws.com",
    "service": "AWS Free Tier",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "gameliftstreams.amazonaws.com",
    "service": "Amazon GameLift Streams",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "geo-maps.amazonaws.com",
    "service": "Amazon Location Service Maps",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "geo-places.amazonaws.com",
    "service": "Amazon Location Service Places",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "geo-routes.amazonaws.com",
    "service": "Amazon Location Service Routes",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "geo.amazonaws.com",
    "service": "Amazon Location",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "groundtruthlabeling.amazonaws.com",
    "service": "Amazon GroundTruth Labeling",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "health-agent.amazonaws.com",
    "service": "Amazon Connect Health",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "identity-sync.amazonaws.com",
    "service": "AWS Identity Sync",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "identitystore-auth.amazonaws.com",
    "service": "AWS Identity Store Auth",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "identitystore.amazonaws.com",
    "service": "AWS Identity Store",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "inspector-scan.amazonaws.com",
    "service": "Amazon InspectorScan",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "inspector2-telemetry.amazonaws.com",
    "service": "Amazon Inspector2 Telemetry Channel",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "interconnect.amazonaws.com",
    "service": "AWS Interconnect",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "invoicing.amazonaws.com",
    "service": "AWS Invoicing Service",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "iot-device-tester.amazonaws.com",
    "service": "AWS IoT Device Tester",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "iotdeviceadvisor.amazonaws.com",
    "service": "AWS IoT Core Device Advisor",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "iotfleethub.amazonaws.com",
    "service": "AWS IoT Fleet Hub for Device Management",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "iotfleetwise.amazonaws.com",
    "service": "AWS IoT FleetWise",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "iotjobsdata.amazonaws.com",
    "service": "AWS IoT Jobs DataPlane",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "iotwireless.amazonaws.com",
    "service": "AWS IoT Wireless",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "iq-permission.amazonaws.com",
    "service": "AWS IQ Permissions",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "iq.amazonaws.com",
    "service": "AWS IQ",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ivschat.amazonaws.com",
    "service": "Amazon Interactive Video Service Chat",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "kafka-cluster.amazonaws.com",
    "service": "Apache Kafka APIs for Amazon MSK clusters",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "kendra-ranking.amazonaws.com",
    "service": "Amazon Kendra Intelligent Ranking",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "kinesisvideo.amazonaws.com",
    "service": "Amazon Kinesis Video Streams",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "license-manager-linux-subscriptions.amazonaws.com",
    "service": "AWS License Manager Linux Subscriptions Manager",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "lookoutvision.amazonaws.com",
    "service": "Amazon Lookout for Vision",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "macie2.amazonaws.com",
    "service": "Amazon Macie",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "managedblockchain-query.amazonaws.com",
    "service": "Amazon Managed Blockchain Query",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "mapcredits.amazonaws.com",
    "service": "AWS Migration Acceleration Program Credits",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "marketplacecommerceanalytics.amazonaws.com",
    "service": "AWS Marketplace Commerce Analytics Service",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "mechanicalturk.amazonaws.com",
    "service": "Amazon Mechanical Turk",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "mediaimport.amazonaws.com",
    "service": "AmazonMediaImport",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "mediapackage-vod.amazonaws.com",
    "service": "AWS Elemental MediaPackage VOD",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "mediapackagev2.amazonaws.com",
    "service": "AWS Elemental MediaPackage V2",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "mgh.amazonaws.com",
    "service": "AWS Migration Hub",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "mobiletargeting.amazonaws.com",
    "service": "Amazon Pinpoint",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "neptune-db.amazonaws.com",
    "service": "Amazon Neptune",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "networkflowmonitor.amazonaws.com",
    "service": "Network Flow Monitor",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "networkmanager-chat.amazonaws.com",
    "service": "AWS Network Manager Chat",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "networkmonitor.amazonaws.com",
    "service": "Amazon CloudWatch Network Synthetic Monitor",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "notifications-contacts.amazonaws.com",
    "service": "AWS User Notifications Contacts",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "nova-act.amazonaws.com",
    "service": "Amazon Nova Act",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "oam.amazonaws.com",
    "service": "Amazon CloudWatch Observability Access Manager",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "one.amazonaws.com",
    "service": "Amazon One Enterprise",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "opensearch.amazonaws.com",
    "service": "Amazon OpenSearch",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "partnercentral.amazonaws.com",
    "service": "AWS Partner Central",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "payment-cryptography.amazonaws.com",
    "service": "AWS Payment Cryptography",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "payments.amazonaws.com",
    "service": "AWS Payments",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "pca-connector-ad.amazonaws.com",
    "service": "AWS Private CA Connector for Active Directory",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "pca-connector-scep.amazonaws.com",
    "service": "AWS Private CA Connector for SCEP",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "pi.amazonaws.com",
    "service": "AWS Performance Insights",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "pricing.amazonaws.com",
    "service": "AWS Price List",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "pricingplanmanager.amazonaws.com",
    "service": "AWS PricingPlanManager Service",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "private-networks.amazonaws.com",
    "service": "AWS service providing managed private networks",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "purchase-orders.amazonaws.com",
    "service": "AWS Purchase Orders Console",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "qdeveloper.amazonaws.com",
    "service": "Amazon Q Developer",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "rbin.amazonaws.com",
    "service": "AWS Recycle Bin",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "rds-data.amazonaws.com",
    "service": "Amazon RDS Data API",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "rds-db.amazonaws.com",
    "service": "Amazon RDS IAM Authentication",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "resource-explorer.amazonaws.com",
    "service": "Tag Editor",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "rhelkb.amazonaws.com",
    "service": "Amazon RHEL Knowledgebase Portal",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "route53-recovery-cluster.amazonaws.com",
    "service": "Amazon Route 53 Recovery Cluster",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "route53-recovery-control-config.amazonaws.com",
    "service": "Amazon Route 53 Recovery Controls",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "route53-recovery-readiness.amazonaws.com",
    "service": "Amazon Route 53 Recovery Readiness",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "route53globalresolver.amazonaws.com",
    "service": "AWS Route53 Global Resolver",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "route53profiles.amazonaws.com",
    "service": "Amazon Route 53 Profiles",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "s3-object-lambda.amazonaws.com",
    "service": "Amazon S3 Object Lambda",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "s3express.amazonaws.com",
    "service": "Amazon S3 Express",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "s3files.amazonaws.com",
    "service": "Amazon S3 Files",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "s3tables.amazonaws.com",
    "service": "Amazon S3 Tables",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "s3vectors.amazonaws.com",
    "service": "Amazon S3 Vectors",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "sagemaker-data-science-assistant.amazonaws.com",
    "service": "Amazon SageMaker data science assistant",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "sagemaker-mlflow.amazonaws.com",
    "service": "Amazon SageMaker with MLflow",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "sagemaker-unified-studio-mcp.amazonaws.com",
    "service": "Amazon SageMaker Unified Studio MCP",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "savingsplans.amazonaws.com",
    "service": "AWS Savings Plans",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "scn.amazonaws.com",
    "service": "AWS Supply Chain",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "sdb.amazonaws.com",
    "service": "Amazon SimpleDB",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "serviceextract.amazonaws.com",
    "service": "AWS Microservice Extractor for .NET",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "simspaceweaver.amazonaws.com",
    "service": "AWS SimSpace Weaver",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "snow-device-management.amazonaws.com",
    "service": "AWS Snow Device Management",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "snowball.amazonaws.com",
    "service": "AWS Snowball",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ssm-contacts.amazonaws.com",
    "service": "AWS Systems Manager Incident Manager Contacts",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ssmmessages.amazonaws.com",
    "service": "Amazon Message Gateway Service",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "sso-directory.amazonaws.com",
    "service": "AWS IAM Identity Center directory",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "sso-oauth.amazonaws.com",
    "service": "AWS IAM Identity Center OIDC service",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "support-console.amazonaws.com",
    "service": "AWS Support Console",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "supportapp.amazonaws.com",
    "service": "AWS Support App in Slack",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "sustainability.amazonaws.com",
    "service": "AWS Sustainability",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "tag.amazonaws.com",
    "service": "Amazon Resource Group Tagging API",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "tax.amazonaws.com",
    "service": "AWS Tax Settings",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "thinclient.amazonaws.com",
    "service": "Amazon WorkSpaces Thin Client",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "tiros.amazonaws.com",
    "service": "AWS Tiros",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "tnb.amazonaws.com",
    "service": "AWS Telco Network Builder",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "transform.amazonaws.com",
    "service": "AWS Transform",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "ts.amazonaws.com",
    "service": "AWS Diagnostic tools",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "user-subscriptions.amazonaws.com",
    "service": "AWS User Subscriptions",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "uxc.amazonaws.com",
    "service": "AWS User Experience Customization",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "vendor-insights.amazonaws.com",
    "service": "AWS Marketplace Vendor Insights",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "verified-access.amazonaws.com",
    "service": "AWS Verified Access",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "verifiedpermissions.amazonaws.com",
    "service": "Amazon Verified Permissions",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "voiceid.amazonaws.com",
    "service": "Amazon Connect Voice ID",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "vpc-lattice-svcs.amazonaws.com",
    "service": "Amazon VPC Lattice Services",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "vpce.amazonaws.com",
    "service": "AWS PrivateLink",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "wickr.amazonaws.com",
    "service": "AWS Wickr",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "wisdom.amazonaws.com",
    "service": "Amazon Q in Connect",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "workmailmessageflow.amazonaws.com",
    "service": "Amazon WorkMail Message Flow",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  },
  {
    "principal": "workspaces-web.amazonaws.com",
    "service": "Amazon WorkSpaces Secure Browser",
    "verified": false,
    "sources": [
      "towardsthecloud:snippets:policy-generator-derived"
    ],
    "principalElement": "Service"
  }
];
