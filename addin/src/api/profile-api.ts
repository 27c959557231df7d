import { operations as op } from '../../../shared/contracts';
import { callOperation } from './api-client';

export const fetchProfile = (signal: AbortSignal) => callOperation(op.getMe, { signal });

export const exportMyData = (signal?: AbortSignal) => callOperation(op.exportMyData, signal ? { signal } : {});

export async function deleteMyData() {
  return (await callOperation(op.deleteMyData, {})).data;
}
