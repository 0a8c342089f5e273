import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { functionNames } from '@domain/contract';

const root = path.resolve(__dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

interface Trigger {
  name: string;
  type: string;
  config: string;
}

describe('cloud function deployment configuration', () => {
  const rc = json('cloudbaserc.json') as { functions: { name: string; triggers?: Trigger[] }[] };

  it('deploys exactly the functions of the contract, each with an index.ts and a config.json', () => {
    expect(rc.functions.map((f) => f.name).sort()).toEqual([...functionNames].sort());
    for (const fn of functionNames) {
      expect(existsSync(path.join(root, 'cloudfunctions', fn, 'index.ts'))).toBe(true);
      expect(existsSync(path.join(root, 'cloudfunctions', fn, 'config.json'))).toBe(true);
    }
  });

  it('gives the notification function one timer: every minute, 7 fields, the same in both files', () => {
    const config = json('cloudfunctions/notification/config.json') as {
      permissions: { openapi: string[] };
      triggers: Trigger[];
    };
    expect(config.permissions.openapi).toContain('subscribeMessage.send');
    expect(config.triggers).toHaveLength(1);
    const [trigger] = config.triggers;
    expect(trigger).toMatchObject({ type: 'timer', config: '0 * * * * * *' });
    expect(trigger.config.split(' ')).toHaveLength(7);
    expect(rc.functions.find((f) => f.name === 'notification')?.triggers).toEqual(config.triggers);
  });

  it('puts no timer on the other functions (one trigger per function; one timer does all the jobs)', () => {
    for (const fn of functionNames.filter((f) => f !== 'notification')) {
      const config = json(`cloudfunctions/${fn}/config.json`) as { triggers?: Trigger[] };
      expect(config.triggers ?? []).toEqual([]);
      expect(rc.functions.find((f) => f.name === fn)?.triggers ?? []).toEqual([]);
    }
  });
});
