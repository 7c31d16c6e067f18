import { scenarioKey, unknownLines } from '../access/scenario.ts';
import type { AtlasState } from './atlasState.svelte.ts';

/**
 * A link's chosen lines are read before the rail network is on the page. When the link asks for
 * a custom scenario, the network is fetched and ids it does not hold are dropped from the state
 * (and so from the link), with a notice naming them; the other lines stay as the link says.
 */
export function checkLinkedLines(atlas: AtlasState): void {
  const scenario = atlas.access.scenario;
  if ('year' in scenario) return;
  const asked = { custom: [...scenario.custom] };
  void import('./railNetworkOnPage.ts')
    .then(({ railNetworkOnPage }) => railNetworkOnPage())
    .then(
      (network) => {
        // The reader may have changed the scenario meanwhile: theirs stands.
        if (scenarioKey(atlas.access.scenario) !== scenarioKey(asked)) return;
        const unknown = unknownLines(network, asked);
        if (!unknown.length) return;
        atlas.access = { ...atlas.access, scenario: { custom: asked.custom.filter((id) => !unknown.includes(id)) } };
        atlas.notify({ key: 'accessLink.unknownLines', params: { value: unknown.join(', ') } });
      },
      // Without the network the map says so itself; the link is left as it is.
      () => undefined,
    );
}
