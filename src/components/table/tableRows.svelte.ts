import type { TableRow, ViewQuery, ViewSummary } from '../../lib/table/tableTypes.ts';
import { JobCancelledError } from '../../lib/worker/jobClient.ts';
import type { TableSource } from './tableSource.ts';

/** Rows fetched at once as the list scrolls. */
const PAGE = 200;
/** Pages kept: a few screens either way of where the reader is. */
const KEEP_PAGES = 30;

const cancelled = (e: unknown) => e instanceof JobCancelledError || (e instanceof Error && e.name === 'AbortError');

/**
 * The drawer's side of a table: the last view's summary, and its rows a page at a time as the
 * list asks for them, kept in a small cache. A view superseded while it was being built (the
 * search changed again) and pages of an older view are dropped, never shown.
 */
export class TableRows {
  summary = $state.raw<ViewSummary | null>(null);
  building = $state(false);
  /** Why the last view could not be built (worded by the drawer, in its language). */
  error = $state.raw<unknown>(null);
  /** Pages of rows by number; replaced whole, never changed in place (so a plain Map). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pages = $state.raw<ReadonlyMap<number, TableRow[]>>(new Map());
  /** Pages asked for and not yet back: bookkeeping, not shown. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pending = new Set<string>();
  #seq = 0;
  #window: [number, number] = [0, 0];

  constructor(readonly source: TableSource) {}

  /** Which view the rows belong to: an answer for an older one is stale. */
  get version(): number {
    return this.#seq;
  }

  /** Builds the rows for `query`; true once they are the latest, false when a newer view overtook it or it failed. */
  async show(query: ViewQuery): Promise<boolean> {
    const seq = ++this.#seq;
    this.building = true;
    try {
      const summary = await this.source.view(query);
      if (seq !== this.#seq) return false;
      this.summary = summary;
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      this.#pages = new Map();
      this.error = null;
      return true;
    } catch (e) {
      if (seq === this.#seq && !cancelled(e)) this.error = e;
      return false;
    } finally {
      if (seq === this.#seq) this.building = false;
    }
  }

  rowAt(position: number): TableRow | undefined {
    return this.#pages.get(Math.floor(position / PAGE))?.[position % PAGE];
  }

  /** Fetches the pages holding positions first … last - 1 (the rows in sight); again for the last window after a new view. */
  load(first = this.#window[0], last = this.#window[1]): void {
    this.#window = [first, last];
    if (!this.summary || last <= first) return;
    const seq = this.#seq;
    for (let k = Math.floor(first / PAGE); k <= Math.floor((last - 1) / PAGE); k++) {
      const id = `${seq}:${k}`;
      if (this.#pages.has(k) || this.#pending.has(id)) continue;
      this.#pending.add(id);
      this.source.page(k * PAGE, PAGE).then(
        (rows) => {
          this.#pending.delete(id);
          if (seq === this.#seq) this.#keep(k, rows);
        },
        () => this.#pending.delete(id),
      );
    }
  }

  #keep(k: number, rows: TableRow[]): void {
    // A new map each time: the cache is $state.raw, replaced rather than changed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const next = new Map(this.#pages);
    next.set(k, rows);
    // The pages furthest from this one go first.
    while (next.size > KEEP_PAGES) {
      const far = [...next.keys()].sort((a, b) => Math.abs(b - k) - Math.abs(a - k))[0] as number;
      next.delete(far);
    }
    this.#pages = next;
  }
}
