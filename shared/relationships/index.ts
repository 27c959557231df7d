/** The pure relationship domain: timeline, item rules, life cycle, peer eligibility. */
export * from './agenda-rules';
export * from './commitment-rules';
export * from './lifecycle';
export * from './lifecycle-effects';
export * from './lifecycle-record';
export * from './lifecycle-types';
export * from './meeting-rules';
export * from './meeting-timeline';
export * from './member-rules';
export * from './peer-eligibility';
export * from './relationship-patch';
export * from './relative-day';
