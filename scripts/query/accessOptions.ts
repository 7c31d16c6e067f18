/**
 * The access subcommand's flags: its help text and the checks on what was typed. Ranges come
 * from ACCESS_LIMITS, the same the app's form and links accept, so a CLI figure can always be
 * reproduced in the app (and the help cannot drift from the checks).
 */
import { DEFAULT_ASSUMPTIONS, DESTINATIONS, type AccessAssumptions, type DestinationId } from '../../src/lib/access/types.ts';
import { ZONE_BBOX } from '../../src/lib/catalogue/types.ts';
import { ACCESS_LIMITS, withinLimits } from '../../src/lib/url/accessUrl.ts';

/** A mistake in what was typed: query.ts prints it as is, prefixed "query access:". */
export class UsageError extends Error {}

export interface AccessOptions {
  from: string;
  to: string;
  scenario?: string;
  speed?: string;
  detour?: string;
  k?: string;
  transfer?: string;
}

type Field = keyof typeof ACCESS_LIMITS;

/** Each numeric flag, the assumption it sets, and its unit for the help. */
const NUMERIC_FLAGS: ReadonlyArray<{ flag: 'speed' | 'detour' | 'k' | 'transfer'; field: Field; arg: string; what: string }> = [
  { flag: 'speed', field: 'speedKmh', arg: '<km/h>', what: 'road speed to the station' },
  { flag: 'detour', field: 'detour', arg: '<factor>', what: 'road length ÷ straight line' },
  { flag: 'k', field: 'k', arg: '<n>', what: 'nearest stations the road leg may reach' },
  { flag: 'transfer', field: 'transferMinutes', arg: '<min>', what: 'minutes per change of line' },
];

const YEARS = ['2022', '2027'] as const;

const range = (field: Field): string => `${field === 'k' ? 'whole number ' : ''}${ACCESS_LIMITS[field].min}–${ACCESS_LIMITS[field].max}`;

export function accessHelp(): string {
  const pad = (s: string) => s.padEnd(22);
  const [w, s, e, n] = ZONE_BBOX;
  return [
    'Usage: npm run --silent query -- access --from <layer|file> --to <destination> [options]',
    '',
    'Door-to-door rail time from each feature (its point, or a point on its line or in its area,',
    'as site cards use) to a destination, on the rail network the app serves.',
    '',
    `  ${pad('--from <layer|file>')}a catalogue layer id (e.g. parks) or a .geojson / .json / .fgb file`,
    `  ${pad('--to <destination>')}${DESTINATIONS.join(', ')}`,
    `  ${pad('--scenario <year>')}2022 = today's network (default), 2027 = with the Xiongxin HSR (planned)`,
    `  ${pad('--format <format>')}geojson (default) or csv (UTF-8 with BOM)`,
    ...NUMERIC_FLAGS.map((f) => `  ${pad(`--${f.flag} ${f.arg}`)}${f.what}: ${range(f.field)}, default ${DEFAULT_ASSUMPTIONS[f.field]}`),
    `  ${pad('-h, --help')}this text`,
    '',
    'minutes is to a tenth (for sorting and checking); time_zh / time_en are rounded to 5 min,',
    `as the app shows them. outside_area is true for points outside the zone (${w}–${e}°E,`,
    `${s}–${n}°N), where the road leg (straight line × detour) is not meant to hold.`,
    'id is properties.id, else the feature id, else the row number (from 1); name_zh / name_en',
    'fall back to name, 名称 or NAME (name_en only when that name has no Chinese characters).',
    '',
  ].join('\n');
}

/** One line on stderr when --scenario is left out: which network the figures are for. */
export const SCENARIO_NOTE = "--scenario not given: using 2022 (today's network); add --scenario 2027 for the network with the Xiongxin HSR";

export function checkTo(to: string): DestinationId {
  if (!DESTINATIONS.includes(to as DestinationId)) throw new UsageError(`--to must be one of ${DESTINATIONS.join(', ')} (got "${to}")`);
  return to as DestinationId;
}

/** The assumptions from the flags (the app's defaults where a flag is absent), within the app's ranges. */
export function assumptionsFrom(o: AccessOptions): AccessAssumptions {
  const year = o.scenario ?? '2022';
  if (!(YEARS as readonly string[]).includes(year)) throw new UsageError(`--scenario must be ${YEARS.join(' or ')} (got "${year}")`);
  const a: AccessAssumptions = { ...DEFAULT_ASSUMPTIONS, scenario: { year: year as (typeof YEARS)[number] } };
  for (const { flag, field } of NUMERIC_FLAGS) {
    const typed = o[flag];
    if (typed === undefined) continue;
    // Number('') is 0 and Number(' 7 ') is 7: only a plain decimal is taken as typed.
    const x = /^-?(\d+\.?\d*|\.\d+)$/.test(typed.trim()) ? Number(typed) : NaN;
    if (!withinLimits(field, x)) throw new UsageError(`--${flag} must be a ${field === 'k' ? 'whole ' : ''}number from ${ACCESS_LIMITS[field].min} to ${ACCESS_LIMITS[field].max} (got ${typed === '' ? '""' : typed})`);
    a[field] = x;
  }
  return a;
}
