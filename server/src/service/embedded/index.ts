// The host formats that can hold trust policies; a new format is one module added here.
import type { HostFormat } from './types';
import { cloudFormationFormat } from './cloudformation';

export const hostFormats: readonly HostFormat[] = [cloudFormationFormat];
export { createHostAwareService, type HostAwareService, type EmbeddedPolicy, HOST_SYNTAX } from './host-service';
export { looksLikeTemplate } from './cloudformation';
