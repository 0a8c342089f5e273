export * from './categories';
export * from './states';
export * from './transitions';
export * from './reopen';
export * from './textMasking';
export * from './similarity';
export * from './rateLimits';
export * from './text';
