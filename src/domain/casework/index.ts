export * from './holders';
export * from './sla';
export * from './workingHours';
export * from './states';
export * from './transitions';
export * from './guards';
export * from './routing';
export * from './handoffText';
