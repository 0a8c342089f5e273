import { spawn } from 'node:child_process';
import path from 'node:path';

/** One call as CloudBase makes it: the event `callFunction` sends, from a WeChat user. */
export interface BuiltCall {
  fn: string;
  action: string;
  data?: unknown;
  openid: string;
  /** A command's idempotency key. */
  requestId?: string;
}

/**
 * Runs calls, in order, through built bundles (`<dir>/<fn>/index.js`) in a fresh Node process
 * with `env`, as CloudBase runs a deployed function: `require` the bundle, then `main(event,
 * context)` with the caller's identity in the context. Returns each call's answer (the envelope).
 */
export function callBuiltFunctions(dir: string, env: Record<string, string>, calls: BuiltCall[]): Promise<unknown[]> {
  const driver = `
    const calls = ${JSON.stringify(calls)};
    (async () => {
      const answers = [];
      for (const { fn, action, data, openid, requestId } of calls) {
        const { main } = require(${JSON.stringify(path.resolve(dir))} + '/' + fn + '/index.js');
        const context = { environment: JSON.stringify({ WX_OPENID: openid, WX_APPID: 'wx-test-app' }) };
        answers.push(await main({ action, data, requestId }, context));
      }
      process.stdout.write('\\nANSWERS ' + JSON.stringify(answers) + '\\n');
    })();`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', driver], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = stdout.split('\n').find((text) => text.startsWith('ANSWERS '));
      if (code !== 0 || !line) reject(new Error(`built functions exited ${code}: ${stderr}`));
      else resolve(JSON.parse(line.slice('ANSWERS '.length)) as unknown[]);
    });
  });
}
