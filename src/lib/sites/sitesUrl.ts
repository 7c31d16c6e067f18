import { MAX_COMPARE } from './compareSelection.ts';
import { CRITERIA, PRESETS, WEIGHT_MAX, type Weights } from './criteria.ts';

/**
 * Site selection and weights in the URL: `sites=park-zhongbei,dayu-core&w=2.1.1.1.1.1.1.1`
 * (weights in the order of CRITERIA). Anything unreadable falls back to the balanced preset.
 */
export function formatWeights(w: Weights): string {
  return CRITERIA.map((c) => String(w[c.id])).join('.');
}

export function parseWeights(text: string | null): Weights | null {
  if (!text) return null;
  const parts = text.split('.');
  if (parts.length !== CRITERIA.length || !parts.every((p) => /^\d+$/.test(p) && Number(p) <= WEIGHT_MAX)) return null;
  return Object.fromEntries(CRITERIA.map((c, i) => [c.id, Number(parts[i])])) as Weights;
}

const ID = /^[\w.-]{1,80}$/;

export function parseSiteIds(text: string | null): string[] {
  if (!text) return [];
  return [...new Set(text.split(',').filter((id) => ID.test(id)))].slice(0, MAX_COMPARE);
}

export const defaultWeights = (): Weights => ({ ...PRESETS.balanced.weights });
