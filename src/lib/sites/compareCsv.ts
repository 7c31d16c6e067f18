import type { Lang } from '../catalogue/types.ts';
import { confidenceWord, routeText } from '../access/wording.ts';
import type { AccessAssumptions, RailNetwork } from '../access/types.ts';
import { csvCell } from '../csv.ts';
import { tf } from '../i18n/describe.ts';
import { t } from '../i18n/messages.ts';
import { MEASURED } from './criteria.ts';
import { criterionHeader, unitLabel } from './siteWording.ts';
import type { Scored } from './score.ts';
import type { SiteAttributes } from './siteAttributes.ts';
import { CARD_DESTINATIONS, CARD_YEARS, travelKey, type SiteTravel } from './siteTravel.ts';
import { cardAssumptions, placeName } from './travelWording.ts';

/** The rail times the comparison shows, with what they need to be put in words. */
export interface CsvTravel {
  travel: SiteTravel;
  network: RailNetwork;
  assumptions: AccessAssumptions;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * The comparison as CSV (UTF-8 with BOM, for Excel): one row per site, each criterion's value,
 * what it was measured to and its confidence, then — when the rail times are known — minutes,
 * confidence and route to each destination in 2022 and 2027 with the assumptions, then the score's
 * industries and the data notes. Headers, units and confidence are in `lang`, the language the
 * page was in when the user exported.
 */
export function compareCsv(sites: SiteAttributes[], scores: Scored[], lang: Lang, rail?: CsvTravel): string {
  const head = [t('siteCsv.id', lang), t('siteCsv.name', lang), t('siteCsv.score', lang), t('siteCsv.county', lang)];
  for (const c of MEASURED) {
    const unit = unitLabel(c.unit, lang);
    head.push(unit ? criterionHeader('siteCsv.value', c, lang, unit) : c.label[lang], criterionHeader('siteCsv.to', c, lang), criterionHeader('siteCsv.confidence', c, lang));
  }
  const trips = CARD_DESTINATIONS.flatMap((to) => CARD_YEARS.map((year) => ({ to, year })));
  if (rail) {
    for (const { to, year } of trips) {
      const p = { place: placeName(to, lang), year };
      head.push(tf('siteCsv.travel', lang, p), tf('siteCsv.travelConfidence', lang, p), tf('siteCsv.travelRoute', lang, p));
    }
    head.push(t('siteCsv.travelAssumptions', lang));
  }
  head.push(t('siteCsv.industries', lang), t('siteCsv.note', lang));
  const note = t('siteCsv.noteText', lang);
  const rows = sites.map((s) => {
    const score = scores.find((x) => x.id === s.id)?.score;
    const row: unknown[] = [s.id, lang === 'zh' ? s.name_zh : s.name_en, score === undefined ? '' : score.toFixed(1), s.county?.[`name_${lang}`] ?? ''];
    for (const c of MEASURED) {
      const fig = s.figures[c.id];
      const confidence = fig.confidence ? t(fig.confidence, lang) : '';
      row.push(fig.value === null ? '' : Number(fig.value.toFixed(c.id === 'parks10' ? 0 : 2)), fig.ref ? fig.ref[`name_${lang}`] : (fig.reason?.[lang] ?? ''), confidence);
    }
    if (rail) {
      for (const { to, year } of trips) {
        const j = rail.travel.get(s.id)?.[travelKey(to, year)];
        // Blank while unknown; "no route" when the model found none.
        if (j === undefined) row.push('', '', '');
        else if (j === null) row.push('', '', t('access.noTime', lang));
        else row.push(round1(j.minutes), confidenceWord(j.confidence, lang), routeText(j, rail.network, lang));
      }
      row.push(cardAssumptions(rail.assumptions, rail.network, lang));
    }
    row.push(s.industries?.[lang] ?? '', note);
    return row.map(csvCell).join(',');
  });
  return `\uFEFF${[head.map(csvCell).join(','), ...rows].join('\r\n')}\r\n`;
}
