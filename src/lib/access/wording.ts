/**
 * Travel times, their confidence and their assumptions in words, the same for a site card, a
 * legend, the CLI and a briefing: "3 小时 40 分" / "3 h 40 min".
 */
import type { Lang } from '../catalogue/types.ts';
import { semicolon, tf } from '../i18n/describe.ts';
import { t } from '../i18n/messages.ts';
import { scenarioLines } from './scenario.ts';
import type { AccessAssumptions, Confidence, Journey, RailNetwork } from './types.ts';

/** Whole minutes as hours and minutes; English pads the minutes after hours ("1 h 05 min"). */
export function minutesText(min: number, lang: Lang): string {
  if (!Number.isFinite(min)) return t('access.noTime', lang);
  const whole = Math.max(0, Math.round(min));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return tf('access.minutes', lang, { m });
  if (m === 0) return tf('access.hours', lang, { h });
  return tf('access.hoursMinutes', lang, { h, m: lang === 'en' ? String(m).padStart(2, '0') : m });
}

/**
 * A model's door-to-door time as a person should read it: to 5 minutes, marked as approximate
 * ("约 1 小时 5 分" / "about 1 h 05 min"). The road leg and the estimated sections are not
 * known to the minute; the CLI keeps the unrounded figure for checking.
 */
export function approxMinutesText(min: number, lang: Lang): string {
  if (!Number.isFinite(min)) return t('access.noTime', lang);
  if (min < 2.5) return t('access.underFive', lang);
  return tf('access.about', lang, { time: minutesText(Math.round(min / 5) * 5, lang) });
}

export function confidenceWord(c: Confidence, lang: Lang): string {
  return t(c === 'confirmed' ? 'access.confirmed' : c === 'inferred' ? 'access.inferred' : 'access.estimate', lang);
}

/** Numbers as typed, without float noise ("1.3", not "1.3000000000000003"). */
const num = (x: number): string => String(Math.round(x * 100) / 100);

function scenarioText(a: AccessAssumptions, network: RailNetwork, lang: Lang): string {
  const s = a.scenario;
  if ('year' in s) return t(s.year === '2022' ? 'access.scenario2022' : 'access.scenario2027', lang);
  const names = scenarioLines(network, s).map((l) => l.name[lang]);
  return names.length ? tf('access.scenarioCustom', lang, { lines: names.join(t('access.listJoin', lang)) }) : t('access.scenarioNone', lang);
}

/** The stated assumptions, shown wherever a figure is shown. */
export function assumptionsText(a: AccessAssumptions, network: RailNetwork, lang: Lang): string {
  return tf('access.assumptions', lang, {
    speed: num(a.speedKmh),
    detour: num(a.detour),
    k: a.k,
    transfer: num(a.transferMinutes),
    dwell: num(network.dwellMinutes),
    scenario: scenarioText(a, network, lang),
  });
}

/**
 * The assumptions under figures that compare the two years (a site card, the minutes-saved map):
 * the shared ones, with both scenarios in place of the one chosen ("…；现状线网（2022 情景） →
 * 雄忻高铁通车后（2027 情景，规划）").
 */
export function bothYearsAssumptionsText(a: AccessAssumptions, network: RailNetwork, lang: Lang): string {
  return `${assumptionsText({ ...a, scenario: { year: '2022' } }, network, lang)} → ${t('access.scenario2027', lang)}`;
}

/** "换乘 2 次" / "2 changes". */
export function transfersText(n: number, lang: Lang): string {
  return n === 0 ? t('access.noTransfer', lang) : n === 1 ? t('access.transfer', lang) : tf('access.transfers', lang, { n });
}

/** The whole trip in words: the road leg, each line ridden with its minutes, then the changes. */
export function routeText(j: Journey, network: RailNetwork, lang: Lang): string {
  const name = (id: string) => network.nodes.find((n) => n.id === id)?.name[lang] ?? id;
  const line = (id: string) => network.lines.find((l) => l.id === id)?.name[lang] ?? id;
  const road = tf('access.roadLeg', lang, { km: (Math.round(j.access.km * 10) / 10).toFixed(1), station: name(j.access.station), time: minutesText(j.access.minutes, lang) });
  const steps = j.route.map((s) => tf('access.routeStep', lang, { line: line(s.line), from: name(s.from), to: name(s.to), time: minutesText(s.minutes, lang) }));
  // The changes' minutes are in the total but in no step: say so, or the steps would not add up.
  const each = j.transfers ? minutesText((j.trainMinutes - j.route.reduce((s, r) => s + r.minutes, 0)) / j.transfers, lang) : '';
  const changes = j.transfers ? [tf(j.transfers === 1 ? 'access.transferOne' : 'access.transferEach', lang, { changes: transfersText(j.transfers, lang), time: each })] : [];
  return [road, ...steps, ...changes].join(semicolon(lang));
}
