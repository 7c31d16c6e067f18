/**
 * Which layer's filter and colour editor is open (one at a time, under its layer's row), shared
 * by the buttons in the layer lists and the editors' slots.
 */
export const attributeEditor = $state<{ layer: string | null }>({ layer: null });
