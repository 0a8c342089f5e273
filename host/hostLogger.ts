import type { Logger } from '../cloudfunctions/lib/ports/logger';

/** Readable one-line logs for a person watching `npm start`. */
export function hostLogger(quiet = false): Logger {
  const line = (level: string, event: string, fields?: Record<string, unknown>) => {
    const time = new Date().toISOString().slice(11, 19);
    const details = fields
      ? Object.entries(fields)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
          .join(' ')
      : '';
    return `${time} ${level.padEnd(5)} ${event} ${details}`.trimEnd();
  };
  return {
    info: (event, fields) => {
      if (!quiet) console.log(line('info', event, fields));
    },
    warn: (event, fields) => console.warn(line('warn', event, fields)),
    error: (event, fields) => console.error(line('error', event, fields)),
  };
}
