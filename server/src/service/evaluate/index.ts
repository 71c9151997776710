// The request evaluator: a pure module (no LSP, no Node APIs) usable from the server, the CLI and a web worker.
export { evaluateTrustPolicy, type EvaluationResult, type StatementResult, type Decision } from './evaluate';
export {
  parseRequest, parseRequestPrincipal, parseContext, withPrincipalContext, principalContext, requestToJson, defaultAction,
  type EvaluationRequest, type RequestPrincipal, type ContextValue, type RequestJson, type ParseResult,
} from './request';
export { resolveRequest, SHORTHANDS, SHORTHAND_FIELDS, type ResolvedRequest, type ShorthandName } from './shorthand';
export { formatEvaluation, evaluationJson, decisionText, statementLines, statementLabel } from './format';
