import { describe, expect, it } from 'vitest';
import { keyAction, startPlayer, step, type PlayerAction } from './player.ts';

const run = (actions: PlayerAction[], count = 5) => actions.reduce(step, startPlayer(count));

describe('briefing player', () => {
  it('moves through scenes and stops at both ends', () => {
    expect(run(['next', 'next', 'next']).index).toBe(3);
    expect(run(['next', 'next', 'next', 'next', 'next', 'next']).index).toBe(4);
    expect(run(['prev']).index).toBe(0);
    expect(run(['last']).index).toBe(4);
    expect(run(['last', 'first']).index).toBe(0);
    expect(run([{ goto: 9 }]).index).toBe(4);
    expect(startPlayer(5, -3).index).toBe(0);
  });

  it('blanks and un-blanks with B, and a scene change un-blanks', () => {
    expect(run(['blank']).blank).toBe(true);
    expect(run(['blank', 'blank']).blank).toBe(false);
    expect(run(['blank', 'next'])).toMatchObject({ blank: false, index: 1 });
  });

  it('leaves the script to explore and snaps back to the same scene', () => {
    const exploring = run(['next', 'explore']);
    expect(exploring).toMatchObject({ exploring: true, index: 1 });
    expect(step(exploring, 'snap')).toMatchObject({ exploring: false, index: 1 });
    expect(step(exploring, 'next')).toMatchObject({ exploring: false, index: 2 });
  });

  it.each([
    ['ArrowRight', 'next'], ['PageDown', 'next'], [' ', 'next'], ['ArrowLeft', 'prev'], ['PageUp', 'prev'],
    ['Home', 'first'], ['End', 'last'], ['b', 'blank'], ['B', 'blank'], ['Escape', 'explore'], ['.', 'snap'], ['x', null],
  ])('maps %j to %j', (key, action) => {
    expect(keyAction(key)).toBe(action);
  });
});
