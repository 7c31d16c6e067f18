import { PROVENANCE_PROPS, type FieldSpec } from './types.ts';

/**
 * The field a feature property belongs to: itself, or for `note_zh` / `note_en` the localized
 * field `note`. Null for a provenance property (shown by the popup in its own places) or for
 * one the schema does not cover.
 */
export function fieldKeyOf(prop: string, fields: Readonly<Record<string, FieldSpec>>): string | null {
  if (PROVENANCE_PROPS.includes(prop)) return null;
  if (Object.hasOwn(fields, prop)) return prop;
  const m = /^(.+)_(zh|en)$/.exec(prop);
  if (m?.[1] && fields[m[1]]?.localized) return m[1];
  return null;
}

/** Properties of a layer's features that its field schema leaves a reader to guess at (raw keys). */
export function uncoveredProps(props: Iterable<string>, fields: Readonly<Record<string, FieldSpec>>): string[] {
  const out = new Set<string>();
  for (const p of props) if (!PROVENANCE_PROPS.includes(p) && fieldKeyOf(p, fields) === null) out.add(p);
  return [...out].sort();
}
