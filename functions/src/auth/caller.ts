/** Who is calling, as proven by a validated access token. Context from a host is never trusted. */
export interface Caller {
  tenantId: string;
  userId: string;
  name?: string;
  username?: string;
  /** The raw bearer token, kept only to reach Graph on the caller's behalf. */
  token: string;
}
