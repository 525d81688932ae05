/**
 * The badge sizes, in PDF points (1/72 inch), both portrait:
 * - `a6`: 105 x 148 mm, four to an A4 sheet or fed singly to a badge printer, for a clip or lanyard pouch;
 * - `cr80`: the ID-1 plastic card, 54 x 85.6 mm, for card printers. Portrait, because a lanyard card hangs from one
 *   slot punched in its short edge: it hangs straight and reads upright on the chest, and the tall format gives the
 *   name its own lines and the QR code the card's full width.
 */
export const BADGE_SIZES = ['a6', 'cr80'] as const;
export type BadgeSize = (typeof BADGE_SIZES)[number];

export const POINTS_PER_MM = 72 / 25.4;
export const mm = (millimetres: number): number => millimetres * POINTS_PER_MM;

export const PAGE_SIZES: Record<BadgeSize, { width: number; height: number }> = {
  a6: { width: mm(105), height: mm(148) },
  cr80: { width: mm(54), height: mm(85.6) },
};

/** The type sizes (points) and measures (mm) of each badge. */
export interface BadgeMetrics {
  margin: number;
  eventSize: number;
  titleSize: number;
  nameSize: number;
  /** The height the title, given and family names may take, however long they are (mm). */
  nameBlock: number;
  affiliationSize: number;
  roleSize: number;
  /** The QR code's side, quiet zone included (mm); on A6 the symbol itself is over 30 mm, to scan from a phone at arm's length. */
  qrSide: number;
  deskCodeSize: number;
  referenceSize: number;
  band: number;
  bandWordSize: number;
}

export const METRICS: Record<BadgeSize, BadgeMetrics> = {
  a6: {
    margin: 7,
    eventSize: 11,
    titleSize: 14,
    nameSize: 30,
    nameBlock: 34,
    affiliationSize: 14,
    roleSize: 12,
    qrSide: 44,
    deskCodeSize: 15,
    referenceSize: 9,
    band: 14,
    bandWordSize: 18,
  },
  cr80: {
    margin: 3.5,
    eventSize: 7,
    titleSize: 8,
    nameSize: 16,
    nameBlock: 18,
    affiliationSize: 8,
    roleSize: 7,
    qrSide: 28,
    deskCodeSize: 9,
    referenceSize: 6,
    band: 8,
    bandWordSize: 10,
  },
};
