/** Time limits on browser calls: a hung page must not hang the bench. */

export const TIMED_OUT = Symbol('timed out');

export const sleep = (t: number): Promise<void> => new Promise((ok) => setTimeout(ok, t));

/** Gives up on `p` after `t` ms. */
export async function within<T>(t: number, p: Promise<T>): Promise<T | typeof TIMED_OUT> {
  p.catch(() => undefined); // a call given up on may still reject later
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof TIMED_OUT>((ok) => (timer = setTimeout(() => ok(TIMED_OUT), Math.max(0, t))));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Awaits one browser call, or throws naming it once `t` ms pass. */
export async function step<T>(label: string, t: number, p: Promise<T>): Promise<T> {
  const r = await within(t, p);
  if (r === TIMED_OUT) throw new Error(`${label}: no answer in ${t / 1000} s`);
  return r;
}
