// The reference rules, in reporting order (registered in ../index.ts).
import type { Rule } from '../../types';

export const referenceRules: readonly Rule[] = [
];
