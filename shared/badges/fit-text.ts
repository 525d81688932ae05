/**
 * Fitting a text into a width: the largest size (up to `maxSize`) at which it wraps, at spaces, into at most
 * `maxLines` lines. Nothing is ever cut: a word too long for the line at the smallest comfortable size gets a
 * smaller size still, down to whatever makes it fit.
 */
export interface FittedText {
  size: number;
  lines: string[];
}

const STEP = 0.5;

/** Greedy wrap at spaces; `undefined` when some word alone is wider than `width`. */
const wrap = (words: string[], width: number, measure: (text: string) => number): string[] | undefined => {
  const lines: string[] = [];
  for (const word of words) {
    if (measure(word) > width) return undefined;
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
};

/** `measure(text, size)`: the width of `text` at `size`. */
export const fitText = (
  text: string,
  { width, maxSize, minSize, maxLines }: { width: number; maxSize: number; minSize: number; maxLines: number },
  measure: (text: string, size: number) => number,
): FittedText => {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { size: maxSize, lines: [] };
  for (let size = maxSize; size >= minSize; size -= STEP) {
    const lines = wrap(words, width, (t) => measure(t, size));
    if (lines && lines.length <= maxLines) return { size, lines };
  }
  // Below the comfortable minimum: the whole text on as few lines as allowed, shrunk until the widest fits.
  const lines = wrap(words, Number.POSITIVE_INFINITY, () => 0)!.join(' ');
  const one = [lines];
  const widest = measure(lines, minSize);
  return { size: Math.min(minSize, (minSize * width) / widest), lines: one };
};
