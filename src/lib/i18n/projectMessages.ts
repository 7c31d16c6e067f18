import type { Localized } from '../catalogue/types.ts';

/** Words of the key projects layer (issue 16): the layer panel's "not drawn" counts and the site card's nearby projects. */
export const PROJECT_MESSAGES = {
  notDrawnCounty: { zh: '{n} 项仅知所在县市（或未说明地点），未上图', en: '{n} located only to a county or city (or not at all): listed, not drawn' },
  notDrawnSite: { zh: '{n} 项所在地本图无位置，未上图', en: '{n} at a site the atlas has no position for: listed, not drawn' },
  notDrawn: { zh: '{n} 项未上图（仅列表）', en: '{n} listed, not drawn' },
  nearbyProjects: { zh: '{km} 公里内的重点项目', en: 'Key projects within {km} km' },
  nearbyNone: { zh: '{km} 公里内没有重点项目', en: 'No key project within {km} km' },
  nearbyFiltered: { zh: '按当前筛选', en: 'as filtered' },
  industryInferredMark: { zh: '产业为推定', en: 'industry inferred' },
  nearbyNote: {
    zh: '距离按项目的示意位置（所在园区、乡镇或新城旁）计算；仅知县市的项目无法计算距离，未列入',
    en: 'Distances are to the projects’ schematic positions (beside their park, town or new city); projects known only to a county or city have none and are not listed',
  },
} satisfies Record<string, Localized>;
