import { CodedError } from '../i18n/codedError.ts';
import { DESTINATIONS, type AccessAssumptions, type DestinationId } from './types.ts';

/** Throws a coded error for an assumption no figure can be computed with. */
export function checkAssumptions(a: AccessAssumptions): void {
  const bad = (name: string, value: unknown) => new CodedError('accessError.badAssumption', { name, value: String(value) });
  if (!(Number.isFinite(a.speedKmh) && a.speedKmh > 0)) throw bad('speedKmh', a.speedKmh);
  // Roads are never shorter than the straight line.
  if (!(Number.isFinite(a.detour) && a.detour >= 1)) throw bad('detour', a.detour);
  if (!(Number.isInteger(a.k) && a.k >= 1)) throw bad('k', a.k);
  if (!(Number.isFinite(a.transferMinutes) && a.transferMinutes >= 0)) throw bad('transferMinutes', a.transferMinutes);
  const s = a.scenario as Partial<{ year: unknown; custom: unknown }>;
  const ok = s && (s.year === '2022' || s.year === '2027' || (Array.isArray(s.custom) && s.custom.every((l) => typeof l === 'string')));
  if (!ok) throw bad('scenario', JSON.stringify(a.scenario));
}

export function checkDestination(to: string): asserts to is DestinationId {
  if (!DESTINATIONS.includes(to as DestinationId)) throw new CodedError('accessError.unknownDestination', { value: to, choices: DESTINATIONS.join(', ') });
}
