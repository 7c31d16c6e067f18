import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFacts } from './facts.ts';

const ok = { id: 'a', topic: { zh: '题', en: 'T' }, value: { zh: '值', en: 'V' }, date: '2022-03-24', source: { zh: '来源', en: 's' }, confidence: 'confirmed' };

describe('parseFacts', () => {
  it('accepts the shipped facts, which carry the 人民网 figures', () => {
    const { facts, problems } = parseFacts(JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/facts.json'), 'utf8')));
    expect(problems).toEqual([]);
    const plan = facts.find((f) => f.id === 'projects-2022-plan');
    expect(plan?.value.zh).toContain('485');
    expect(plan?.value.zh).toContain('5337');
    expect(plan?.source.zh).toContain('人民网 2022-03-24');
    expect(facts.find((f) => f.id === 'extent')?.source).toEqual({ zh: '中国日报 2022-03-08；具体单元名单系 zone-facts.md §0 推定', en: 'China Daily 2022-03-08; list of units inferred in zone-facts.md §0' });
    expect(facts.find((f) => f.id === 'guidance-2021')?.value.zh).toMatch(/8 个方面、31 项重点任务/);
  });

  it.each([
    ['not a list', { facts: 3 }, /expected/],
    ['missing English', { facts: [{ ...ok, topic: { zh: '题' } }] }, /"topic" needs zh and en/],
    ['bad date', { facts: [{ ...ok, date: '24.3.2022' }] }, /"date" must be/],
    ['no source', { facts: [{ ...ok, source: ' ' }] }, /"source"/],
    ['a source in one language', { facts: [{ ...ok, source: { zh: '来源' } }] }, /"source" needs zh and en/],
    ['bad confidence', { facts: [{ ...ok, confidence: 'sure' }] }, /"confidence"/],
    ['duplicate id', { facts: [ok, ok] }, /#1 \(a\): duplicate id/],
  ])('reports %s', (_n, input, message) => {
    expect(parseFacts(input).problems.join('\n')).toMatch(message);
  });
});
