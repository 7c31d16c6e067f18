/**
 * Text in lines of at most a width, for the exports' canvas panels (the canvas has no layout):
 * English breaks between words, Chinese between any two characters, and a word longer than a
 * line is cut where it must be.
 */
export function wrapLines(text: string, width: (s: string) => number, maxW: number): string[] {
  const lines: string[] = [];
  let line = '';
  // A piece is a word with its trailing space, or one CJK character (which may start a line anywhere).
  for (const piece of text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g) ?? []) {
    if (line && width(line + piece.trimEnd()) > maxW) {
      lines.push(line.trimEnd());
      line = '';
    }
    if (!line && width(piece.trimEnd()) > maxW) {
      for (const ch of piece) {
        if (line && width(line + ch) > maxW) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
      continue;
    }
    line += line || piece.trim() ? piece : '';
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * The largest of `sizes` at which the text fits in `maxLines`, with its lines; at the smallest
 * size still too long, the last line ends in "…" rather than stopping mid-word unmarked.
 */
export function fitLines(text: string, widthAt: (size: number) => (s: string) => number, maxW: number, maxLines: number, sizes: readonly number[]): { size: number; lines: string[] } {
  let last = { size: sizes[sizes.length - 1] as number, lines: [] as string[] };
  for (const size of sizes) {
    const lines = wrapLines(text, widthAt(size), maxW);
    if (lines.length <= maxLines) return { size, lines };
    last = { size, lines };
  }
  const width = widthAt(last.size);
  const kept = last.lines.slice(0, maxLines);
  let end = kept[maxLines - 1] ?? '';
  while (end && width(`${end}…`) > maxW) end = [...end].slice(0, -1).join('');
  kept[maxLines - 1] = `${end.trimEnd()}…`;
  return { size: last.size, lines: kept };
}
