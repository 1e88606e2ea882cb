import { runRule, type EntryInputs, type RuleKind, type RuleOf, type TextFinding } from '../../src/core';

/**
 * A table-driven rule tester, as textlint's: a rule's specification is a table of inputs it must
 * accept (no finding at all: neither a failure nor a doubt) and inputs it must refuse, each with the
 * findings it gives, in order, each matched as a subset (`toMatchObject`) and counted exactly. Every
 * case is one jest test, and the rule runs as its entry point runs it (`runRule`).
 *
 *   ruleTester.run('T3-1', T3_1, {
 *     valid: [{ name: 'the sample', input: { data: SAMPLE_REPORT } }],
 *     invalid: [{ name: '结转 one short', input: { data }, findings: [{ status: 'fail', difference: -1 }] }],
 *   });
 *
 * A field expected `undefined` must be absent from the finding.
 */

/** A finding's fields, each a value or a matcher (`expect.stringContaining(…)`). */
export type ExpectedFinding = { [F in keyof TextFinding]?: unknown };

export interface ValidCase<K extends RuleKind> {
  name: string;
  input: EntryInputs[K];
}

export interface InvalidCase<K extends RuleKind> extends ValidCase<K> {
  /** The findings, in order: each a subset of what the rule gives (its rule ID is added); values may be matchers. */
  findings: ExpectedFinding[];
}

export interface RuleSpec<K extends RuleKind> {
  valid: ValidCase<K>[];
  invalid: InvalidCase<K>[];
}

export const ruleTester = {
  run<K extends RuleKind>(name: string, rule: RuleOf<K>, spec: RuleSpec<K>): void {
    describe(`${name} (${rule.kind} rule: ${rule.title})`, () => {
      if (spec.valid.length) {
        describe('valid', () => {
          it.each(spec.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
            expect(runRule(rule, c.input).findings).toEqual([]);
          });
        });
      }
      if (spec.invalid.length) {
        describe('invalid', () => {
          it.each(spec.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
            const findings = runRule(rule, c.input).findings;
            // A field expected `undefined` is expected absent (no fix offered, nothing to fill).
            const absent = (f: ExpectedFinding) => Object.keys(f).filter((k) => f[k as keyof ExpectedFinding] === undefined);
            const present = (f: ExpectedFinding) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));
            expect(findings).toMatchObject(c.findings.map((f) => ({ rule: rule.id, ...present(f) })));
            expect(findings).toHaveLength(c.findings.length);
            findings.forEach((finding, i) => {
              for (const key of absent(c.findings[i])) expect({ [key]: finding[key as keyof TextFinding] }).toEqual({ [key]: undefined });
            });
          });
        });
      }
    });
  },
};
