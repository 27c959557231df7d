import type { MessageId } from './messages.en-US';

/**
 * The part of the page's translator that wording functions need (useMessages().t is one). Kept apart
 * from the React hook so that unit tests can word facts with the bare catalogue.
 */
export type Translate = (id: MessageId, values?: Record<string, string | number>) => string;
