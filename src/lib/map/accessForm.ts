/**
 * The access assumptions' form: each field's text checked against the ranges a link accepts
 * too (accessUrl.ts), so the form, the link and the model never disagree on what is valid.
 */
import type { Lang } from '../catalogue/types.ts';
import { tf } from '../i18n/describe.ts';
import { ACCESS_LIMITS, withinLimits } from '../url/accessUrl.ts';

export type AccessField = keyof typeof ACCESS_LIMITS;
export const ACCESS_FIELDS: readonly AccessField[] = ['speedKmh', 'detour', 'k', 'transferMinutes'];

/** The number typed, or the reason it cannot be used, in the UI language. */
export function readAccessField(field: AccessField, text: string, lang: Lang): { value: number } | { error: string } {
  const trimmed = text.trim().replace(/，/g, '.').replace(/。/g, '.');
  const value = trimmed === '' ? NaN : Number(trimmed);
  if (withinLimits(field, value)) return { value };
  const { min, max } = ACCESS_LIMITS[field];
  return { error: tf(field === 'k' ? 'accessMap.fieldWhole' : 'accessMap.fieldRange', lang, { min, max }) };
}
