import { createServer } from 'node:net';

/** Asks the OS for a free loopback port (for tests that run several stacks side by side). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Resolves when nothing listens on the port; rejects with a message naming the variable to change. */
export function assertPortFree(port: number, variable: string, host = '127.0.0.1'): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} on ${host} is already in use. Stop whatever uses it, or set ${variable} to another port.`
            : `Cannot listen on ${host}:${port} (${error.code ?? error.message}); set ${variable} to another port.`,
        ),
      );
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}
