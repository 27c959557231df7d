import { z } from 'zod';

/**
 * Everything that differs between the demo stack and a real tenant. Read once from the environment
 * (Azure app settings or the dev host), never from code edits.
 */
export interface ApiConfig {
  auth: {
    /** Accepted `iss` values; `{tenantid}` stands for the token's own `tid` (multi-tenant Entra). */
    issuers: string[];
    /** JWKS endpoint; `{tenantid}` is substituted the same way. */
    jwksUri: string;
    audiences: string[];
    /** Tenants allowed to call the API; `*` allows any. */
    allowedTenants: string[] | '*';
    /** Scope every delegated token must carry. */
    requiredScope: string;
  };
  graph: {
    baseUrl: string;
    /** `passthrough`: the demo tenant accepts the API token itself; `obo`: on-behalf-of via MSAL. */
    tokenMode: 'passthrough' | 'obo';
    maxRetries: number;
    /** The API's own Entra app, for on-behalf-of and app-only tokens (obo mode). */
    clientId?: string;
    clientSecret?: string;
    authorityHost: string;
    /** App-only credentials (client credentials) for timer jobs; absent: jobs cannot reach Graph. */
    app?: { clientId: string; clientSecret: string };
  };
  storage: StorageConfig;
  /** The Teams app id, for deep links in activity notifications. */
  teamsAppId: string;
  /** Edge limits and dependency deadlines; absent parts take the defaults in `edgeLimitsOf`. */
  limits?: EdgeLimits;
  /** Web origins allowed to call the API from a browser (CORS); absent or empty: same origin only. */
  webOrigins?: string[];
  /** Telemetry settings; absent means a per-site default salt. */
  telemetry?: { userHashSalt: string };
  /** How long `GET /api/health` waits for storage before answering 503 (default 2,000 ms). */
  health?: { storageDeadlineMs: number };
}

export interface EdgeLimits {
  /** Deadline for one storage call, retries included (default 5 s). */
  storageDeadlineMs?: number;
  /** Deadline for one Graph call, retries and Retry-After waits included (default 10 s). */
  graphDeadlineMs?: number;
  /** Per-caller write bucket on this instance; absent: no per-caller limit (the dev stack). */
  writes?: { capacity: number; refillMs: number };
}

export const DEFAULT_STORAGE_DEADLINE_MS = 5_000;
export const DEFAULT_GRAPH_DEADLINE_MS = 10_000;

/**
 * Which storage credentials are in force: a connection string (Azurite, or keys), or the app's
 * managed identity against the account URL (no keys; `managedIdentityClientId` for a user-assigned one).
 */
export type StorageConfig = { tablePrefix: string } & (
  | { mode: 'connection-string'; connectionString: string }
  | { mode: 'identity'; accountUrl: string; managedIdentityClientId?: string }
);

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

const envSchema = z.object({
  AUTH_ISSUERS: z.string().min(1, 'AUTH_ISSUERS is required (comma-separated issuer URLs)'),
  AUTH_JWKS_URI: z.string().url('AUTH_JWKS_URI must be a URL'),
  AUTH_AUDIENCES: z.string().min(1, 'AUTH_AUDIENCES is required'),
  AUTH_ALLOWED_TENANTS: z.string().default('*'),
  AUTH_REQUIRED_SCOPE: z.string().default('access_as_user'),
  GRAPH_BASE_URL: z.string().url().default('https://graph.microsoft.com'),
  GRAPH_TOKEN_MODE: z.enum(['passthrough', 'obo']).default('obo'),
  GRAPH_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  GRAPH_CLIENT_ID: z.string().optional(),
  GRAPH_CLIENT_SECRET: z.string().optional(),
  GRAPH_AUTHORITY_HOST: z.string().url().default('https://login.microsoftonline.com'),
  /** App-only credentials for jobs; default to GRAPH_CLIENT_ID / GRAPH_CLIENT_SECRET. */
  GRAPH_APP_CLIENT_ID: z.string().optional(),
  GRAPH_APP_CLIENT_SECRET: z.string().optional(),
  STORAGE_CONNECTION_STRING: z.string().optional(),
  STORAGE_ACCOUNT_URL: z
    .string()
    .url('STORAGE_ACCOUNT_URL must be a URL, e.g. https://<account>.table.core.windows.net')
    .optional(),
  /** Client id of a user-assigned managed identity (the variable DefaultAzureCredential reads). */
  AZURE_CLIENT_ID: z.string().optional(),
  AzureWebJobsStorage: z.string().optional(),
  TEAMS_APP_ID: z.string().default('peer-1on1s'),
  WEB_ORIGINS: z.string().default(''),
  STORAGE_DEADLINE_MS: z.coerce.number().int().min(100).max(60_000).default(DEFAULT_STORAGE_DEADLINE_MS),
  GRAPH_DEADLINE_MS: z.coerce.number().int().min(100).max(120_000).default(DEFAULT_GRAPH_DEADLINE_MS),
  WRITE_RATE_CAPACITY: z.coerce.number().int().min(1).max(10_000).default(30),
  WRITE_RATE_REFILL_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  /** Secret salt for the user-id hash in telemetry (kept in Key Vault in Azure). */
  TELEMETRY_USER_HASH_SALT: z.string().min(16, 'TELEMETRY_USER_HASH_SALT must be at least 16 characters').optional(),
  WEBSITE_SITE_NAME: z.string().optional(),
  HEALTH_STORAGE_DEADLINE_MS: z.coerce.number().int().min(100).max(30_000).default(2_000),
  TABLE_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,20}$/)
    .default(''),
});

/** Reads the configuration from environment variables; a bad value throws naming the variable. */
export function apiConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid API configuration: ${describeIssues(parsed.error)}`);
  }
  const e = parsed.data;
  if (e.GRAPH_TOKEN_MODE === 'obo' && (!e.GRAPH_CLIENT_ID || !e.GRAPH_CLIENT_SECRET)) {
    throw new Error(
      'Invalid API configuration: GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET are required when GRAPH_TOKEN_MODE=obo',
    );
  }
  if (e.STORAGE_CONNECTION_STRING && e.STORAGE_ACCOUNT_URL) {
    throw new Error(
      'Invalid API configuration: set STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL (managed identity), not both',
    );
  }
  const tenants = list(e.AUTH_ALLOWED_TENANTS);
  return {
    auth: {
      issuers: list(e.AUTH_ISSUERS),
      jwksUri: e.AUTH_JWKS_URI,
      audiences: list(e.AUTH_AUDIENCES),
      allowedTenants: tenants.includes('*') ? '*' : tenants,
      requiredScope: e.AUTH_REQUIRED_SCOPE,
    },
    graph: {
      baseUrl: e.GRAPH_BASE_URL,
      tokenMode: e.GRAPH_TOKEN_MODE,
      maxRetries: e.GRAPH_MAX_RETRIES,
      ...(e.GRAPH_CLIENT_ID ? { clientId: e.GRAPH_CLIENT_ID } : {}),
      ...(e.GRAPH_CLIENT_SECRET ? { clientSecret: e.GRAPH_CLIENT_SECRET } : {}),
      authorityHost: e.GRAPH_AUTHORITY_HOST,
      ...appCredentials(e),
    },
    teamsAppId: e.TEAMS_APP_ID,
    limits: {
      storageDeadlineMs: e.STORAGE_DEADLINE_MS,
      graphDeadlineMs: e.GRAPH_DEADLINE_MS,
      writes: { capacity: e.WRITE_RATE_CAPACITY, refillMs: e.WRITE_RATE_REFILL_MS },
    },
    webOrigins: list(e.WEB_ORIGINS),
    telemetry: { userHashSalt: e.TELEMETRY_USER_HASH_SALT ?? `site:${e.WEBSITE_SITE_NAME ?? 'local'}` },
    health: { storageDeadlineMs: e.HEALTH_STORAGE_DEADLINE_MS },
    storage: e.STORAGE_ACCOUNT_URL
      ? {
          mode: 'identity',
          accountUrl: e.STORAGE_ACCOUNT_URL,
          ...(e.AZURE_CLIENT_ID ? { managedIdentityClientId: e.AZURE_CLIENT_ID } : {}),
          tablePrefix: e.TABLE_PREFIX,
        }
      : {
          mode: 'connection-string',
          connectionString: e.STORAGE_CONNECTION_STRING ?? e.AzureWebJobsStorage ?? 'UseDevelopmentStorage=true',
          tablePrefix: e.TABLE_PREFIX,
        },
  };
}

/** The one line start-up logs: which storage credentials are in force (never the secret itself). */
export function describeStorageMode(storage: StorageConfig): string {
  if (storage.mode === 'identity') {
    const who = storage.managedIdentityClientId
      ? `user-assigned identity ${storage.managedIdentityClientId}`
      : 'managed identity';
    return `Storage: ${who} at ${storage.accountUrl} (STORAGE_ACCOUNT_URL)`;
  }
  const endpoint = /TableEndpoint=([^;]+)/i.exec(storage.connectionString)?.[1];
  const where = /UseDevelopmentStorage=true/i.test(storage.connectionString)
    ? 'Azurite (development storage)'
    : (endpoint ?? 'the account in the connection string');
  return `Storage: connection string to ${where}`;
}

function appCredentials(e: z.infer<typeof envSchema>): Pick<ApiConfig['graph'], 'app'> {
  const clientId = e.GRAPH_APP_CLIENT_ID ?? e.GRAPH_CLIENT_ID;
  const clientSecret = e.GRAPH_APP_CLIENT_SECRET ?? e.GRAPH_CLIENT_SECRET;
  return clientId && clientSecret ? { app: { clientId, clientSecret } } : {};
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}
