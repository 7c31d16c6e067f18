const SEPARATORS = ['，', '；', '——', ' — ', ' – ', ', ', '; '];

/**
 * A park's name without the notes a source's wording carries: '大盂产业新城（阳曲县；据 …）' and
 * '大盂产业新城（阳曲县）——大盂首个工业项目' are both 大盂产业新城, so the chart counts them
 * together. What follows a comma, semicolon or dash outside brackets is a note, and so is a
 * bracket that ends the name; a bracket inside it ('太原（阳曲）转型发展产业园区') is kept.
 */
export function parkName(text: string): string {
  let depth = 0;
  let end = text.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && SEPARATORS.some((s) => text.startsWith(s, i))) {
      end = i;
      break;
    }
  }
  const head = text.slice(0, end);
  const bare = head.replace(/\s*[（(][^（()）]*[)）]\s*$/, '').trim();
  return bare || text.trim();
}
