// The host formats that can hold trust policies; a new format is one module added here.
import type { HostFormat } from './types';
import { cloudFormationFormat } from './cloudformation';
import { terraformFormat, terraformJsonFormat } from './terraform';

export const hostFormats: readonly HostFormat[] = [cloudFormationFormat, terraformFormat, terraformJsonFormat];
/** Loads the Terraform parser (wasm); the server and the CLI await it before reading .tf files. */
export { initTerraform, terraformFormat } from './terraform';
export { createHostAwareService, type HostAwareService, type EmbeddedPolicy, HOST_SYNTAX } from './host-service';
export { looksLikeTemplate } from './cloudformation';
