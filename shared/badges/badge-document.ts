/** A badge document: one page per badge, all of one size, as PDF bytes. */
import { PDFDocument } from 'pdf-lib';
import type { BadgeContent } from './badge-content.ts';
import { embedBadgeFonts } from './badge-fonts.ts';
import { drawBadge } from './badge-page.ts';
import { PAGE_SIZES, type BadgeSize } from './badge-sizes.ts';

export const renderBadges = async (badges: readonly BadgeContent[], size: BadgeSize, title: string): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('Plenary');
  pdf.setProducer('Plenary (pdf-lib)');
  // A fixed date: the same badges give the same bytes (no personal data is in the metadata either way).
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  const fonts = await embedBadgeFonts(pdf);
  const { width, height } = PAGE_SIZES[size];
  for (const badge of badges) drawBadge(pdf.addPage([width, height]), fonts, badge, size);
  return pdf.save();
};
