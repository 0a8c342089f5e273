import { contract, functionNames, type FunctionSpec } from '@domain/contract';
import { textKindOf } from '@domain/textFields';
import { declaredValues, stringLeaves } from '../support/schemaStrings';
import { engines } from '../support/storages';
import { unreachable } from './freeTextUnreachable';
import { ORDER_PHONE, orderContactReaders } from './freeTextServiceScene';
import { CONTACT_PHONE, queryInputs, setup, writeSecretsEverywhere } from './freeTextScene';
import { caseworkReaders } from './freeTextCaseworkScene';

/**
 * One rule masks every free text one person writes and another reads. This test writes a phone
 * number, an 18-digit ID and a plate (split and disguised as people do) into every free-text
 * input of every command, then reads every query as every kind of reader and proves that none of
 * the raw numbers comes back anywhere, and that every free-text field of every answer it could
 * reach was seen masked. A new query, or a free-text field no scenario reaches, fails it.
 */

/** Each raw number, compacted: found in an answer even if it came back split or disguised. */
const RAW = ['13912345678', '370102199001011234', 'H12345'];

const readers = [
  'u-resident-zhang',
  'u-resident-li',
  'u-resident-wang',
  'u-cadre-liu',
  'u-committee-chen',
  'u-committee-zhao',
  'u-admin',
  ...caseworkReaders,
];
/** Who may see 张桂兰's booking phone: herself, the assigned cadre's reveal, the committee. */
const contactReaders = new Set(['u-resident-zhang', 'u-cadre-liu', 'u-committee-chen']);

const everyQuery = functionNames.flatMap((fn) =>
  Object.entries(contract[fn] as FunctionSpec)
    .filter(([, spec]) => spec.kind === 'query')
    .map(([action, spec]) => ({ fn, action, spec, name: `${fn}.${action}` })),
);

/** Every free-text field of every query's answer, as `fn.action:path`. */
const freeFields = new Set(
  everyQuery.flatMap((q) =>
    stringLeaves(q.spec.output)
      .filter((leaf) => textKindOf(leaf.schema) === 'free')
      .map((leaf) => `${q.name}:${leaf.path}`),
  ),
);

const compact = (text: string) => text.replace(/[^0-9A-Za-z]/g, '');

describe.each(engines)('every free text is masked for every reader on %s', (engine) => {
  it('writes numbers into every free-text input, and no answer to anyone gives them back', async () => {
    const env = await setup(engine);
    const ids = await writeSecretsEverywhere(env);
    const inputs = queryInputs(ids);
    expect(Object.keys(inputs).sort()).toEqual(everyQuery.map((q) => q.name).sort());
    const seenMasked = new Set<string>();
    const leaks: string[] = [];
    for (const reader of readers) {
      for (const query of everyQuery) {
        for (const input of inputs[query.name]) {
          const answer = await env.as(reader)(query.fn, query.action, input);
          if (!answer.ok) continue; // a reader this query refuses learns nothing
          const text = compact(JSON.stringify(answer.data));
          for (const raw of RAW) if (text.includes(raw)) leaks.push(`${reader} ${query.name} ${raw}`);
          if (!contactReaders.has(reader) && text.includes(CONTACT_PHONE)) {
            leaks.push(`${reader} ${query.name} contact phone`);
          }
          if (!orderContactReaders.has(reader) && text.includes(ORDER_PHONE)) {
            leaks.push(`${reader} ${query.name} order phone`);
          }
          for (const { path, value } of declaredValues(query.spec.output, answer.data)) {
            if (JSON.stringify(value).includes('****')) seenMasked.add(`${query.name}:${path}`);
          }
        }
      }
    }
    expect(leaks).toEqual([]);
    // The list of unreachable fields stays honest: each is a real free field the scene did not reach.
    for (const field of unreachable.keys())
      expect({ field, real: freeFields.has(field), seen: seenMasked.has(field) }).toEqual({
        field,
        real: true,
        seen: false,
      });
    const neverSeen = [...freeFields].filter((field) => !seenMasked.has(field) && !unreachable.has(field));
    expect(neverSeen.sort()).toEqual([]);
  }, 30_000); // every reader reads every query: on a loaded 2-core machine this outgrows jest's 5 s
});
