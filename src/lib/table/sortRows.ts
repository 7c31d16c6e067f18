import type { Steps } from './steps.ts';
import type { CellValue } from './tableTypes.ts';

/** Elements handled between two yields: a millisecond or two of work. */
const STEP = 16_384;
/**
 * Runs sorted natively before merging: small enough that one run is a short pause even when a
 * comparison is a collator's (about a microsecond each in Chromium, ten thousand to a run).
 */
const RUN = 1_024;

/**
 * The positions 0…n-1 stably sorted by `compare`, in place of Array#sort so that it can pause:
 * runs are sorted natively (ties by position), then merged pass by pass, taking from the left
 * run on a tie and yielding every few thousand elements.
 */
export function* sortPositions(n: number, compare: (a: number, b: number) => number): Steps<Int32Array> {
  let src: Int32Array = iota(n);
  for (let s = 0; s < n; s += RUN) {
    src.subarray(s, Math.min(n, s + RUN)).sort((a, b) => compare(a, b) || a - b);
    yield;
  }
  let dst: Int32Array = new Int32Array(n);
  let work = 0;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const left = src[i] as number;
        const right = src[j] as number;
        if (compare(right, left) < 0) {
          dst[k++] = right;
          j++;
        } else {
          dst[k++] = left;
          i++;
        }
        if (++work === STEP) {
          work = 0;
          yield;
        }
      }
      dst.set(src.subarray(i, mid), k);
      dst.set(src.subarray(j, hi), k + (mid - i));
    }
    [src, dst] = [dst, src];
    yield;
  }
  return src;
}

/**
 * Text ordered as a Chinese reader expects (pinyin for hanzi), with digit runs read as numbers
 * so "地块 9" comes before "地块 10".
 */
export const TEXT_ORDER = new Intl.Collator('zh', { numeric: true });

/**
 * The rows in the order of a column: numbers by value, then text by TEXT_ORDER, empty cells last
 * whatever the direction. Descending reverses the rest (text before numbers). Equal cells keep
 * the rows' order, in both directions. Text is compared once per distinct value (a column of
 * eight industries costs a sort of eight words), then rows by rank.
 */
export function* sortRows(rows: Int32Array, value: (row: number) => CellValue, descending: boolean): Steps<Int32Array> {
  const n = rows.length;
  const numRows = new Int32Array(n);
  const numKeys = new Float64Array(n);
  const textRows = new Int32Array(n);
  const textIds = new Int32Array(n);
  const empties = new Int32Array(n);
  const distinct = new Map<string, number>();
  const words: string[] = [];
  let nn = 0;
  let nt = 0;
  let ne = 0;
  for (let k = 0; k < n; k++) {
    const row = rows[k] as number;
    const v = value(row);
    if (typeof v === 'number') {
      numRows[nn] = row;
      numKeys[nn++] = v;
    } else if (typeof v === 'string') {
      let id = distinct.get(v);
      if (id === undefined) {
        id = words.length;
        distinct.set(v, id);
        words.push(v);
      }
      textRows[nt] = row;
      textIds[nt++] = id;
    } else empties[ne++] = row;
    if ((k & (STEP - 1)) === 0) yield;
  }
  const sign = descending ? -1 : 1;

  // Numbers: positions into numRows, by key.
  const numOrder = yield* sortPositions(nn, (a, b) => sign * ((numKeys[a] as number) - (numKeys[b] as number)));

  // Text: rank the distinct words, then order positions by rank.
  const byWord = yield* sortPositions(words.length, (a, b) => TEXT_ORDER.compare(words[a] as string, words[b] as string));
  const rank = new Int32Array(words.length);
  // Words the collator finds equal ("A" and "a" are not; full- and half-width may be) share a rank.
  for (let r = 0; r < byWord.length; r++) {
    const id = byWord[r] as number;
    const prev = r > 0 ? (byWord[r - 1] as number) : -1;
    rank[id] = prev >= 0 && TEXT_ORDER.compare(words[prev] as string, words[id] as string) === 0 ? (rank[prev] as number) : r;
    if ((r & (STEP - 1)) === STEP - 1) yield;
  }
  const textOrder = yield* sortPositions(nt, (a, b) => sign * ((rank[textIds[a] as number] as number) - (rank[textIds[b] as number] as number)));

  const out = new Int32Array(n);
  let k = 0;
  const putNumbers = () => {
    for (let p = 0; p < nn; p++) out[k++] = numRows[numOrder[p] as number] as number;
  };
  const putTexts = () => {
    for (let p = 0; p < nt; p++) out[k++] = textRows[textOrder[p] as number] as number;
  };
  if (descending) {
    putTexts();
    putNumbers();
  } else {
    putNumbers();
    putTexts();
  }
  out.set(empties.subarray(0, ne), k);
  return out;
}

function iota(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}
