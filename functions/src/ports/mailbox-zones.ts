/**
 * A colleague's mailbox time zone, read with the app's own identity (a signed-in user cannot read
 * another person's mailbox settings). Null when Graph has none or cannot say.
 */
export interface MailboxZones {
  zoneOf(tenantId: string, userId: string): Promise<string | null>;
}
