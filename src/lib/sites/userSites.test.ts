import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isUserSite, loadUserSites, newUserSite, renameUserSite, saveUserSite, SITE_NAME_MAX } from './userSites.ts';

const point = { type: 'Point' as const, coordinates: [112.7, 38.3] };

describe('user sites', () => {
  it('renames a site in both languages and leaves the rest alone', () => {
    const site = newUserSite(point, 1, 'zh');
    const renamed = renameUserSite(site, '  东山物流园  ');
    expect(renamed.properties).toEqual({ ...site.properties, name_zh: '东山物流园', name_en: '东山物流园' });
    expect(renamed.geometry).toBe(site.geometry);
    expect(site.properties?.name_zh).toBe('自定义选址 1'); // the original is not changed
  });

  it('names a new site in the UI language, the same in both name fields', () => {
    expect(newUserSite(point, 7, 'zh').properties).toMatchObject({ name_zh: '自定义选址 7', name_en: '自定义选址 7' });
    expect(newUserSite(point, 7, 'en').properties).toMatchObject({ name_zh: 'My site 7', name_en: 'My site 7' });
  });

  it('keeps the site as it is for a blank or unchanged name', () => {
    const site = newUserSite(point, 2, 'zh');
    expect(renameUserSite(site, '   ')).toBe(site);
    const named = renameUserSite(site, 'A');
    expect(renameUserSite(named, 'A ')).toBe(named);
  });

  it('cuts an overlong name', () => {
    expect(renameUserSite(newUserSite(point, 3, 'zh'), 'x'.repeat(200)).properties?.name_en).toHaveLength(SITE_NAME_MAX);
  });

  it('tells the user’s sites from the data’s', () => {
    expect(isUserSite(newUserSite(point, 4, 'zh'))).toBe(true);
    expect(isUserSite({ type: 'Feature', geometry: point, properties: { id: 'park-zhongbei', kind: 'park' } })).toBe(false);
  });

  it('keeps a renamed site under the same id', async () => {
    const site = newUserSite(point, 5, 'zh');
    await saveUserSite(site);
    await saveUserSite(renameUserSite(site, '新名称'));
    const stored = (await loadUserSites()).filter((s) => s.properties?.id === site.properties?.id);
    expect(stored.map((s) => s.properties?.name_zh)).toEqual(['新名称']);
  });
});
