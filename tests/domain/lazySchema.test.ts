import { z } from 'zod';
import { lazySchema } from '@domain/lazySchema';
import { slotSchema } from '@domain/visits/views';
import { stringLeaves } from '../support/schemaStrings';

/** src/domain/lazySchema.ts: a schema built at its first use (zod's z.lazy), parsing as the schema would. */
describe('lazySchema', () => {
  const built = () => z.object({ name: z.string().trim().min(2, '至少2个字'), age: z.number().int().optional() });

  it('builds nothing until first used, then once', () => {
    const build = jest.fn(built);
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.parse({ name: ' 张三 ' })).toEqual({ name: '张三' });
    schema.safeParse({});
    void schema.unwrap().shape;
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('parses, fails and reports like the schema it stands for', () => {
    const real = built();
    const lazy = lazySchema(built);
    for (const input of [{ name: '李四', age: 3 }, { name: 'x' }, { age: 1.5 }, null]) {
      expect(JSON.stringify(lazy.safeParse(input))).toEqual(JSON.stringify(real.safeParse(input)));
    }
    expect(z.toJSONSchema(lazy)).toEqual(z.toJSONSchema(real));
  });

  it('nests in other schemas and wraps like the schema; unwrap() gives the schema itself', () => {
    const lazy = lazySchema(built);
    expect(lazy.unwrap()).toBeInstanceOf(z.ZodObject);
    expect(lazy.optional().parse(undefined)).toBeUndefined();
    expect(lazy.unwrap().extend({ city: z.string() }).parse({ name: '王五', city: '济宁' })).toEqual({
      name: '王五',
      city: '济宁',
    });
    const outer = z.object({ people: z.array(lazy), lead: lazy.nullable() });
    expect(outer.parse({ people: [{ name: '赵六' }], lead: null })).toEqual({ people: [{ name: '赵六' }], lead: null });
    expect(outer.safeParse({ people: [{ name: 'x' }], lead: null }).error?.issues[0]).toMatchObject({
      path: ['people', 0, 'name'],
      message: '至少2个字',
    });
    expect(Object.keys(lazy.unwrap().shape)).toEqual(['name', 'age']);
  });

  it('keeps the text declarations of the schema it stands for (a lazy view still declares every string)', () => {
    const leaves = stringLeaves(slotSchema);
    expect(leaves.map(({ path }) => path)).toContain('cadreName');
  });
});
