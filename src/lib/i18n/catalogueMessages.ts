import type { Localized } from '../catalogue/types.ts';

/** Layer panel, provenance and popups. */
export const CATALOGUE_MESSAGES = {
  fieldYes: { zh: '是', en: 'yes' },
  fieldNo: { zh: '否', en: 'no' },
  dataDate: { zh: '数据时间', en: 'Date of the data' },
} satisfies Record<string, Localized>;
