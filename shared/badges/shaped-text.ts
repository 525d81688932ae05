/**
 * Text drawn glyph by glyph at the positions fontkit's layout gives, in the font chosen per run of script.
 *
 * Why not pdf-lib's drawText: it lays a string out with fontkit too (shaping Arabic, and ordering its glyphs
 * visually), but then draws the glyphs at their advance widths only and drops the positioning offsets. Noto Sans
 * Arabic places its dots and hamzas as marks with offsets (GPOS), so drawText would put them beside their letters.
 * Here pdf-lib only encodes each run (its glyph ids in the font subset, and the ToUnicode map that lets a reader
 * copy or search the name) and each glyph gets its own text matrix at pen + offset.
 */
import {
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFPage,
} from 'pdf-lib';
import { PDFHexString } from 'pdf-lib';
import { fontkitFont, type BadgeFonts } from './badge-fonts.ts';
import type { BadgeFontRole } from './fonts.ts';
import { textRuns } from './text-runs.ts';

export type Weight = 'regular' | 'bold';
export type Rgb = readonly [number, number, number];

interface PlacedRun {
  role: BadgeFontRole;
  text: string;
  /** Font units. */
  advances: number[];
  offsets: { x: number; y: number }[];
  width: number;
}

const computeRuns = (text: string, weight: Weight): PlacedRun[] =>
  textRuns(text).map(({ text: runText, script }) => {
    const role: BadgeFontRole = script === 'arabic' ? 'arabic' : weight;
    const { positions } = fontkitFont(role).layout(runText);
    const advances = positions.map((p) => p.xAdvance);
    return {
      role,
      text: runText,
      advances,
      offsets: positions.map((p) => ({ x: p.xOffset, y: p.yOffset })),
      width: advances.reduce((sum, a) => sum + a, 0),
    };
  });

/**
 * Layouts by weight and text. Fitting a name tries many sizes of the same text, and a batch repeats the event's
 * title and delegation names on every page: each is laid out once (a bounded cache, per process).
 */
const layouts = new Map<string, PlacedRun[]>();
const MAX_CACHED_LAYOUTS = 5000;

const layoutRuns = (text: string, weight: Weight): PlacedRun[] => {
  const key = `${weight}:${text}`;
  let runs = layouts.get(key);
  if (!runs) {
    runs = computeRuns(text, weight);
    if (layouts.size >= MAX_CACHED_LAYOUTS) layouts.clear();
    layouts.set(key, runs);
  }
  return runs;
};

const scaleOf = (role: BadgeFontRole, size: number) => size / fontkitFont(role).unitsPerEm;

/** The width in points of `text` at `size`. */
export const measureText = (text: string, size: number, weight: Weight = 'regular'): number =>
  layoutRuns(text, weight).reduce((sum, run) => sum + run.width * scaleOf(run.role, size), 0);

/** Draws `text` with its left end at `x` and its baseline at `y`. */
export const drawShapedText = (
  page: PDFPage,
  fonts: BadgeFonts,
  text: string,
  { x, y, size, weight = 'regular', colour = [0, 0, 0] }: { x: number; y: number; size: number; weight?: Weight; colour?: Rgb },
): void => {
  let pen = x;
  const operators = [pushGraphicsState(), beginText(), setFillingRgbColor(...colour)];
  for (const run of layoutRuns(text, weight)) {
    const scale = scaleOf(run.role, size);
    const font = fonts[run.role];
    // pdf-lib lays the run out again with the same font and features, so its glyphs are these, in this order.
    const hex = font.pdf.encodeText(run.text).asString();
    if (hex.length !== run.advances.length * 4) throw new Error('The embedded font laid the run out differently');
    const key = page.node.newFontDictionary(font.pdf.name, font.pdf.ref);
    operators.push(setFontAndSize(key, size));
    run.advances.forEach((advance, i) => {
      const offset = run.offsets[i]!;
      operators.push(setTextMatrix(1, 0, 0, 1, pen + offset.x * scale, y + offset.y * scale), showText(PDFHexString.of(hex.slice(i * 4, i * 4 + 4))));
      pen += advance * scale;
    });
  }
  operators.push(endText(), popGraphicsState());
  page.pushOperators(...operators);
};
