/** Current time as UTC milliseconds. Tests control it; production reads the system clock. */
export interface Clock {
  now(): number;
}
