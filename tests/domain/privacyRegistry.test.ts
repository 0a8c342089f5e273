import { contract } from '@domain/contract';
import { z } from 'zod';
import { command, type ActionSpec } from '@domain/contract/define';
import { personalDataFields } from '@domain/privacy/fields';
import { personalData } from '@domain/privacy/registry';
import { retentionRules } from '@domain/privacy/retention';
import { freeText, textKindOf } from '@domain/textFields';
import { stringLeaves } from '../support/schemaStrings';

/**
 * WeChat switches off the APIs of an app whose privacy guide does not declare every datum it
 * collects, typed-in fields included. The guide is generated from src/domain/privacy/registry.ts,
 * so this test walks every command's input schema and fails on a field that holds personal data
 * and is declared nowhere in the registry.
 *
 * A field holds personal data when its schema says it holds a person's words or contact details
 * (freeText / contactText), or when its name says so: names, phones, places people live, photos,
 * and anything a person writes about themselves or others.
 */
const PERSONAL_FIELD_NAMES = new Set([
  'name',
  'phone',
  'address',
  'building',
  'gridId',
  'compoundId',
  'photos',
  'fileId',
  'fileIds',
  'idNumber',
  'title',
  'body',
  'topic',
  'text',
  'comment',
  'reason',
  'note',
  'seen',
  'heard',
  'solved',
  'suggested',
  'minutes',
  'agenda',
  'outcome',
  'response',
  'owner',
  'description',
  // The service function's (issue 14): what an order needs and where, a resident's words and
  // name, the consent of 红色代办, a volunteer's report, the evidence for honour hours.
  'details',
  'contactPhone',
  'thanks',
  'residentName',
  'consent',
  'workUnit',
  'skills',
  'availability',
  'evidence',
]);

type Functions = Record<string, Record<string, ActionSpec>>;

/** Queries store nothing: what they read is declared where it was written. */
function commandInputFields(
  functions: Functions = contract as unknown as Functions,
): { path: string; personal: boolean }[] {
  return Object.keys(functions).flatMap((fn) =>
    Object.entries(functions[fn])
      .filter(([, spec]) => spec.kind === 'command')
      .flatMap(([action, spec]) =>
        stringLeaves(spec.input).map((leaf) => {
          const fieldName = leaf.path.replace(/\[\]/g, '').split('.').pop() ?? '';
          const kind = textKindOf(leaf.schema);
          return {
            path: `${fn}.${action}:${leaf.path}`,
            personal: PERSONAL_FIELD_NAMES.has(fieldName) || kind === 'free' || kind === 'contact',
          };
        }),
      ),
  );
}

const declared = new Set(Object.values(personalDataFields).flat());

describe('privacy registry', () => {
  it('declares every command input that holds personal data', () => {
    const undeclared = commandInputFields()
      .filter((field) => field.personal && !declared.has(field.path))
      .map((field) => field.path);
    expect(undeclared).toEqual([]);
  });

  it('declares only fields the contract has (no stale entries)', () => {
    const fields = new Set(commandInputFields().map((field) => field.path));
    expect([...declared].filter((path) => !fields.has(path))).toEqual([]);
  });

  it('declares each field once, under one datum', () => {
    const all = Object.values(personalDataFields).flat();
    expect(all.filter((path, index) => all.indexOf(path) !== index)).toEqual([]);
  });

  it('gives every datum a purpose, an audience and a known retention rule', () => {
    for (const datum of personalData) {
      expect(datum.purpose.length).toBeGreaterThan(5);
      expect(datum.seenBy.length).toBeGreaterThan(3);
      expect(Object.keys(retentionRules)).toContain(datum.retention);
    }
    expect(new Set(personalData.map((datum) => datum.key)).size).toBe(personalData.length);
    const keys = personalData.map((datum) => datum.key);
    expect(Object.keys(personalDataFields).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('finds a personal field added to a command, by its name or by its text kind', () => {
    const added = command(() => ({
      summary: '新增的命令',
      roles: ['resident'],
      input: z.strictObject({ idNumber: z.string(), remark: freeText(), date: z.string() }),
      output: z.object({}),
    }));
    const fields = commandInputFields({ visit: { ...contract.visit, added } } as unknown as Functions);
    expect(fields.filter((field) => field.path.startsWith('visit.added:'))).toEqual([
      { path: 'visit.added:idNumber', personal: true },
      { path: 'visit.added:remark', personal: true },
      { path: 'visit.added:date', personal: false },
    ]);
  });
});
