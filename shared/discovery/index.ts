/** Peer discovery: whom to start peer 1:1s with, at what cadence, with which goal and prompts. */
export * from './roles';
export * from './cadence';
export * from './cadence-reason-facts';
export * from './goals';
export * from './suggestion-schema';
export * from './peer-ranker';
export * from './question-bank';
export * from './guidance-schemas';
export * from './search-eligibility';
export * from './hours-ranking';
