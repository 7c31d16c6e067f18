import { describe, expect, it } from 'vitest';
import { fittedZoom } from './sceneFrame.ts';

const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('fittedZoom', () => {
  it('keeps the authored zoom on a view the size of the frame', () => {
    expect(fittedZoom(8, { width: 1280, height: 720 }, none)).toBe(8);
  });
  it('zooms out by one level when the uncovered part is half as tall', () => {
    expect(fittedZoom(8, { width: 1280, height: 460 }, { ...none, top: 100 })).toBeCloseTo(7, 10);
  });
  it('zooms in on a view twice the size each way, and follows the tighter side', () => {
    expect(fittedZoom(8, { width: 2560, height: 1440 }, none)).toBeCloseTo(9, 10);
    expect(fittedZoom(8, { width: 2560, height: 720 }, none)).toBe(8);
  });
});
