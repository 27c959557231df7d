import { TestLiveShareHost } from '@microsoft/live-share';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeSignal } from '../../../addin/src/live/change-signal';
import { createLiveShareSignal } from '../../../addin/src/live/live-share-signal';
import { localRelayTokenProvider } from '../../../addin/src/live/local-relay-token';
import { startFluidRelay, type FluidRelay } from '../../../dev/fluid-relay';

let relay: FluidRelay;
beforeAll(async () => {
  relay = await startFluidRelay();
});
afterAll(async () => {
  await relay?.close();
});

/** One meeting: everyone who joins it gets a Live Share host mapping it to the same container. */
function meeting(): (user: string) => Promise<ChangeSignal> {
  let containerId: string | undefined;
  const join = (user: string) =>
    createLiveShareSignal({
      host: TestLiveShareHost.create(
        () => containerId,
        (id) => {
          containerId = id;
        },
      ),
      connection: { type: 'local', endpoint: relay.endpoint, tokenProvider: localRelayTokenProvider(user) },
    });
  return join;
}

describe('the Live Share change signal on a local Fluid relay', () => {
  it('tells the other client which list changed, and never the sender', async () => {
    const join = meeting();
    const a = await join('first');
    const b = await join('second');
    const heardByA: string[] = [];
    const heardByB: string[] = [];
    a.subscribe((kind) => heardByA.push(kind));
    const next = () =>
      new Promise<string>((done) => {
        const off = b.subscribe((kind) => {
          off();
          done(kind);
        });
      });
    b.subscribe((kind) => heardByB.push(kind));

    const agenda = next();
    await a.publish('agenda');
    expect(await agenda).toBe('agenda');
    const commitments = next();
    await a.publish('commitments');
    expect(await commitments).toBe('commitments');
    expect(heardByB).toEqual(['agenda', 'commitments']);

    // The other way round reaches A; A never heard its own two.
    const backToA = new Promise<string>((done) => a.subscribe(done));
    await b.publish('agenda');
    expect(await backToA).toBe('agenda');
    expect(heardByA).toEqual(['agenda']);

    b.close();
    a.close();
  });
});
