/** The presenter's state: which scene, whether the screen is blanked, whether exploring freely. */
export interface PlayerState {
  index: number;
  count: number;
  blank: boolean;
  exploring: boolean;
}

export type PlayerAction = 'next' | 'prev' | 'first' | 'last' | 'blank' | 'explore' | 'snap' | { goto: number };

export function startPlayer(count: number, index = 0): PlayerState {
  return { index: clamp(index, count), count, blank: false, exploring: false };
}

const clamp = (i: number, count: number): number => Math.max(0, Math.min(count - 1, Math.trunc(i)));

/**
 * One step of the player. Moving to a scene un-blanks and ends exploring (the scene takes the
 * camera back); B toggles the blank screen; Esc leaves the script; "." snaps back to it.
 */
export function step(s: PlayerState, action: PlayerAction): PlayerState {
  if (typeof action === 'object') return { ...s, index: clamp(action.goto, s.count), blank: false, exploring: false };
  switch (action) {
    case 'next':
      return { ...s, index: clamp(s.index + 1, s.count), blank: false, exploring: false };
    case 'prev':
      return { ...s, index: clamp(s.index - 1, s.count), blank: false, exploring: false };
    case 'first':
      return { ...s, index: 0, blank: false, exploring: false };
    case 'last':
      return { ...s, index: s.count - 1, blank: false, exploring: false };
    case 'blank':
      return { ...s, blank: !s.blank };
    case 'explore':
      return { ...s, exploring: true, blank: false };
    case 'snap':
      return { ...s, exploring: false, blank: false };
  }
}

/** Keys a keyboard or a presentation clicker sends (clickers send Page Up / Page Down). */
export function keyAction(key: string): PlayerAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
      return 'blank';
    case 'Escape':
      return 'explore';
    case '.':
      return 'snap';
    default:
      return null;
  }
}
