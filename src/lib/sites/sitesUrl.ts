import { MAX_COMPARE } from './compareSelection.ts';
import { CRITERIA, PRESETS, WEIGHT_MAX, type Weights } from './criteria.ts';
import { SCORE_MODES, type ScoreMode } from './score.ts';
import { CARD_DESTINATIONS, CARD_YEARS, DEFAULT_TARGET, travelKey, type TravelTarget } from './siteTravel.ts';

/**
 * Site selection and weights in the URL: `sites=park-zhongbei,dayu-core&w=2.1.1.1.1.1.1.1.0`
 * (weights in the order of CRITERIA). Links from before the rail-time criterion carry one weight
 * fewer: they still open, with that criterion off. Anything unreadable falls back to the balanced preset.
 */
export function formatWeights(w: Weights): string {
  return CRITERIA.map((c) => String(w[c.id])).join('.');
}

export function parseWeights(text: string | null): Weights | null {
  if (!text) return null;
  const parts = text.split('.');
  // A link made before the rail-time criterion (the last) existed: that weight is 0.
  if (parts.length === CRITERIA.length - 1) parts.push('0');
  if (parts.length !== CRITERIA.length || !parts.every((p) => /^\d+$/.test(p) && Number(p) <= WEIGHT_MAX)) return null;
  return Object.fromEntries(CRITERIA.map((c, i) => [c.id, Number(parts[i])])) as Weights;
}

const ID = /^[\w.-]{1,80}$/;

export function parseSiteIds(text: string | null): string[] {
  if (!text) return [];
  return [...new Set(text.split(',').filter((id) => ID.test(id)))].slice(0, MAX_COMPARE);
}

export const defaultWeights = (): Weights => ({ ...PRESETS.balanced.weights });

/**
 * The scoring's mode and the rail-time criterion's target in the URL: `sc=relative~beijing-2022`;
 * each part may be left out (absolute, 雄安 2027). Null for anything unreadable.
 */
export interface Scoring {
  mode: ScoreMode;
  target: TravelTarget;
}
export const defaultScoring = (): Scoring => ({ mode: 'absolute', target: { ...DEFAULT_TARGET } });

export function formatScoring(s: Scoring): string | null {
  const parts = [s.mode === 'absolute' ? '' : s.mode, s.target.to === DEFAULT_TARGET.to && s.target.year === DEFAULT_TARGET.year ? '' : travelKey(s.target.to, s.target.year)].filter(Boolean);
  return parts.length ? parts.join('~') : null;
}

export function parseScoring(text: string | null): Scoring | null {
  if (!text) return null;
  const out = defaultScoring();
  for (const part of text.split('~')) {
    if ((SCORE_MODES as readonly string[]).includes(part)) out.mode = part as ScoreMode;
    else {
      const target = CARD_DESTINATIONS.flatMap((to) => CARD_YEARS.map((year) => ({ to, year }))).find((x) => travelKey(x.to, x.year) === part);
      if (!target) return null;
      out.target = target;
    }
  }
  return out;
}
