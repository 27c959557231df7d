import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { freePort } from './free-port';

export interface FluidRelay {
  /** e.g. http://127.0.0.1:7070: Live Share's `connection.endpoint` (type 'local'). */
  endpoint: string;
  close(): Promise<void>;
}

/**
 * A local Fluid relay (`@fluidframework/azure-local-service`, Tinylicious underneath) on a free
 * port, for Live Share against the SDK's test host in tests, benchmarks and the dev stack.
 */
export async function startFluidRelay(options: { port?: number } = {}): Promise<FluidRelay> {
  const port = options.port || (await freePort());
  const entry = createRequire(import.meta.url).resolve('@fluidframework/azure-local-service');
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The local Fluid relay exited (${child.exitCode})`);
    try {
      await fetch(endpoint);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill();
        throw new Error('The local Fluid relay did not start within 20 s');
      }
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  return {
    endpoint,
    close: async () => {
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}
