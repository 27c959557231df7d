import { z } from 'zod';
import { describeIssues, type ApiConfig } from './api-config';

const url = z.string().url();
const storageSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('connection-string'), connectionString: z.string().min(1), tablePrefix: z.string() }),
  z.object({
    mode: z.literal('identity'),
    accountUrl: url,
    managedIdentityClientId: z.string().min(1).optional(),
    tablePrefix: z.string(),
  }),
]);

/** The parsed configuration's own shape, checked again however it was built (environment or code). */
const apiConfigSchema = z.object({
  auth: z.object({
    issuers: z.array(z.string().min(1)).min(1),
    jwksUri: url,
    audiences: z.array(z.string().min(1)).min(1),
    allowedTenants: z.union([z.literal('*'), z.array(z.string().min(1)).min(1)]),
    requiredScope: z.string().min(1),
  }),
  graph: z
    .object({
      baseUrl: url,
      tokenMode: z.enum(['passthrough', 'obo']),
      maxRetries: z.number().int().min(0).max(10),
      clientId: z.string().min(1).optional(),
      clientSecret: z.string().min(1).optional(),
      authorityHost: url,
      app: z.object({ clientId: z.string().min(1), clientSecret: z.string().min(1) }).optional(),
    })
    .refine((g) => g.tokenMode !== 'obo' || (g.clientId && g.clientSecret), {
      message: 'clientId and clientSecret are required when tokenMode is obo',
      path: ['clientId'],
    }),
  storage: storageSchema,
  teamsAppId: z.string().min(1),
  limits: z
    .object({
      storageDeadlineMs: z.number().int().min(1).optional(),
      graphDeadlineMs: z.number().int().min(1).optional(),
      writes: z.object({ capacity: z.number().int().min(1), refillMs: z.number().int().min(1) }).optional(),
    })
    .optional(),
  webOrigins: z.array(z.string().regex(/^https?:\/\/[^/]+$/, 'an origin: scheme://host[:port]')).optional(),
  telemetry: z.object({ userHashSalt: z.string().min(1) }).optional(),
  health: z.object({ storageDeadlineMs: z.number().int().min(100).max(30_000) }).optional(),
});

/** Throws naming the setting (e.g. `storage.connectionString: …`) so start-up stops before serving. */
export function validateApiConfig(config: ApiConfig): ApiConfig {
  const parsed = apiConfigSchema.safeParse(config);
  if (!parsed.success) throw new Error(`Invalid API configuration: ${describeIssues(parsed.error)}`);
  return config;
}
