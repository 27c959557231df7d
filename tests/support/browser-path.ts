import { existsSync } from 'node:fs';

/** Where the end-to-end tests find Chromium: CHROMIUM_PATH, else Debian's package. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function chromiumPresent(): boolean {
  return existsSync(chromiumPath());
}
