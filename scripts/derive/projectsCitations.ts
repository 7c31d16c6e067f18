/**
 * The research's project sources as citation lines in both languages: article titles in 《》
 * (kept in Chinese: they are what a reader searches for), the research's English notes about a
 * copy or a date translated. A source without a translation stops the derivation, so no
 * English-only citation can reach the Chinese UI.
 */

export interface ResearchSource {
  title: string;
  url_or_publication: string;
  date: string;
}

type Pair = readonly [zh: string, en: string];

const PD = 'People’s Daily Online (人民网)';
const TITLES: Record<string, Pair> = {
  "'新能源+产业项目'助力太原市杏花岭区高质量发展": ['《“新能源+产业项目”助力太原市杏花岭区高质量发展》', '《“新能源+产业项目”助力太原市杏花岭区高质量发展》'],
  '183个重大项目同时开工 (same facts)': ['《183个重大项目同时开工》（事实同上）', '《183个重大项目同时开工》 (same facts)'],
  'zone-facts.md research notes (cites mefea.com 2022-07-03, jingpinkafei.com.cn 2022-02-24; not re-checked here)': [
    'zone-facts.md 研究笔记（引 mefea.com 2022-07-03、jingpinkafei.com.cn 2022-02-24；此处未复核）',
    'zone-facts.md research notes (citing mefea.com 2022-07-03, jingpinkafei.com.cn 2022-02-24; not re-checked here)',
  ],
  '「大幕拉开」建设忙!在太忻一体化经济区感受「真实版」速度与激情': ['《「大幕拉开」建设忙！在太忻一体化经济区感受「真实版」速度与激情》', '《「大幕拉开」建设忙！在太忻一体化经济区感受「真实版」速度与激情》'],
  '三峡集团10GW光伏电池生产基地项目正式开工 (澎湃新闻)': ['澎湃新闻《三峡集团10GW光伏电池生产基地项目正式开工》', 'The Paper (澎湃新闻) 《三峡集团10GW光伏电池生产基地项目正式开工》'],
  '中来股份公告: 古交市投资年产20万吨工业硅及10万吨高纯多晶硅 (太阳能发电网)': [
    '太阳能发电网《中来股份公告：古交市投资年产20万吨工业硅及10万吨高纯多晶硅》',
    'a solar-power news site (太阳能发电网) 《中来股份公告：古交市投资年产20万吨工业硅及10万吨高纯多晶硅》',
  ],
  全球最大铜箔制造基地太原投产: ['《全球最大铜箔制造基地太原投产》', '《全球最大铜箔制造基地太原投产》'],
  "华阳新材料6万吨/年PBAT项目开工 (context: Huayang's aerogel/PBAT base is in 阳泉, outside the zone)": [
    '《华阳新材料6万吨/年PBAT项目开工》（背景：华阳的气凝胶／PBAT 基地在阳泉，位于经济区外）',
    '《华阳新材料6万吨/年PBAT项目开工》 (context: Huayang’s aerogel/PBAT base is in Yangquan (阳泉), outside the zone)',
  ],
  '厚生新材料科技二期项目稳步投产 (stored without URL)': ['《厚生新材料科技二期项目稳步投产》', '《厚生新材料科技二期项目稳步投产》'],
  '台商台企瞄准太忻一体化经济区 (中新社)': ['中新社《台商台企瞄准太忻一体化经济区》', 'China News Service (中新社) 《台商台企瞄准太忻一体化经济区》'],
  '同德化工开启年产24万吨BDO项目合作征集 (慧正资讯)': ['慧正资讯《同德化工开启年产24万吨BDO项目合作征集》', 'a chemicals news site (慧正资讯) 《同德化工开启年产24万吨BDO项目合作征集》'],
  "同德科创 photo feature (caption '山西金宇科林科技有限公司生产车间')": [
    '同德科创图片报道（图注“山西金宇科林科技有限公司生产车间”）',
    'photo feature on Tongde Kechuang (caption: the production workshop of Jinyu Kelin (山西金宇科林科技有限公司))',
  ],
  '同德科创新材料项目 — photo feature (总投资36亿元, 1088亩, 2×12万吨BDO + 6万吨PBAT)': [
    '《同德科创新材料项目》图片报道（总投资36亿元，1088亩，2×12万吨BDO + 6万吨PBAT）',
    '《同德科创新材料项目》 photo feature (total investment ¥3.6 bn, 1,088 mu, 2 × 120 kt BDO + 60 kt PBAT)',
  ],
  太原市政协调研组来忻考察调研: ['《太原市政协调研组来忻考察调研》', '《太原市政协调研组来忻考察调研》'],
  '太忻一体化经济区(太原区)投资项目达602项 (太原日报)': ['太原日报《太忻一体化经济区(太原区)投资项目达602项》', 'Taiyuan Daily (太原日报) 《太忻一体化经济区(太原区)投资项目达602项》'],
  '太忻一体化经济区2022年首批重大项目集中开工 (山西日报, 曹婷婷)': [
    '山西日报《太忻一体化经济区2022年首批重大项目集中开工》（曹婷婷）',
    'Shanxi Daily (山西日报) 《太忻一体化经济区2022年首批重大项目集中开工》, by Cao Tingting (曹婷婷)',
  ],
  '太忻一体化经济区建设大步向前 (曹婷婷)': ['《太忻一体化经济区建设大步向前》（曹婷婷）', '《太忻一体化经济区建设大步向前》, by Cao Tingting (曹婷婷)'],
  '太忻经济区今年谋划亿元以上重大工程项目682个 (press conference 2022-10-12)': [
    '《太忻经济区今年谋划亿元以上重大工程项目682个》（2022-10-12 新闻发布会）',
    '《太忻经济区今年谋划亿元以上重大工程项目682个》 (press conference of 2022-10-12)',
  ],
  "太忻经济区招商 (中新社 via 触摸屏网): 深圳惠科预选2050亩; 2022 list name '深圳惠科电子新材料、显示器模组生产基地及5GW清洁能源电站项目'": [
    '中新社（经触摸屏网转载）关于太忻经济区招商的报道：深圳惠科预选 2050 亩；2022 年项目名单名称为“深圳惠科电子新材料、显示器模组生产基地及5GW清洁能源电站项目”',
    'China News Service (中新社), via a touch-screen trade site (触摸屏网), on investment in the zone: HKC pre-selected 2,050 mu; the 2022 project list names HKC’s electronic new materials, display-module base and 5 GW clean-power station project',
  ],
  '太钢集团高端碳纤维千吨级基地三期工程 (copy; publication date not shown)': ['《太钢集团高端碳纤维千吨级基地三期工程》（转载；未注发布日期）', '《太钢集团高端碳纤维千吨级基地三期工程》 (copy; publication date not shown)'],
  '山西省长蓝佛安莅临原平考察调研同德科创 (company news copy)': ['《山西省长蓝佛安莅临原平考察调研同德科创》（公司新闻转载）', '《山西省长蓝佛安莅临原平考察调研同德科创》 (company news, copy)'],
  "山西这市'中奖了',被占地约1619亩高校砸中 (forum repost)": ['《山西这市“中奖了”，被占地约1619亩高校砸中》（论坛转帖）', '《山西这市“中奖了”，被占地约1619亩高校砸中》 (forum repost)'],
  "左云经开区绿色低碳 (stored without address): '主动对接年产20万吨工业硅和10万吨高纯多晶硅的中来硅基项目'": [
    '左云经开区绿色低碳报道：“主动对接年产20万吨工业硅和10万吨高纯多晶硅的中来硅基项目”',
    'report on the Zuoyun (左云) development zone going low-carbon, which courts “the Jolywood silicon project of 200 kt/yr industrial silicon and 100 kt/yr high-purity polysilicon”',
  ],
  "强'芯'补链 三大产业集群崛起 (忻州日报)": ['忻州日报《强“芯”补链 三大产业集群崛起》', 'Xinzhou Daily (忻州日报) 《强“芯”补链 三大产业集群崛起》'],
  "忻州: 敢叫滹沱水'倒流' (山西日报 feature, copy)": ['山西日报专题《忻州：敢叫滹沱水“倒流”》（转载）', 'Shanxi Daily (山西日报) feature 《忻州：敢叫滹沱水“倒流”》 (copy)'],
  '总投资约5.46亿元 山西海纳半导体硅单晶生产基地项目投产': ['《总投资约5.46亿元 山西海纳半导体硅单晶生产基地项目投产》', '《总投资约5.46亿元 山西海纳半导体硅单晶生产基地项目投产》'],
  '杨俊民带队来忻州考察调研 (山西画报忻州讯)': ['山西画报忻州讯《杨俊民带队来忻州考察调研》', 'Shanxi Pictorial, Xinzhou news (山西画报忻州讯) 《杨俊民带队来忻州考察调研》'],
  '沪硅产业: 上海新昇拟与太原市政府、中北高新区签订半导体硅片材料生产基地项目合作协议 (智通财经)': [
    '智通财经《沪硅产业：上海新昇拟与太原市政府、中北高新区签订半导体硅片材料生产基地项目合作协议》',
    'Zhitong Finance (智通财经) 《沪硅产业：上海新昇拟与太原市政府、中北高新区签订半导体硅片材料生产基地项目合作协议》',
  ],
  '沪硅产业太原300mm硅片产能升级项目启动,投资91亿元': ['《沪硅产业太原300mm硅片产能升级项目启动，投资91亿元》', '《沪硅产业太原300mm硅片产能升级项目启动，投资91亿元》'],
  '海纳半导体投产 (mentions 厚生 phase 1 in operation)': ['《海纳半导体投产》（提及厚生一期已运行）', '《海纳半导体投产》 (mentions Housheng’s phase 1 in operation)'],
  '省国资委调研 (mentions 太忻标准化厂房 in 大盂产业新城)': ['《省国资委调研》（提及大盂产业新城的太忻标准化厂房）', '《省国资委调研》 (mentions the Taixin standard plants in the Dayu new city)'],
  '省国资委调研太忻一体化经济区(太原区) (abstract)': ['《省国资委调研太忻一体化经济区(太原区)》（摘要）', '《省国资委调研太忻一体化经济区(太原区)》 (abstract)'],
  阳曲工业园区厚生锂电池隔膜项目正式投产: ['《阳曲工业园区厚生锂电池隔膜项目正式投产》', '《阳曲工业园区厚生锂电池隔膜项目正式投产》'],
  '黄河新闻网: 全国网络媒体山西行走进太忻一体化经济区(太原区)': ['黄河新闻网《全国网络媒体山西行走进太忻一体化经济区(太原区)》', 'Yellow River News Network (黄河新闻网) 《全国网络媒体山西行走进太忻一体化经济区(太原区)》'],
};

const COPY: Pair = ['存档副本（转载于无关的第三方网站，地址不公开；原发布者见标题）', 'stored copy on an unrelated third-party site (address withheld; the original publisher is the one the title names)'];
const WHERE: Record<string, Pair> = {
  'stored copy on an unrelated third-party site (address withheld); the original publisher is the one named in the title': COPY,
  'stored without address': ['存档资料（无网址）', 'stored copy without an address'],
  'stored without address (大同 左云 report, after 2023-04)': ['存档资料（无网址；大同左云报道，2023-04 之后）', 'stored copy without an address (a Zuoyun, Datong report, after 2023-04)'],
  'stored without address (山西日报-style feature)': ['存档资料（无网址；山西日报式专题）', 'stored copy without an address (a Shanxi Daily-style feature)'],
  'zone-facts.md (beside this file)': ['zone-facts.md（项目研究笔记）', 'zone-facts.md (the project’s research notes)'],
  '人民网 (copy beside this file: renmin-2022-03-24-taixin.txt)': ['人民网（研究资料附存档副本 renmin-2022-03-24-taixin.txt）', `${PD}; a copy is kept with the research (renmin-2022-03-24-taixin.txt)`],
};

const DATES: Record<string, Pair> = {
  '03-07 (year not shown; 2023 per zone-facts.md — inferred)': ['03-07（原文未注年份；据 zone-facts.md 推定为 2023 年）', '03-07 (year not shown; 2023 per zone-facts.md, inferred)'],
  '07-13 (year not shown)': ['07-13（原文未注年份）', '07-13 (year not shown)'],
  '11-28 (2024 inferred)': ['11-28（推定为 2024 年）', '11-28 (2024, inferred)'],
  '12-14 (year not shown)': ['12-14（原文未注年份）', '12-14 (year not shown)'],
  '2020–2021 (inferred)': ['2020–2021（推定）', '2020–2021 (inferred)'],
  '2022 (inferred)': ['2022（推定）', '2022 (inferred)'],
  '2022 (inferred; not shown)': ['2022（推定；原文未注）', '2022 (inferred; not shown)'],
  '2022–2023 (inferred)': ['2022–2023（推定）', '2022–2023 (inferred)'],
  '2023 (inferred)': ['2023（推定）', '2023 (inferred)'],
  '2023-02-15 (event)': ['2023-02-15（事件日期）', '2023-02-15 (date of the event)'],
  'n/a': ['无日期', 'no date'],
  'not shown': ['未注日期', 'date not shown'],
};

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function pair(table: Record<string, Pair>, key: string, what: string): Pair {
  const p = table[key];
  if (!p) throw new Error(`projects: no citation words for the ${what} ${JSON.stringify(key)}`);
  return p;
}

/** One source as `title · where · date`, in Chinese and in English. */
export function citationLine(s: ResearchSource): Pair {
  const title = pair(TITLES, s.title, 'title');
  const where: Pair = /^https?:\/\//.test(s.url_or_publication) ? [s.url_or_publication, s.url_or_publication] : pair(WHERE, s.url_or_publication, 'publication');
  const date: Pair = ISO.test(s.date) ? [s.date, s.date] : pair(DATES, s.date, 'date');
  return [`${title[0]} · ${where[0]} · ${date[0]}`, `${title[1]} · ${where[1]} · ${date[1]}`];
}
