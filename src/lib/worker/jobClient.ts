import type { MessageParams } from '../i18n/format.ts';
import type { ArgsOf, Handlers, Port, Request, Response, ResultOf, WireError } from './rpc.ts';

export class JobCancelledError extends Error {
  override name = 'JobCancelledError';
}

/**
 * An error raised by the worker, with its name kept so callers can tell kinds apart, and its
 * code (`key`, `code`, `params`) when it had one, so the page can word it (describeError).
 */
export class JobError extends Error {
  override readonly name: string;
  readonly key?: string;
  readonly code?: string;
  readonly params?: MessageParams;

  constructor(wire: WireError) {
    super(wire.message);
    this.name = wire.name;
    if (wire.key !== undefined && wire.params !== undefined) {
      this.key = wire.key;
      this.params = wire.params;
      if (wire.code !== undefined) this.code = wire.code;
    }
  }
}

export interface Job<T> {
  readonly promise: Promise<T>;
  cancel(): void;
}

export interface CallOptions {
  onProgress?: (value: unknown) => void;
  transfer?: Transferable[];
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  onProgress?: (value: unknown) => void;
}

/**
 * The caller's side of rpc.ts over one port. `cancel` either asks the worker to stop that job
 * (cooperative: the handler checks its signal between chunks) or, for a worker whose jobs are
 * single synchronous loops, ends the worker (`onHardCancel`) — only that worker's jobs fail.
 */
export class JobClient<H extends Handlers> {
  private next = 1;
  private pending = new Map<number, Pending>();

  constructor(
    private port: Port,
    private onHardCancel?: () => void,
  ) {
    port.addEventListener('message', (e: MessageEvent) => this.receive(e.data as Response));
    port.start?.();
  }

  call<M extends keyof H & string>(method: M, args: ArgsOf<H[M]>, options: CallOptions = {}): Job<ResultOf<H[M]>> {
    const id = this.next++;
    const promise = new Promise<ResultOf<H[M]>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: options.onProgress });
    });
    this.port.postMessage({ kind: 'call', id, method, args } satisfies Request, options.transfer ?? []);
    return {
      promise,
      cancel: () => {
        const p = this.pending.get(id);
        if (!p) return;
        this.pending.delete(id);
        p.reject(new JobCancelledError('cancelled'));
        if (this.onHardCancel) this.onHardCancel();
        else this.port.postMessage({ kind: 'cancel', id } satisfies Request);
      },
    };
  }

  /** Fails every job in flight (the worker is gone). */
  failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private receive(msg: Response): void {
    const p = this.pending.get(msg?.id);
    if (!p) return;
    if (msg.kind === 'progress') p.onProgress?.(msg.value);
    else {
      this.pending.delete(msg.id);
      if (msg.kind === 'result') p.resolve(msg.value);
      else p.reject(msg.error.name === 'AbortError' ? new JobCancelledError(msg.error.message) : new JobError(msg.error));
    }
  }
}
