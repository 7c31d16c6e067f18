import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColourBy } from './colourBy.ts';
import { colourHashEntry, formatLayerColour, parseLayerColour } from './colourUrl.ts';

describe('colour by attribute in the URL', () => {
  it('writes a short readable entry', () => {
    expect(formatLayerColour('projects', { field: 'industry', mode: 'category' })).toBe('projects~industry:category');
    expect(formatLayerColour('u_1a2b', { field: 'a:b', mode: 'jenks', classes: 4 })).toBe('u_1a2b~a!3Ab:jenks:4');
    expect(colourHashEntry('x', { field: '50%', mode: 'quantile', classes: 5 })).toBe('c=x~50%25:quantile:5');
  });

  it('reads back whatever it writes (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '新', '!', '~', ',', ':', '%', '&', '=', '+', '#', ' '), minLength: 1, maxLength: 8 });
    const colour: fc.Arbitrary<ColourBy> = fc.oneof(
      fc.record({ field, mode: fc.constant('category' as const) }),
      fc.record({ field, mode: fc.constantFrom('quantile' as const, 'jenks' as const), classes: fc.integer({ min: 3, max: 7 }) }),
    );
    fc.assert(
      fc.property(colour, (c) => {
        const back = parseLayerColour(new URLSearchParams(colourHashEntry('projects', c)).get('c') ?? '');
        expect(back).toEqual({ layer: 'projects', colour: c });
      }),
    );
  });

  it.each(['projects', 'projects~industry', 'projects~industry:rainbow', 'projects~x:quantile:9', 'projects~x:quantile', 'projects~x:category:5', 'projects~!zz:category', 'projects~a~b:category'])(
    'refuses %s',
    (value) => expect(parseLayerColour(value).colour).toBeNull(),
  );

  it('names no layer for an id that is not one', () => {
    expect(parseLayerColour('<b>~x:category')).toEqual({ layer: null, colour: null });
  });
});
