/**
 * What the rail network states beside its figures: the official claims (never edges) and the
 * caveats of the model, both from the research (rail-times.md §2 and §5).
 */
import type { Localized } from '../../src/lib/catalogue/types.ts';
import type { OfficialClaim } from '../../src/lib/access/types.ts';

export const CLAIMS: OfficialClaim[] = [
  {
    from: 'stn-xinzhouxi',
    to: 'xiongan',
    year: '2027',
    minutes: 60,
    text: { zh: '官方说法：“从忻州到雄安乘坐高铁仅需1小时”（规划说法，非时刻表）', en: 'Official claim: "from Xinzhou to Xiong\'an by HSR in only 1 hour" (a planning claim, not a timetable)' },
    source: { zh: '太原日报 2022-06-26', en: 'Taiyuan Daily (太原日报) 2022-06-26' },
  },
  {
    from: 'stn-taiyuannan',
    to: 'beijing',
    year: '2027',
    minutes: 90,
    text: {
      zh: '官方说法：“从太原到北京乘坐高铁仅需1.5个小时”。按里程与速度核算不成立：约 519 km 需约 2 小时 15 分至 2 小时 35 分',
      en: 'Official claim: "Taiyuan to Beijing by HSR in only 1.5 hours". It fails the arithmetic: ≈519 km take ≈2 h 15 min to 2 h 35 min',
    },
    source: { zh: '太原日报 2022-06-26；太原晚报 2022-05-05', en: 'Taiyuan Daily (太原日报) 2022-06-26; Taiyuan Evening News (太原晚报) 2022-05-05' },
  },
];

export const CAVEATS: Localized[] = [
  {
    zh: '未查到现行（2025/26 年）12306 时刻表：区内大西高铁的时间来自 2018 年开通方案、旧示例时刻表或按距离推算，发布前应以 12306 核对。',
    en: 'No current (2025/26) 12306 timetable was found: the Datong–Xi\'an HSR times in the zone come from the 2018 opening plan, an old sample timetable or distance and speed. Check them against 12306 before publishing.',
  },
  {
    zh: '原平西的列车进入雄忻高铁可能需在忻州西折返（环评所列顿村线路所或为北向联络线，未证实）：模型按在忻州西换乘计，即加一次换乘时间（默认 15 分钟，研究估计折返另需 10–15 分钟）。',
    en: 'Trains from Yuanping West may have to reverse at Xinzhou West to reach the Xiongxin HSR (the EIA\'s Duncun junction may be a north-facing chord: unverified): the model makes you change at Xinzhou West, costing one transfer (15 min by default; the research reckons 10–15 min for a reversal).',
  },
  {
    zh: '雄忻高铁车站位置为示意（误差 2–12 km），区段里程为估计；模型中最快列车只在线路交汇站（忻州西、保定东、雄安）停靠；在定襄北、五台县上车的列车此后不停站直达保定东、雄安（研究估计定襄北至雄安 55–65 分钟、五台县 50–60 分钟）；往返其他车站按站站停计。',
    en: 'The Xiongxin HSR station positions are schematic (±2–12 km) and its section lengths estimates; in the model the fastest trains stop at most where lines meet (Xinzhou West, Baoding East, Xiong\'an); a train boarded at Dingxiang North or Wutai County runs non-stop from there to Baoding East and Xiong\'an (the research reckons 55–65 and 50–60 min to Xiong\'an); the other stations are served by trains stopping at every station.',
  },
  {
    zh: '“2022 情景”为现状线网（含 2024-12-31 开通的集大原高铁；未含 2026 年起经保定东开往白洋淀的列车）。',
    en: 'The "2022" scenario is today\'s network (with the Jining–Datong–Yuanping HSR, opened 2024-12-31; without the trains running via Baoding East to Baiyangdian since 2026).',
  },
];
