/**
 * A line of text cut into runs of one script each, in the order they are drawn from left to right: Arabic-script
 * runs go to Noto Sans Arabic, everything else to Noto Sans (no single font covers both).
 *
 * The bidirectional ordering is the small part of Unicode's algorithm that names on a badge need: the line's
 * direction is that of its first strong character (an Arabic letter makes it right-to-left), and in a right-to-left
 * line the runs are drawn in reverse order. Inside an Arabic run fontkit's layout both shapes the letters (initial,
 * medial, final forms, lam-alef) and returns its glyphs already in visual order, so the run itself is never reversed
 * here (tested: "محمد الأمين" extracts back from the PDF as written).
 */

export type Script = 'arabic' | 'other';

export interface TextRun {
  text: string;
  script: Script;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
/** Letters of any script: what decides a line's direction and where a run of neutrals belongs. */
const STRONG = /\p{L}/u;

const scriptOf = (char: string): Script | undefined => {
  if (ARABIC.test(char)) return 'arabic';
  return STRONG.test(char) ? 'other' : undefined;
};

/** Whether the line reads right to left (its first letter is Arabic). */
export const isRightToLeft = (text: string): boolean => {
  for (const char of text) {
    const script = scriptOf(char);
    if (script) return script === 'arabic';
  }
  return false;
};

/**
 * The runs of `text` in drawing order (left to right). Neutral characters (spaces, digits, punctuation) stay with
 * the run before them, or the first run if they lead; spaces between two runs go with the earlier one.
 */
export const textRuns = (text: string): TextRun[] => {
  const runs: TextRun[] = [];
  let pending = '';
  for (const char of text.normalize('NFC')) {
    const script = scriptOf(char);
    const last = runs.at(-1);
    if (!script) {
      if (last) last.text += char;
      else pending += char;
    } else if (last && last.script === script) {
      last.text += char;
    } else {
      runs.push({ text: pending + char, script });
      pending = '';
    }
  }
  if (pending) runs.push({ text: pending, script: 'other' });
  // A run's trailing spaces separate it from the next: in a right-to-left line they would end up on the wrong side.
  const trimmed = runs.flatMap((run, i) => {
    if (i === runs.length - 1) return [run];
    const body = run.text.trimEnd();
    const gap = run.text.slice(body.length);
    return gap
      ? [
          { text: body, script: run.script },
          { text: gap, script: 'other' as const },
        ]
      : [run];
  });
  return isRightToLeft(text) ? trimmed.reverse() : trimmed;
};
