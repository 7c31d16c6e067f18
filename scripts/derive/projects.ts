/**
 * The `projects` layer (重点项目, issue 16): the 30 projects of the research notes
 * (research/projects.json), coded by the curated table (projectsCurated*.ts), and placed —
 * schematically — at the park, town or new city the sources name. No source published a
 * project's coordinates: a project whose sources name only a county or city, or a site the
 * atlas has no position for, keeps a null geometry (listed in tables and charts, not drawn).
 * data/README.md, "Key projects", states the rules.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { both, cited, dataDir, feature, shared, type Props } from './common.ts';
import { citationLine, type ResearchSource } from './projectsCitations.ts';
import { namingParagraphs } from './projectKeys.ts';
import { CURATED_01 } from './projectsCurated01.ts';
import { CURATED_16 } from './projectsCurated16.ts';
import { INDUSTRY_OF, RING_M, type CuratedProject, type Placement, type Step } from './projectsTypes.ts';

interface ResearchProject {
  id: string;
  name_zh: string;
  name_en: string;
  industry: string;
  industry_note: string | null;
  investment: string | null;
  status: string;
  status_date: string;
  location_finer_than_county: boolean;
  coordinates: unknown;
  sources: ResearchSource[];
  confidence: string;
}

/** TX29 is classed by the industry of one tenant of a plant built for any tenant: inferred, though the research does not say so. */
const INFERRED_BEYOND_RESEARCH = new Set(['TX29']);

const CURATED: Record<string, CuratedProject> = { ...CURATED_01, ...CURATED_16 };

function fail(id: string, why: string): never {
  throw new Error(`projects: ${id}: ${why}`);
}

const CJK = /[\u3400-\u9fff]/;

/** Money figures in the research's words: 140亿元, ¥2.335 bn, ¥998 m. */
function figuresIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)亿/g)) out.push(Math.round(Number(m[1]) * 1e8));
  for (const m of text.matchAll(/¥(\d+(?:\.\d+)?) ?bn/g)) out.push(Math.round(Number(m[1]) * 1e9));
  for (const m of text.matchAll(/¥(\d+(?:\.\d+)?) ?m\b/g)) out.push(Math.round(Number(m[1]) * 1e6));
  return out;
}

/** The curated table may add nothing the research does not say: checked here, or the derivation stops. */
function checkAgainstResearch(r: ResearchProject, c: CuratedProject): void {
  if (r.coordinates !== null) fail(r.id, 'the research now has coordinates: place the project by them');
  if (INDUSTRY_OF[r.industry] !== c.industry) fail(r.id, `industry ${c.industry} is not the research's ${r.industry}`);
  const researchInferred = /inferred/.test(r.industry_note ?? '');
  if (c.industryInferred !== (researchInferred || INFERRED_BEYOND_RESEARCH.has(r.id))) fail(r.id, 'industry_inferred differs from the research note');
  if ((r.investment === null) !== (c.investment === null)) fail(r.id, 'investment given where the research has none, or left out');
  const cny = c.investment?.cny;
  if (cny != null && r.investment) {
    const fs = figuresIn(r.investment);
    const asSum = fs.some((a, i) => fs.some((b, j) => i < j && a + b === cny));
    if (!fs.includes(cny) && !asSum) fail(r.id, `investment ${cny} is neither a figure of “${r.investment}” nor the sum of two`);
  }
  if (CJK.test(r.confidence) !== (c.certaintyEn !== undefined)) fail(r.id, 'certaintyEn is for (and only for) a research sentence that keeps Chinese names');
  const finer = c.placement.at !== 'county_or_city' && c.placement.at !== 'not_stated';
  if (finer !== r.location_finer_than_county) fail(r.id, `placement ${c.placement.at} disagrees with location_finer_than_county`);
  const said = [r.status, r.status_date, ...r.sources.map((s) => `${s.date} ${s.title}`)].join(' ');
  for (const s of c.steps) {
    if (s.date === null) continue;
    // An inferred year is not printed: its month and day (or the year alone) must be.
    const printed = s.inferred && s.date.length > 4 ? s.date.slice(5) : s.date;
    if (!said.includes(printed)) fail(r.id, `step date ${s.date} is not in the research's status or sources`);
  }
  const keys = c.steps.filter((s) => s.key);
  if (keys.length !== 1 || !keys[0]?.date) fail(r.id, 'needs exactly one dated key step');
  const landed = c.steps.filter((s) => (s.kind === 'signed' || s.kind === 'started') && s.date).sort((a, b) => String(a.date).localeCompare(String(b.date)));
  if (landed.length && landed[0] !== keys[0]) fail(r.id, 'the key date must be its earliest dated signing or start');
}

const dateWords = (s: Step): [string, string] =>
  s.date === null ? ['', ''] : s.inferred ? [`${s.date}（${s.date.length > 4 ? '年份' : ''}推定）`, `${s.date} (${s.date.length > 4 ? 'year ' : ''}inferred)`] : [s.date, s.date];

/** One line per step: the popup lists them; tables show them as one text. */
function timeline(steps: Step[]): Props {
  const lines = steps.map((s) => {
    const [zh, en] = dateWords(s);
    return [zh ? `${zh} ${s.zh}` : s.zh, en ? `${en} ${s.en}` : s.en] as const;
  });
  return both('timeline', lines.map((l) => l[0]).join('\n'), lines.map((l) => l[1]).join('\n'));
}

interface Site {
  centre: [number, number];
  name: readonly [string, string];
  accuracyM: number;
}

function readLayer(name: string): FeatureCollection<Geometry, Props> {
  return JSON.parse(readFileSync(join(dataDir, `${name}.geojson`), 'utf8')) as FeatureCollection<Geometry, Props>;
}

/** The point a placement stands for: a park's or town's point, or an interior point of a new city's outline. */
function siteOf(p: Extract<Placement, { layer: string }>, layers: Record<string, FeatureCollection<Geometry, Props>>): Site {
  const f = layers[p.layer]?.features.find((x) => x.properties.id === p.id);
  if (!f) throw new Error(`projects: no ${p.id} in data/${p.layer}.geojson`);
  let at: Feature<Point> = turf.centroid(f);
  if (f.geometry.type !== 'Point' && !turf.booleanPointInPolygon(at, f as Feature<never>)) at = turf.pointOnFeature(f);
  const name = [String(f.properties.name_zh), String(f.properties.name_en)] as const;
  return { centre: at.geometry.coordinates as [number, number], name, accuracyM: Number(f.properties.accuracy_m) };
}

const NOT_DRAWN: Record<'county_or_city' | 'not_stated', readonly [string, string]> = {
  county_or_city: ['未上图：来源只说到县市一级', 'Not drawn: the sources name only a county or city'],
  not_stated: ['未上图：来源未说明地点', 'Not drawn: the sources give no site'],
};

/**
 * Each project is drawn RING_M from its site's point, on a ring that starts north-east and
 * spreads the site's projects (in id order) evenly: the site's own marker and label (north,
 * south, east or west of it) stay clear, and every project can be clicked.
 */
function placements(research: ResearchProject[], layers: Record<string, FeatureCollection<Geometry, Props>>): Map<string, { geometry: Point; props: Props }> {
  const bySite = new Map<string, string[]>();
  for (const r of research) {
    const p = (CURATED[r.id] as CuratedProject).placement;
    if ('layer' in p) bySite.set(p.id, [...(bySite.get(p.id) ?? []), r.id]);
  }
  const out = new Map<string, { geometry: Point; props: Props }>();
  for (const [, ids] of bySite) {
    ids.sort();
    ids.forEach((id, i) => {
      const p = (CURATED[id] as CuratedProject).placement as Extract<Placement, { layer: string }>;
      const site = siteOf(p, layers);
      const bearing = 45 + (360 * i) / ids.length;
      const at = turf.destination(site.centre, RING_M / 1000, bearing, { units: 'kilometers' }).geometry;
      const others = ids.length - 1;
      // The anchor's own accuracy, not rounded: the project's is that plus the ring (1.5 km + 800 m = 2.3 km),
      // and a rounded "±2 km" beside 精度 ±2.3 km reads as a different rule.
      const km = String(Number((site.accuracyM / 1000).toFixed(1)));
      const zh = `示意位置：${site.name[0]}示意点（±${km} km）旁 ${RING_M} m${others ? `，与同址另 ${others} 个项目错开以便点选` : ''}；并非项目实际位置${p.note ? `；${p.note[0]}` : ''}`;
      const en = `Schematic: ${RING_M} m from the schematic point of ${site.name[1]} (±${km} km)${others ? `, spread apart from the site’s ${others} other project${others > 1 ? 's' : ''} so each can be clicked` : ''}; not the project’s own site${p.note ? `; ${p.note[1]}` : ''}`;
      out.set(id, { geometry: at, props: { ...both('placed_at', zh, en), accuracy_m: site.accuracyM + RING_M } });
    });
  }
  return out;
}

export function deriveProjects(): Array<Feature<Geometry | null>> {
  const research = JSON.parse(readFileSync(join(shared, 'research/projects.json'), 'utf8')) as ResearchProject[];
  const ids = research.map((r) => r.id);
  const missing = [...ids.filter((id) => !CURATED[id]), ...Object.keys(CURATED).filter((id) => !ids.includes(id))];
  if (missing.length) throw new Error(`projects: research and curated table differ on ${missing.join(', ')}`);
  const layers = { parks: readLayer('parks'), towns: readLayer('towns'), dayu: readLayer('dayu') };
  const placed = placements(research, layers);

  return research.map((r) => {
    const c = CURATED[r.id] as CuratedProject;
    checkAgainstResearch(r, c);
    const key = c.steps.find((s) => s.key) as Step;
    const place = placed.get(r.id);
    const notDrawn = c.placement.at === 'site_not_in_atlas' ? (['未上图：', 'Not drawn: '] as const) : null;
    const placedAt = place?.props ?? {
      ...(c.placement.at === 'site_not_in_atlas'
        ? both('placed_at', `${notDrawn?.[0]}${c.placement.note[0]}`, `${notDrawn?.[1]}${c.placement.note[1]}`)
        : both('placed_at', ...(NOT_DRAWN[c.placement.at as 'county_or_city' | 'not_stated'] as [string, string]))),
      accuracy_m: null,
    };
    const sources = r.sources.map(citationLine);
    const props: Props = {
      id: r.id,
      name_zh: r.name_zh,
      name_en: r.name_en,
      kind: 'project',
      company: c.company?.[0] ?? null,
      company_en: c.company?.[1] ?? null,
      industry: c.industry,
      industry_inferred: c.industryInferred,
      ...both('industry_note', c.industryNote?.[0] ?? null, c.industryNote?.[1] ?? null),
      status: c.status,
      date: key.date,
      date_basis: key.kind,
      date_inferred: key.inferred === true,
      ...timeline(c.steps),
      investment_cny: c.investment?.cny ?? null,
      investment_basis: c.investment?.basis ?? null,
      ...both('investment', c.investment?.words[0] ?? null, c.investment?.words[1] ?? null),
      ...both('capacity', c.capacity?.[0] ?? null, c.capacity?.[1] ?? null),
      ...both('park', c.park[0], c.park[1]),
      located: place !== undefined,
      placement: c.placement.at,
      ...both('placed_at', placedAt.placed_at_zh as string, placedAt.placed_at_en as string),
      ...both('certainty', c.certaintyZh, c.certaintyEn ?? r.confidence),
      ...cited(sources.map((s) => s[1]).join('\n'), sources.map((s) => s[0]).join('\n')),
      confidence: 'schematic',
      accuracy_m: placedAt.accuracy_m,
    };
    return place ? feature(place.geometry, props) : { type: 'Feature', id: r.id, geometry: null, properties: props };
  });
}

export const SEED_EXCERPTS = 'sources/renmin-2022-03-24-excerpts.txt';

/**
 * The paragraphs of the seed article (人民网 2022-03-24, kept in full with the research notes)
 * that name a project, verbatim, so the data tests can check every figure they quote against
 * the projects layer without the research folder.
 */
export function writeSeedExcerpts(): void {
  const article = readFileSync(join(shared, 'research/renmin-2022-03-24-taixin.txt'), 'utf8');
  const head = [
    '# Excerpts: 人民网 2022-03-24《太忻一体化经济区建设大步向前》(曹婷婷) — the paragraphs that name a project of data/projects.geojson,',
    '# verbatim, one per line (written by scripts/derive/projects.ts; read by test/data/projectInvestment.test.ts).',
  ];
  writeFileSync(join(dataDir, SEED_EXCERPTS), `${[...head, ...namingParagraphs(article)].join('\n')}\n`);
  console.log(`data/${SEED_EXCERPTS}: ${namingParagraphs(article).length} paragraphs`);
}
