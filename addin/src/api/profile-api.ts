import { profileSchema } from '../../../shared/model/profile';
import { apiRequest } from './api-client';

export const fetchProfile = (signal: AbortSignal) => apiRequest('/me', profileSchema, { signal });
