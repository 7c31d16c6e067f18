/**
 * The figures the rail network is built from, copied by hand from the project's research
 * (../shared/data/research/rail-times.md / .json, compiled 2026-11-26) with their sources, so
 * that the derivation, the app and the tests never read ../shared. Here: hubs, lines and stated
 * figures; railNetworkSections.ts has the sections timed from distance, railNetworkClaims.ts the
 * claims and caveats. railNetwork.ts turns them into data/rail_network.json; data/README.md
 * ("Rail network") states the rules.
 */
import type { Confidence, DestinationId, ScenarioYear } from '../../src/lib/access/types.ts';
import type { Localized } from '../../src/lib/catalogue/types.ts';

/** Minutes a stop adds to a section timed from distance (standing time plus some of the braking). */
export const DWELL_MINUTES = 3;

/** Stations outside the stations layer: published coordinates, with how far off they may be. */
export interface HubSpec {
  id: string;
  name: Localized;
  coord: [number, number];
  accuracyM: number;
  source: Localized;
}

const WIKI = (en: string, zh: string, page: string): Localized => ({ zh: `${zh}：英文维基百科相应条目（存档副本）`, en: `${en}: English Wikipedia, "${page}" (stored copy)` });

export const HUBS: HubSpec[] = [
  { id: 'hub-beijingxi', name: { zh: '北京西站', en: 'Beijing West' }, coord: [116.322062, 39.894914], accuracyM: 300, source: WIKI('coordinates', '坐标', 'Beijing West railway station') },
  {
    id: 'hub-beijingfengtai',
    name: { zh: '北京丰台站', en: 'Beijing Fengtai' },
    coord: [116.28861, 39.84833],
    accuracyM: 500,
    source: WIKI('coordinates of the station site (the rebuilt station opened there on 2022-06-20)', '车站所在地坐标（改建后的车站 2022-06-20 在原址启用）', 'Fengtai Railway Station'),
  },
  {
    id: 'hub-beijingbei',
    name: { zh: '北京北站', en: 'Beijing North' },
    coord: [116.34722, 39.94528],
    accuracyM: 300,
    source: WIKI('coordinates; terminus of the Beijing–Zhangjiakou HSR trains from Datong South (some end at Qinghe)', '坐标；大同南方向京张高铁列车的终点（部分列车终到清河）', 'Beijing North Railway Station'),
  },
  { id: 'hub-shijiazhuang', name: { zh: '石家庄站', en: 'Shijiazhuang' }, coord: [114.4785, 38.009722], accuracyM: 300, source: WIKI('coordinates', '坐标', 'Shijiazhuang railway station') },
  {
    id: 'hub-datongnan',
    name: { zh: '大同南站', en: 'Datong South' },
    coord: [113.34, 40.04],
    accuracyM: 3000,
    source: {
      en: 'placed from the published address, south of the Wenying South Road and Kaiyuan Street junction in Pingcheng District (文瀛南路开源街口南), Xin Datong (新大同) 2019-02-26: no surveyed coordinate found, ±3 km',
      zh: '按公布的地址定位（平城区文瀛南路开源街口南、西王庄村北；新大同 2019-02-26）：未找到实测坐标，误差约 3 km',
    },
  },
];

export interface LineSpec {
  id: string;
  name: Localized;
  years: ScenarioYear[];
  stops: string[];
}

const BOTH: ScenarioYear[] = ['2022', '2027'];

/** Lines as trains run them: a through service is one line, so riding it needs no change. */
export const LINES: LineSpec[] = [
  { id: 'daxi', name: { zh: '大西高铁', en: "Datong–Xi'an HSR" }, years: BOTH, stops: ['stn-taiyuannan', 'stn-yangquxi', 'stn-xinzhouxi', 'stn-yuanpingxi'] },
  { id: 'jidayuan', name: { zh: '集大原高铁', en: 'Jining–Datong–Yuanping HSR' }, years: BOTH, stops: ['stn-yuanpingxi', 'stn-yanmenguan', 'hub-datongnan'] },
  { id: 'dazhang', name: { zh: '大张·京张高铁', en: 'Datong–Zhangjiakou and Beijing–Zhangjiakou HSR' }, years: BOTH, stops: ['hub-datongnan', 'hub-beijingbei'] },
  { id: 'shitai', name: { zh: '石太客专', en: 'Shijiazhuang–Taiyuan passenger railway' }, years: BOTH, stops: ['stn-taiyuannan', 'stn-yangquanbei', 'hub-shijiazhuang'] },
  { id: 'taiyuan-fengtai', name: { zh: '太原南—北京丰台直达车（石太客专、京广高铁）', en: 'Taiyuan South–Beijing Fengtai through trains (Shitai and Beijing–Guangzhou lines)' }, years: BOTH, stops: ['stn-taiyuannan', 'hub-beijingfengtai'] },
  { id: 'jingguang', name: { zh: '京广高铁', en: 'Beijing–Guangzhou HSR' }, years: BOTH, stops: ['hub-shijiazhuang', 'stn-baodingdong', 'hub-beijingxi'] },
  { id: 'jingxiong', name: { zh: '京雄城际', en: "Beijing–Xiong'an intercity" }, years: BOTH, stops: ['stn-xiongan', 'hub-beijingxi'] },
  { id: 'beijing-link', name: { zh: '北京市内换乘（丰台—北京西）', en: 'Across Beijing (Fengtai–Beijing West)' }, years: BOTH, stops: ['hub-beijingfengtai', 'hub-beijingxi'] },
  { id: 'taiyuan-link', name: { zh: '太原市内换乘（太原站—太原南站）', en: 'Across Taiyuan (Taiyuan–Taiyuan South)' }, years: BOTH, stops: ['stn-taiyuan', 'stn-taiyuannan'] },
  { id: 'beitongpu', name: { zh: '北同蒲铁路（普速）', en: 'North Tongpu railway (conventional)' }, years: BOTH, stops: ['stn-taiyuan', 'stn-yangqu', 'stn-xinzhou', 'stn-yuanping'] },
  {
    id: 'xiongxin',
    name: { zh: '雄忻高铁（规划 2027 通车）', en: 'Xiongxin HSR (planned, 2027)' },
    years: ['2027'],
    // EIA order; 小里 is reserved (no stop), so it is not a node. Trains are taken to start at
    // 太原南 (the EIA's storage sidings are there) and to run on to 北京西 over the 京雄城际.
    stops: ['stn-taiyuannan', 'stn-xinzhouxi', 'stn-dingxiangbei', 'stn-wutaixian', 'stn-wutaishan-2', 'stn-fuping', 'stn-quyang', 'stn-tangxian', 'stn-wangdoubei', 'stn-baodingnan', 'stn-baodingdong', 'stn-xionganchengji', 'stn-xiongan', 'hub-beijingxi'],
  },
];

/** A stated (or research-inferred) time between two stations: an edge as it is. */
export interface FigureSpec {
  line: string;
  from: string;
  to: string;
  minutes: number;
  confidence: Confidence;
  km?: number;
  source: Localized;
}

const SXWB = { en: 'Shanxi Evening News (山西晚报) 2018-09-10, opening plan of the Yuanping West–Taiyuan South section', zh: '山西晚报 2018-09-10（原太段开通运行方案）' };

export const FIGURES: FigureSpec[] = [
  { line: 'daxi', from: 'stn-taiyuannan', to: 'stn-yangquxi', minutes: 27, confidence: 'confirmed', source: { en: `Yangqu–Taiyuan "about 27 min": ${SXWB.en}`, zh: `“阳曲至太原约 27 分钟”：${SXWB.zh}` } },
  { line: 'daxi', from: 'stn-yangquxi', to: 'stn-xinzhouxi', minutes: 18, confidence: 'confirmed', source: { en: `Xinzhou–Yangqu "about 18 min": ${SXWB.en}`, zh: `“忻州至阳曲约 18 分钟”：${SXWB.zh}` } },
  {
    line: 'daxi',
    from: 'stn-xinzhouxi',
    to: 'stn-yuanpingxi',
    minutes: 14,
    confidence: 'confirmed',
    source: {
      en: `timetable of train D2517, Yuanping West dep 12:11 → Xinzhou West arr 12:25 (a sample timetable in a public code repository, c. 2019–21); the 2018 plan says about 16 min (${SXWB.en}): the timetable figure is used`,
      zh: `D2517 次时刻：原平西 12:11 开，忻州西 12:25 到（公开代码仓库中的示例时刻表，约 2019–21 年）；2018 年方案为约 16 分钟（${SXWB.zh}）：取时刻表数字`,
    },
  },
  {
    line: 'daxi',
    from: 'stn-taiyuannan',
    to: 'stn-xinzhouxi',
    minutes: 31.5,
    confidence: 'inferred',
    source: {
      en: 'non-stop, inferred by the research at 28–35 min (about 80–85 km at 250 km/h with slow running through Taiyuan; the pre-opening promise was "under 30 minutes"): the midpoint',
      zh: '不停站，研究推定为 28–35 分钟（约 80–85 km，设计速度 250 km/h，太原市区段限速；开通前的说法为“不到30分钟”）：取中值',
    },
  },
  {
    line: 'jidayuan',
    from: 'stn-yuanpingxi',
    to: 'hub-datongnan',
    minutes: 50,
    confidence: 'inferred',
    source: {
      en: 'inferred by the research at 45–63 min, "use about 50": Taiyuan–Datong South 85 min less Taiyuan South–Yuanping West non-stop about 40 (CCTV News (央视新闻) 2024-12-31, the day the line opened)',
      zh: '研究推定为 45–63 分钟，“取约 50”：太原至大同南 85 分钟减去太原南至原平西不停站约 40 分钟（央视新闻 2024-12-31，该线当日开通）',
    },
  },
  {
    line: 'dazhang',
    from: 'hub-datongnan',
    to: 'hub-beijingbei',
    minutes: 102,
    confidence: 'confirmed',
    source: {
      en: '"the shortest traveling time between Datong and Beijing is reduced to 1 hour and 42 minutes": China State Railway Group (国铁集团) news, 2020-01-03, at the opening of the Datong–Zhangjiakou HSR (the research quotes the plan\'s 100 min, Xinhua 2019-03-22)',
      zh: '“大同至北京最短旅行时间缩短至 1 小时 42 分”：国铁集团新闻 2020-01-03，大张高铁开通时（研究引用的是规划的约 100 分钟，新华社 2019-03-22）',
    },
  },
  {
    line: 'shitai',
    from: 'stn-taiyuannan',
    to: 'hub-shijiazhuang',
    minutes: 77.5,
    confidence: 'inferred',
    source: {
      en: 'non-stop, inferred by the research at 70–85 min (2009: Shijiazhuang–Taiyuan "1 hour"; Fengtai–Taiyuan South 2 h 32 min with a Shijiazhuang stop, less about 1 h 05 min Shijiazhuang–Beijing): the midpoint',
      zh: '不停站，研究推定为 70–85 分钟（2009 年：石家庄至太原“1 小时”；丰台至太原南经停石家庄 2 小时 32 分，减去石家庄至北京约 1 小时 05 分）：取中值',
    },
  },
  {
    line: 'taiyuan-fengtai',
    from: 'stn-taiyuannan',
    to: 'hub-beijingfengtai',
    minutes: 139,
    km: 479,
    confidence: 'confirmed',
    source: {
      en: 'Beijing Fengtai–Taiyuan South "non-stop, fastest 2 h 19 min" (2 h 32 min with a Shijiazhuang stop): a rail blog, c. 2023, and the property news site Fang Taiyuan (太原房天下) 2022-06-21; since 2022-06-20 these trains use Beijing Fengtai, not Beijing West. The non-stop figure is used',
      zh: '“北京丰台至太原南…中间不停站，最快需要2小时19分”（经停石家庄为 2 小时 32 分）：铁路博客（约 2023 年）与太原房天下 2022-06-21；自 2022-06-20 起这些列车改到北京丰台，不再到北京西。取不停站数字',
    },
  },
  {
    line: 'jingxiong',
    from: 'stn-xiongan',
    to: 'hub-beijingxi',
    minutes: 50,
    km: 91,
    confidence: 'confirmed',
    source: {
      en: 'Beijing West–Xiong\'an "fastest 50 minutes": The Beijing News (新京报) 2020-12-26, citing China State Railway Group; still "only 50 minutes at the fastest" in China Economic Net (中国经济网) 2024-02-28 (the first train took 42 min)',
      zh: '“北京西站至雄安新区间最快旅行时间50分钟”：新京报 2020-12-26（引国铁集团），中国经济网 2024-02-28 仍为“最快只需要50分钟”（首趟列车 42 分钟）',
    },
  },
  {
    line: 'xiongxin',
    from: 'stn-xiongan',
    to: 'hub-beijingxi',
    minutes: 50,
    km: 91,
    confidence: 'confirmed',
    source: {
      en: 'the Beijing–Xiong\'an intercity figure (The Beijing News (新京报) 2020-12-26); that Xiongxin trains run on to Beijing West over it is the research\'s reading',
      zh: '京雄城际的数字（新京报 2020-12-26）；雄忻列车直通北京西是研究的判断（“雄忻列车将经京雄城际到达北京西”）',
    },
  },
  {
    line: 'xiongxin',
    from: 'stn-taiyuannan',
    to: 'stn-xinzhouxi',
    minutes: 31.5,
    confidence: 'inferred',
    source: {
      en: 'the Datong–Xi\'an HSR non-stop figure (inferred, 28–35 min, midpoint); Xiongxin trains are taken to start at Taiyuan South, where the EIA puts their storage sidings (10 tracks at the depot (太原南动车所))',
      zh: '大西高铁不停站数字（推定 28–35 分钟，取中值）；雄忻列车按从太原南始发计，环评将其存车线设在太原南动车所（10 股道）',
    },
  },
  {
    line: 'beitongpu',
    from: 'stn-taiyuan',
    to: 'stn-xinzhou',
    minutes: 79,
    km: 88,
    confidence: 'confirmed',
    source: {
      en: 'train K601 (2012): Xinzhou dep 09:11 → Taiyuan arr 10:30 (Tracking China, 2012-05-08, citing the Beijing passenger services department); a 2018 local report says "about an hour". Old: no current timetable was found',
      zh: 'K601 次（2012 年）：忻州 09:11 开，太原 10:30 到（英文铁路资讯网站 2012-05-08，引北京客运部门）；2018 年当地报道称“基本都要一个小时左右”。数字较旧：未找到现行时刻表',
    },
  },
];

export const DESTINATIONS_SPEC: Record<DestinationId, string[]> = {
  xiongan: ['stn-xiongan'],
  beijing: ['hub-beijingxi', 'hub-beijingfengtai', 'hub-beijingbei'],
  shijiazhuang: ['hub-shijiazhuang'],
  taiyuan: ['stn-taiyuannan', 'stn-taiyuan'],
};
