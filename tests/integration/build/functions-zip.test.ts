import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobTable } from '../../../functions/src/jobs/job-table';
import { routeTable } from '../../../functions/src/routes/route-table';

/**
 * The Functions worker hands the app its `@azure/functions-core` module; without it the SDK switches
 * to test mode and skips every registration. This stand-in plays the worker's part in a clean folder:
 * it records what the bundle registers and prints it as JSON when the process exits.
 */
const WORKER_STAND_IN = `
const registered = [];
let model = null;
process.on('exit', () => process.stdout.write(JSON.stringify({ model, registered })));
module.exports = {
  setProgrammingModel(m) { model = { name: m.name, version: m.version }; },
  getProgrammingModel() { return model; },
  registerFunction(metadata, callback) {
    registered.push({ metadata, callbackType: typeof callback });
    return { dispose() {} };
  },
  registerHook() { return { dispose() {} }; },
  log() {},
};
`;

interface Registration {
  metadata: {
    name: string;
    bindings: Record<
      string,
      { type: string; direction: string; route?: string; methods?: string[]; schedule?: string }
    >;
  };
  callbackType: string;
}

let folder: string;
let unzipped: string[];

beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'package:functions'], { stdio: 'pipe' });
  folder = mkdtempSync(join(tmpdir(), 'peer1on1s-functions-zip-'));
  execFileSync('unzip', ['-q', join(process.cwd(), 'build/functions.zip'), '-d', folder]);
  unzipped = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
  const core = join(folder, 'node_modules', '@azure', 'functions-core');
  mkdirSync(core, { recursive: true });
  writeFileSync(join(core, 'index.js'), WORKER_STAND_IN);
  writeFileSync(join(core, 'package.json'), JSON.stringify({ name: '@azure/functions-core', main: 'index.js' }));
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The Values of functions/local.settings.sample.json: the settings the app needs to load. */
function sampleSettings(): Record<string, string> {
  const sample = JSON.parse(readFileSync(join(process.cwd(), 'functions/local.settings.sample.json'), 'utf8')) as {
    Values: Record<string, string>;
  };
  return sample.Values;
}

describe('build/functions.zip', () => {
  it('holds host.json and package.json at its root and the bundle named by package.json main', () => {
    expect(unzipped).toEqual(expect.arrayContaining(['host.json', 'package.json', join('dist', 'app.cjs')]));
    expect(unzipped.filter((name) => name.endsWith('.map'))).toEqual([]);
  });

  it('loads in a clean folder with node -e and registers every route and every job without errors', () => {
    const run = spawnSync(process.execPath, ['-e', "require('./' + require('./package.json').main)"], {
      cwd: folder,
      // The sample settings, as a fresh Function App would be given them; nothing else from this shell.
      env: { PATH: process.env.PATH ?? '', ...sampleSettings() },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { model, registered } = JSON.parse(run.stdout) as { model: { name: string }; registered: Registration[] };
    expect(model.name).toBe('@azure/functions');
    const http = registered.map(({ metadata, callbackType }) => {
      const trigger = Object.values(metadata.bindings).find((b) => b.direction === 'in')!;
      return {
        name: metadata.name,
        type: trigger.type,
        route: trigger.route,
        methods: trigger.methods,
        schedule: trigger.schedule,
        callbackType,
      };
    });
    const expected = routeTable.map((route) => ({
      name: route.operation.name,
      type: 'httpTrigger',
      route: route.operation.path,
      methods: [route.operation.method],
      callbackType: 'function',
    }));
    expect(expected.length).toBeGreaterThan(0);
    expect(http.filter((r) => r.type === 'httpTrigger').map(({ schedule: _s, ...r }) => r)).toEqual(expected);
    // Every job of the job table is a timer on its NCRONTAB schedule, and nothing else is registered.
    const timers = http.filter((r) => r.type === 'timerTrigger').map((r) => ({ name: r.name, schedule: r.schedule }));
    expect(timers).toEqual(jobTable.map((job) => ({ name: job.name, schedule: job.schedule })));
    expect(timers.map((t) => t.name)).toEqual(expect.arrayContaining(['reminders', 'lifecycle-effects']));
    expect(http).toHaveLength(expected.length + jobTable.length);
    for (const r of http) expect(r.callbackType, r.name).toBe('function');
    expect(new Set(http.map((r) => r.name)).size).toBe(http.length);
  });

  it('refuses to load without its settings, naming the missing one', () => {
    const run = spawnSync(process.execPath, ['-e', "require('./' + require('./package.json').main)"], {
      cwd: folder,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/AUTH_ISSUERS/);
  });
});
