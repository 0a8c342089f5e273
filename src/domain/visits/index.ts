export * from './days';
export * from './cutoffs';
export * from './slots';
export * from './bookings';
export * from './text';
export * from './bookingInput';
