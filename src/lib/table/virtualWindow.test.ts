import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHeight, scrollTopFor, visibleWindow } from './virtualWindow.ts';

const ROW = 28;
const VIEW = 300;

describe('visibleWindow', () => {
  it('draws the rows in view plus the overscan, one scroll pixel per row pixel below the cap', () => {
    expect(visibleWindow({ count: 1000, rowHeight: ROW, viewport: VIEW, scrollTop: 0, overscan: 2 })).toEqual({ first: 0, last: 13, top: 0, height: 28_000 });
    const w = visibleWindow({ count: 1000, rowHeight: ROW, viewport: VIEW, scrollTop: 2800, overscan: 2 });
    expect(w).toEqual({ first: 98, last: 113, top: 98 * ROW, height: 28_000 });
  });

  it('compresses a million rows into the cap and still reaches the last row at the bottom', () => {
    const count = 1_000_000;
    const height = contentHeight(count, ROW);
    expect(height).toBe(8_000_000);
    const bottom = visibleWindow({ count, rowHeight: ROW, viewport: VIEW, scrollTop: height - VIEW, overscan: 0 });
    expect(bottom.last).toBe(count);
    // The last row's bottom edge is the viewport's bottom edge.
    expect(bottom.top + (count - bottom.first) * ROW).toBeCloseTo(height, 6);
    const top = visibleWindow({ count, rowHeight: ROW, viewport: VIEW, scrollTop: 0, overscan: 0 });
    expect(top.first).toBe(0);
  });

  it('scrollTopFor brings any row fully into view, and leaves a row in view where it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (count, from, to) => {
        const height = contentHeight(count, ROW);
        const scrollTop = Math.floor(from * Math.max(0, height - VIEW));
        const position = Math.min(count - 1, Math.floor(to * count));
        const next = scrollTopFor(position, { count, rowHeight: ROW, viewport: VIEW, scrollTop });
        const w = visibleWindow({ count, rowHeight: ROW, viewport: VIEW, scrollTop: next, overscan: 0 });
        const rowTop = w.top + (position - w.first) * ROW - next;
        expect(rowTop).toBeGreaterThanOrEqual(-1e-6);
        expect(rowTop + ROW).toBeLessThanOrEqual(VIEW + 1e-6);
        expect(scrollTopFor(position, { count, rowHeight: ROW, viewport: VIEW, scrollTop: next })).toBe(next);
      }),
      { numRuns: 500 },
    );
  });
});
