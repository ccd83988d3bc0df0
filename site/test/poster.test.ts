import { describe, expect, it } from 'vitest';
import { qrCodeSvg, weeklyHoursLines } from '../src/lib/poster';

const slot = (day: string, opens: string, closes: string) => ({ day, opens, closes }) as never;

describe('weeklyHoursLines', () => {
  it('merges consecutive days with the same hours and leaves closed days out', () => {
    const openingHours = [
      ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].flatMap((d) => [slot(d, '09:00', '12:30'), slot(d, '13:30', '17:30')]),
      slot('saturday', '09:00:00.000', '12:00:00.000'),
    ];
    expect(weeklyHoursLines({ openingHours })).toEqual([
      'du lundi au vendredi\u00a0: 9\u00a0h\u00a000 – 12\u00a0h\u00a030 et 13\u00a0h\u00a030 – 17\u00a0h\u00a030',
      'samedi\u00a0: 9\u00a0h\u00a000 – 12\u00a0h\u00a000',
    ]);
  });

  it('joins two days with « et », keeps a gap as separate lines, sorts slots of a day', () => {
    const openingHours = [slot('tuesday', '14:00', '18:00'), slot('monday', '14:00', '18:00'), slot('thursday', '14:00', '18:00')];
    expect(weeklyHoursLines({ openingHours })).toEqual([
      'lundi et mardi\u00a0: 14\u00a0h\u00a000 – 18\u00a0h\u00a000',
      'jeudi\u00a0: 14\u00a0h\u00a000 – 18\u00a0h\u00a000',
    ]);
  });

  it('writes the hours in English for the English poster', () => {
    const openingHours = [
      ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => slot(d, '09:00', '17:30')),
      slot('saturday', '09:00', '12:00'),
      slot('sunday', '09:00', '12:00'),
    ];
    // Spaces inside a time are no-break ones (opening-hours.ts), compared here as plain spaces.
    const lines = weeklyHoursLines({ openingHours }, 'en').map((line) => line.replace(/[\u00a0\u202f]/g, ' '));
    expect(lines).toEqual(['Monday to Friday: 9:00 am – 5:30 pm', 'Saturday and Sunday: 9:00 am – 12:00 pm']);
  });

  it('gives no line for a place without weekly hours (a Factory Mobile stop)', () => {
    expect(weeklyHoursLines({ openingHours: [] })).toEqual([]);
  });
});

describe('qrCodeSvg', () => {
  it('draws an SVG QR code with an accessible name and the brand colour', async () => {
    const svg = await qrCodeSvg('https://example.org/agenda/2026-12/', 'Code QR "agenda" <en ligne>');
    expect(svg.startsWith('<svg role="img" aria-label="Code QR &quot;agenda&quot; &lt;en ligne&gt;" class="qr-code" ')).toBe(true);
    expect(svg).toContain('viewBox="0 0 ');
    expect(svg).toContain('stroke="#063447"');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('encodes different addresses differently', async () => {
    expect(await qrCodeSvg('https://example.org/agenda/2026-12/', 'a')).not.toBe(await qrCodeSvg('https://example.org/agenda/2027-01/', 'a'));
  });
});
