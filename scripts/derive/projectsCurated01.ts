/**
 * Projects TX01–TX15 of the research notes (projects.md), coded and worded in both languages.
 * Every date, figure and name here is the research's; projects.ts checks the two agree.
 */
import type { CuratedProject, Step, StepKind } from './projectsTypes.ts';

export const step = (date: string | null, kind: StepKind, zh: string, en: string, more: Pick<Step, 'inferred' | 'key'> = {}): Step => ({ date, kind, zh, en, ...more });
export const KEY = { key: true } as const;
export const FIRST_BATCH: [string, string] = ['太忻一体化经济区 2022 年首批重大项目集中开工', 'works start with the zone’s first batch of major projects of 2022'];
export const DAYU = { at: 'new_city', layer: 'dayu', id: 'dayu-extent' } as const;
const ZHONGBEI = { at: 'park', layer: 'parks', id: 'park-zhongbei' } as const;
const XINZHOU_EDZ = { at: 'park', layer: 'parks', id: 'park-xinzhou-edz' } as const;
export const NOT_STATED = { at: 'not_stated' } as const;
export const COUNTY = { at: 'county_or_city' } as const;
export const SITE_NOT_STATED = ['未说明地点', 'site not stated'] as const;

export const CURATED_01: Record<string, CuratedProject> = {
  TX01: {
    industry: 'high_end_equipment', industryInferred: true,
    industryNote: ['据“精密装备制造”推定；也可能属新型绿色能源', 'inferred from “precision equipment manufacturing”; could also be new green energy'],
    company: ['忻州市政府；省电力公司；山西建设投资集团', 'Xinzhou municipal government with State Grid Shanxi and Shanxi Construction Investment Group'],
    status: 'signed',
    steps: [step('2022-03-09', 'signed', '忻州市与省电力公司、山西建设投资集团工作会谈并签约', 'Xinzhou signs with State Grid Shanxi and Shanxi Construction Investment Group after talks', KEY)],
    investment: null, capacity: null,
    park: ['太忻一体化经济区忻州片区（未说明园区或乡镇）', 'Xinzhou part of the zone (no park or town stated)'],
    placement: COUNTY,
    certaintyZh: '名称、签约方、签约日期：有据（1 个来源）。产业：推定。投资额、地点：未查到',
  },
  TX02: {
    industry: 'new_materials', industryInferred: true,
    industryNote: ['推定；其中“光储网充”部分属新型绿色能源', 'inferred; the PV-storage-grid-charging part is new green energy'],
    company: ['华阳新材料科技集团（原阳煤集团）', 'Huayang New Material Technology Group (formerly Yangquan Coal)'],
    status: 'talks',
    steps: [step('2022-03-11', 'talks', '太原市与华阳集团工作会谈（未见签约项目）', 'Taiyuan holds talks with Huayang Group (no signed project found)', KEY)],
    investment: null, capacity: null,
    park: ['太原市（未具体说明）', 'Taiyuan (not specified)'],
    placement: COUNTY,
    certaintyZh: '2022-03-11 会谈：有据。并非已落地项目，作为地图点位价值不大',
  },
  TX03: {
    industry: 'green_energy', industryInferred: false,
    industryNote: ['光伏上游；也可归入新材料（太阳能电池产业链）', 'PV upstream; also fits new materials (solar-cell chain)'],
    company: ['苏州中来光伏新材股份有限公司（300393）', 'Jolywood (Suzhou) Sunwatt (300393)'],
    status: 'signed',
    steps: [
      step('2022-03-15', 'signed', '与太原市政府、古交市政府签订战略合作与投资协议', 'strategic cooperation and investment agreement signed with the Taiyuan and Gujiao governments', KEY),
      step(null, 'reported', '此后未见开工报道', 'no report of works starting found'),
      step('2023', 'reported', '大同左云（经济区外）报道对接同规模的中来硅基项目：古交项目是否推进存疑', 'a report from Zuoyun (Datong, outside the zone) courts a Jolywood silicon project of the same size: whether the Gujiao project went ahead is uncertain', { inferred: true }),
    ],
    investment: {
      cny: 14_000_000_000, basis: 'reported',
      words: [
        '140 亿元（中来股份公告 2022-03-15：协议估算；人民网 2022-03-24 称“投资过百亿”）',
        '¥14.0 bn (Jolywood’s announcement of 2022-03-15: the agreement’s estimate; People’s Daily Online, 2022-03-24, says “over ¥10 bn”)',
      ],
    },
    capacity: ['一期：年产工业硅 20 万吨 + 多晶硅 1 万吨；二期：年产多晶硅 9 万吨', 'phase 1: 200 kt/yr industrial silicon + 10 kt/yr polysilicon; phase 2: 90 kt/yr polysilicon'],
    park: ['古交市（太原；未说明园区）', 'Gujiao (Taiyuan; no park stated)'],
    placement: COUNTY,
    certaintyZh: '签约、所在县市、规模、140 亿元：有据。签约后状态：不确定——2023 年大同左云（经济区外）报道对接同规模的中来硅基项目，古交项目可能未推进',
    certaintyEn: 'signing, site county, size, ¥14 bn: confirmed. Status after signing: UNCERTAIN — a 2023 report from Zuoyun (Datong, outside the zone) courts a Jolywood silicon project of the same size, so the Gujiao project may not have gone ahead',
  },
  TX04: {
    industry: 'new_materials', industryInferred: false,
    industryNote: ['可降解塑料产业链（“6”条新兴产业链之一）', 'degradable-plastics chain (one of the “6” emerging chains)'],
    company: ['同德科创材料有限公司（山西同德化工股份有限公司全资子公司，002360）', 'Tongde Kechuang Materials, wholly owned by Shanxi Tongde Chemical (002360)'],
    status: 'under_construction',
    steps: [
      step('2022-03', 'started', '正式开工', 'works started', KEY),
      step('2023-02-15', 'reported', '省长考察项目', 'the governor inspects the project'),
      step('2025-09-22', 'reported', '公司就年产 24 万吨 BDO 部分公开征集合作方（BDO 部分尚未建成）', 'the company seeks partners for the 240 kt/yr BDO part (so that part was not complete)'),
    ],
    investment: { cny: 3_600_000_000, basis: 'reported', words: ['36 亿元（人民网 2022-03-24；项目图片报道同）', '¥3.6 bn (People’s Daily Online, 2022-03-24; the same in a photo feature on the project)'] },
    capacity: ['年产 BDO 2 × 12 万吨 + PBAT 6 万吨；占地 1,088 亩', '2 × 120 kt/yr BDO + 60 kt/yr PBAT; site of 1,088 mu'],
    park: ['原平经济技术开发区（原平市）', 'Yuanping ETDZ (Yuanping)'],
    placement: { at: 'park', layer: 'parks', id: 'park-yuanping-etdz' },
    certaintyZh: '园区、投资额、产能、开工：有据。目前生产状态：未查到',
  },
  TX05: {
    industry: 'high_end_equipment', industryInferred: false,
    industryNote: ['法兰锻造产业链', 'flange-forging chain'],
    company: ['山西宝航重工有限公司', 'Shanxi Baohang Heavy Industry'],
    status: 'in_operation',
    steps: [step('2022-03', 'reported', '报道：厂房内生产线正在紧张生产', 'reported: the production line in the plant is running flat out', KEY)],
    investment: null,
    capacity: ['七连跨厂房 3.9 万平方米', 'seven-span plant, 39,000 m²'],
    park: ['定襄经济技术开发区（定襄县）', 'Dingxiang ETDZ (Dingxiang County)'],
    placement: { at: 'park', layer: 'parks', id: 'park-dingxiang-etdz' },
    certaintyZh: '有据（2 个来源，无投资额）',
  },
  TX06: {
    industry: 'high_end_equipment', industryInferred: false, industryNote: null,
    company: ['新松机器人', 'SIASUN Robot & Automation'],
    status: 'under_construction',
    steps: [
      step(null, 'entered', '2021–2022 年入驻忻州经济开发区', 'moves into the Xinzhou Economic Development Area, 2021–2022'),
      step('2022-03', 'reported', '报道：加快建设', 'reported: being built up', KEY),
    ],
    investment: null, capacity: null,
    park: ['忻州经济开发区', 'Xinzhou Economic Development Area'],
    placement: XINZHOU_EDZ,
    certaintyZh: '入驻及园区：仅 1 个来源证实；未找到其他资料',
  },
  TX07: {
    industry: 'new_materials', industryInferred: false,
    industryNote: ['碳基新材料产业链', 'carbon-based new materials chain'],
    company: ['太钢集团（中国宝武太钢）；运营公司可能为山西钢科碳材料有限公司（推定）', 'TISCO (China Baowu); the operating company is probably Shanxi Gangke Carbon Materials — inferred'],
    status: 'under_construction',
    steps: [
      step('2018-12-29', 'approved', '立项批复', 'approved'),
      step('2020-07', 'started', '开工', 'works started', KEY),
      step(null, 'reported', '报道称当年内建成（报道年份推定为 2020–2021）', 'the report expects completion within its year (the report’s year inferred as 2020–2021)'),
    ],
    investment: { cny: 998_000_000, basis: 'reported', words: ['9.98 亿元（太钢碳纤维三期工程报道）', '¥998 m (report on the phase 3 works)'] },
    capacity: ['年产高性能碳纤维 1,800 吨；约 150 亩；建筑面积约 4.4 万平方米', '1,800 t/yr high-performance carbon fibre; about 150 mu; about 44,000 m² floor area'],
    park: ['太原（阳曲）转型发展产业园区，阳曲县黄寨镇', 'Taiyuan (Yangqu) transformation industrial park, Huangzhai town, Yangqu County'],
    placement: {
      at: 'town', layer: 'towns', id: 'town-huangzhaizhen',
      note: ['来源所说的园区（太原（阳曲）转型发展产业园区）在本图中没有位置，故置于来源所说的黄寨镇', 'the park the source names (the Taiyuan (Yangqu) transformation industrial park) has no position in the atlas, so the project is placed at the town the source names, Huangzhai'],
    },
    certaintyZh: '地点、投资额、产能、开工：有据。建成日期及与太忻经济区的关联：推定（人民网将太钢碳纤维列为太忻重点）',
    certaintyEn: 'site, investment, capacity, start: confirmed. Completion date and link to the Taixin programme: inferred (People’s Daily Online names TISCO’s carbon fibre as a Taixin priority)',
  },
  TX08: {
    industry: 'modern_services', industryInferred: true,
    industryNote: ['推定（科技成果转化服务）', 'inferred (technology-transfer services)'],
    company: ['太原市（依托太原中北高新区）', 'Taiyuan municipality (relying on the Zhongbei High-tech Zone)'],
    status: 'planned',
    steps: [step('2022-03', 'announced', '人民网报道提出建设（依托太原中北高新区）', 'proposed in the People’s Daily Online report (to rely on the Zhongbei zone)', KEY)],
    investment: null, capacity: null,
    park: ['阳曲县（未说明乡镇或园区）', 'Yangqu County (no town or park stated)'],
    placement: COUNTY,
    certaintyZh: '规划：有据；其他均未查到',
  },
  TX09: {
    industry: 'ic_semiconductor', industryInferred: true,
    industryNote: ['推定（信创即国产信息技术软硬件）；也可能属现代服务业', 'inferred (Xinchuang: domestic IT hardware and software); could be modern services'],
    company: null,
    status: 'planned',
    steps: [step('2022-03', 'announced', '提出“加快布局建设”', 'named “to be laid out and built quickly”', KEY)],
    investment: null, capacity: null,
    park: SITE_NOT_STATED,
    placement: NOT_STATED,
    certaintyZh: '规划名称：有据；地点、业主：空缺',
  },
  TX10: {
    industry: 'high_end_equipment', industryInferred: false, industryNote: null, company: null,
    status: 'planned',
    steps: [step('2022-03', 'announced', '提出“加快布局建设”', 'named “to be laid out and built quickly”', KEY)],
    investment: null, capacity: null,
    park: SITE_NOT_STATED,
    placement: NOT_STATED,
    certaintyZh: '规划名称：有据；地点、业主：空缺',
  },
  TX11: {
    industry: 'modern_services', industryInferred: true,
    industryNote: ['推定（研发、孵化服务）', 'inferred (R&D and incubation services)'],
    company: null,
    status: 'under_construction',
    steps: [
      step('2022-03-28', 'started', ...FIRST_BATCH, KEY),
      step('2022-07-19', 'reported', '主体结构已封顶（至 2022-07-19）', 'main structure topped out (by 2022-07-19)'),
    ],
    investment: null, capacity: null,
    park: ['大盂产业新城（阳曲县）', 'Dayu Industrial New City (Yangqu County)'],
    placement: DAYU,
    certaintyZh: '有据（3 个来源）；投资额未查到',
  },
  TX12: {
    industry: 'green_energy', industryInferred: true,
    industryNote: ['据名称推定', 'inferred from the name'],
    company: null,
    status: 'under_construction',
    steps: [
      step('2022-06-30', 'reported', '在建（钢结构装配式厂房）', 'under construction (prefabricated steel-frame buildings)', KEY),
      step('2022-07-19', 'reported', '“初具规模”', '“taking shape”'),
      step(null, 'reported', '12 月 14 日（年份不详）省国资委调研', 'visited by the provincial SASAC on 14 December (year not shown)'),
    ],
    investment: null,
    capacity: ['钢结构装配式厂房', 'prefabricated steel-frame buildings'],
    park: ['大盂产业新城（阳曲县）', 'Dayu Industrial New City (Yangqu County)'],
    placement: DAYU,
    certaintyZh: '存在及地点：有据。可能与山西新能汇通双碳产业园为同一项目——未证实',
    certaintyEn: 'existence, site: confirmed. Possibly the same as the Shanxi Xinneng Huitong Dual-Carbon Industrial Park — not confirmed',
  },
  TX13: {
    industry: 'green_energy', industryInferred: true,
    industryNote: ['据名称推定', 'inferred from the name'],
    company: ['山西新能汇通（全称未查到）', 'Shanxi Xinneng Huitong (full name not found)'],
    status: 'under_construction',
    steps: [step('2022-03-28', 'started', ...FIRST_BATCH, KEY)],
    investment: null, capacity: null,
    park: ['未说明（太原一侧；或即大盂的太忻双碳产业科技园）', 'not stated (Taiyuan side; may be the Taixin Dual-Carbon Industrial Science Park in Dayu)'],
    placement: COUNTY,
    certaintyZh: '开工日期：有据；地点：空缺',
  },
  TX14: {
    industry: 'high_end_equipment', industryInferred: false, industryNote: null,
    company: ['哈工大机器人集团（据名称推定）', 'HIT Robot Group (inferred from the name)'],
    status: 'under_construction',
    steps: [step('2022-03-28', 'started', ...FIRST_BATCH, KEY)],
    investment: null, capacity: null,
    park: ['大盂产业新城（阳曲县；据 zone-facts.md）', 'Dayu Industrial New City (Yangqu County; per zone-facts.md)'],
    placement: DAYU,
    certaintyZh: '开工日期：有据；地点：仅经 zone-facts.md 证实（未复核）；投资额未查到',
  },
  TX15: {
    industry: 'new_materials', industryInferred: false, industryNote: null, company: null,
    status: 'under_construction',
    steps: [step('2022-03-28', 'started', ...FIRST_BATCH, KEY)],
    investment: null, capacity: null,
    park: ['太原中北高新区', 'Taiyuan Zhongbei High-tech Zone'],
    placement: ZHONGBEI,
    certaintyZh: '有据（开工、所在园区）；细节未查到',
  },
};

export { XINZHOU_EDZ, ZHONGBEI };
