/**
 * Draws something on the map once what it needs is ready (an archive opened, a header read),
 * unless it was called off first: an effect's cleanup can run before the promise settles, and
 * a late answer must neither draw nor report. Returns the cleanup, which also takes the drawing away.
 */
export function drawWhenReady<T>(ready: Promise<T>, draw: (value: T) => () => void, failed: (error: unknown) => void): () => void {
  let undraw: (() => void) | null = null;
  let gone = false;
  ready.then(
    (value) => {
      if (!gone) undraw = draw(value);
    },
    (error: unknown) => {
      if (!gone) failed(error);
    },
  );
  return () => {
    gone = true;
    undraw?.();
  };
}
