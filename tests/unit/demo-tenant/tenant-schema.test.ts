/* eslint-disable @typescript-eslint/no-explicit-any -- tests probe Graph-shaped JSON field by field */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTenant, TenantFileError } from '../../../dev/demo-tenant/tenant-schema';
import { parseTenantFile } from '../../../dev/demo-tenant/tenant-file';

const samplePath = fileURLToPath(new URL('../../../dev/demo-tenant/sample-tenant.json', import.meta.url));
const sample = (): Record<string, any> => JSON.parse(readFileSync(samplePath, 'utf8'));

function problemsOf(input: unknown): string[] {
  try {
    parseTenant(input);
  } catch (e) {
    if (e instanceof TenantFileError) return e.problems;
    throw e;
  }
  return [];
}

describe('tenant file', () => {
  it('accepts the sample tenant with 4 users and a few events', async () => {
    const t = await parseTenantFile(samplePath);
    expect(t.users).toHaveLength(4);
    expect(t.events.length).toBeGreaterThanOrEqual(3);
  });

  it('names a missing field by its path', () => {
    const t = sample();
    delete t.users[3].timeZone;
    expect(problemsOf(t)).toEqual(['users[3].timeZone: Required']);
  });

  it('rejects references to unknown users and duplicate mails', () => {
    const t = sample();
    t.users[1].managerId = 'nobody';
    t.events[0].attendeeIds.push('ghost');
    t.users[2].mail = t.users[0].mail.toUpperCase();
    const problems = problemsOf(t);
    expect(problems).toContain("users[1].managerId: unknown user 'nobody'");
    expect(problems).toContain("events[0].attendeeIds[2]: unknown user 'ghost'");
    expect(problems.some((p) => p.startsWith('users[2].mail: duplicate mail'))).toBe(true);
  });

  it('rejects bad values: showAs outside the enum, a date without offset, weekly without days', () => {
    const t = sample();
    t.events[2].showAs = 'maybe';
    t.events[3].start = '2026-12-21T00:00:00';
    delete t.events[0].recurrence.pattern.daysOfWeek;
    const paths = problemsOf(t).map((p) => p.split(':')[0]);
    expect(paths).toEqual(
      expect.arrayContaining(['events[2].showAs', 'events[3].start', 'events[0].recurrence.pattern.daysOfWeek']),
    );
  });

  it('reports invalid JSON text and unreadable files clearly', async () => {
    expect(problemsOf('{ not json')[0]).toMatch(/not valid JSON/);
    await expect(parseTenantFile(`${samplePath}.missing`)).rejects.toThrow(/cannot read/);
  });
});
