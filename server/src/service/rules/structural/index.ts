// The structural rules, in reporting order (registered in ../index.ts).
import type { Rule } from '../../types';

export const structuralRules: readonly Rule[] = [
];
