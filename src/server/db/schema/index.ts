// Every table of the service, for Drizzle's client and for drizzle-kit (migrations are generated from this).
export * from './auth';
export * from './audit';
export * from './rate-limits';
export * from './jobs';
export * from './counselling';
export * from './signups';
export * from './newsletter';
export * from './records';
