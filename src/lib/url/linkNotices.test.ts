import { describe, expect, it } from 'vitest';
import { linkNotices } from './linkNotices.ts';
import { linkProblem } from './hashState.ts';
import { filterProblem } from '../filter/filterSpec.ts';

describe('link notices', () => {
  it('says a dropped filter was left out, not that the default view is used', () => {
    const filter = linkProblem('filter', { layer: 'projects', reason: filterProblem('unknownKind', { clause: 1, kind: 'within' }) });
    const [zh] = linkNotices([filter], 'zh');
    expect(zh).toContain('其余部分照常生效');
    expect(zh).toContain('第 1 个条件的类型“within”未知');
    expect(zh).not.toContain('默认视图');
    const [en] = linkNotices([filter], 'en');
    expect(en).toContain('the rest of the link applies');
    expect(en).not.toContain('default view');
  });

  it('keeps the default-view wording for parts of the view, in a notice of their own', () => {
    const notices = linkNotices([linkProblem('map', { value: 'x' }), linkProblem('colourLayer', { value: 'nope' })], 'zh');
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain('默认视图');
    expect(notices[1]).toContain('着色：未知图层“nope”');
    expect(linkNotices([], 'en')).toEqual([]);
  });
});
