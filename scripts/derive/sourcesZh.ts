/**
 * Chinese for the citations of the research notes (zone-facts.geojson `source`), keyed by the
 * English text exactly as stored. URLs, outlet names, article titles and repository paths stay
 * as they are; the connecting prose is translated. A citation without a translation stops the
 * derivation, so a changed source cannot ship with an English-only citation in the zh UI.
 */
const OWN = '坐标为自行估计（现有资料未给出坐标）';
const EIA_LIST = '站点名单见环评公示（bm463.com）';

const ZH: Record<string, string> = {
  // ── stations of the 雄忻高铁 ──
  "existing (Beijing–Xiong'an ICR); coords from Wikipedia mirror https://profilpelajar.com/article/Xiong%27an_railway_station":
    '既有车站（京雄城际铁路）；坐标取自 维基百科镜像 https://profilpelajar.com/article/Xiong%27an_railway_station',
  'site text: http://mbji.cn/mbji/雄安城际站/24082707 (east of 小王营村, north of S334, ~9 km from 安新县城); coords own estimate (no stored source gives coordinates)':
    `站址描述：http://mbji.cn/mbji/雄安城际站/24082707（小王营村以东、S334 以北，距安新县城约 9 km）；${OWN}`,
  'station list: EIA via http://www.bm463.com/2022-04/26/c_1211640951.htm; coords own estimate (no stored source gives coordinates)':
    `站点名单：环评公示，见 http://www.bm463.com/2022-04/26/c_1211640951.htm；${OWN}`,
  'existing (Beijing–Guangzhou HSR), rebuilt/expanded for XX; coords own estimate (no stored source gives coordinates)':
    `既有车站（京广高铁），为雄忻高铁改扩建；${OWN}`,
  'station list EIA (bm463.com); coords own estimate (no stored source gives coordinates)': `${EIA_LIST}；${OWN}`,
  'construction start 2024-08-23 http://en.people.cn/n3/2024/0824/c90000-20209961.html; coords own estimate (no stored source gives coordinates)':
    `2024-08-23 开工 http://en.people.cn/n3/2024/0824/c90000-20209961.html；${OWN}`,
  'construction start 2024-08-23 (en.people.cn); coords own estimate (no stored source gives coordinates)': `2024-08-23 开工（en.people.cn）；${OWN}`,
  'station list EIA (bm463.com); in 五台山风景区; coords own estimate (no stored source gives coordinates) — VERY uncertain':
    `${EIA_LIST}；位于五台山风景区；${OWN}——极不确定`,
  'existing Datong–Xi\'an HSR station at 解原村, 牧马北路 (http://xinzhou.7890.net/c231156c0c50a8cace9c903e72.html); coords own estimate (no stored source gives coordinates)':
    `大西高铁既有车站，位于解原村、牧马北路（http://xinzhou.7890.net/c231156c0c50a8cace9c903e72.html）；${OWN}`,
  'existing Datong–Xi\'an HSR station, west of 尚家庄村 (https://p2.ttnews.xyz/a/5b8e1634dc9b5e0c2bb836b8); southern end of 集大原 (https://atoomu.net/heart/acde8121fc379a52153c1e4b11413431.html); coords own estimate (no stored source gives coordinates)':
    `大西高铁既有车站，位于尚家庄村以西（https://p2.ttnews.xyz/a/5b8e1634dc9b5e0c2bb836b8）；集大原高铁南端（https://atoomu.net/heart/acde8121fc379a52153c1e4b11413431.html）；${OWN}`,
  '集大原 station (atoomu.net, CCTV 2024-12-31); site near 阳明堡镇石彦村 per 2016 plan (http://m.tus8.com/gaotie/shenzhenditie_7947.html); coords own estimate (no stored source gives coordinates)':
    `集大原高铁车站（atoomu.net，央视 2024-12-31）；据 2016 年规划，站址在阳明堡镇石彦村附近（http://m.tus8.com/gaotie/shenzhenditie_7947.html）；${OWN}`,
  "existing Datong–Xi'an HSR station (Wu-Jackie/Shanxi-Railway-Stations-Graph-WIth-Neo4J:Stations.csv lists it); coords derived from an un-referenced GitHub chart value 112.654262,38.077842 (datum probably GCJ-02/BD-09) shifted to WGS84 by rough offset":
    '大西高铁既有车站（Wu-Jackie/Shanxi-Railway-Stations-Graph-WIth-Neo4J:Stations.csv 列有此站）；坐标由 GitHub 上一张无出处图表的数值 112.654262,38.077842（基准可能为 GCJ-02/BD-09）按粗略偏移换算为 WGS84',
  // ── lines ──
  'station order: EIA 2022 (http://www.bm463.com/2022-04/26/c_1211640951.htm) & 人民网 2024 (http://58.221.163.238:8082/info.php?QgF=N0Xht.html); geometry = straight segments between estimated station points':
    '站序：2022 年环评公示（http://www.bm463.com/2022-04/26/c_1211640951.htm）及人民网 2024（http://58.221.163.238:8082/info.php?QgF=N0Xht.html）；几何为估计站点之间的直线段',
  'station order Wu-Jackie/Shanxi-Railway-Stations-Graph-WIth-Neo4J:Create relationship.md (G2405: 原平西→忻州西→阳曲西→太原南); geometry estimate':
    '站序见 Wu-Jackie/Shanxi-Railway-Stations-Graph-WIth-Neo4J:Create relationship.md（G2405：原平西→忻州西→阳曲西→太原南）；几何为估计',
  'stations: atoomu.net (CCTV 2024-12-31); geometry estimate': '车站：atoomu.net（央视 2024-12-31）；几何为估计',
  // ── airports, towns ──
  'Wikipedia: http://ja.wikipedia.org/wiki/太原武宿国際空港?oldid=42782020 ; https://de.wikiup.org/wiki/Flughafen_Taiyuan-Wusu':
    '维基百科：http://ja.wikipedia.org/wiki/太原武宿国際空港?oldid=42782020 ；https://de.wikiup.org/wiki/Flughafen_Taiyuan-Wusu',
  'Wikipedia: https://encycloreader.org/r/wikipedia.php?q=Xinzhou_Wutaishan_Airport (五位庄村, 宏道镇, 定襄县)':
    '维基百科：https://encycloreader.org/r/wikipedia.php?q=Xinzhou_Wutaishan_Airport（定襄县宏道镇五位庄村）',
  'own estimate (no stored source gives coordinates)': '自行估计（现有资料未给出坐标）',
  'Wikipedia infobox: https://review.clateway.com/wiki/view_html.php?q=Xinzhou (38°24′58″N 112°44′02″E)':
    '维基百科信息框：https://review.clateway.com/wiki/view_html.php?q=Xinzhou（北纬 38°24′58″，东经 112°44′02″）',
  // ── new cities ──
  'structure 一中轴两方城四组团 incl. 高村制造业/高村物流/东部物流/石岭关文旅组团 (http://www.mefea.com/system/2022/07/03/030473036.shtml); outline own estimate (no stored source gives coordinates) — official boundary/area not found':
    '结构“一中轴两方城四组团”，含高村制造业、高村物流、东部物流、石岭关文旅组团（http://www.mefea.com/system/2022/07/03/030473036.shtml）；轮廓为自行估计（现有资料未给出坐标）——未找到官方边界和面积',
  'area 4.6 km2: http://district.ce.cn/newarea/roll/202310/31/t20231031_38771838.shtml ; position own estimate (no stored source gives coordinates)':
    '面积 4.6 km²：http://district.ce.cn/newarea/roll/202310/31/t20231031_38771838.shtml ；位置为自行估计（现有资料未给出坐标）',
  'bounds N 北外环, E 东外环, S 忻州绕城高速, W 同蒲铁路; 100 km2 (http://xz.sxgov.cn/xzxw_content/2022-07/13/content_4789457.htm); name 忻东新城 in “2+5+N” (太原日报 2022-05-19); coordinates of the bounding roads own estimate (no stored source gives coordinates)':
    '四至：北至北外环、东至东外环、南至忻州绕城高速、西至同蒲铁路；100 km²（http://xz.sxgov.cn/xzxw_content/2022-07/13/content_4789457.htm）；“忻东新城”之名见“2+5+N”布局（太原日报 2022-05-19）；四至道路的坐标为自行估计（现有资料未给出坐标）',
  'bounds E 东外环, S 滨河路, W 同蒲铁路, N 忻河支线; ~12.8 km2 (xz.sxgov.cn 2022-07-13); coordinates own estimate (no stored source gives coordinates)':
    `四至：东至东外环、南至滨河路、西至同蒲铁路、北至忻河支线；约 12.8 km²（xz.sxgov.cn 2022-07-13）；${OWN}`,
  // ── parks ──
  'named as one of the “5” city-level platforms (太原日报 2022-05-19); 晋创谷 project at 中北大学东侧 (http://www.digipub.cc/dy/article/KI4CB6RK0521U536.html); coords own estimate (no stored source gives coordinates)':
    `列为“5”个市级平台之一（太原日报 2022-05-19）；晋创谷项目位于中北大学东侧（http://www.digipub.cc/dy/article/KI4CB6RK0521U536.html）；${OWN}`,
  '128.11 km2, 1 core + 7 parks, northern part of Xinzhou city (http://shanxi.chinadaily.com.cn/2020-04/14/c_471112.htm); coords own estimate (no stored source gives coordinates)':
    `128.11 km²，一核七园，位于忻州市区北部（http://shanxi.chinadaily.com.cn/2020-04/14/c_471112.htm）；${OWN}`,
  'own estimate (no stored source gives coordinates); area not found': '自行估计（现有资料未给出坐标）；未找到面积',
  'named in Taiyuan plan (https://www.n6668.com/big5/news/chanye/20220726/1750361935201_6.shtml); coords own estimate (no stored source gives coordinates)':
    `见于太原区域规划（https://www.n6668.com/big5/news/chanye/20220726/1750361935201_6.shtml）；${OWN}`,
  // ── road, water ──
  '41 km, N 忻府区 – S 阳兴大道, fully open 2022-09-30 (https://app.bjtitle.com/8816/newshow.php?did=865736038480185&newsid=6236359&typeid=91); Taiyuan section 石岭关–阳兴大道 24.5 km (http://www.360elib.com:2027/detail.aspx?NewsCode=NC3200&NewsId=23877082&OrgId=001); geometry own estimate (no stored source gives coordinates)':
    '全长 41 km，北起忻府区、南至阳兴大道，2022-09-30 全线通车（https://app.bjtitle.com/8816/newshow.php?did=865736038480185&newsid=6236359&typeid=91）；太原段石岭关—阳兴大道 24.5 km（http://www.360elib.com:2027/detail.aspx?NewsCode=NC3200&NewsId=23877082&OrgId=001）；几何为自行估计（现有资料未给出坐标）',
  'source river 清水河 (tributary of 滹沱河) per 山西日报 2022-06-28 (http://tyjgjz.com/cn/Instant/local/202206/t20220628_7230363.html); intake position own estimate (no stored source gives coordinates)':
    '据山西日报 2022-06-28，水源为清水河（滹沱河支流）（http://tyjgjz.com/cn/Instant/local/202206/t20220628_7230363.html）；取水口位置为自行估计（现有资料未给出坐标）',
  'ceremony at 忻府区芝郡村 2022-06-25 (tyjgjz.com); coords own estimate (no stored source gives coordinates)':
    `2022-06-25 于忻府区芝郡村举行开工仪式（tyjgjz.com）；${OWN}`,
  'facts: 清水河 intake, reuse of 坪上应急引水工程 + new works, 3000万→5000万 m3/a (tyjgjz.com 2022-06-28); route through 定襄/芝郡/太忻 corridor to 太原 is own estimate (no stored source gives coordinates)':
    '事实：清水河取水，利用坪上应急引水工程并新建工程，3000万→5000万 m³/年（tyjgjz.com 2022-06-28）；经定襄、芝郡、太忻走廊至太原的线路为自行估计（现有资料未给出坐标）',
};

export function sourceZh(en: string): string {
  const zh = ZH[en];
  if (zh === undefined) throw new Error(`sourcesZh: no Chinese for the citation ${JSON.stringify(en)}`);
  return zh;
}
