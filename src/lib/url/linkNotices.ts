import type { Lang } from '../catalogue/types.ts';
import { describe } from '../i18n/describe.ts';
import type { Coded } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';

/** Filters and colours: a dropped one costs only itself, the view stays as the link says. */
const ATTRIBUTE = /^linkProblem\.(filter|colour)/;

/**
 * The notices for a link's unreadable parts, in the link's language. A part of the view (map,
 * layers, language…) falls back to its default and says so; a dropped filter or colour does not
 * touch the view, so its notice says what was left out and that the rest of the link applies.
 */
export function linkNotices(problems: readonly Coded[], lang: Lang): string[] {
  const sep = lang === 'zh' ? '；' : '; ';
  const view = problems.filter((p) => !ATTRIBUTE.test(p.key));
  const attribute = problems.filter((p) => ATTRIBUTE.test(p.key));
  const out: string[] = [];
  if (view.length) out.push(t('hashNotice', lang) + view.map((p) => describe(p, lang)).join(sep));
  if (attribute.length) out.push(t('linkFilterNotice', lang) + attribute.map((p) => describe(p, lang)).join(sep));
  return out;
}
