/**
 * A small job protocol over a Worker or MessagePort: every call is a job with its own id, its
 * own progress stream and its own cancellation. Comlink has no notion of cancelling one call;
 * here a cancel aborts that job's signal and nothing else, so cancelling a query never stops an
 * import running beside it.
 */

import { isCoded, type MessageParams } from '../i18n/format.ts';

export interface Port {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  start?(): void;
}

export interface JobContext {
  signal: AbortSignal;
  progress(value: unknown): void;
}

/** A handler's result with the buffers to move (not copy) to the caller. */
export class Transfer<T> {
  constructor(
    readonly value: T,
    readonly transfer: Transferable[],
  ) {}
}

/**
 * An error as it crosses to the caller. A coded error (key + params, see i18n/format.ts) keeps
 * its code, so the page can word it in its own language; the English message goes along for logs.
 */
export interface WireError {
  name: string;
  message: string;
  key?: string;
  code?: string;
  params?: MessageParams;
}

/** What of an error can cross: structured clone would drop an Error's own fields (key, params). */
export function toWireError(err: unknown): WireError {
  if (!(err instanceof Error || err instanceof DOMException)) return { name: 'Error', message: String(err) };
  const wire: WireError = { name: err.name, message: err.message };
  if (isCoded(err)) {
    wire.key = err.key;
    // Params are plain data (strings, numbers, nested codes): a clone keeps them intact.
    wire.params = err.params;
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string') wire.code = code;
  }
  return wire;
}

export type Handler = (args: never, ctx: JobContext) => unknown;
export type Handlers = Record<string, Handler>;

/** What the caller sees of a handler: its argument and its (unwrapped) result. */
export type ArgsOf<H> = H extends (args: infer A, ctx: JobContext) => unknown ? A : never;
export type ResultOf<H> = H extends (args: never, ctx: JobContext) => infer R ? (Awaited<R> extends Transfer<infer T> ? T : Awaited<R>) : never;

export type Request = { kind: 'call'; id: number; method: string; args: unknown } | { kind: 'cancel'; id: number };
export type Response =
  | { kind: 'progress'; id: number; value: unknown }
  | { kind: 'result'; id: number; value: unknown }
  | { kind: 'error'; id: number; error: WireError };

/** Serves `handlers` on `port`; many jobs may be in flight at once. */
export function serve(port: Port, handlers: Handlers): void {
  const running = new Map<number, AbortController>();
  port.addEventListener('message', (e: MessageEvent) => {
    const msg = e.data as Request;
    if (msg?.kind === 'cancel') {
      running.get(msg.id)?.abort(new DOMException('cancelled', 'AbortError'));
      return;
    }
    if (msg?.kind !== 'call') return;
    const controller = new AbortController();
    running.set(msg.id, controller);
    const handler = handlers[msg.method];
    const ctx: JobContext = {
      signal: controller.signal,
      progress: (value) => port.postMessage({ kind: 'progress', id: msg.id, value } satisfies Response),
    };
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown method ${msg.method}`);
        return (handler as (a: unknown, c: JobContext) => unknown)(msg.args, ctx);
      })
      .then(
        (out) => {
          if (out instanceof Transfer) port.postMessage({ kind: 'result', id: msg.id, value: out.value } satisfies Response, out.transfer);
          else port.postMessage({ kind: 'result', id: msg.id, value: out } satisfies Response);
        },
        (err: unknown) => {
          port.postMessage({ kind: 'error', id: msg.id, error: toWireError(err) } satisfies Response);
        },
      )
      .finally(() => running.delete(msg.id));
  });
  port.start?.();
}

/** Throws the job's AbortError once it was cancelled; long loops call this between chunks. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason instanceof Error || signal.reason instanceof DOMException ? signal.reason : new DOMException('cancelled', 'AbortError');
}
