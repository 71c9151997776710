// The trust rules, in reporting order (registered in ../index.ts).
import type { Rule } from '../../types';

export const trustRules: readonly Rule[] = [
];
