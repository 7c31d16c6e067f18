import { describe, expect, it } from 'vitest';
import type { PublishedCatalogue, PublishedLayer } from '../catalogue/types.ts';
import { DEFAULT_CAMERA, defaultLayers, initialView } from './initialView.ts';

const ids = ['dayu', 'towns'];

describe('initialView', () => {
  it('starts from the defaults when the link has no hash', () => {
    expect(initialView(ids, '')).toEqual({ view: { ...DEFAULT_CAMERA, layers: null, lang: 'zh', theme: 'light' }, problems: [] });
  });

  it('falls back to the default camera with a notice when the hash is broken', () => {
    const { view, problems } = initialView(ids, '#map=%%garbage&lang=en');
    expect(view.center).toEqual(DEFAULT_CAMERA.center);
    expect(view.lang).toBe('en');
    expect(problems).toHaveLength(1);
  });

  it('restores the layers a link names', () => {
    expect(initialView(ids, '#layers=towns').view.layers).toEqual(['towns']);
  });
});

describe('defaultLayers', () => {
  it('lists the layers the catalogue marks visible', () => {
    const layer = (id: string, visible: boolean) => ({ id, visible }) as PublishedLayer;
    expect(defaultLayers({ groups: [], layers: [layer('dayu', true), layer('towns', false)] } as PublishedCatalogue)).toEqual(['dayu']);
  });
});
