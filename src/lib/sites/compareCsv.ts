import type { Lang } from '../catalogue/types.ts';
import { csvCell } from '../csv.ts';
import { t } from '../i18n/messages.ts';
import { CRITERIA } from './criteria.ts';
import { criterionHeader, unitLabel } from './siteWording.ts';
import type { Scored } from './score.ts';
import type { SiteAttributes } from './siteAttributes.ts';

/**
 * The comparison as CSV (UTF-8 with BOM, for Excel): one row per site, each criterion's value,
 * what it was measured to and its confidence, then the score and the data notes. Headers,
 * units and confidence are in `lang`, the language the page was in when the user exported.
 */
export function compareCsv(sites: SiteAttributes[], scores: Scored[], lang: Lang): string {
  const head = [t('siteCsv.id', lang), t('siteCsv.name', lang), t('siteCsv.score', lang), t('siteCsv.county', lang)];
  for (const c of CRITERIA) {
    const unit = unitLabel(c.unit, lang);
    head.push(unit ? criterionHeader('siteCsv.value', c, lang, unit) : c.label[lang], criterionHeader('siteCsv.to', c, lang), criterionHeader('siteCsv.confidence', c, lang));
  }
  head.push(t('siteCsv.industries', lang), t('siteCsv.note', lang));
  const note = t('siteCsv.noteText', lang);
  const rows = sites.map((s) => {
    const score = scores.find((x) => x.id === s.id)?.score;
    const row: unknown[] = [s.id, lang === 'zh' ? s.name_zh : s.name_en, score === undefined ? '' : score.toFixed(1), s.county?.[`name_${lang}`] ?? ''];
    for (const c of CRITERIA) {
      const fig = s.figures[c.id];
      const confidence = fig.confidence ? t(fig.confidence, lang) : '';
      row.push(fig.value === null ? '' : Number(fig.value.toFixed(c.id === 'parks10' ? 0 : 2)), fig.ref ? fig.ref[`name_${lang}`] : (fig.reason?.[lang] ?? ''), confidence);
    }
    row.push(s.industries?.[lang] ?? '', note);
    return row.map(csvCell).join(',');
  });
  return `\uFEFF${[head.map(csvCell).join(','), ...rows].join('\r\n')}\r\n`;
}
