import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { badgeContentFor, type BadgeContent } from '../../shared/badges/badge-content.ts';
import { renderBadges } from '../../shared/badges/badge-document.ts';
import { fontkitFont } from '../../shared/badges/badge-fonts.ts';
import { mm } from '../../shared/badges/badge-sizes.ts';
import { textRuns } from '../../shared/badges/text-runs.ts';
import { keyPairFromSeed, signCheckInCode, verifyCheckInCode } from '../../shared/domain/badges/check-in-code.ts';
import { badgeText, inkAbove, itWithPoppler, scanBadgeQr } from '../support/badge-pdf.ts';
import { aRegistration, storedEvent } from './registration-fixtures.ts';

const event = storedEvent();
let keys: { privateKey: CryptoKey; publicKey: CryptoKey };
beforeAll(async () => {
  keys = await keyPairFromSeed(new Uint8Array(32).fill(3));
});

const badgeFor = async (over: Parameters<typeof aRegistration>[0] = {}): Promise<BadgeContent> => {
  const registration = aRegistration({ status: 'confirmed', checkInCode: 'K7QM-4XPD', ...over });
  const code = await signCheckInCode({ eventId: event.id, registrationId: registration.id }, keys.privateKey);
  return badgeContentFor(event, registration, code);
};

const NAMES = [
  { givenName: 'João', familyName: 'Conceição' },
  { givenName: 'Đorđe', familyName: 'Petrović' },
  { givenName: 'Анна', familyName: 'Кузнецова' },
  { givenName: 'محمد', familyName: 'الأمين' },
];

describe('a badge PDF', () => {
  it('has one page per participant, at A6 or CR80 portrait', async () => {
    const badges = await Promise.all([badgeFor(), badgeFor(), badgeFor()]);
    for (const [size, width, height] of [
      ['a6', mm(105), mm(148)],
      ['cr80', mm(54), mm(85.6)],
    ] as const) {
      const pdf = await PDFDocument.load(await renderBadges(badges, size, 'Badges'));
      expect(pdf.getPageCount()).toBe(3);
      for (const page of pdf.getPages()) {
        expect(page.getWidth()).toBeCloseTo(width, 2);
        expect(page.getHeight()).toBeCloseTo(height, 2);
      }
    }
  });

  itWithPoppler.each(['a6', 'cr80'] as const)('carries a QR code (%s) that a phone camera reads back as the signed check-in code', async (size) => {
    const badge = await badgeFor();
    const scanned = scanBadgeQr(await renderBadges([badge], size, 'Badge'));
    expect(scanned).toBe(badge.code);
    const verdict = await verifyCheckInCode(scanned!, event.id, keys.publicKey);
    expect(verdict.valid).toBe(true);
  });

  itWithPoppler(
    'prints the event, the name as written, the delegation, the role, the category word and the desk code, in the participant’s language',
    async () => {
      const badge = await badgeFor({
        participant: { ...aRegistration().participant, title: 'Embajadora', givenName: 'María José', familyName: 'Fernández de la Vega' },
        delegation: 'PE',
        role: 'head_of_delegation',
        language: 'es',
        reference: 'SACM7-D-0042',
      });
      const text = badgeText(await renderBadges([badge], 'a6', 'Badge')).replace(/\s+/g, ' ');
      for (const expected of [
        badge.eventName,
        'Embajadora',
        'María José',
        'Fernández de la Vega',
        'Perú',
        'Jefe/a de delegación',
        'ESTADO MIEMBRO',
        'K7QM-4XPD',
        'SACM7-D-0042',
      ]) {
        expect(text).toContain(expected);
      }
    },
  );

  itWithPoppler('shrinks a very long name to fit rather than cutting it', async () => {
    const familyName = 'Wolfeschlegelsteinhausenbergerdorff-Vandersteenhoven'; // one 52-letter word
    const badge = await badgeFor({ participant: { ...aRegistration().participant, familyName } });
    const text = badgeText(await renderBadges([badge], 'cr80', 'Badge')).replace(/\s+/g, '');
    expect(text).toContain(familyName);
  });

  describe('names in Latin with diacritics, Cyrillic and Arabic', () => {
    it('has a real glyph for every character, in the font chosen for its script', () => {
      for (const { givenName, familyName } of NAMES) {
        for (const run of textRuns(`${givenName} ${familyName}`)) {
          const font = fontkitFont(run.script === 'arabic' ? 'arabic' : 'bold');
          for (const char of run.text) {
            const codePoint = char.codePointAt(0)!;
            expect(font.hasGlyphForCodePoint(codePoint), `${char} (U+${codePoint.toString(16)})`).toBe(true);
            expect(font.glyphForCodePoint(codePoint).id, `${char}`).not.toBe(0);
          }
        }
      }
    });

    itWithPoppler('gives the names back from the page (pdftotext), Arabic shaped and in reading order', async () => {
      const badges = await Promise.all(
        NAMES.map(({ givenName, familyName }) =>
          badgeFor({ participant: { ...aRegistration().participant, title: undefined, givenName, familyName } }),
        ),
      );
      const pdf = await renderBadges(badges, 'a6', 'Badges');
      NAMES.forEach(({ givenName, familyName }, i) => {
        // Arabic may come back as presentation forms (the shaped glyphs' Unicode): NFKC folds them to the letters.
        const text = badgeText(pdf, i + 1).normalize('NFKC');
        expect(text).toContain(givenName.normalize('NFKC'));
        expect(text).toContain(familyName.normalize('NFKC'));
      });
    });

    itWithPoppler('prints every name in ink, not only as extractable text', async () => {
      const nameless = await badgeFor({ participant: { ...aRegistration().participant, title: undefined, givenName: '', familyName: '' } });
      const blank = inkAbove(await renderBadges([{ ...nameless, name: { givenName: '', familyName: '' } }], 'a6', 'Badge'), 0.4);
      for (const { givenName, familyName } of NAMES) {
        const badge = { ...nameless, name: { givenName, familyName } };
        // Two large words add hundreds of dark pixels at 72 dpi (Arabic's thin strokes about 700); blank glyphs add none.
        expect(inkAbove(await renderBadges([badge], 'a6', 'Badge'), 0.4) - blank, `${givenName} ${familyName}`).toBeGreaterThan(300);
      }
    });

    it('lays an Arabic name out right to left, a mixed line by runs', () => {
      expect(textRuns('محمد الأمين')).toEqual([{ text: 'محمد الأمين', script: 'arabic' }]);
      expect(textRuns('Dr. محمد').map((r) => r.script)).toEqual(['other', 'other', 'arabic']);
      expect(textRuns('محمد Smith').map((r) => r.text)).toEqual(['Smith', ' ', 'محمد']);
    });
  });
});
