export * from './quietHours';
export * from './backoff';
export * from './digest';
export * from './templateText';
export * from './reminderSchedule';
export * from './kinds';
export * from './templates';
export * from './views';
