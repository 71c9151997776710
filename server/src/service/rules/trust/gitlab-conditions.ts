// gitlab-conditions: a gitlab.com OIDC trust should pin the project in sub (project_path:GROUP/PROJECT:...) and test aud.
import type { Rule } from '../../types';
import { docs } from '../docs';
import { checkCiProvider, fixCiProvider, type CiProvider } from './ci-subject';

const gitlab: CiProvider = { kind: 'gitlab', label: 'GitLab CI', firstClaim: 'project_path', example: 'project_path:GROUP/PROJECT:ref_type:branch:ref:main', scopeWide: 'every project of the group' };

export const gitlabConditions: Rule = {
  id: 'gitlab-conditions',
  defaultSeverity: 'warning',
  description: 'A gitlab.com OIDC principal should require a sub naming the project (project_path:GROUP/PROJECT:...) and an aud.',
  docsUrl: docs.oidc,
  check: (ctx) => checkCiProvider(ctx, gitlab),
  fix: fixCiProvider,
};
