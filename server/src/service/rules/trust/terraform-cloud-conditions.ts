// terraform-cloud-conditions: an app.terraform.io trust should pin organization, project and workspace in sub and test aud.
import type { Rule } from '../../types';
import { docs } from '../docs';
import { checkCiProvider, fixCiProvider, type CiProvider } from './ci-subject';

const terraform: CiProvider = { kind: 'terraform', label: 'HCP Terraform', firstClaim: 'organization', example: 'organization:ORG:project:PROJECT:workspace:WORKSPACE:run_phase:*', scopeWide: 'every workspace of the organization' };

export const terraformCloudConditions: Rule = {
  id: 'terraform-cloud-conditions',
  defaultSeverity: 'warning',
  description: 'An app.terraform.io OIDC principal should require a sub naming organization, project and workspace, and an aud.',
  docsUrl: docs.oidc,
  check: (ctx) => checkCiProvider(ctx, terraform),
  fix: fixCiProvider,
};
