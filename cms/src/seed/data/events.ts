import {
  type CalendarDay,
  addDays,
  addMonths,
  compareDays,
  frenchDay,
  frenchHolidays,
  isoDate,
  parisToUtcIso,
  weekday,
  weekdaysOfMonth,
} from '../lib/dates';
import { slugify } from '../lib/typography';
import { AUDIENCES } from './audiences';

export type EventType =
  | 'info-session'
  | 'job-dating'
  | 'partner-desk'
  | 'thematic-visit'
  | 'barrier-removal'
  | 'after-work'
  | 'mobile-stop'
  | 'fair';

export type EventSeed = {
  key: string;
  title: string;
  type: EventType;
  summary: string;
  description: string;
  day: CalendarDay;
  startsAt: string;
  endsAt: string;
  venue: string;
  audiences: string[];
  partners: string[];
  companies: string[];
  registration: 'none' | 'link' | 'on-site';
  registrationUrl?: string;
  capacity?: number;
  state: 'scheduled' | 'cancelled' | 'full' | 'postponed';
  accessibility: string;
};

export type ClosureSeed = { start: CalendarDay; end: CalendarDay; reason: string };

const GARE = 'point-relais-dunkerque-gare';
const SAINT_POL = 'point-relais-saint-pol-sur-mer';
const RELAY_POINTS = new Set([GARE, SAINT_POL]);


const ACCESSIBILITY: Record<string, string> = {
  [GARE]:
    'Lieu de plain-pied accessible en fauteuil roulant, boucle magnétique à l’accueil. Besoin d’un interprète en langue des signes ou de documents adaptés ? Prévenez-nous quelques jours avant.',
  [SAINT_POL]:
    'Accueil de plain-pied accessible en fauteuil roulant, documents en facile à lire et à comprendre (FALC). Signalez-nous vos besoins pour adapter l’accueil.',
  mobile:
    'Camion accessible par une rampe et espace d’accueil extérieur de plain-pied. L’équipe peut vous accompagner à bord.',
  visit:
    'Visite en petit groupe avec des trajets en bus gratuit. Précisez à l’inscription si vous avez besoin d’un accompagnement ou d’un rythme adapté.',
};

/** Closures of the relay points: the Christmas break if it falls in the next four months, and a team training day. */
export function relayClosures(today: CalendarDay): ClosureSeed[] {
  const closures: ClosureSeed[] = [];
  for (const year of [today.year - 1, today.year]) {
    const start = { year, month: 12, day: 24 };
    const end = { year: year + 1, month: 1, day: 1 };
    if (compareDays(end, today) >= 0 && compareDays(start, addDays(today, 120)) <= 0) {
      closures.push({ start, end, reason: 'Fermeture pour les fêtes de fin d’année' });
    }
  }
  let training = addDays(today, 24);
  while (weekday(training) !== 1 || closures.some((c) => compareDays(training, c.start) >= 0 && compareDays(training, c.end) <= 0)) {
    training = addDays(training, 1);
  }
  closures.push({ start: training, end: training, reason: 'Journée de formation de l’équipe d’accueil' });
  return closures.sort((a, b) => compareDays(a.start, b.start));
}

type Draft = Omit<EventSeed, 'key' | 'startsAt' | 'endsAt' | 'state' | 'accessibility' | 'registrationUrl'> & {
  from: [number, number];
  to: [number, number];
};

const INFO_THEMES = [
  {
    title: 'Information collective : les métiers de la batterie',
    companies: ['amperya-cells', 'batterix-flandre-modules'],
    audiences: ['demandeurs-d-emploi', 'femmes', 'jeunes', 'salaries-en-reconversion'],
    summary:
      'Deux gigafactories s’installent sur le Dunkerquois : quels métiers, quels horaires, quelles formations ? Une heure et demie pour tout comprendre et poser vos questions.',
    body: `Opérateur ou opératrice en salle propre, technicien·ne de maintenance, préparateur ou préparatrice de commandes : découvrez les métiers de la batterie, souvent accessibles sans expérience du secteur.

## Au programme
- Présentation de la filière et des entreprises qui recrutent
- Témoignage d’une salariée
- Les parcours de formation et leurs financements
- Essai des casques de réalité virtuelle`,
  },
  {
    title: 'Information collective : l’acier bas carbone recrute',
    companies: ['acierie-nord-bas-carbone', 'metallerie-opale-avenir'],
    audiences: ['demandeurs-d-emploi', 'salaries-en-reconversion', 'seniors'],
    summary:
      'Four électrique, hydrogène, nouveaux procédés : la sidérurgie se transforme et cherche des conducteurs et conductrices d’installation, soudeurs, électricien·nes.',
    body: `La décarbonation de l’acier fait évoluer les métiers. Venez découvrir ceux qui recrutent et les passerelles possibles depuis d’autres secteurs.

## Au programme
- Les nouveaux procédés expliqués simplement
- Les métiers recherchés et les conditions de travail
- Les formations qualifiantes et leur financement`,
  },
  {
    title: 'Information collective : chimie verte et hydrogène',
    companies: ['chimivert-synthese', 'cathodia-materiaux', 'hydrogene-des-dunes'],
    audiences: ['demandeurs-d-emploi', 'etudiants', 'salaries-en-reconversion'],
    summary:
      'Molécules biosourcées, matériaux de batteries, hydrogène bas carbone : découvrez une chimie qui change et les métiers qu’elle ouvre.',
    body: `La chimie du territoire se réinvente. Opérateurs et opératrices de fabrication, technicien·nes de laboratoire, pilotes d’installation : ces métiers recrutent.

## Au programme
- Les projets de chimie verte et d’hydrogène du territoire
- Le travail posté : organisation, primes, vie de famille
- Les formations pour y accéder`,
  },
  {
    title: 'Information collective : logistique et métiers du port',
    companies: ['quai-nord-logistique', 'batterix-flandre-modules'],
    audiences: ['demandeurs-d-emploi', 'jeunes', 'beneficiaires-du-rsa', 'habitants-des-qpv'],
    summary:
      'Caristes, préparateurs et préparatrices de commandes, conducteurs et conductrices d’engins : la logistique recrute, souvent après une formation courte.',
    body: `Les nouvelles usines ont besoin d’être approvisionnées : entrepôts et terminaux portuaires se développent.

## Au programme
- Les métiers de la logistique et du port
- Les formations courtes : CACES®, préparation de commandes
- Les offres en cours`,
  },
  {
    title: 'Information collective : la maintenance industrielle, un métier d’avenir',
    companies: ['atelier-wateringue-maintenance', 'houle-et-vent-maintenance'],
    audiences: ['jeunes', 'salaries-en-reconversion', 'seniors', 'personnes-en-situation-de-handicap'],
    summary:
      'Chaque nouvelle usine a besoin de technicien·nes de maintenance. Découvrez ce métier très recherché et les parcours pour y arriver, y compris en reconversion.',
    body: `Mécanique, électricité, automatismes : la maintenance industrielle est l’un des métiers les plus recherchés du territoire, dans toutes les filières.

## Au programme
- Une journée type de technicien·ne de maintenance
- L’alternance et la reconversion
- Les entreprises qui recrutent`,
  },
  {
    title: 'Information collective : recyclage et économie circulaire',
    companies: ['boucle-nord-recyclage', 'liant-vert-littoral'],
    audiences: ['demandeurs-d-emploi', 'beneficiaires-du-rsa', 'habitants-des-qpv'],
    summary:
      'Recycler les batteries, valoriser les coproduits de l’industrie : une filière qui recrute à tous les niveaux, y compris sans diplôme.',
    body: `Le recyclage fait partie des secteurs à fort potentiel d’emploi identifiés par la stratégie 20 000.

## Au programme
- Les métiers du tri, de la valorisation et de la maintenance
- Les conditions de travail et la sécurité
- Les recrutements en cours`,
  },
];

const JOB_DATING_GROUPS = [
  ['amperya-cells', 'quai-nord-logistique'],
  ['acierie-nord-bas-carbone', 'atelier-wateringue-maintenance'],
  ['chimivert-synthese', 'boucle-nord-recyclage'],
  ['cathodia-materiaux', 'verrerie-cap-blanc'],
  ['batterix-flandre-modules', 'hydrogene-des-dunes'],
  ['liant-vert-littoral', 'metallerie-opale-avenir'],
];

const COMPANY_NAMES: Record<string, string> = {
  'amperya-cells': 'Ampérya Cells',
  'batterix-flandre-modules': 'Batterix Flandre Modules',
  'cathodia-materiaux': 'Cathodia Matériaux',
  'acierie-nord-bas-carbone': 'Aciérie Nord Bas-Carbone',
  'metallerie-opale-avenir': 'Métallerie Opale Avenir',
  'chimivert-synthese': 'Chimivert Synthèse',
  'hydrogene-des-dunes': 'Hydrogène des Dunes',
  'boucle-nord-recyclage': 'Boucle Nord Recyclage',
  'verrerie-cap-blanc': 'Verrerie Cap Blanc',
  'liant-vert-littoral': 'Liant Vert Littoral',
  'quai-nord-logistique': 'Quai Nord Logistique',
  'houle-et-vent-maintenance': 'Houle & Vent Maintenance',
  'carbocapte-flandre': 'Carbocapte Flandre',
  'atelier-wateringue-maintenance': 'Atelier Wateringue Maintenance',
};

const PARTNER_DESKS = [
  {
    partner: 'apec',
    title: 'Permanence APEC : cadres et jeunes diplômé·es',
    summary:
      'Un rendez-vous individuel avec l’APEC pour faire le point sur votre projet de cadre ou de jeune diplômé·e et les opportunités du Dunkerquois.',
    body: `Vous êtes cadre, jeune diplômé·e ou en mobilité géographique ? Profitez d’un échange individuel de 30 minutes pour faire le point sur votre projet.

Inscription sur place auprès de l’accueil, dans la limite des créneaux disponibles.`,
    audiences: ['etudiants', 'talents-hors-bassin', 'salaries-en-reconversion'],
  },
  {
    partner: 'transition-pro-hauts-de-france',
    title: 'Permanence Transition Pro Hauts-de-France : changer de métier',
    summary:
      'Salarié·e, vous envisagez une reconversion ? Transition Pro Hauts-de-France vous présente le projet de transition professionnelle et les étapes du dossier.',
    body: `Le projet de transition professionnelle peut financer une formation certifiante et maintenir votre rémunération.

Venez avec vos questions : éligibilité, calendrier, choix de la formation. Entretiens individuels de 30 minutes.`,
    audiences: ['salaries-en-reconversion', 'seniors'],
  },
  {
    partner: 'opco-2i',
    title: 'Permanence OPCO 2i : alternance et formation dans l’industrie',
    summary:
      'Entreprises et candidat·es : OPCO 2i répond à vos questions sur l’alternance, le financement des formations et les compétences de l’industrie.',
    body: `Vous cherchez une alternance, ou vous recrutez un·e alternant·e ? L’opérateur de compétences de l’industrie vous informe sur les contrats, les aides et les formations.

Entretiens individuels, inscription sur place.`,
    audiences: ['jeunes', 'etudiants', 'demandeurs-d-emploi'],
  },
];

const BARRIER_THEMES = [
  {
    title: 'Femmes et industrie : osez les métiers de demain',
    summary:
      'Une rencontre entre femmes pour découvrir les métiers de l’industrie, échanger avec des salariées et trouver des solutions concrètes pour reprendre un emploi.',
    body: `Conditions de travail, horaires, garde d’enfants, confiance en soi : on parle de tout, sans tabou, avec des salariées qui ont franchi le pas.

Vous pouvez venir avec vos enfants : un espace jeux est prévu.`,
    audiences: ['femmes', 'demandeurs-d-emploi', 'beneficiaires-du-rsa'],
    partners: ['entreprendre-ensemble'],
  },
  {
    title: 'Bouger sans voiture : aller travailler en horaires décalés',
    summary:
      'Bus gratuit, covoiturage, aides au permis, vélo : toutes les solutions pour rejoindre un site industriel, même à 5 heures du matin.',
    body: `La mobilité ne doit pas vous faire renoncer à un emploi. Nous faisons le tour des solutions, trajet par trajet.

Apportez l’adresse d’un site ou d’une entreprise qui vous intéresse : nous calculons l’itinéraire avec vous.`,
    audiences: ['demandeurs-d-emploi', 'jeunes', 'beneficiaires-du-rsa', 'habitants-des-qpv'],
    partners: ['communaute-urbaine-de-dunkerque', 'entreprendre-ensemble'],
  },
  {
    title: 'Garde d’enfants et reprise d’emploi',
    summary:
      'Crèches à horaires élargis, assistantes maternelles, aides financières : trouvez une solution de garde compatible avec un emploi ou une formation.',
    body: `Reprendre un emploi ou une formation quand on a des enfants, c’est possible. Des partenaires présentent les solutions du territoire et répondent à vos questions.

Enfants bienvenus.`,
    audiences: ['femmes', 'beneficiaires-du-rsa', 'demandeurs-d-emploi'],
    partners: ['entreprendre-ensemble'],
  },
  {
    title: 'Bénéficiaires du RSA : cap vers l’emploi industriel',
    summary:
      'Une matinée pour découvrir les métiers qui recrutent sans diplôme, rencontrer une entreprise et préparer la suite avec votre référent·e.',
    body: `Ce temps n’est pas un lieu d’accompagnement : il vous informe et vous met en relation avec les bons interlocuteurs, en lien avec votre référent·e.

Venez avec ou sans rendez-vous.`,
    audiences: ['beneficiaires-du-rsa', 'habitants-des-qpv'],
    partners: ['entreprendre-ensemble', 'fabrique-de-la-remobilisation'],
  },
  {
    title: 'Handicap et emploi : vos droits, vos atouts',
    summary:
      'RQTH, aménagement de poste, métiers accessibles : une rencontre pour les personnes en situation de handicap qui envisagent l’industrie.',
    body: `Des entreprises du territoire présentent leurs postes et la façon dont elles les aménagent. Des partenaires spécialisés répondent à vos questions.

Interprète en langue des signes présent sur inscription.`,
    audiences: ['personnes-en-situation-de-handicap'],
    partners: ['entreprendre-ensemble'],
  },
  {
    title: 'Plus de 50 ans : votre expérience a de la valeur',
    summary:
      'Transmettre, encadrer, sécuriser : les entreprises qui s’installent ont aussi besoin de profils expérimentés. Faites le point sur vos compétences.',
    body: `Après 50 ans, vos compétences sont précieuses pour les équipes qui démarrent. Découvrez les métiers où l’expérience fait la différence et les solutions pour vous reconvertir.`,
    audiences: ['seniors', 'salaries-en-reconversion'],
    partners: ['entreprendre-ensemble', 'transition-pro-hauts-de-france'],
  },
];

const VISIT_EVENTS = [
  {
    title: 'Visite thématique : les incontournables Job Labo, PLUS et Port Center',
    venue: GARE,
    partners: ['job-labo', 'plus', 'port-center'],
    summary: 'Une demi-journée accompagnée, en bus gratuit, pour découvrir les lieux où s’informer sur les métiers et la transformation du territoire.',
    body: `Départ du point relais de la place de la Gare. Trajets en bus gratuit, retour au point de départ.

Prévoyez de bonnes chaussures. Inscription à l’accueil du point relais.`,
    duration: [9, 30, 13, 0] as const,
  },
  {
    title: 'Visite thématique : les métiers du port au Port Center',
    venue: 'port-center',
    partners: ['port-center'],
    summary: 'Découvrez le port de Dunkerque, ses activités et ses métiers, puis échangez avec des professionnels de la logistique.',
    body: `Rendez-vous au point relais de la gare pour un départ groupé en bus gratuit, ou directement sur place.

Visite en petit groupe, questions bienvenues.`,
    duration: [14, 0, 16, 30] as const,
  },
  {
    title: 'Visite thématique : tester les métiers au Job Labo',
    venue: 'job-labo',
    partners: ['job-labo'],
    summary: 'Une après-midi pour découvrir les métiers autrement et repartir avec des pistes concrètes pour votre projet.',
    body: `Idéal si vous ne savez pas encore vers quel métier vous tourner. La visite se termine par un échange personnalisé.

Départ groupé possible depuis le point relais de la gare.`,
    duration: [14, 0, 17, 0] as const,
  },
];

const MOBILE_CYCLE = ['factory-mobile-calais', 'factory-mobile-saint-omer', 'factory-mobile-hazebrouck', 'factory-mobile-dunkerque'];
const MOBILE_TOWNS: Record<string, string> = {
  'factory-mobile-calais': 'Calais',
  'factory-mobile-saint-omer': 'Saint-Omer',
  'factory-mobile-hazebrouck': 'Hazebrouck',
  'factory-mobile-dunkerque': 'Dunkerque',
};

function nth(list: CalendarDay[], index: number): CalendarDay | undefined {
  return list[index];
}

/** Events of the current month and the next two, computed from the seeding date. */
export function buildEvents(today: CalendarDay): EventSeed[] {
  const drafts: Draft[] = [];
  const closures = relayClosures(today);
  const holidays = new Set<string>([...frenchHolidays(today.year), ...frenchHolidays(today.year + 1)]);
  const isOpen = (day: CalendarDay, venue: string) =>
    !holidays.has(isoDate(day)) &&
    !(RELAY_POINTS.has(venue) && closures.some((c) => compareDays(day, c.start) >= 0 && compareDays(day, c.end) <= 0));

  let infoIndex = 0;
  let datingIndex = 0;
  let deskIndex = 0;
  let barrierIndex = 0;
  let mobileIndex = 0;

  for (let offset = 0; offset < 3; offset += 1) {
    const first = addMonths(today, offset);
    const { year, month } = first;
    const mondays = weekdaysOfMonth(year, month, 1);
    const tuesdays = weekdaysOfMonth(year, month, 2);
    const wednesdays = weekdaysOfMonth(year, month, 3);
    const thursdays = weekdaysOfMonth(year, month, 4);
    const fridays = weekdaysOfMonth(year, month, 5);
    const saturdays = weekdaysOfMonth(year, month, 6);

    tuesdays.forEach((day, i) => {
      const theme = INFO_THEMES[infoIndex % INFO_THEMES.length];
      infoIndex += 1;
      const venue = i % 3 === 2 ? SAINT_POL : GARE;
      drafts.push({
        title: theme.title,
        type: 'info-session',
        summary: theme.summary,
        description: theme.body,
        day,
        from: [9, 30],
        to: [11, 30],
        venue,
        audiences: theme.audiences,
        partners: ['entreprendre-ensemble'],
        companies: theme.companies,
        registration: venue === GARE ? 'link' : 'none',
        capacity: venue === GARE ? 30 : undefined,
      });
    });

    const datingDays: [CalendarDay | undefined, string][] = [
      [nth(wednesdays, 0), GARE],
      [nth(wednesdays, 2), SAINT_POL],
    ];
    for (const [day, venue] of datingDays) {
      if (!day) continue;
      const group = JOB_DATING_GROUPS[datingIndex % JOB_DATING_GROUPS.length];
      datingIndex += 1;
      const companies = venue === GARE ? group : group.slice(0, 1);
      const names = companies.map((key) => COMPANY_NAMES[key]).join(' et ');
      drafts.push({
        title: `Job dating avec ${names}`,
        type: 'job-dating',
        summary:
          venue === GARE
            ? `${names} recrutent : venez les rencontrer pour des entretiens courts, avec ou sans CV. Inscription conseillée pour choisir votre créneau.`
            : `${names} recrute près de chez vous : entretiens de dix minutes sans rendez-vous, CV facultatif.`,
        description: `## Comment ça se passe ?
Vous échangez dix à quinze minutes avec un recruteur ou une recruteuse. Pas besoin d’expérience dans le secteur : les entreprises recherchent d’abord de la motivation.

## À préparer
- Quelques mots sur vous et ce que vous aimez faire
- Vos disponibilités (horaires, date de début possible)
- Un CV si vous en avez un : nous pouvons l’imprimer sur place`,
        day,
        from: venue === GARE ? [14, 0] : [9, 30],
        to: venue === GARE ? [17, 0] : [12, 30],
        venue,
        audiences: ['demandeurs-d-emploi', 'jeunes', 'femmes', 'beneficiaires-du-rsa', 'habitants-des-qpv', 'seniors'],
        partners: ['entreprendre-ensemble'],
        companies,
        registration: venue === GARE ? 'link' : 'none',
        capacity: venue === GARE ? 40 : undefined,
      });
    }

    thursdays.forEach((day, i) => {
      if (i === 3) {
        const group = JOB_DATING_GROUPS[(datingIndex + 2) % JOB_DATING_GROUPS.length];
        drafts.push({
          title: 'After-work 20 000 : rencontrez celles et ceux qui font l’industrie',
          type: 'after-work',
          summary:
            'Un moment convivial en fin de journée pour échanger avec des salarié·es, des recruteurs et des étudiant·es autour des projets du territoire.',
          description: `Après le travail ou les cours, passez au point relais de la gare : boissons sans alcool, témoignages courts et échanges informels avec les entreprises présentes.

Parfait pour les étudiant·es, les salarié·es qui envisagent une mobilité et les talents qui découvrent le Dunkerquois.`,
          day,
          from: [18, 0],
          to: [20, 0],
          venue: GARE,
          audiences: ['etudiants', 'salaries-en-reconversion', 'talents-hors-bassin', 'jeunes'],
          partners: ['entreprendre-ensemble', 'dk-promotion'],
          companies: group,
          registration: 'link',
          capacity: 60,
        });
        return;
      }
      if (i > 3) return;
      const desk = PARTNER_DESKS[deskIndex % PARTNER_DESKS.length];
      deskIndex += 1;
      const venue = desk.partner === 'opco-2i' ? SAINT_POL : GARE;
      drafts.push({
        title: desk.title,
        type: 'partner-desk',
        summary: desk.summary,
        description: desk.body,
        day,
        from: venue === GARE ? [14, 0] : [9, 30],
        to: venue === GARE ? [17, 0] : [12, 0],
        venue,
        audiences: desk.audiences,
        partners: [desk.partner],
        companies: [],
        registration: 'on-site',
        capacity: 8,
      });
    });

    fridays.forEach((day) => {
      const venue = MOBILE_CYCLE[mobileIndex % MOBILE_CYCLE.length];
      mobileIndex += 1;
      const town = MOBILE_TOWNS[venue];
      drafts.push({
        title: `La Fabuleuse Factory Mobile à ${town}`,
        type: 'mobile-stop',
        summary: `Le camion de la Factory Mobile fait étape à ${town} : casques de réalité virtuelle, informations sur les métiers et les entreprises qui recrutent, sans rendez-vous.`,
        description: `Créée par Euraénergie, la Fabuleuse Factory Mobile sillonne le territoire et le « Carré magique » (Dunkerque, Calais, Saint-Omer, Hazebrouck).

## À bord
- Découverte des métiers en réalité virtuelle
- Présentation des entreprises qui s’installent et des formations
- Orientation vers les points relais et les partenaires de votre secteur

Passez quand vous voulez, même pour cinq minutes.`,
        day,
        from: [10, 0],
        to: [16, 0],
        venue,
        audiences: ['demandeurs-d-emploi', 'jeunes', 'habitants-des-qpv', 'talents-hors-bassin', 'femmes'],
        partners: ['euraenergie', 'entreprendre-ensemble'],
        companies: [],
        registration: 'none',
      });
    });

    const barrierDays: [CalendarDay | undefined, string, [number, number], [number, number]][] = [
      [nth(mondays, 1), SAINT_POL, [9, 30], [11, 30]],
      [nth(mondays, 3), GARE, [14, 0], [16, 0]],
    ];
    for (const [day, venue, from, to] of barrierDays) {
      if (!day) continue;
      const theme = BARRIER_THEMES[barrierIndex % BARRIER_THEMES.length];
      barrierIndex += 1;
      drafts.push({
        title: theme.title,
        type: 'barrier-removal',
        summary: theme.summary,
        description: theme.body,
        day,
        from,
        to,
        venue,
        audiences: theme.audiences,
        partners: theme.partners,
        companies: [],
        registration: 'on-site',
        capacity: 15,
      });
    }

    const visitA = VISIT_EVENTS[(offset * 2) % VISIT_EVENTS.length];
    const visitB = VISIT_EVENTS[(offset * 2 + 1) % VISIT_EVENTS.length];
    const visitDays: [CalendarDay | undefined, (typeof VISIT_EVENTS)[number]][] = [
      [nth(saturdays, 1), visitA],
      [nth(wednesdays, 3) ?? nth(wednesdays, 1), visitB],
    ];
    for (const [day, visit] of visitDays) {
      if (!day) continue;
      const [fh, fm, th, tm] = visit.venue === GARE && weekday(day) === 6 ? [9, 30, 12, 30] : visit.duration;
      drafts.push({
        title: visit.title,
        type: 'thematic-visit',
        summary: visit.summary,
        description: visit.body,
        day,
        from: [fh, fm],
        to: [th, tm],
        venue: visit.venue,
        audiences: ['demandeurs-d-emploi', 'jeunes', 'femmes', 'habitants-des-qpv', 'talents-hors-bassin'],
        partners: ['entreprendre-ensemble', ...visit.partners],
        companies: [],
        registration: 'on-site',
        capacity: 12,
      });
    }

    const fairs = [
      {
        day: nth(saturdays, 2),
        title: 'Mini-salon des métiers de la batterie',
        venue: GARE,
        from: [9, 30] as [number, number],
        to: [12, 30] as [number, number],
        companies: ['amperya-cells', 'batterix-flandre-modules', 'cathodia-materiaux', 'boucle-nord-recyclage'],
        summary:
          'Toute la filière batterie réunie au point relais de la gare : cellules, modules, matériaux et recyclage. Offres d’emploi, formations et démonstrations.',
      },
      {
        day: nth(saturdays, 2),
        title: 'Village de l’emploi industriel du Calaisis',
        venue: 'factory-mobile-calais',
        from: [10, 0] as [number, number],
        to: [17, 0] as [number, number],
        companies: ['quai-nord-logistique', 'houle-et-vent-maintenance', 'acierie-nord-bas-carbone', 'verrerie-cap-blanc'],
        summary:
          'La Factory Mobile et des entreprises du littoral s’installent place d’Armes : stands, offres d’emploi, casques de réalité virtuelle et solutions de mobilité vers Dunkerque.',
      },
      {
        day: nth(wednesdays, 1),
        title: 'Salon de l’alternance industrielle',
        venue: GARE,
        from: [13, 30] as [number, number],
        to: [18, 0] as [number, number],
        companies: ['atelier-wateringue-maintenance', 'metallerie-opale-avenir', 'chimivert-synthese', 'amperya-cells', 'hydrogene-des-dunes'],
        summary:
          'Du CAP au diplôme d’ingénieur : rencontrez les entreprises qui recrutent des alternant·es et les formations qui les préparent.',
      },
    ];
    const fair = fairs[offset];
    if (fair.day) {
      drafts.push({
        title: fair.title,
        type: 'fair',
        summary: fair.summary,
        description: `## Sur place
- Des stands d’entreprises qui recrutent maintenant
- Des conseillers pour les formations et leur financement
- Des démonstrations et des casques de réalité virtuelle

Entrée libre et gratuite. Apportez des CV si vous en avez : une imprimante est à disposition.`,
        day: fair.day,
        from: fair.from,
        to: fair.to,
        venue: fair.venue,
        audiences: AUDIENCES.map((audience) => audience.key),
        partners: fair.venue === GARE ? ['entreprendre-ensemble', 'dk-promotion', 'opco-2i'] : ['euraenergie', 'entreprendre-ensemble'],
        companies: fair.companies,
        registration: 'none',
      });
    }
  }

  const kept = drafts
    .filter((d) => isOpen(d.day, d.venue))
    .sort((a, b) => compareDays(a.day, b.day) || a.from[0] * 60 + a.from[1] - (b.from[0] * 60 + b.from[1]));

  const events: EventSeed[] = kept.map((d) => {
    const key = `${slugify(d.title)}-${isoDate(d.day)}`;
    const accessibility = RELAY_POINTS.has(d.venue)
      ? ACCESSIBILITY[d.venue]
      : d.venue.startsWith('factory-mobile')
        ? ACCESSIBILITY.mobile
        : ACCESSIBILITY.visit;
    return {
      key,
      title: d.title,
      type: d.type,
      summary: d.summary,
      description: d.description,
      day: d.day,
      startsAt: parisToUtcIso(d.day, d.from[0], d.from[1]),
      endsAt: parisToUtcIso(d.day, d.to[0], d.to[1]),
      venue: d.venue,
      audiences: d.audiences,
      partners: d.partners,
      companies: d.companies,
      registration: d.registration,
      registrationUrl: d.registration === 'link' ? `https://www.example.org/20000-emplois/inscription/${key}` : undefined,
      capacity: d.capacity,
      state: 'scheduled',
      accessibility,
    };
  });

  const upcoming = (e: EventSeed) => compareDays(e.day, addDays(today, 2)) > 0;
  const full = events.find((e) => upcoming(e) && e.type === 'job-dating' && e.registration === 'link');
  if (full) {
    full.state = 'full';
    full.description += `\n\n**Complet** : toutes les places sont réservées. Les entreprises présentes recrutent aussi lors des job datings sans rendez-vous du point relais de Saint-Pol-sur-Mer.`;
  }
  const nextMonth = addMonths(today, 1);
  const inLaterMonth = (e: EventSeed) => compareDays(e.day, nextMonth) >= 0;
  const cancelled = events.find((e) => upcoming(e) && inLaterMonth(e) && e.type === 'mobile-stop');
  if (cancelled) {
    cancelled.state = 'cancelled';
    cancelled.description += `\n\n**Étape annulée** : le camion est immobilisé pour maintenance. Retrouvez la Factory Mobile lors de ses prochains passages ou au point relais de la place de la Gare.`;
  }
  const postponed = events.find((e) => upcoming(e) && inLaterMonth(e) && e.type === 'partner-desk');
  if (postponed) {
    postponed.state = 'postponed';
    postponed.description += `\n\n**Permanence reportée** : la nouvelle date sera annoncée dans le programme du mois et à l’accueil des points relais.`;
  }
  return events;
}

/** French label of an event day, for programme texts (« mardi 3 mars »). */
export function eventDayLabel(event: EventSeed): string {
  return frenchDay(event.day);
}
