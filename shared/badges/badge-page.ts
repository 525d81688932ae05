/**
 * One badge on one page, top to bottom: the event's title; the participant's name as written (title, given name,
 * family name: large, shrunk to fit, never cut); the delegation or outlet; the role; the QR code with the desk code
 * and reference under it; and the category band in the category's colour, with the category's word on it.
 */
import { rgb, type PDFPage } from 'pdf-lib';
import { CATEGORY_COLOURS } from '../domain/badges/category.ts';
import type { BadgeContent } from './badge-content.ts';
import type { BadgeFonts } from './badge-fonts.ts';
import { METRICS, mm, PAGE_SIZES, type BadgeSize } from './badge-sizes.ts';
import { fitText } from './fit-text.ts';
import { drawQrCode } from './qr-code.ts';
import { drawShapedText, measureText, type Rgb, type Weight } from './shaped-text.ts';

const LEADING = 1.2;
const INK: Rgb = [0.07, 0.07, 0.07];
const MUTED: Rgb = [0.3, 0.3, 0.3];

const hexToRgb = (hex: string): Rgb => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
};

export const drawBadge = (page: PDFPage, fonts: BadgeFonts, badge: BadgeContent, size: BadgeSize): void => {
  const m = METRICS[size];
  const { width, height } = PAGE_SIZES[size];
  const margin = mm(m.margin);
  const measure = width - 2 * margin;
  const widthOf = (weight: Weight) => (text: string, fontSize: number) => measureText(text, fontSize, weight);

  /** Draws fitted lines centred, the first baseline `top - size` below; returns the y below the last line. */
  const centred = (lines: string[], fontSize: number, top: number, weight: Weight, colour: Rgb = INK): number => {
    let y = top;
    for (const line of lines) {
      y -= fontSize * LEADING;
      const lineWidth = measureText(line, fontSize, weight);
      drawShapedText(page, fonts, line, { x: (width - lineWidth) / 2, y: y + fontSize * (LEADING - 1), size: fontSize, weight, colour });
    }
    return y;
  };

  let y = height - margin;
  const event = fitText(badge.eventName, { width: measure, maxSize: m.eventSize, minSize: m.eventSize * 0.7, maxLines: 2 }, widthOf('regular'));
  y = centred(event.lines, event.size, y, 'regular', MUTED) - mm(m.margin / 2);

  // The name: the given and family names share one size, the largest at which each fits in two lines and the
  // whole block (with the title) in its height.
  const block = mm(m.nameBlock);
  const nameParts = [badge.name.givenName, badge.name.familyName];
  let nameSize = m.nameSize;
  let fitted = nameParts.map((part) => fitText(part, { width: measure, maxSize: nameSize, minSize: nameSize * 0.4, maxLines: 2 }, widthOf('bold')));
  const titleHeight = badge.name.title ? m.titleSize * LEADING : 0;
  const blockHeight = () => titleHeight + fitted.reduce((sum, f) => sum + f.lines.length * f.size * LEADING, 0);
  while (blockHeight() > block && nameSize > 4) {
    nameSize -= 1;
    fitted = nameParts.map((part) => fitText(part, { width: measure, maxSize: nameSize, minSize: nameSize * 0.4, maxLines: 2 }, widthOf('bold')));
  }
  const shared = Math.min(...fitted.map((f) => f.size));
  fitted = nameParts.map((part, i) =>
    fitted[i]!.size === shared ? fitted[i]! : fitText(part, { width: measure, maxSize: shared, minSize: shared * 0.4, maxLines: 2 }, widthOf('bold')),
  );
  let nameY = y - Math.max(0, (block - blockHeight()) / 2);
  if (badge.name.title) {
    const title = fitText(badge.name.title, { width: measure, maxSize: m.titleSize, minSize: m.titleSize * 0.5, maxLines: 1 }, widthOf('regular'));
    nameY = centred(title.lines, title.size, nameY, 'regular');
  }
  for (const part of fitted) nameY = centred(part.lines, part.size, nameY, 'bold');
  y -= block + mm(m.margin / 2);

  const affiliation = fitText(
    badge.affiliation,
    { width: measure, maxSize: m.affiliationSize, minSize: m.affiliationSize * 0.6, maxLines: 2 },
    widthOf('bold'),
  );
  y = centred(affiliation.lines, affiliation.size, y, 'bold');
  const role = fitText(badge.role, { width: measure, maxSize: m.roleSize, minSize: m.roleSize * 0.6, maxLines: 1 }, widthOf('regular'));
  centred(role.lines, role.size, y, 'regular', MUTED);

  // From the bottom up: the band, the codes, the QR.
  const band = mm(m.band);
  const colours = CATEGORY_COLOURS[badge.category];
  page.drawRectangle({ x: 0, y: 0, width, height: band, color: rgb(...hexToRgb(colours.background)) });
  const word = fitText(
    badge.categoryWord.toUpperCase(),
    { width: measure, maxSize: m.bandWordSize, minSize: m.bandWordSize * 0.5, maxLines: 1 },
    widthOf('bold'),
  );
  const wordWidth = measureText(word.lines[0] ?? '', word.size, 'bold');
  drawShapedText(page, fonts, word.lines[0] ?? '', {
    x: (width - wordWidth) / 2,
    y: (band - word.size * 0.72) / 2,
    size: word.size,
    weight: 'bold',
    colour: hexToRgb(colours.text),
  });

  let codesY = band + mm(m.margin / 2);
  const reference = measureText(badge.reference, m.referenceSize);
  drawShapedText(page, fonts, badge.reference, { x: (width - reference) / 2, y: codesY, size: m.referenceSize, colour: MUTED });
  codesY += m.referenceSize * LEADING;
  const desk = measureText(badge.deskCode, m.deskCodeSize, 'bold');
  drawShapedText(page, fonts, badge.deskCode, { x: (width - desk) / 2, y: codesY, size: m.deskCodeSize, weight: 'bold' });
  codesY += m.deskCodeSize;

  const side = mm(m.qrSide);
  drawQrCode(page, badge.code, { x: (width - side) / 2, y: codesY, side });
};
