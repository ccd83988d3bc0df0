import QRCode from 'qrcode';
import { dictionary, type Lang } from '../i18n';
import { type OpeningSchedule, slotsOf, slotsText, WEEKDAYS, weekdayName } from './opening-hours';

/**
 * Builders of the monthly A4 poster (/agenda/<YYYY-MM>/imprimer/): the weekly hours of a place in a few lines, and
 * the QR code of the online agenda as an SVG string (drawn at build time by the `qrcode` library).
 */

/**
 * The weekly hours in as few lines as possible, consecutive days with the same slots merged:
 * « du lundi au vendredi : 9 h 00 – 12 h 30 et 13 h 30 – 17 h 30 », « samedi : 9 h 00 – 12 h 00 ». Closed days are
 * left out; no line at all when the place has no weekly hours.
 */
export function weeklyHoursLines(schedule: Pick<OpeningSchedule, 'openingHours'>, lang: Lang = 'fr'): string[] {
  const t = dictionary(lang).agenda;
  const runs: Array<{ first: number; last: number; text: string }> = [];
  WEEKDAYS.forEach((day, index) => {
    const slots = slotsOf({ openingHours: schedule.openingHours, closures: [] }, day);
    if (slots.length === 0) return;
    const text = slotsText(slots, lang);
    const previous = runs.at(-1);
    if (previous && previous.last === index - 1 && previous.text === text) previous.last = index;
    else runs.push({ first: index, last: index, text });
  });
  const name = (index: number) => weekdayName(WEEKDAYS[index] ?? 'monday', lang);
  return runs.map(({ first, last, text }) => {
    const days =
      first === last ? name(first) : last === first + 1 ? t.hoursDayPair(name(first), name(last)) : t.hoursDayRun(name(first), name(last));
    return t.hoursLine(days, text);
  });
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An accessible inline SVG QR code of `url` (role img, labelled), in the given colour on white. */
export async function qrCodeSvg(url: string, label: string, color = '#063447'): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: color, light: '#ffffff' } });
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" class="qr-code" `);
}
