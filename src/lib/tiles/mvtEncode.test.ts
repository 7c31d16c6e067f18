import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { MvtLayerWriter } from './mvtEncode.ts';

const decode = (bytes: Uint8Array) => new VectorTile(new PbfReader(bytes)).layers;
const xy = (rings: { x: number; y: number }[][]) => rings.map((r) => r.map((p) => [p.x, p.y]));

describe('MvtLayerWriter', () => {
  it('writes every kind of tag value so that vector-tile reads it back', () => {
    const writer = new MvtLayerWriter('things', 4096);
    const long = '长'.repeat(300);
    writer.begin(5);
    for (const [name, value] of Object.entries({ s: '太原 🚄', long, neg: -42, big: 2 ** 40, huge: 2 ** 60, f: -0.125, yes: true, no: false, obj: { a: [1] }, gone: null })) writer.tag(name, value);
    writer.points([10.4], [20.6], 0, 1);
    const layer = decode(writer.finish()).things!;
    expect(layer.version).toBe(2);
    expect(layer.extent).toBe(4096);
    const f = layer.feature(0);
    expect(f.id).toBe(5);
    expect(f.properties).toEqual({ s: '太原 🚄', long, neg: -42, big: 2 ** 40, huge: 2 ** 60, f: -0.125, yes: true, no: false, obj: '{"a":[1]}' });
    expect(xy(f.loadGeometry())).toEqual([[[10, 21]]]);
  });

  it('keeps values right whether a key repeats its values or never does', () => {
    const writer = new MvtLayerWriter('l', 4096);
    const n = 2000;
    for (let i = 0; i < n; i++) {
      writer.begin(i);
      writer.tag('kind', ['a', 'b', 'c'][i % 3]);
      writer.tag('id', `f${i}`);
      writer.tag('n', i % 2 === 0 ? 7 : i);
      writer.points([i % 4096], [i % 17], 0, 1);
    }
    const layer = decode(writer.finish()).l!;
    expect(layer.length).toBe(n);
    for (const i of [0, 1, 255, 256, 257, 1000, 1999]) {
      expect(layer.feature(i).id).toBe(i);
      expect(layer.feature(i).properties).toEqual({ kind: ['a', 'b', 'c'][i % 3], id: `f${i}`, n: i % 2 === 0 ? 7 : i });
    }
  });

  it('writes multipoints, lines, rings and whole geojson-vt features with the cursor carried across parts', () => {
    const writer = new MvtLayerWriter('l', 4096);
    writer.begin(0);
    writer.points([1, 5, 9], [2, 6, 10], 0, 3);
    writer.begin(1);
    writer.path(2, [0, 0, 100, 0, 100, 50], 6);
    writer.begin(2);
    writer.path(3, [0, 0, 16, 0, 16, 16, 0, 16], 8);
    writer.feature({ id: 3, type: 3, tags: { k: 'v', none: null }, geometry: [[[0, 0], [10, 0], [10, 10], [0, 0]], [[2, 2], [2, 4], [4, 4], [2, 2]]] });
    writer.feature({ id: 4, type: 2, tags: null, geometry: [[[-64, 3], [4160, 3]], [[5, 5], [6, 6]]] });
    const layer = decode(writer.finish()).l!;
    const f = (i: number) => layer.feature(i);
    expect(xy(f(0).loadGeometry())).toEqual([[[1, 2]], [[5, 6]], [[9, 10]]]);
    expect([f(1).type, xy(f(1).loadGeometry())]).toEqual([2, [[[0, 0], [100, 0], [100, 50]]]]);
    expect([f(2).type, xy(f(2).loadGeometry())]).toEqual([3, [[[0, 0], [16, 0], [16, 16], [0, 16], [0, 0]]]]);
    expect(f(3).properties).toEqual({ k: 'v' });
    expect(xy(f(3).loadGeometry())).toEqual([[[0, 0], [10, 0], [10, 10], [0, 0]], [[2, 2], [2, 4], [4, 4], [2, 2]]]);
    expect(xy(f(4).loadGeometry())).toEqual([[[-64, 3], [4160, 3]], [[5, 5], [6, 6]]]);
  });

  it('writes a layer of several megabytes (lengths past one varint byte)', () => {
    const writer = new MvtLayerWriter('big', 4096);
    const text = 'x'.repeat(100);
    for (let i = 0; i < 30_000; i++) {
      writer.begin(i);
      writer.tag('t', `${i}${text}`);
      writer.points([i % 4096], [0], 0, 1);
    }
    const bytes = writer.finish();
    expect(bytes.length).toBeGreaterThan(3_000_000);
    const layer = decode(bytes).big!;
    expect(layer.length).toBe(30_000);
    expect(layer.feature(29_999).properties).toEqual({ t: `29999${text}` });
  });
});
