import { operations as op } from '../../../shared/contracts';
import type { BodyInputOf } from '../../../shared/contracts/operation';
import { callOperation } from './api-client';

export async function findSlots(request: BodyInputOf<typeof op.findSlots>) {
  return (await callOperation(op.findSlots, { body: request })).data;
}
