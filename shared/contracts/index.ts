import { guidanceOperations } from './guidance-operations';
import { healthOperations } from './health-operations';
import { meOperations } from './me-operations';
import { noteOperations } from './note-operations';
import type { Operation } from './operation';
import { peerOperations } from './peer-operations';
import { relationshipOperations } from './relationship-operations';
import { sharedItemOperations } from './shared-item-operations';
import { slotOperations } from './slot-operations';

/**
 * Every operation of the API, by name. The functions route table, the add-in's client and the
 * OpenAPI document are all derived from this one table.
 */
export const operations = {
  ...meOperations,
  ...peerOperations,
  ...relationshipOperations,
  ...sharedItemOperations,
  ...noteOperations,
  ...guidanceOperations,
  ...slotOperations,
  ...healthOperations,
};
export type Operations = typeof operations;
export type OperationName = keyof Operations;

export const operationList: ReadonlyArray<Operation> = Object.values(operations);

export * from './operation';
export * from './pagination';
export { operationPath, queryString } from './operation-url';
