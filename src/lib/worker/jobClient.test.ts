import { describe, expect, it } from 'vitest';
import { JobCancelledError, JobClient, JobError } from './jobClient.ts';
import { serve, throwIfCancelled, Transfer, type JobContext } from './rpc.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** A worker's side over a real MessageChannel: a slow, chunked job and a quick one. */
function pair() {
  const { port1, port2 } = new MessageChannel();
  const log: string[] = [];
  const handlers = {
    async chunked(args: { chunks: number }, ctx: JobContext): Promise<number> {
      let done = 0;
      for (let i = 0; i < args.chunks; i++) {
        await tick(); // a chunk's work, then the event loop (where a cancel arrives)
        throwIfCancelled(ctx.signal);
        done++;
        ctx.progress({ done });
      }
      log.push(`chunked ${args.chunks} finished`);
      return done;
    },
    echo: (args: { text: string }) => args.text.toUpperCase(),
    bytes: (args: { n: number }) => {
      const b = new Uint8Array(args.n).fill(7);
      return new Transfer(b, [b.buffer]);
    },
    fail: (): never => {
      throw new TypeError('bad input');
    },
  };
  serve(port2 as unknown as Parameters<typeof serve>[0], handlers);
  const client = new JobClient<typeof handlers>(port1 as unknown as ConstructorParameters<typeof JobClient>[0]);
  return { client, log, close: () => (port1.close(), port2.close()) };
}

describe('job client over rpc', () => {
  it('runs calls, reports progress, moves buffers and keeps error names', async () => {
    const { client, close } = pair();
    const progress: unknown[] = [];
    await expect(client.call('chunked', { chunks: 3 }, { onProgress: (p) => progress.push(p) }).promise).resolves.toBe(3);
    expect(progress).toEqual([{ done: 1 }, { done: 2 }, { done: 3 }]);
    await expect(client.call('echo', { text: 'ab' }).promise).resolves.toBe('AB');
    await expect(client.call('bytes', { n: 5 }).promise).resolves.toEqual(new Uint8Array(5).fill(7));
    const err = await client.call('fail', {} as never).promise.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JobError);
    expect(err).toMatchObject({ name: 'TypeError', message: 'bad input' });
    close();
  });

  it('cancelling one job stops that job only: the other one beside it finishes', async () => {
    const { client, log, close } = pair();
    const long = client.call('chunked', { chunks: 30 });
    const other = client.call('chunked', { chunks: 40 });
    await tick();
    long.cancel();
    await expect(long.promise).rejects.toBeInstanceOf(JobCancelledError);
    await expect(other.promise).resolves.toBe(40);
    // The cancelled job stopped in the worker too (it did not run on to the end).
    expect(log).toEqual(['chunked 40 finished']);
    close();
  });

  it('a hard-cancel client calls its hook (the worker is ended) instead of messaging', async () => {
    const { port1 } = new MessageChannel();
    let ended = 0;
    const client = new JobClient<{ slow: () => Promise<void> }>(port1 as unknown as ConstructorParameters<typeof JobClient>[0], () => ended++);
    const job = client.call('slow', undefined as never);
    job.cancel();
    await expect(job.promise).rejects.toBeInstanceOf(JobCancelledError);
    expect(ended).toBe(1);
    port1.close();
  });
});
