/** JS heap of the page and of each of its workers, after a GC. */
import type { CDPSession, Page } from 'playwright-core';
import { TIMED_OUT, within } from './within.ts';

export interface WorkerHeap {
  name: string;
  /** Null when the worker did not answer in time. */
  bytes: number | null;
}

export interface HeapFigures {
  heapUsed: number | null;
  heapAfterGc: number | null;
  workerHeaps: WorkerHeap[] | null;
}

async function metric(cdp: CDPSession, name: string): Promise<number | null> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? null;
}

/**
 * Used JS heap of each worker of the page's browser context, after a GC. Workers have no
 * performance.memory, and Playwright's CDP sessions cannot address a worker's flat session,
 * so each worker is attached the older way and spoken to through Target.sendMessageToTarget.
 */
async function workerHeaps(cdp: CDPSession): Promise<WorkerHeap[]> {
  const { targetInfo: self } = await cdp.send('Target.getTargetInfo');
  const { targetInfos } = await cdp.send('Target.getTargets');
  const workers = targetInfos.filter((t) => t.browserContextId === self.browserContextId && /worker/.test(t.type));
  const heaps: WorkerHeap[] = [];
  for (const w of workers) {
    const name = w.url.split('/').pop() || w.type;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: w.targetId, flatten: false });
    const replies = new Map<number, (result: unknown) => void>();
    const onMessage = (e: { sessionId: string; message: string }): void => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: unknown };
      if (m.id !== undefined) replies.get(m.id)?.(m.result);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    const ask = (id: number, method: string): Promise<unknown> => {
      const reply = new Promise<unknown>((ok) => replies.set(id, ok));
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(() => undefined);
      return within(10_000, reply);
    };
    try {
      // A worker still busy with the import answers neither; it is listed as not read.
      const gc = await ask(1, 'HeapProfiler.collectGarbage');
      const usage = gc === TIMED_OUT ? TIMED_OUT : await ask(2, 'Runtime.getHeapUsage');
      heaps.push({ name, bytes: usage === TIMED_OUT ? null : (usage as { usedSize: number }).usedSize });
    } finally {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  }
  return heaps;
}

/** Fills `into` figure by figure, so a later step that fails or times out keeps the earlier ones. */
export async function readHeaps(page: Page, into: HeapFigures): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    into.heapUsed = await metric(cdp, 'JSHeapUsedSize');
    await cdp.send('HeapProfiler.collectGarbage');
    into.heapAfterGc = await metric(cdp, 'JSHeapUsedSize');
    into.workerHeaps = await workerHeaps(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
