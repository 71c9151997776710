// Parses trust-policy-lint's command line into options; usage errors are thrown as UsageError.
import { isSeveritySetting } from '../settings';
import { DEFAULT_OPTIONS, type ServiceOptions, type SeveritySetting } from '../service/types';

export class UsageError extends Error {}

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';

export interface CliArgs {
  paths: string[];
  format: OutputFormat;
  options: ServiceOptions;
  explain: boolean;
  fix: boolean;
  listRules: boolean;
  help: boolean;
  version: boolean;
  quiet: boolean;
  /** Lint every *.json found in folders, not only the ones that look like trust policies. */
  allJson: boolean;
  /** Print this rule's page and exit. */
  explainRule?: string;
}

export const USAGE = `Usage: trust-policy-lint [options] PATH...
       trust-policy-lint simulate POLICY --request REQUEST [--format text|json]
       trust-policy-lint test [PATH...]

Lints AWS IAM role trust policies (JSON). Folders are searched for *.json files that look like trust
policies (by name, e.g. *.trust.json, or by content); files named on the command line are always linted.

Options:
  --format FORMAT              text (default), json, sarif, or github (GitHub Actions annotations)
  --account ID                 An account the policies live in (repeatable, or comma-separated)
  --rule ID=SEVERITY           Override a rule: off|error|warning|information|hint (repeatable)
  --size-quota N               Trust policy size quota in non-whitespace characters (default: 2048)
  --service-principal NAME     Accept an extra service principal name (repeatable)
  --oidc-provider HOST         Treat an extra OIDC provider host as known (repeatable)
  --max-document-size N        Analyse larger documents only structurally (default: 1000000)
  --explain                    Print a plain-language summary of who can assume each role
  --fix                        Apply every preferred quick fix to the files in place
  --quiet                      Report errors only
  --all-json                   In folders, lint every *.json file, not only the trust policies
  --list-rules                 List the rules with their ids and default severities
  --explain-rule ID            Print the rule's page: what it checks, why, and examples
  -h, --help                   Show this help
  -v, --version                Show the version

Exit status: 0 no error-severity finding, 1 at least one, 2 usage or I/O error.`;

function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} expects a positive whole number, got "${value}"`);
  return n;
}

/** `--name=value` as its name and inline value; any other argument as it is, with no inline value. */
export function splitOption(arg: string): { name: string; inline?: string } {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq >= 0 ? { name: arg.slice(0, eq), inline: arg.slice(eq + 1) } : { name: arg };
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const result: CliArgs = { paths: [], format: 'text', options: { ...DEFAULT_OPTIONS }, explain: false, fix: false, listRules: false, help: false, version: false, quiet: false, allJson: false };
  const accounts: string[] = [];
  const severities: Record<string, SeveritySetting> = {};
  const principals: string[] = [];
  const providers: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const { name: arg, inline } = splitOption(argv[i]);
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`${arg} expects a value`);
      return next;
    };
    switch (arg) {
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif' && f !== 'github') throw new UsageError(`--format must be text, json, sarif or github, got "${f}"`);
        result.format = f;
        break;
      }
      case '--account':
        for (const a of value().split(',').map((s) => s.trim()).filter(Boolean)) {
          if (!/^\d{12}$/.test(a)) throw new UsageError(`--account expects a 12-digit AWS account id, got "${a}"`);
          accounts.push(a);
        }
        break;
      case '--rule': {
        const spec = value();
        const eq = spec.lastIndexOf('=');
        const id = spec.slice(0, eq).trim();
        const sev = spec.slice(eq + 1).trim().toLowerCase();
        const normalised = sev === 'info' ? 'information' : sev;
        if (eq <= 0 || !isSeveritySetting(normalised)) throw new UsageError(`--rule expects ID=off|error|warning|information|hint, got "${spec}"`);
        severities[id] = normalised;
        break;
      }
      case '--size-quota': result.options.sizeQuota = positiveInt(arg, value()); break;
      case '--max-document-size': result.options.maxDocumentSize = positiveInt(arg, value()); break;
      case '--service-principal': principals.push(...value().split(',').map((s) => s.trim()).filter(Boolean)); break;
      case '--oidc-provider': providers.push(...value().split(',').map((s) => s.trim()).filter(Boolean)); break;
      case '--explain': result.explain = true; break;
      case '--fix': result.fix = true; break;
      case '--quiet': result.quiet = true; break;
      case '--all-json': result.allJson = true; break;
      case '--list-rules': result.listRules = true; break;
      case '--explain-rule': result.explainRule = value().trim(); break;
      case '-h': case '--help': result.help = true; break;
      case '-v': case '--version': result.version = true; break;
      case '--': result.paths.push(...argv.slice(i + 1)); i = argv.length; break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        result.paths.push(arg);
    }
  }
  result.options = { ...result.options, accounts, ruleSeverities: severities, extraServicePrincipals: principals, extraOidcProviders: providers };
  return result;
}
