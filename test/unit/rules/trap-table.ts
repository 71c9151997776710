// Trap cases: correct policies that a naive version of a rule would flag. Each area lists at least one per rule.
import assert from 'node:assert/strict';
import { doc, service } from '../../support/fixture';
import type { Rule } from '../../../server/src/service/types';

export interface Trap {
  rule: string;
  /** What a naive rule would get wrong here. */
  naive: string;
  /** Statements of a 2012-10-17 policy (or a whole policy when `policy` is set). */
  statements?: object[];
  policy?: object;
}

const ROLE = { AWS: 'arn:aws:iam::111122223333:role/Admin' };

/** An Allow sts:AssumeRole statement for the Admin role of the own account, with a Condition. */
export const allowWith = (condition: object, extra: object = {}): object => ({ Effect: 'Allow', Principal: ROLE, Action: 'sts:AssumeRole', Condition: condition, ...extra });

/** Registers one test per trap (the rule must stay silent) and one that every rule of the area has a trap. */
export function describeTraps(area: string, rules: readonly Rule[], traps: readonly Trap[]): void {
  describe(`${area} rules on their traps`, () => {
    it('every rule of the area has at least one trap', () => {
      const missing = rules.map((r) => r.id).filter((id) => !traps.some((t) => t.rule === id));
      assert.deepEqual(missing, []);
    });
    for (const trap of traps) {
      it(`${trap.rule}: ${trap.naive}`, () => {
        assert.ok(rules.some((r) => r.id === trap.rule), `${trap.rule} is not a ${area} rule`);
        const policy = trap.policy ?? { Version: '2012-10-17', Statement: trap.statements };
        const text = JSON.stringify(policy, null, 2);
        const found = service.validate(doc(text), { accounts: ['111122223333'] }).filter((d) => d.code === trap.rule);
        assert.deepEqual(found.map((d) => d.message), [], `trap raised ${trap.rule}:\n${text}`);
      });
    }
  });
}
