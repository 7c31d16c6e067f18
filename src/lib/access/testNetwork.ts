/** The committed network, read as the app reads it (tests only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRailNetwork } from './network.ts';
import type { RailNetwork } from './types.ts';

export const committedNetwork = (): RailNetwork => checkRailNetwork(JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/rail_network.json'), 'utf8')));
