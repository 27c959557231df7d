/** One dependency the API cannot serve without; `check` rejects (or never settles) when it is down. */
export interface HealthProbe {
  /** The name a 503 reports (`storage`). */
  name: string;
  check(signal: AbortSignal): Promise<void>;
}
