import { describe, expect, it } from 'vitest';
import { BriefingLoadError, describeBriefingError, describeBriefingProblem } from './briefingProblems.ts';
import { parseBriefing } from './schema.ts';

describe('briefing problems in the UI language', () => {
  const bad = { id: 'b', title: { zh: '简报', en: 'B' }, scenes: [{ id: 's1', title: { zh: '题', en: 'T' }, camera: { center: [112, 38], zoom: 40 }, layers: ['nope'], caption: { zh: '说明', en: 'C' } }] };
  const { found, problems } = parseBriefing(bad, 'b.json', new Set(['dayu']));

  it('says where and what, in Chinese and in English', () => {
    expect(found.map((p) => describeBriefingProblem(p, 'zh'))).toEqual([
      'b.json 第 1 个场景（s1）：缩放级别（camera.zoom）须为 0–22 的数字',
      'b.json 第 1 个场景（s1）：图层（layers）：未知图层“nope”',
    ]);
    expect(problems).toEqual(['b.json scene 1 (s1): camera.zoom must be a number 0–22', 'b.json scene 1 (s1): layers: unknown layer "nope"']);
  });

  it('keeps only the file’s own names in Latin script in Chinese', () => {
    const zh = describeBriefingError(new BriefingLoadError('b', found), 'zh');
    const latin = zh.match(/[A-Za-z]{2,}/g) ?? [];
    expect(latin.filter((w) => !['json', 'camera', 'zoom', 'layers', 'nope'].includes(w))).toEqual([]);
    expect(describeBriefingProblem({ file: 'b.json', scene: 2, code: 'needsBoth', param: 'caption' }, 'zh')).toBe('b.json 第 2 个场景：“caption”须同时有中文和英文');
    expect(describeBriefingError(new BriefingLoadError('x', []), 'zh')).toBe('未找到简报“x”');
    // The ground a scene names: the file's key and JSON's own words stay as the file spells them.
    expect(describeBriefingProblem({ file: 'b.json', scene: 1, code: 'basemapName' }, 'zh')).toBe('b.json 第 1 个场景：底图（basemap）须为 1–120 个字符的底图名称，或 null（默认底图）');
    expect(describeBriefingProblem({ file: 'b.json', scene: 1, code: 'terrain3d' }, 'zh')).toBe('b.json 第 1 个场景：三维地形（terrain3d）须为 true 或 false');
    expect(describeBriefingError(new SyntaxError('Unexpected end'), 'zh')).toMatch(/^不是有效的 JSON/);
  });
});
