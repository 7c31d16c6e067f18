import { describe, expect, it } from 'vitest';
import { approxDistanceText, distanceAccuracy, roundingStep, roundToAccuracy, schematicAccuracy } from './schematicDistance.ts';

describe('distances to schematic positions', () => {
  it('rounds to the order of magnitude of the accuracy', () => {
    expect(roundingStep(2300)).toBe(1000);
    expect(roundingStep(8800)).toBe(1000);
    expect(roundingStep(800)).toBe(100);
    expect(roundingStep(12_000)).toBe(10_000);
    expect(roundToAccuracy(916, 2300)).toBe(1000);
    expect(roundToAccuracy(4_560, 5800)).toBe(5000);
    expect(roundToAccuracy(433, 800)).toBe(400);
  });

  it('takes the coarser schematic accuracy of the two features, none for surveyed ones', () => {
    const project = { confidence: 'schematic', accuracy_m: 2300 };
    const park = { confidence: 'schematic', accuracy_m: 8000 };
    const station = { confidence: 'surveyed', accuracy_m: 50 };
    expect(schematicAccuracy(project)).toBe(2300);
    expect(schematicAccuracy(station)).toBeNull();
    expect(schematicAccuracy({ confidence: 'schematic' })).toBe(1000);
    expect(distanceAccuracy(project, station)).toBe(2300);
    expect(distanceAccuracy(project, park)).toBe(8000);
    expect(distanceAccuracy(station, null)).toBeNull();
  });

  it('words the distance as approximate, in both languages', () => {
    expect(approxDistanceText(916, 2300, 'zh')).toBe('约 1 公里（示意位置）');
    expect(approxDistanceText(916, 2300, 'en')).toBe('about 1 km (schematic position)');
    expect(approxDistanceText(3_480, 5800, 'zh')).toBe('约 3 公里（示意位置）');
    expect(approxDistanceText(433, 800, 'en')).toBe('about 400 m (schematic position)');
    expect(approxDistanceText(300, 2300, 'zh')).toBe('不到 1 公里（示意位置）');
    expect(approxDistanceText(30, 800, 'en')).toBe('under 100 m (schematic position)');
  });
});
