import { z } from 'zod';
import { contract, functionNames, type FunctionSpec } from '@domain/contract';
import { contactText, fixedText, freeJson, freeText, textKindOf } from '@domain/textFields';
import { stringLeaves, type StringLeaf } from '../support/schemaStrings';

const outputs = functionNames.flatMap((fn) =>
  Object.entries(contract[fn] as FunctionSpec).map(([action, spec]) => ({
    name: `${fn}.${action}`,
    output: spec.output,
  })),
);

function undeclared(leaves: StringLeaf[]): string[] {
  return leaves.filter((leaf) => textKindOf(leaf.schema) === undefined).map((leaf) => leaf.path);
}

const sensitive = '联系138 1234 5678，身份证370102199001011234，车牌鲁H12345';

describe('one rule decides masking for every string an answer carries', () => {
  it('finds every string of every answer, through arrays, nullables, defaults, unions and records', () => {
    const schema = z.object({
      a: z.string(),
      b: z.array(z.object({ c: z.string().nullable() })),
      d: z.union([z.string(), z.number()]).optional(),
      e: z.record(z.string(), z.string()).default({}),
      f: z.number(),
    });
    expect(stringLeaves(schema).map((l) => l.path)).toEqual(['a', 'b[].c', 'd', 'e{}']);
  });

  it.each(outputs.map((o) => [o.name, o.output] as const))(
    '%s declares what each of its strings holds',
    (_n, output) => {
      expect(undeclared(stringLeaves(output))).toEqual([]);
    },
  );

  it('fails an answer that adds a string without saying what it holds', () => {
    const careless = z.object({
      title: freeText(),
      newField: z.string(),
      when: fixedText(),
      extra: z.record(z.string(), z.unknown()),
      audit: z.record(z.string(), freeJson()),
    });
    expect(undeclared(stringLeaves(careless))).toEqual(['newField', 'extra{}']);
  });

  it('masks every free-text field of every answer as the answer is parsed', () => {
    let freeFields = 0;
    for (const { output } of outputs) {
      for (const leaf of stringLeaves(output).filter((l) => textKindOf(l.schema) === 'free')) {
        freeFields += 1;
        const parsed = leaf.schema.parse(sensitive);
        expect(parsed).toBe('联系138****5678，身份证3701**********1234，车牌鲁H·***45');
      }
    }
    // Titles, bodies, comments, reasons, minutes, actions, places, names, records, inbox texts...
    expect(freeFields).toBeGreaterThan(100);
  });

  it('masks every string inside a value of unknown shape (audit snapshots)', () => {
    expect(freeJson().parse({ minutes: sensitive, actions: [{ owner: '物业13812345678' }], count: 2 })).toEqual({
      minutes: '联系138****5678，身份证3701**********1234，车牌鲁H·***45',
      actions: [{ owner: '物业138****5678' }],
      count: 2,
    });
  });

  it('leaves contact and fixed strings to their own rules (canSeeContact; never free words)', () => {
    expect(contactText().parse('13812345678')).toBe('13812345678');
    expect(fixedText().parse('2026-12-05')).toBe('2026-12-05');
  });
});
