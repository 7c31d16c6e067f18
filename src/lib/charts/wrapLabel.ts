/** Widths in half-em units: a Chinese character (or full-width sign) is two, a Latin letter one. */
const WIDE = /[\u2e80-\uffef]/;
const width = (s: string): number => [...s].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);

/** The widest a label line may be, in half-ems, before it wraps (a chart clips a longer one at its edge). */
export const LINE_WIDTH = 26;

/** Greedy wrapping: each line as full as `max` allows. */
function greedy(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[\u2e80-\uffef]|[^\s\u2e80-\uffef]+|\s+/g) ?? []) {
    const blank = token.trim() === '';
    if (line && !blank && width(line + token) > max) {
      lines.push(line.trimEnd());
      line = '';
    }
    if (line || !blank) line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [text];
}

/**
 * A long name over lines of at most `max` half-ems: at spaces in English, between any two
 * Chinese characters; as few lines as that takes, evened out so none is left with a character
 * or two. A single word longer than a line keeps its line (it is not split).
 */
export function wrapLabel(text: string, max = LINE_WIDTH): string[] {
  const lines = greedy(text, max);
  if (lines.length < 2) return lines;
  for (let target = Math.ceil(width(text) / lines.length); target < max; target++) {
    const even = greedy(text, target);
    if (even.length <= lines.length) return even;
  }
  return lines;
}
