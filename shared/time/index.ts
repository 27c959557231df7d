export * from './format-times';
export * from './relative-day';
export * from './slot-lines';
