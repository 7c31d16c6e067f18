/**
 * The query engine from the command line, on the same data the app serves:
 *   npm run --silent query -- within --target parks --source stations --km 5 [--format csv]
 *   npm run --silent query -- nearest --target stations --source parks --k 3
 *   npm run --silent query -- along --target parks --source xiongxin --km 10
 *   npm run --silent query -- inside --target stations --source dayu
 *   npm run --silent query -- access --from parks --to xiongan --scenario 2027 [--speed 40 --detour 1.3 --k 3 --transfer 15]
 * <layer> is a catalogue id or a path to a .geojson / .fgb file. Prints GeoJSON (or CSV) on
 * stdout; errors print one line on stderr and exit 2. `--help` (or `access --help`) prints usage.
 */
import { parseArgs } from 'node:util';
import { resultToCsv, resultToGeoJSON } from '../src/lib/query/exportResult.ts';
import { QUERY_OPS, QueryError, runQuery, type QueryOp } from '../src/lib/query/runQuery.ts';
import { CodedError } from '../src/lib/i18n/codedError.ts';
import { runAccess } from './query/accessCommand.ts';
import { accessHelp, UsageError } from './query/accessOptions.ts';
import { FileLayers } from './query/fileLayers.ts';

function fail(message: string, who = 'query'): never {
  process.stderr.write(`${who}: ${message.split('\n')[0]}\n`);
  process.exit(2);
}

const HELP = `Usage: npm run --silent query -- <operation> [options]

  within   --target <layer> --source <layer> --km <distance>   targets within a distance of any source
  nearest  --target <layer> --source <layer> [--k 1]           the k nearest targets to each source
  along    --target <layer> --source <layer> --km <distance>   targets within a distance of a source line
  inside   --target <layer> --source <layer>                   targets in (or touching) a source area
  access   --from <layer> --to <destination>                   door-to-door rail time (access --help)

<layer> is a catalogue id (e.g. parks, stations) or a path to a .geojson / .fgb file.
--format geojson (default) or csv. Results on stdout; errors, one line on stderr, exit 2.
`;

// parseArgs reads "--km -1" as a missing value; join negative numbers to their option so the
// range check below can say what is wrong with them.
const NUMERIC = /^--(km|k|speed|detour|transfer)$/;
const argv = process.argv.slice(2).flatMap((a, i, all) => (NUMERIC.test(a) && /^-\d/.test(all[i + 1] ?? '') ? [] : /^-\d/.test(a) && NUMERIC.test(all[i - 1] ?? '') ? [`${all[i - 1]}=${a}`] : [a]));

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        target: { type: 'string' },
        source: { type: 'string' },
        km: { type: 'string' },
        k: { type: 'string' },
        format: { type: 'string', default: 'geojson' },
        // access (scripts/query/accessCommand.ts)
        from: { type: 'string' },
        to: { type: 'string' },
        scenario: { type: 'string' },
        speed: { type: 'string' },
        detour: { type: 'string' },
        transfer: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    // parseArgs adds a hint about positionals that does not apply here: keep its first sentence.
    fail(`${(e as Error).message.split('. ')[0]} (see --help)`, process.argv[2] === 'access' ? 'query access' : 'query');
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(positionals[0] === 'access' ? accessHelp() : HELP);
    return;
  }
  if (positionals[0] === 'access') {
    const who = 'query access';
    if (!values.from) fail('--from <layer|file> is required (see --help)', who);
    if (!values.to) fail('--to <destination> is required (see --help)', who);
    if (values.format !== 'geojson' && values.format !== 'csv') fail(`--format must be geojson or csv (got "${values.format}")`, who);
    try {
      const run = await runAccess({ ...values, from: values.from, to: values.to }, values.format);
      // Notes go to stderr so that piped GeoJSON / CSV stays clean.
      for (const note of run.notes) process.stderr.write(`${who}: ${note}\n`);
      process.stdout.write(run.text);
    } catch (e) {
      fail(e instanceof UsageError || e instanceof QueryError || e instanceof CodedError ? e.message : String(e), who);
    }
    return;
  }
  const op = positionals[0] as QueryOp | undefined;
  if (!op || !QUERY_OPS.includes(op)) fail(`operation must be one of ${[...QUERY_OPS, 'access'].join(', ')} (see --help)`);
  if (!values.target) fail('--target <layer> is required');
  if (!values.source) fail('--source <layer> is required');
  if (values.format !== 'geojson' && values.format !== 'csv') fail('--format must be geojson or csv');
  let meters: number | undefined;
  if (op === 'within' || op === 'along') {
    if (values.km === undefined) fail(`${op} needs --km <distance>`);
    const km = Number(values.km);
    if (!Number.isFinite(km) || km < 0) fail(`--km must be a number ≥ 0, got "${values.km}"`);
    meters = km * 1000;
  }
  const k = values.k === undefined ? 1 : Number(values.k);
  if (!Number.isInteger(k) || k < 1) fail(`--k must be a whole number ≥ 1, got "${String(values.k)}"`);

  const result = await runQuery({ op, target: values.target, source: { kind: 'layer', layer: values.source }, meters, k }, new FileLayers());
  process.stdout.write(values.format === 'csv' ? resultToCsv(result) : `${JSON.stringify(resultToGeoJSON(result))}\n`);
}

main().catch((e: unknown) => fail(e instanceof QueryError || e instanceof CodedError || e instanceof RangeError || e instanceof TypeError ? e.message : String(e)));
