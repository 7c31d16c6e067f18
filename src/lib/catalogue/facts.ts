import type { Localized } from './types.ts';

export type FactConfidence = 'confirmed' | 'inferred';

/** A figure or statement about the zone, with its date and source: the "projects & facts" table. */
export interface Fact {
  id: string;
  topic: Localized;
  value: Localized;
  date: string;
  /** Outlet names and titles stay as published in both; the connecting words are translated. */
  source: Localized;
  confidence: FactConfidence;
}

const isLocalized = (v: unknown): v is Localized =>
  typeof v === 'object' && v !== null && typeof (v as Localized).zh === 'string' && (v as Localized).zh !== '' && typeof (v as Localized).en === 'string' && (v as Localized).en !== '';

/** Validates data/facts.json; problems name the fact and the field. */
export function parseFacts(input: unknown): { facts: Fact[]; problems: string[] } {
  const problems: string[] = [];
  const list = (input as { facts?: unknown } | null)?.facts;
  if (!Array.isArray(list)) return { facts: [], problems: ['data/facts.json: expected {"facts": [...]}'] };
  const facts: Fact[] = [];
  const ids = new Set<string>();
  list.forEach((f: Record<string, unknown>, i) => {
    const where = `data/facts.json #${i}${typeof f?.id === 'string' ? ` (${f.id})` : ''}`;
    const before = problems.length;
    if (typeof f?.id !== 'string' || !f.id) problems.push(`${where}: "id" must be a non-empty string`);
    else if (ids.has(f.id)) problems.push(`${where}: duplicate id`);
    if (!isLocalized(f?.topic)) problems.push(`${where}: "topic" needs zh and en`);
    if (!isLocalized(f?.value)) problems.push(`${where}: "value" needs zh and en`);
    if (typeof f?.date !== 'string' || !/^\d{4}(-\d{2}){0,2}$/.test(f.date)) problems.push(`${where}: "date" must be YYYY[-MM[-DD]]`);
    if (!isLocalized(f?.source)) problems.push(`${where}: "source" needs zh and en`);
    if (f?.confidence !== 'confirmed' && f?.confidence !== 'inferred') problems.push(`${where}: "confidence" must be confirmed or inferred`);
    if (problems.length === before) {
      ids.add(f.id as string);
      facts.push(f as unknown as Fact);
    }
  });
  return { facts, problems };
}
