import { type CalendarDay, addMonths, compareDays, frenchDay, frenchMonth, frenchOf, isoMonth } from '../lib/dates';
import { type ClosureSeed, type EventSeed, type EventType, eventDayLabel } from './events';

export type ProgrammeSeed = { month: string; title: string; intro: string; highlighted: string[] };

const PRIORITY: EventType[] = ['fair', 'job-dating', 'thematic-visit', 'barrier-removal', 'after-work', 'mobile-stop', 'info-session', 'partner-desk'];

/** One programme per month, highlighting up to five events of different kinds. */
export function buildProgrammes(today: CalendarDay, events: EventSeed[], closures: ClosureSeed[]): ProgrammeSeed[] {
  const out: ProgrammeSeed[] = [];
  for (let offset = 0; offset < 3; offset += 1) {
    const first = addMonths(today, offset);
    const month = isoMonth(first);
    const ofMonth = events.filter((e) => isoMonth(e.day) === month && e.state !== 'cancelled');
    const highlighted: EventSeed[] = [];
    for (const type of PRIORITY) {
      const candidate = ofMonth.find((e) => e.type === type && !highlighted.includes(e));
      if (candidate) highlighted.push(candidate);
      if (highlighted.length === 5) break;
    }
    const fair = highlighted.find((e) => e.type === 'fair');
    const mobileTowns = Array.from(
      new Set(ofMonth.filter((e) => e.type === 'mobile-stop').map((e) => e.title.replace('La Fabuleuse Factory Mobile à ', ''))),
    );
    const label = frenchMonth(first);
    const next = addMonths(first, 1);
    const closed = closures
      .filter((c) => compareDays(c.end, first) >= 0 && compareDays(c.start, next) < 0)
      .map((c) => {
        const when =
          compareDays(c.start, c.end) === 0 ? frenchDay(c.start) : `du ${frenchDay(c.start)} au ${frenchDay(c.end)}`;
        return `- ${when.charAt(0).toUpperCase()}${when.slice(1)} : ${c.reason.charAt(0).toLowerCase()}${c.reason.slice(1)}`;
      });
    out.push({
      month,
      title: `Programme ${frenchOf(first)} ${first.year}`,
      intro: `Voici les rendez-vous 20 000 emplois de ${label} : ${ofMonth.length} temps forts dans les points relais de Dunkerque et de Saint-Pol-sur-Mer, à bord de la Factory Mobile et lors des visites thématiques.

${fair ? `## À ne pas manquer\n**${fair.title}**, ${eventDayLabel(fair)}. ${fair.summary}\n\n` : ''}## Chaque semaine
- Le mardi matin : information collective sur une filière qui recrute
- Le jeudi : permanence d’un partenaire (APEC, Transition Pro Hauts-de-France, OPCO 2i) ou after-work
- Le vendredi : la Factory Mobile${mobileTowns.length ? ` (${mobileTowns.join(', ')})` : ''}

Les points relais restent ouverts en dehors de ces rendez-vous : venez avec ou sans rendez-vous pour un entretien individuel, utiliser les ordinateurs ou essayer les casques de réalité virtuelle.${
        closed.length ? `\n\n## Fermetures des points relais\n${closed.join('\n')}` : ''
      }`,
      highlighted: highlighted.map((e) => e.key),
    });
  }
  return out;
}
