import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../catalogue/types.ts';
import { ACCESS_MESSAGES } from './accessMessages.ts';
import { ARCHIVE_MESSAGES } from './archiveMessages.ts';
import { BASEMAP_MESSAGES } from './basemapMessages.ts';
import { BRIEFING_MESSAGES } from './briefingMessages.ts';
import { CATALOGUE_MESSAGES } from './catalogueMessages.ts';
import { CHART_MESSAGES } from './chartMessages.ts';
import { FILTER_MESSAGES } from './filterMessages.ts';
import { IMPORT_MESSAGES } from './importMessages.ts';
import { MESSAGES } from './messages.ts';
import { PROJECT_MESSAGES } from './projectMessages.ts';
import { QUERY_MESSAGES } from './queryMessages.ts';
import { SITE_ACCESS_MESSAGES } from './siteAccessMessages.ts';
import { TABLE_MESSAGES } from './tableMessages.ts';
import { scanText } from './scanText.ts';

/**
 * The core table is private to messages.ts (only the merged MESSAGES is exported), so its keys
 * are read from the source: a key it shares with another table would otherwise be hidden by
 * the spread that merges them.
 */
function coreKeys(): string[] {
  const file = join(import.meta.dirname, 'messages.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const keys: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'CORE_MESSAGES' && node.initializer) {
      let init: ts.Expression = node.initializer;
      // `{ … } satisfies Record<string, Localized>`: the object is inside the satisfies.
      while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      if (ts.isObjectLiteralExpression(init)) {
        for (const p of init.properties) {
          if (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) keys.push(p.name.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return keys;
}

const TABLES: Record<string, readonly string[]> = {
  CORE: coreKeys(),
  IMPORT: Object.keys(IMPORT_MESSAGES),
  QUERY: Object.keys(QUERY_MESSAGES),
  CATALOGUE: Object.keys(CATALOGUE_MESSAGES),
  BRIEFING: Object.keys(BRIEFING_MESSAGES),
  BASEMAP: Object.keys(BASEMAP_MESSAGES),
  ARCHIVE: Object.keys(ARCHIVE_MESSAGES),
  CHART: Object.keys(CHART_MESSAGES),
  TABLE: Object.keys(TABLE_MESSAGES),
  FILTER: Object.keys(FILTER_MESSAGES),
  PROJECT: Object.keys(PROJECT_MESSAGES),
  ACCESS: Object.keys(ACCESS_MESSAGES),
  SITE_ACCESS: Object.keys(SITE_ACCESS_MESSAGES),
};

const ENTRIES: Array<[string, Localized]> = Object.entries(MESSAGES as Record<string, Localized>);

// Slots a message fills in at run time ("{file}", "{n}") are not words of either language.
const withoutSlots = (s: string): string => s.replace(/\{[\w.]+\}/g, ' ');

describe('the i18n tables', () => {
  it('read the core table from the source', () => {
    expect(TABLES.CORE?.length).toBeGreaterThan(50);
    expect(TABLES.CORE).toContain('appTitle');
  });

  it('put every key in one table only', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [table, keys] of Object.entries(TABLES)) {
      for (const key of keys) {
        const first = owner.get(key);
        if (first) twice.push(`${key}: ${first} and ${table}`);
        else owner.set(key, table);
      }
    }
    expect(twice).toEqual([]);
    // And MESSAGES is exactly their union: nothing merged in from elsewhere, nothing lost.
    expect(new Set(Object.keys(MESSAGES))).toEqual(new Set(owner.keys()));
  });

  it('give every key a non-empty text in both languages', () => {
    const empty = ENTRIES.flatMap(([key, m]) =>
      (['zh', 'en'] as const).filter((lang) => typeof m[lang] !== 'string' || m[lang].trim() === '').map((lang) => `${key}.${lang}`),
    );
    expect(empty).toEqual([]);
  });

  it('write zh in Chinese and en in English (scanText with the allow-list)', () => {
    const leaks = ENTRIES.flatMap(([key, m]) =>
      (['zh', 'en'] as const).flatMap((lang) => {
        const words = scanText(withoutSlots(m[lang]), lang);
        return words.length ? [`${key}.${lang}: ${words.join(', ')}  ←  ${JSON.stringify(m[lang])}`] : [];
      }),
    );
    expect(leaks, `\n${leaks.join('\n')}\n`).toEqual([]);
  });
});
