import { describe, expect, it } from 'vitest';
import { csvCell, neutralise, participantsCsv } from '../../shared/domain/registration/participants-csv.ts';
import { aRegistration, storedEvent } from './registration-fixtures.ts';

const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('the participants CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const evil of ['=1+1', '+58 212', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(evil)).toBe(`'${evil}`);
    expect(neutralise('Ana = Bea')).toBe('Ana = Bea');
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvCell('Pérez, Ana')).toBe('"Pérez, Ana"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    // Invisible characters go first, so one cannot hide a formula start (a registration stored before inputs stripped them).
    expect(csvCell('\u200B=1+1')).toBe("'=1+1");
    expect(csvCell('\u202EAna\u2066 Pérez')).toBe('Ana Pérez');
  });

  it('starts with a UTF-8 BOM and uses CRLF', () => {
    const csv = participantsCsv(storedEvent(), [aRegistration()], 'secretariat');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it("groups by delegation, member states first in the event's order, heads first, then by name", () => {
    const event = storedEvent();
    const list = [
      aRegistration({
        delegation: 'iom',
        delegationKind: 'observer',
        role: 'observer',
        participant: { ...aRegistration().participant, familyName: 'Obs' },
      }),
      aRegistration({ delegation: 'BR', participant: { ...aRegistration().participant, familyName: 'Braga' } }),
      aRegistration({ delegation: 'AR', role: 'adviser', participant: { ...aRegistration().participant, familyName: 'Acosta' } }),
      aRegistration({ delegation: 'AR', role: 'delegate', participant: { ...aRegistration().participant, familyName: 'Zubía' } }),
      aRegistration({ delegation: 'AR', role: 'delegate', participant: { ...aRegistration().participant, familyName: 'Benítez' } }),
      aRegistration({ delegation: 'AR', role: 'head_of_delegation', participant: { ...aRegistration().participant, familyName: 'Zapata' } }),
    ];
    const families = rows(participantsCsv(event, list, 'secretariat'))
      .slice(1)
      .map((r) => r.split(',')[7]);
    expect(families).toEqual(['Zapata', 'Benítez', 'Zubía', 'Acosta', 'Braga', 'Obs']);
  });

  it('lists for publication only confirmed delegates who consented, without contact details', () => {
    const list = [
      aRegistration({ status: 'confirmed', participant: { ...aRegistration().participant, familyName: 'Listed' } }),
      aRegistration({
        status: 'confirmed',
        consent: { dataProcessing: true, listInParticipants: false },
        participant: { ...aRegistration().participant, familyName: 'Unlisted' },
      }),
      aRegistration({ status: 'pending_approval', participant: { ...aRegistration().participant, familyName: 'Pending' } }),
      aRegistration({ status: 'cancelled', participant: { ...aRegistration().participant, familyName: 'Gone' } }),
    ];
    const published = participantsCsv(storedEvent(), list, 'publication');
    expect(rows(published)).toHaveLength(2);
    expect(published).toContain('Listed');
    expect(published).not.toMatch(/@|Email|Phone/);
    const internal = participantsCsv(storedEvent(), list, 'secretariat');
    expect(rows(internal)).toHaveLength(4);
    expect(internal).not.toContain('Gone');
  });
});
