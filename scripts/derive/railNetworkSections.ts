/**
 * The sections of the rail network timed from distance (km ÷ speed + dwell) and the two links
 * across a city, with where their kilometres and speeds come from (data/README.md, "Rail
 * network", rule 3). The stated figures are in railNetworkFigures.ts.
 */
import type { Localized } from '../../src/lib/catalogue/types.ts';
import type { Confidence } from '../../src/lib/access/types.ts';
import type { FigureSpec } from './railNetworkFigures.ts';

/**
 * Sections without a figure of their own: minutes = km ÷ the line's speed + the dwell. Each
 * line says where its kilometres and its speed come from.
 */
export interface DistanceLineSpec {
  line: string;
  /** The sections, in order, with their length; without one, the straight line between the points. */
  sections: Array<{ from: string; to: string; km?: number }>;
  /** Scale the straight lines (or given km) so they add up to this published length. */
  totalKm?: number;
  /** Runs that pass the stations between (the fastest trains): their km is the sections' sum. */
  express?: Array<[string, string]>;
  /** km/h, or an end-to-end figure whose average speed the sections share. */
  speed: { kmh: number } | { figureMinutes: number; figureKm?: number };
  confidence: Confidence;
  /** How the kilometres and the speed were found (prefixed to each section's source). */
  basis: Localized;
}

const XX_KM = 'the research\'s section estimate (straight line between the schematic station points, scaled to the 342.661 km of the EIA; not EIA chainage)';
const XX_KM_ZH = '研究的区段估计（示意站点间直线距离，按环评全长 342.661 km 缩放；非环评里程）';

export const DISTANCE_LINES: DistanceLineSpec[] = [
  {
    line: 'xiongxin',
    sections: [
      { from: 'stn-xinzhouxi', to: 'stn-dingxiangbei', km: 26.9 },
      { from: 'stn-dingxiangbei', to: 'stn-wutaixian', km: 29.7 },
      { from: 'stn-wutaixian', to: 'stn-wutaishan-2', km: 29.2 },
      { from: 'stn-wutaishan-2', to: 'stn-fuping', km: 60.6 },
      { from: 'stn-fuping', to: 'stn-quyang', km: 53.0 },
      { from: 'stn-quyang', to: 'stn-tangxian', km: 27.8 },
      { from: 'stn-tangxian', to: 'stn-wangdoubei', km: 15.7 },
      { from: 'stn-wangdoubei', to: 'stn-baodingnan', km: 26.9 },
      { from: 'stn-baodingnan', to: 'stn-baodingdong', km: 14.1 },
      // Through 小里 (reserved: trains pass it): 29.1 + 12.1 km.
      { from: 'stn-baodingdong', to: 'stn-xionganchengji', km: 41.2 },
      { from: 'stn-xionganchengji', to: 'stn-xiongan', km: 17.6 },
    ],
    // The fastest trains stop at most where lines meet (忻州西, 保定东, 雄安). A train that also
    // serves 定襄北 or 五台县 is taken to run on non-stop from there: the research reckons
    // 定襄北–雄安 55–65 min and 五台县–雄安 50–60, which a stop at every station would miss by 25 min.
    express: [
      ['stn-xinzhouxi', 'stn-xiongan'],
      ['stn-xinzhouxi', 'stn-baodingdong'],
      ['stn-baodingdong', 'stn-xiongan'],
      ['stn-dingxiangbei', 'stn-xiongan'],
      ['stn-dingxiangbei', 'stn-baodingdong'],
      ['stn-wutaixian', 'stn-xiongan'],
      ['stn-wutaixian', 'stn-baodingdong'],
    ],
    speed: { kmh: 315 },
    confidence: 'estimate',
    basis: {
      en: `${XX_KM}; 315 km/h = 0.9 × the 350 km/h design speed (the research's 60–70 min non-stop for 342.661 km is an average of 290–340 km/h)`,
      zh: `${XX_KM_ZH}；315 km/h＝设计速度 350 km/h × 0.9（研究估计 342.661 km 不停站 60–70 分钟，即平均 290–340 km/h）`,
    },
  },
  {
    line: 'shitai',
    sections: [
      { from: 'stn-taiyuannan', to: 'stn-yangquanbei' },
      { from: 'stn-yangquanbei', to: 'hub-shijiazhuang' },
    ],
    totalKm: 199,
    speed: { figureMinutes: 77.5 },
    confidence: 'estimate',
    basis: {
      en: 'the 189 km Shijiazhuang–Taiyuan line plus about 10 km Taiyuan South–Taiyuan, shared by straight-line length; at the average speed of the 77.5 min non-stop figure',
      zh: '石太客专 189 km 加太原南至太原约 10 km，按直线距离比例分配；速度取 77.5 分钟不停站数字的平均速度',
    },
  },
  {
    line: 'jingguang',
    sections: [
      { from: 'hub-shijiazhuang', to: 'stn-baodingdong' },
      { from: 'stn-baodingdong', to: 'hub-beijingxi' },
    ],
    totalKm: 281,
    // 太原南–北京丰台 139 min non-stop (confirmed) less 石太 77.5 min leaves 61.5 min for ≈280 km.
    speed: { figureMinutes: 61.5, figureKm: 280 },
    confidence: 'estimate',
    basis: {
      en: 'the 281 km Beijing West–Shijiazhuang shared by straight-line length; at 273 km/h, what the confirmed 139 min Taiyuan South–Beijing Fengtai leaves for its 280 km on this line after the 77.5 min Shijiazhuang–Taiyuan part',
      zh: '北京西至石家庄 281 km，按直线距离比例分配；速度 273 km/h：太原南至北京丰台 139 分钟（有据）减去石太段 77.5 分钟，余下的时间跑本线约 280 km',
    },
  },
  {
    line: 'jidayuan',
    sections: [
      { from: 'stn-yuanpingxi', to: 'stn-yanmenguan' },
      { from: 'stn-yanmenguan', to: 'hub-datongnan' },
    ],
    speed: { figureMinutes: 50 },
    confidence: 'estimate',
    basis: {
      en: 'no chainage published: straight-line lengths, at the average speed of the 50 min Yuanping West–Datong South figure over the same straight lines',
      zh: '未见公布里程：取直线距离，速度取原平西至大同南 50 分钟在同样直线距离上的平均速度',
    },
  },
  {
    line: 'beitongpu',
    sections: [
      { from: 'stn-taiyuan', to: 'stn-yangqu', km: 29 },
      { from: 'stn-yangqu', to: 'stn-xinzhou', km: 59 },
      { from: 'stn-xinzhou', to: 'stn-yuanping', km: 36 },
    ],
    speed: { figureMinutes: 79, figureKm: 88 },
    confidence: 'estimate',
    basis: {
      en: 'chainage (Taiyuan 355, Yangqu 326, Xinzhou 267, Yuanping 231 km; English Wikipedia); at the 67 km/h average of train K601 Taiyuan–Xinzhou (its own stops included)',
      zh: '里程（太原 355、阳曲 326、忻州 267、原平 231 km；英文维基百科）；速度取 K601 次太原至忻州的平均 67 km/h（已含其停站）',
    },
  },
];

/** Sections timed by a stated estimate that is neither a figure nor a speed. */
export const ESTIMATES: FigureSpec[] = [
  {
    line: 'beijing-link',
    from: 'hub-beijingfengtai',
    to: 'hub-beijingxi',
    minutes: 20,
    km: 6,
    confidence: 'estimate',
    source: {
      en: 'estimate: across Beijing by metro (line 10, then line 9) about 20 min in the train, the changes at each end counted as changes; the research: "a cross-city transfer to Beijing West"',
      zh: '估算：乘地铁（10 号线转 9 号线）穿城约 20 分钟车程，两端的换乘按换乘计；研究称“需穿城换乘至北京西”',
    },
  },
  {
    line: 'taiyuan-link',
    from: 'stn-taiyuan',
    to: 'stn-taiyuannan',
    minutes: 20,
    km: 7.6,
    confidence: 'estimate',
    source: {
      en: 'estimate: across Taiyuan by taxi or bus about 20 min for the 7.6 km between the stations, the changes at each end counted as changes; joins the conventional North Tongpu line to the high-speed lines',
      zh: '估算：两站相距 7.6 km，乘出租车或公交穿城约 20 分钟，两端的换乘按换乘计；把普速北同蒲与高铁线路连起来',
    },
  },
];
