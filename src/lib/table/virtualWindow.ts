/**
 * The arithmetic of a virtual list of fixed-height rows. Browsers cap an element's height (about
 * 17.9 million px in Firefox, 33.5 million in Chromium), so a million 28 px rows cannot simply
 * be one tall element: past `MAX_SCROLL_PX` the scroll range is compressed, and a scroll position
 * maps to a row proportionally. Below it, one pixel of scroll is one pixel of rows.
 */
export const MAX_SCROLL_PX = 8_000_000;

export interface WindowInput {
  count: number;
  rowHeight: number;
  /** Height of the visible part of the list, px. */
  viewport: number;
  /** The scroll container's scrollTop, px. */
  scrollTop: number;
  /** Rows drawn beyond each edge, so a quick scroll does not show a gap. */
  overscan?: number;
  maxScroll?: number;
}

export interface VisibleWindow {
  /** First and past-the-last view positions to draw. */
  first: number;
  last: number;
  /** Where row `first` goes, px from the top of the scrolled content. */
  top: number;
  /** The scrolled content's height. */
  height: number;
}

/** The height of the scrolled content: the rows' own, or the cap. */
export function contentHeight(count: number, rowHeight: number, maxScroll = MAX_SCROLL_PX): number {
  return Math.min(count * rowHeight, maxScroll);
}

/** How far down the rows the viewport's top is, px of rows (not of scroll). */
function rowsTop(input: WindowInput, height: number): number {
  const full = input.count * input.rowHeight;
  const scrollRange = height - input.viewport;
  const rowRange = full - input.viewport;
  if (full === height || scrollRange <= 0) return Math.max(0, Math.min(input.scrollTop, Math.max(0, rowRange)));
  return (Math.max(0, Math.min(input.scrollTop, scrollRange)) / scrollRange) * rowRange;
}

/** The rows to draw for a scroll position, and where. */
export function visibleWindow(input: WindowInput): VisibleWindow {
  const { count, rowHeight, viewport, overscan = 6 } = input;
  const height = contentHeight(count, rowHeight, input.maxScroll);
  const top = rowsTop(input, height);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((top + viewport) / rowHeight) + overscan);
  // Row r sits at r·h − top below the viewport's top, which is scrollTop down the content.
  const scrollTop = Math.max(0, Math.min(input.scrollTop, Math.max(0, height - viewport)));
  return { first, last, top: scrollTop + first * rowHeight - top, height };
}

/**
 * The scrollTop that brings view position `position` fully into sight, scrolling as little as
 * possible (none when it is already in sight).
 */
export function scrollTopFor(position: number, input: Omit<WindowInput, 'overscan'>): number {
  const { count, rowHeight, viewport } = input;
  const height = contentHeight(count, rowHeight, input.maxScroll);
  const top = rowsTop(input, height);
  const rowTop = position * rowHeight;
  let wanted = top;
  if (rowTop < top) wanted = rowTop;
  else if (rowTop + rowHeight > top + viewport) wanted = rowTop + rowHeight - viewport;
  if (wanted === top) return input.scrollTop;
  const full = count * rowHeight;
  const scrollRange = height - viewport;
  const rowRange = full - viewport;
  if (full === height || scrollRange <= 0 || rowRange <= 0) return Math.max(0, wanted);
  // A compressed pixel of scroll holds more than one of rows: rounded towards the row, so none of it is cut off.
  const exact = (wanted / rowRange) * scrollRange;
  return Math.min(scrollRange, wanted < top ? Math.floor(exact) : Math.ceil(exact));
}
