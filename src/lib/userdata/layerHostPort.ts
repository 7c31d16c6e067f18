import { Transfer } from '../worker/rpc.ts';
import type { LayerHost } from './layerHost.ts';

/** What the query worker may ask of the layer host, over its own port. */
export function layerHostPortHandlers(host: LayerHost) {
  return {
    async fgb(args: { id: string }): Promise<Transfer<Uint8Array>> {
      const bytes = await host.fgb(args.id);
      return new Transfer(bytes, [bytes.buffer]);
    },
  };
}

export type LayerHostPortHandlers = ReturnType<typeof layerHostPortHandlers>;
