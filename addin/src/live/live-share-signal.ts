import type { AzureLocalConnectionConfig, AzureRemoteConnectionConfig } from '@fluidframework/azure-client';
import type { ILiveShareHost } from '@microsoft/live-share';
import { Listeners, type ChangeSignal } from './change-signal';

/** The one event this app sends through Live Share: which list changed. */
interface ChangeEvent {
  kind: string;
}

export interface LiveShareSignalOptions {
  /** Teams' `LiveShareHost.create()` in a meeting; `TestLiveShareHost` in local tests. */
  host: ILiveShareHost;
  /** A Fluid service of our own (local tests); Teams' Azure Fluid Relay when absent. */
  connection?: AzureLocalConnectionConfig | AzureRemoteConnectionConfig;
}

/**
 * The change signal inside a Teams meeting: a Live Share `LiveEvent` in the meeting's container.
 * Live Share and Fluid are imported on demand, so pages outside meetings never load them.
 */
export async function createLiveShareSignal(options: LiveShareSignalOptions): Promise<ChangeSignal> {
  const { LiveShareClient, LiveEvent } = await import('@microsoft/live-share');
  const client = new LiveShareClient(options.host, options.connection ? { connection: options.connection } : {});
  const { container } = await client.joinContainer({ initialObjects: { changes: LiveEvent } });
  const changes = container.initialObjects.changes as InstanceType<typeof LiveEvent<ChangeEvent>>;
  await changes.initialize();
  const listeners = new Listeners();
  const onReceived = (event: ChangeEvent, local: boolean) => {
    if (!local && typeof event.kind === 'string') listeners.emit(event.kind);
  };
  changes.on('received', onReceived);
  return {
    async publish(kind) {
      await changes.send({ kind });
    },
    subscribe: (listener) => listeners.add(listener),
    close() {
      changes.off('received', onReceived);
      listeners.clear();
      container.dispose();
    },
  };
}
