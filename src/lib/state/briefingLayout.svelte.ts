/**
 * What a running show's title band covers of the map: the distance from the map's top to the
 * band's bottom, in CSS px (0 with no band). The player measures it; the legend keeps below it.
 */
export const briefingLayout = $state({ bandBottom: 0 });
