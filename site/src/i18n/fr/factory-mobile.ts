/**
 * Interface text of the table of stops on /factory-mobile/ (the page's other texts are `factoryMobile`, in
 * agenda.ts, shared with the programme).
 */
export const factoryMobileStops = {
  caption: 'Prochaines étapes de la Factory Mobile, par date, avec la ville et le lieu de chacune',
  date: 'Date',
  townAndPlace: 'Ville et lieu',
  /** Link to the programme filtered on the truck's stops. */
  inAgenda: 'Les étapes dans l’agenda',
  /** « Prochaine étape : mardi 3 mars 2026 ». */
  separator: '\u00a0: ',
  /** « 14 h 00 – 16 h 30 » */
  timeRange: (from: string, to: string) => `${from} – ${to}`,
} as const;
