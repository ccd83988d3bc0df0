import { enumLabel, enums, type Ref, type Visit } from '@dk20000/shared';
import type { ListFilter } from './catalogue';
import { describe, type PageMeta, titleOf } from '../components/detail/meta';
import { enumFilterValues, refFilterValues } from './filters';

type Linkable = { documentId: string; slug?: string | undefined; name: string };

/** Filters of /visites/: guided or self-guided (/visites/mode/<mode>/) and audience (/visites/public/<audience slug>/). */
export function visitFilters(visits: readonly Visit[], audiences: readonly Linkable[]): ListFilter<Visit>[] {
  return [
    {
      id: 'mode',
      title: 'Par formule',
      name: 'Formule',
      base: '/visites/mode/',
      values: enumFilterValues(enums.visitMode.options, (v) => enumLabel('visitMode', v, 'fr')),
      keysOf: (visit) => [visit.mode],
    },
    {
      id: 'public',
      title: 'Par public',
      name: 'Public',
      base: '/visites/public/',
      values: refFilterValues(audiences, visits.flatMap((v) => v.audiences)),
      keysOf: (visit) => visit.audiences.map((a: Ref) => a.documentId),
    },
  ];
}

/** A duration in minutes as French readers write it: « 45 min », « 2 h », « 1 h 30 ». */
export function minutesText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}\u00a0min`;
  if (rest === 0) return `${hours}\u00a0h`;
  return `${hours}\u00a0h\u00a0${String(rest).padStart(2, '0')}`;
}

/** A plain link to a point on OpenStreetMap (opened on request: nothing is loaded with the page). */
export function osmLink(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}

/** What booking a visit takes, in one French sentence. */
export function bookingSentence(visit: Pick<Visit, 'booking' | 'startVenue'>): string {
  switch (visit.booking) {
    case 'none':
      return 'Pas besoin de réserver\u00a0: venez quand vous voulez.';
    case 'link':
      return 'Réservez votre place en ligne.';
    case 'on-site':
      return visit.startVenue
        ? `Réservez votre place à l’accueil de ${visit.startVenue.name}, sur place ou par téléphone.`
        : 'Réservez votre place sur place, auprès d’un point relais.';
  }
}

/** Title and meta description of a visit page. */
export function visitMeta(visit: Visit): PageMeta {
  const mode = enumLabel('visitMode', visit.mode, 'fr');
  return {
    title: titleOf(visit.title, 'Visite'),
    description: describe(visit.summary, `${mode} de ${minutesText(visit.durationMinutes)}\u00a0: étapes, accès en bus et réservation.`),
  };
}
