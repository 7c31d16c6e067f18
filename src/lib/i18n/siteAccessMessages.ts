/**
 * Rail times on site cards, the travel-time criterion and absolute scores (issue 15). Keys start
 * with `siteAccess` (and `siteCsv.` for the comparison's travel-time columns).
 */
export const SITE_ACCESS_MESSAGES = {
  'siteAccess.title': { zh: '铁路通达时间（门到门）', en: 'Rail travel time (door to door)' },
  'siteAccess.xiongan': { zh: '雄安', en: "Xiong'an" },
  'siteAccess.beijing': { zh: '北京', en: 'Beijing' },
  'siteAccess.shijiazhuang': { zh: '石家庄', en: 'Shijiazhuang' },
  'siteAccess.taiyuan': { zh: '太原', en: 'Taiyuan' },
  // "到雄安" / "To Xiong'an", before "4 小时 51 分 → 2 小时 05 分（2027）".
  'siteAccess.to': { zh: '到{place}', en: 'To {place}' },
  'siteAccess.year': { zh: '（{year}）', en: ' ({year})' },
  'siteAccess.loading': { zh: '正在计算铁路时间…', en: 'Computing rail times…' },
  'siteAccess.failed': { zh: '铁路时间无法计算：{why}', en: 'Rail times could not be computed: {why}' },
  'siteAccess.noPoint': { zh: '该选址没有位置，无法计算', en: 'This site has no position to measure from' },
  'siteAccess.routeLabel': { zh: '路线', en: 'Route' },
  'siteAccess.claim': { zh: '官方称 {time}', en: 'officially {time}' },
  'siteAccess.claimMark': { zh: '说法', en: 'claim' },
  'siteAccess.modelNote': {
    zh: '模型估算的门到门时间，非时刻表。“估算”：链路中至少一段列车时间为估算值；“推定”：至少一段由研究推定、无一段为估算；未标注：各段列车时间均有公开数字。公路段与换乘时间总是按上面的假设计算。',
    en: 'Door-to-door times from the model, not a timetable. "estimate": at least one train section is estimated; "inferred": at least one was inferred by the research, none estimated; unmarked: every train section has a published figure. The road leg and the changes always follow the assumptions above.',
  },
  'siteAccess.assumptionsTitle': { zh: '出行假设', en: 'Travel assumptions' },
  'siteAccess.scenarios': { zh: '{from} → {to}', en: '{from} → {to}' },
  // The travel-time criterion and the score's mode.
  'siteAccess.target': { zh: '通达目的地', en: 'Travel time to' },
  'siteAccess.targetOption': { zh: '{place}（{year}）', en: '{place} ({year})' },
  'siteAccess.modeAbsolute': { zh: '绝对评分（固定阈值）', en: 'Absolute (fixed thresholds)' },
  'siteAccess.modeRelative': { zh: '相对评分（候选间最小–最大）', en: 'Relative (min–max over candidates)' },
  'siteAccess.modeLabel': { zh: '评分方式', en: 'Scoring' },
  'siteAccess.thresholdsTitle': { zh: '评分阈值', en: 'Score thresholds' },
  'siteAccess.thresholdLower': { zh: '{criterion}：≤ {full} {unit} 得 100，≥ {zero} {unit} 得 0，其间线性', en: '{criterion}: ≤ {full} {unit} scores 100, ≥ {zero} {unit} scores 0, linear between' },
  'siteAccess.thresholdHigher': { zh: '{criterion}：≥ {full} {unit} 得 100，{zero} {unit} 得 0，其间线性', en: '{criterion}: ≥ {full} {unit} scores 100, {zero} {unit} scores 0, linear between' },
  'siteAccess.absoluteNote': { zh: '绝对评分：每项按固定阈值换算为 0–100，新增或删除选址不改变其他选址的得分。', en: 'Absolute scores: each criterion maps its value to 0–100 through fixed thresholds, so adding or removing a site changes no other site\'s score.' },
  'siteAccess.relativeNote': { zh: '相对评分：每项在当前候选之间按最小–最大归一，新增选址会改变其他选址的得分。', en: 'Relative scores: each criterion is scaled between the current candidates\' minimum and maximum, so adding a site changes the others\' scores.' },
  'siteAccess.criterionLabel': { zh: '到{place}铁路时间（{year}）', en: 'Rail time to {place} ({year})' },
  'siteAccess.pending': { zh: '计算中', en: 'computing' },
  'siteAccess.minUnit': { zh: '分钟', en: 'min' },
  'linkProblem.scoring': { zh: '评分设置“{value}”无效', en: 'scoring "{value}" is not valid' },
  // The comparison's CSV: minutes, confidence and route per destination and year.
  'siteCsv.travel': { zh: '到{place}·{year}（分钟）', en: 'to {place} {year} (min)' },
  'siteCsv.travelConfidence': { zh: '到{place}·{year}·可信度', en: 'to {place} {year}: confidence' },
  'siteCsv.travelRoute': { zh: '到{place}·{year}·路线', en: 'to {place} {year}: route' },
  'siteCsv.travelAssumptions': { zh: '铁路时间假设', en: 'rail time assumptions' },
};
