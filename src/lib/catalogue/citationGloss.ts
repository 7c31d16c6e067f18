/**
 * English readers of a citation get the Chinese names in it glossed: "人民网" becomes
 * "People's Daily Online (人民网)", so the original stays there to find the source by. Titles in
 * 《》, URLs and names already glossed ("DataV.GeoAtlas (阿里云)") are left as they are. The
 * research notes cite Chinese outlets, places and roads; these are the ones they use.
 */
const GLOSSES: Record<string, string> = {
  人民网: 'People’s Daily Online',
  太原日报: 'Taiyuan Daily',
  山西日报: 'Shanxi Daily',
  河北日报: 'Hebei Daily',
  中新社: 'China News Service',
  山西省政府新闻发布会: 'Shanxi provincial government press conference',
  国家基础地理信息中心: 'National Geomatics Center of China',
  阿里云: 'Alibaba Cloud',
  '(曹婷婷)': ', by Cao Tingting',
  一中轴两方城四组团: 'one axis, two quarters, four clusters',
  '一中轴、两方城、四组团': 'one axis, two quarters, four clusters',
  高村制造业: 'Gaocun manufacturing',
  高村物流: 'Gaocun logistics',
  东部物流: 'eastern logistics',
  石岭关文旅组团: 'Shilingguan culture and tourism cluster',
  晋创谷: 'Jinchuanggu innovation park',
  中北大学东侧: 'east of the North University of China',
  太原区规划: 'Taiyuan district plan',
  原平西: 'Yuanping West',
  忻州西: 'Xinzhou West',
  阳曲西: 'Yangqu West',
  太原南: 'Taiyuan South',
  忻府区芝郡村: 'Zhijun village, Xinfu District',
  忻府区: 'Xinfu District',
  阳兴大道: 'Yangxing Avenue',
  石岭关: 'Shilingguan',
  雄安城际站: 'Xiong’an intercity station',
  小王营村: 'Xiaowangying village',
  安新县城: 'Anxin county seat',
  五台山风景区: 'Wutaishan scenic area',
  解原村: 'Jieyuan village',
  牧马北路: 'Muma North Road',
  尚家庄村: 'Shangjiazhuang village',
  集大原: 'Jining–Datong–Yuanping HSR',
  阳明堡镇石彦村: 'Shiyan village, Yangmingbao town',
  清水河: 'Qingshui River',
  坪上应急引水工程: 'Pingshang emergency water diversion works',
  五位庄村: 'Wuweizhuang village',
  宏道镇: 'Hongdao town',
  定襄县: 'Dingxiang County',
  定襄: 'Dingxiang',
  芝郡: 'Zhijun',
  太忻: 'Taiyuan–Xinzhou',
  滹沱河: 'Hutuo River',
  太原: 'Taiyuan',
  北外环: 'North Ring Road',
  东外环: 'East Ring Road',
  忻州绕城高速: 'Xinzhou ring expressway',
  同蒲铁路: 'Tongpu railway',
  忻东新城: 'Xindong New City',
  滨河路: 'Binhe Road',
  忻河支线: 'Xinhe branch line',
};

const TERMS = Object.keys(GLOSSES).sort((a, b) => b.length - a.length);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TERM = new RegExp(TERMS.map(escape).join('|'), 'gu');
// Spans to keep whole: URLs, 《titles》, and an original already in brackets after a Latin gloss.
const KEEP = /(?:https?:\/\/|www\.)[^\s，。；、）)]+|《[^》]*》|(?<=[\p{Script=Latin}\d.)’]\s?)[(（][\p{Script=Han}·]+[)）]/gu;
// "3000万→5000万 m3/a": 万 is ten thousand.
const WAN = /(\d+(?:\.\d+)?)万/gu;

function glossPlain(text: string): string {
  return text
    .replace(WAN, (_m, n: string) => {
      const v = Number(n) * 1e4;
      return v >= 1e6 ? `${v / 1e6} million` : v.toLocaleString('en');
    })
    .replace(TERM, (term) => (term.startsWith('(') ? `${GLOSSES[term]} ${term}` : `${GLOSSES[term]} (${term})`));
}

export function glossCitation(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(KEEP)) {
    out += glossPlain(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + glossPlain(text.slice(at));
}
