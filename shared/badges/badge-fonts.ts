/**
 * The badge fonts embedded in one PDF, each with its fontkit font for layout. Noto Sans Arabic is subset (only the
 * glyphs drawn go into the file). Noto Sans is embedded whole: pdf-lib 1.17.1's subsetting of it (through
 * @pdf-lib/fontkit 1.1.1) drops the outlines of most Latin glyphs, which then print blank although the text still
 * extracts (seen rendering with poppler). Whole, the two Noto Sans faces add about 0.6 MB (compressed) to a document, once per
 * document however many pages it has. Every embedded font is also a parsed fontkit font: the layout below positions each glyph itself
 * (see shaped-text.ts), and the tests ask the same object whether a character has a real glyph.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { badgeFontBytes, type BadgeFontRole } from './fonts.ts';

export interface BadgeFont {
  pdf: PDFFont;
  kit: fontkit.Font;
}

export type BadgeFonts = Record<BadgeFontRole, BadgeFont>;

const parsed = new Map<BadgeFontRole, fontkit.Font>();

/** The fontkit font of a role, parsed once per process (layout caches live on it). */
export const fontkitFont = (role: BadgeFontRole): fontkit.Font => {
  let font = parsed.get(role);
  if (!font) {
    font = fontkit.create(badgeFontBytes(role));
    parsed.set(role, font);
  }
  return font;
};

export const embedBadgeFonts = async (pdf: PDFDocument): Promise<BadgeFonts> => {
  pdf.registerFontkit(fontkit);
  const embed = async (role: BadgeFontRole): Promise<BadgeFont> => ({
    pdf: await pdf.embedFont(badgeFontBytes(role), { subset: role === 'arabic' }),
    kit: fontkitFont(role),
  });
  const [regular, bold, arabic] = await Promise.all([embed('regular'), embed('bold'), embed('arabic')]);
  return { regular, bold, arabic };
};
