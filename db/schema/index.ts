export * from './auth';
export * from './catalog';
export * from './commerce';
export * from './events';
export * from './learning';
export * from './models';
export * from './moderation';
export * from './users';
