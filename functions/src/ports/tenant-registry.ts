export interface TenantRecord {
  tenantId: string;
  registeredAt: number;
  /** The instant the last reminders pass for the tenant finished: the next pass reads from there. */
  lastReminderPassAt?: number;
}

/** The tenants that have used the app: what the jobs walk. */
export interface TenantRegistry {
  /** Idempotent; call it on every sign-in (the adapter remembers tenants it has written). */
  registerTenant(tenantId: string, now?: number): Promise<void>;
  listTenants(): Promise<TenantRecord[]>;
  markReminderPass(tenantId: string, at: number): Promise<void>;
}
