/**
 * The badge fonts embedded in one PDF (subset: only the glyphs drawn go into the file), each with its fontkit
 * font for layout. Every embedded font is also a parsed fontkit font: the layout below positions each glyph itself
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
