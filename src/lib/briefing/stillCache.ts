/**
 * Speaker-view stills: each made once, one at a time (every still is a WebGL render off screen;
 * two at once would only slow the live map). A failed render is remembered as null.
 */
export class StillCache {
  private readonly made = new Map<string, Promise<string | null>>();
  private queue: Promise<unknown> = Promise.resolve();

  get(key: string, render: () => Promise<string>): Promise<string | null> {
    let still = this.made.get(key);
    if (!still) {
      still = this.queue.then(render).then(
        (s) => s,
        () => null,
      );
      this.queue = still;
      this.made.set(key, still);
    }
    return still;
  }
}
