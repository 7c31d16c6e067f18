import type { Lang } from '../catalogue/types.ts';
import { csvCell } from '../csv.ts';
import { CRITERIA } from './criteria.ts';
import type { Scored } from './score.ts';
import type { SiteAttributes } from './siteAttributes.ts';


/**
 * The comparison as CSV (UTF-8 with BOM, for Excel): one row per site, each criterion's value,
 * what it was measured to and its confidence, then the score and the data notes.
 */
export function compareCsv(sites: SiteAttributes[], scores: Scored[], lang: Lang): string {
  const head = ['id', 'name', 'score', 'county'];
  for (const c of CRITERIA) head.push(`${c.id} (${c.unit || 'n'})`, `${c.id}_to`, `${c.id}_confidence`);
  head.push('industries', 'note');
  const note = lang === 'zh' ? '示意要素为依据文字描述绘制，非测绘成果；距离为球面大圆距离' : 'Schematic features are drawn from descriptions, not survey data; distances are great-circle';
  const rows = sites.map((s) => {
    const score = scores.find((x) => x.id === s.id)?.score;
    const row: unknown[] = [s.id, lang === 'zh' ? s.name_zh : s.name_en, score === undefined ? '' : score.toFixed(1), s.county?.[`name_${lang}`] ?? ''];
    for (const c of CRITERIA) {
      const fig = s.figures[c.id];
      row.push(fig.value === null ? '' : Number(fig.value.toFixed(c.id === 'parks10' ? 0 : 2)), fig.ref ? fig.ref[`name_${lang}`] : (fig.reason?.[lang] ?? ''), fig.confidence ?? '');
    }
    row.push(s.industries ?? '', note);
    return row.map(csvCell).join(',');
  });
  return `\uFEFF${[head.join(','), ...rows].join('\r\n')}\r\n`;
}
