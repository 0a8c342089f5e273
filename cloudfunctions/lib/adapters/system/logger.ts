import type { Logger } from '../../ports/logger';

/** One JSON object per line: what a deployed function writes to CloudBase's log. */
export const jsonLogger: Logger = {
  info: (event, fields) => console.log(JSON.stringify({ level: 'info', event, ...fields })),
  warn: (event, fields) => console.warn(JSON.stringify({ level: 'warn', event, ...fields })),
  error: (event, fields) => console.error(JSON.stringify({ level: 'error', event, ...fields })),
};

/** Says nothing: tests and benchmarks. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
