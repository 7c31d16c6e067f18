/**
 * Rail accessibility (issue 15): the words of travel times, their confidence and assumptions,
 * and the rail network file's coded errors. Keys start with `access` (the maps' words join
 * them here).
 */
export const ACCESS_MESSAGES = {
  // Durations: "3 小时 40 分" / "3 h 40 min" (src/lib/access/wording.ts).
  'access.hoursMinutes': { zh: '{h} 小时 {m} 分', en: '{h} h {m} min' },
  'access.hours': { zh: '{h} 小时', en: '{h} h' },
  'access.minutes': { zh: '{m} 分', en: '{m} min' },
  'access.noTime': { zh: '无法到达', en: 'no route' },
  // The research's marks, on a time: an estimate anywhere in the chain makes the whole an estimate.
  'access.confirmed': { zh: '有据', en: 'confirmed' },
  'access.inferred': { zh: '推定', en: 'inferred' },
  'access.estimate': { zh: '估算', en: 'estimate' },
  'access.assumptions': {
    zh: '假设：公路时速 {speed} 公里，绕行系数 {detour}，可到最近 {k} 个车站；每次换乘 {transfer} 分钟；按距离推算的区段每站加 {dwell} 分钟；{scenario}',
    en: 'Assumes: road {speed} km/h, detour {detour}, any of the {k} nearest stations; {transfer} min per change; {dwell} min per stop on sections timed from distance; {scenario}',
  },
  'access.scenario2022': { zh: '现状线网（2022 情景）', en: "today's network (2022 scenario)" },
  'access.scenario2027': { zh: '雄忻高铁通车后（2027 情景，规划）', en: 'with the Xiongxin HSR open (2027 scenario, planned)' },
  'access.scenarioCustom': { zh: '自选线路：{lines}', en: 'chosen lines: {lines}' },
  'access.scenarioNone': { zh: '未选线路', en: 'no line chosen' },
  'access.listJoin': { zh: '、', en: ', ' },
  // A route, step by step: "公路 12.2 km 至阳曲西站（24 分）；大西高铁 阳曲西站→忻州西站（18 分）；…".
  'access.roadLeg': { zh: '公路 {km} km 至{station}（{time}）', en: 'road {km} km to {station} ({time})' },
  'access.routeStep': { zh: '{line} {from}→{to}（{time}）', en: '{line} {from}→{to} ({time})' },
  'access.transfers': { zh: '换乘 {n} 次', en: '{n} changes' },
  'access.transfer': { zh: '换乘 1 次', en: '1 change' },
  'access.noTransfer': { zh: '无需换乘', en: 'no change' },
  'access.transferOne': { zh: '{changes}（{time}）', en: '{changes} ({time})' },
  'access.transferEach': { zh: '{changes}（每次 {time}）', en: '{changes} ({time} each)' },

  // The rail network file (data/rail_network.json) and the access settings.
  'accessError.notNetwork': { zh: '铁路网文件格式不对（缺少车站、线路、区段或目的地列表）', en: 'the rail network file is not a network (nodes, lines, edges, destinations)' },
  'accessError.badNode': { zh: '铁路网车站 {at} 的 {field} 无效', en: 'rail network node {at}: bad {field}' },
  'accessError.badLine': { zh: '铁路网线路 {at} 的 {field} 无效', en: 'rail network line {at}: bad {field}' },
  'accessError.badEdge': { zh: '铁路网区段 {at} 的 {field} 无效', en: 'rail network edge {at}: bad {field}' },
  'accessError.badClaim': { zh: '铁路网官方说法 {at} 的 {field} 无效', en: 'rail network claim {at}: bad {field}' },
  'accessError.duplicate': { zh: '铁路网中编号“{id}”重复', en: 'rail network: the id "{id}" is used twice' },
  'accessError.badDestination': { zh: '铁路网目的地 {destination} 没有有效车站', en: 'rail network destination {destination} has no valid node' },
  'accessError.badDwell': { zh: '铁路网停站时间无效', en: 'rail network: bad dwell minutes' },
  'accessError.badCaveats': { zh: '铁路网说明文字无效', en: 'rail network: bad caveats' },
  'accessError.http': { zh: '铁路网文件加载失败（{status}）', en: 'the rail network file could not be loaded ({status})' },
  'accessError.unknownDestination': { zh: '未知目的地“{value}”（可选：{choices}）', en: 'unknown destination "{value}" (one of {choices})' },
  'accessError.badAssumption': { zh: '出行假设 {name} 无效：{value}', en: 'access assumption {name} is not valid: {value}' },
  'accessError.badGrid': { zh: '网格无效（范围或格网大小有误）', en: 'bad grid (extent or cell size)' },
};
