/**
 * Words by which a text names each project of the `projects` layer: the seed article's excerpts,
 * the facts table and other layers' prose are searched for them, so that a figure quoted there
 * can be checked against the project's own (test/data/projectInvestment.test.ts).
 */
export const PROJECT_KEYS: Readonly<Record<string, readonly string[]>> = {
  TX01: ['能源宝'],
  TX02: ['华阳'],
  TX03: ['中来'],
  TX04: ['同德'],
  TX05: ['宝航'],
  TX06: ['新松'],
  TX07: ['碳纤维'],
  TX08: ['阳曲科技创新成果转化'],
  TX09: ['信创'],
  TX10: ['高端低碳智能装备产业园'],
  TX11: ['科创驱动中心'],
  TX12: ['双碳产业科技园'],
  TX13: ['新能汇通'],
  TX14: ['哈工大机器人'],
  TX15: ['战略性基础材料'],
  TX16: ['清凉湾'],
  TX17: ['惠科'],
  TX18: ['沪硅', '上海新昇', '晋科'],
  TX19: ['海纳'],
  TX20: ['厚生'],
  TX21: ['三峡'],
  TX22: ['中科晶电', '梧桐芯洲'],
  TX23: ['数据流量谷'],
  TX24: ['忻州师范学院'],
  TX25: ['金宇科林'],
  TX26: ['海峡两岸'],
  TX27: ['新能源+产业'],
  TX28: ['西龙池'],
  TX29: ['标准化厂房'],
  TX30: ['数字五台山'],
};

/** The paragraphs of a text that name a project: what data/sources keeps of the seed article. */
export function namingParagraphs(text: string): string[] {
  const keys = Object.values(PROJECT_KEYS).flat();
  return text
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => keys.some((k) => p.includes(k)));
}
