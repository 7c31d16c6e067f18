import { describe, expect, it } from 'vitest';
import { scenarioLines, unknownLines } from './scenario.ts';
import { committedNetwork } from './testNetwork.ts';

describe('unknownLines', () => {
  const network = committedNetwork();

  it('names the ids a custom scenario holds that the network does not, in the link’s order', () => {
    expect(unknownLines(network, { custom: ['daxi', 'foo', 'xiongxin', 'old-line'] })).toEqual(['foo', 'old-line']);
  });

  it('finds nothing for a named year or for lines the network holds', () => {
    expect(unknownLines(network, { year: '2027' })).toEqual([]);
    expect(unknownLines(network, { custom: ['daxi', 'xiongxin'] })).toEqual([]);
    expect(unknownLines(network, { custom: [] })).toEqual([]);
  });

  it('drops nothing the model would run: the unknown ids ran no line anyway', () => {
    const asked = { custom: ['daxi', 'foo'] };
    expect(scenarioLines(network, asked).map((l) => l.id)).toEqual(['daxi']);
  });
});
