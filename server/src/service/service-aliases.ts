// Names people write for a service whose principal is spelt differently (stepfunctions -> states): consulted before edit distance.
import type { ServicePrincipalEntry } from '../data/types';
import type { Statement } from './document';
import { knowledgeFor } from './knowledge';
import type { ReferenceData } from '../data/types';
import { statementActions } from './statement-kinds';

/**
 * Service label as people write it (product name, CLI name, console name) -> the label of the principal the
 * service uses. Only the mapping is ours: a target counts only when the reference data lists it as a verified
 * principal, so the principal names themselves still come from data/.
 */
const ALIASES: Readonly<Record<string, string>> = {
  // AWS Step Functions assumes roles as states.amazonaws.com.
  stepfunctions: 'states', stepfunction: 'states', 'step-functions': 'states', 'step-function': 'states', sfn: 'states', statemachine: 'states', 'state-machine': 'states', 'states-machine': 'states',
  // EventBridge (formerly CloudWatch Events) rules and buses use events.amazonaws.com.
  eventbridge: 'events', 'event-bridge': 'events', 'cloudwatch-events': 'events', cloudwatchevents: 'events', 'cw-events': 'events', event: 'events',
  'eventbridge-scheduler': 'scheduler', 'eventbridge-pipes': 'pipes',
  // API Gateway's principal is apigateway.amazonaws.com; execute-api is the ARN service of invoked APIs, not a principal.
  apigw: 'apigateway', 'api-gateway': 'apigateway', apigatewayv2: 'apigateway', 'execute-api': 'apigateway',
  // ECS task roles and task execution roles are assumed by ecs-tasks.amazonaws.com.
  'ecs-task': 'ecs-tasks', ecstask: 'ecs-tasks', ecstasks: 'ecs-tasks', 'ecs-task-execution': 'ecs-tasks', 'ecs-tasks-execution': 'ecs-tasks', 'tasks.ecs': 'ecs-tasks', 'task.ecs': 'ecs-tasks', fargate: 'ecs-tasks',
  // EKS Pod Identity associations are assumed by pods.eks.amazonaws.com.
  'eks-pods': 'pods.eks', 'eks-pod': 'pods.eks', 'eks-pod-identity': 'pods.eks', 'pod-identity': 'pods.eks', podidentity: 'pods.eks', 'pods-eks': 'pods.eks', 'pod.eks': 'pods.eks', 'pod-identity.eks': 'pods.eks',
  // Product names that differ from the principal label.
  'cloudwatch-logs': 'logs', cloudwatchlogs: 'logs', cwlogs: 'logs',
  'kinesis-firehose': 'firehose', kinesisfirehose: 'firehose', 'data-firehose': 'firehose',
  emr: 'elasticmapreduce', 'elastic-mapreduce': 'elasticmapreduce',
  efs: 'elasticfilesystem', opensearch: 'opensearchservice', elasticsearch: 'es',
  'systems-manager': 'ssm', systemsmanager: 'ssm',
  'code-build': 'codebuild', 'code-pipeline': 'codepipeline', 'code-deploy': 'codedeploy',
  'lambda-edge': 'edgelambda', 'lambda-at-edge': 'edgelambda', lambdaedge: 'edgelambda', 'edge-lambda': 'edgelambda', 'lambda.edge': 'edgelambda',
  mwaa: 'airflow-env', 'roles-anywhere': 'rolesanywhere', 'iam-roles-anywhere': 'rolesanywhere',
  'cloudwatch-synthetics': 'synthetics', 'auto-scaling': 'autoscaling', 'ec2-autoscaling': 'autoscaling', dynamo: 'dynamodb',
  'kinesis-analytics': 'kinesisanalytics', 'iot-credentials': 'credentials.iot',
};

const SUFFIX = /\.amazonaws\.com(\.cn)?$/;

export interface ServiceAlias {
  /** The principal the service actually uses, in the same domain as the value. */
  principal: string;
  /** The service's name from the reference data. */
  service: string;
}

/** The service label of a value: `stepfunctions` for `stepfunctions.amazonaws.com` or a bare `stepfunctions`. */
function labelOf(value: string): { label: string; domain: string } | undefined {
  const lower = value.trim().toLowerCase();
  const m = SUFFIX.exec(lower);
  if (m) return { label: lower.slice(0, m.index), domain: lower.slice(m.index + 1) };
  return /^[a-z0-9.-]+$/.test(lower) && !lower.includes('amazonaws') ? { label: lower, domain: 'amazonaws.com' } : undefined;
}

function verified(data: ReferenceData, principal: string): ServicePrincipalEntry | undefined {
  const entry = knowledgeFor(data).servicePrincipal(principal);
  return entry && entry.verified !== false ? entry : undefined;
}

/** The principal a service name stands for, when the value is a name people use for it but not its principal. */
export function serviceAlias(value: string, data: ReferenceData): ServiceAlias | undefined {
  const parts = labelOf(value);
  const target = parts && ALIASES[parts.label];
  if (!parts || !target) return undefined;
  const principal = `${target}.${parts.domain}`;
  const entry = verified(data, principal) ?? verified(data, `${target}.amazonaws.com`);
  return entry ? { principal: entry.principal === principal ? principal : entry.principal, service: entry.service } : undefined;
}

/** Every alias label with its target label (for tests and docs). */
export function aliasTable(): readonly [string, string][] {
  return Object.entries(ALIASES);
}

/**
 * A known principal used where the statement's shape says another service was meant: eks.amazonaws.com (the
 * cluster's own role) together with sts:TagSession is the shape of an EKS Pod Identity role.
 */
export function misusedPrincipal(value: string, statement: Statement, data: ReferenceData): (ServiceAlias & { reason: string }) | undefined {
  if (value !== 'eks.amazonaws.com') return undefined;
  const tags = statementActions(statement).some((a) => a.toLowerCase() === 'sts:tagsession');
  const entry = tags && statement.action ? verified(data, 'pods.eks.amazonaws.com') : undefined;
  return entry ? { principal: entry.principal, service: entry.service, reason: 'eks.amazonaws.com is the principal of the EKS cluster role; a statement that also grants sts:TagSession has the shape of an EKS Pod Identity role' } : undefined;
}
