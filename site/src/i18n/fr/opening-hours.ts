/**
 * Interface text of opening hours (lib/opening-hours.ts): the venue pages, the cards and the open-now island, which
 * imports this module and its English twin only (not the whole dictionary).
 */
export const openingHours = {
  /** Monday first, as French calendars show the week. */
  weekdays: {
    monday: 'lundi',
    tuesday: 'mardi',
    wednesday: 'mercredi',
    thursday: 'jeudi',
    friday: 'vendredi',
    saturday: 'samedi',
    sunday: 'dimanche',
  },
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  /** « 9 h 00 », « 18 h 30 », with no-break spaces. */
  time: (hour: number, minute: string) => `${hour}\u00a0h\u00a0${minute}`,
  /** « lundi 4 janvier », « vendredi 1er mai ». */
  day: (weekday: string, day: number, month: string) => `${weekday} ${day === 1 ? '1er' : day}\u00a0${month}`,
  /** « 9 h 00 – 12 h 30 » */
  slot: (opens: string, closes: string) => `${opens} – ${closes}`,
  /** Between two slots of a day: « 9 h 00 – 12 h 30 et 13 h 30 – 17 h 30 ». */
  slotSeparator: ' et ',
  /** A day without any slot. */
  closedDay: 'fermé',
  openNow: 'Ouvert maintenant',
  closesAt: (time: string) => `ferme à ${time}`,
  closed: 'Fermé',
  /** The closure's reason comes from the CMS. */
  closedException: (reason: string) => `Fermé exceptionnellement (${reason})`,
  opens: (when: string) => `ouvre ${when}`,
  noReopening: 'pas de réouverture annoncée',
  todayAt: (time: string) => `aujourd’hui à ${time}`,
  tomorrowAt: (time: string) => `demain à ${time}`,
  /** Within the week: « mardi à 9 h 00 ». */
  weekdayAt: (weekday: string, time: string) => `${weekday} à ${time}`,
  /** Further away: « le lundi 4 janvier à 9 h 00 ». */
  dateAt: (date: string, time: string) => `le ${date} à ${time}`,
  /** « Aujourd’hui, mardi : 9 h 00 – 18 h 30 » */
  today: (weekday: string, slots: string) => `Aujourd’hui, ${weekday}\u00a0: ${slots}`,
  /** « le vendredi 24 décembre 2026 » */
  closureDay: (date: string, year: string) => `le ${date}\u00a0${year}`,
  /** « du jeudi 24 décembre 2026 au vendredi 1er janvier 2027 » */
  closureRange: (from: string, to: string) => `du ${from} au ${to}`,
  /** « jeudi 24 décembre 2026 », inside a range. */
  dateWithYear: (date: string, year: string) => `${date}\u00a0${year}`,
} as const;
