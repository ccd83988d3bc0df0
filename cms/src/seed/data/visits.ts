import type { Motif } from '../lib/images';

export type VisitSeed = {
  key: string;
  title: string;
  mode: 'guided' | 'self-guided';
  summary: string;
  description: string;
  stops: { name: string; place?: string; latitude?: number; longitude?: number; description?: string }[];
  durationMinutes: number;
  access: string;
  startVenue?: string;
  booking: 'none' | 'link' | 'on-site';
  audiences: string[];
  cover: { motif: Motif; palette: string };
};

const FREE_BUS =
  'Départ du point relais de la place de la Gare, à côté du pôle d’échange des bus. Les trajets se font avec le réseau de bus gratuit du Dunkerquois : aucun titre de transport n’est nécessaire.';

export const VISITS: VisitSeed[] = [
  {
    key: 'incontournables-job-labo-plus-port-center',
    title: 'Les incontournables : Job Labo, PLUS et Port Center',
    mode: 'guided',
    summary:
      'Une demi-journée accompagnée pour découvrir les lieux où s’informer sur la dynamique du territoire, les métiers, les formations et la transformation industrielle.',
    description: `## Le principe
Un animateur ou une animatrice 20 000 emplois vous accompagne en bus gratuit d’un lieu à l’autre. En petit groupe, on pose toutes ses questions.

## À qui s’adresse cette visite ?
À toutes les personnes qui se demandent ce que les 20 000 emplois peuvent leur apporter : demandeurs d’emploi, jeunes, salarié·es, habitant·es curieux.`,
    stops: [
      {
        name: 'Point relais place de la Gare',
        place: 'Place de la Gare, Dunkerque',
        latitude: 51.0302,
        longitude: 2.3679,
        description: 'Accueil, présentation de la stratégie 20 000 emplois et de l’exposition sur la décarbonation.',
      },
      { name: 'Job Labo', place: 'Dunkerque', description: 'Découverte des métiers et des formations du territoire.' },
      { name: 'PLUS', place: 'Dunkerquois', description: 'Un lieu pour comprendre la dynamique du territoire.' },
      { name: 'Port Center', place: 'Dunkerque', description: 'Le port, ses activités et ses métiers.' },
    ],
    durationMinutes: 240,
    access: FREE_BUS,
    startVenue: 'point-relais-dunkerque-gare',
    booking: 'on-site',
    audiences: ['demandeurs-d-emploi', 'jeunes', 'habitants-des-qpv', 'beneficiaires-du-rsa', 'femmes'],
    cover: { motif: 'map', palette: 'navy' },
  },
  {
    key: 'port-center-metiers-du-port',
    title: 'Port Center : les métiers du port',
    mode: 'guided',
    summary:
      'Comprendre comment fonctionne le port de Dunkerque et découvrir les métiers de la logistique et de la manutention qui recrutent.',
    description: `Le port est l’un des grands atouts du territoire : il accueille les matières premières et expédie les produits des usines. Cette visite présente ses activités, ses métiers et les entreprises qui recrutent.

Vous repartez avec les informations sur les formations courtes (CACES®, préparation de commandes) qui permettent d’y accéder.`,
    stops: [
      { name: 'Point relais place de la Gare', place: 'Place de la Gare, Dunkerque', latitude: 51.0302, longitude: 2.3679, description: 'Rendez-vous et présentation du parcours.' },
      { name: 'Port Center', place: 'Dunkerque', description: 'Présentation des activités portuaires et des métiers.' },
    ],
    durationMinutes: 150,
    access: FREE_BUS,
    startVenue: 'point-relais-dunkerque-gare',
    booking: 'on-site',
    audiences: ['demandeurs-d-emploi', 'jeunes', 'talents-hors-bassin'],
    cover: { motif: 'sea', palette: 'sea' },
  },
  {
    key: 'job-labo-tester-les-metiers',
    title: 'Job Labo : tester les métiers',
    mode: 'guided',
    summary: 'Une visite pour découvrir les métiers et les formations, poser ses questions et repartir avec des pistes concrètes.',
    description: `Au Job Labo, on découvre les métiers autrement. Cette visite s’adresse en particulier aux personnes qui ne savent pas encore vers quel métier se tourner.

À l’issue de la visite, un temps d’échange au point relais permet de faire le point sur ses envies et les prochaines étapes.`,
    stops: [
      { name: 'Point relais place de la Gare', place: 'Place de la Gare, Dunkerque', latitude: 51.0302, longitude: 2.3679, description: 'Accueil du groupe.' },
      { name: 'Job Labo', place: 'Dunkerque', description: 'Découverte des métiers et des formations.' },
      { name: 'Retour au point relais', place: 'Place de la Gare, Dunkerque', latitude: 51.0302, longitude: 2.3679, description: 'Échange et conseils personnalisés.' },
    ],
    durationMinutes: 180,
    access: FREE_BUS,
    startVenue: 'point-relais-dunkerque-gare',
    booking: 'on-site',
    audiences: ['jeunes', 'demandeurs-d-emploi', 'femmes', 'personnes-en-situation-de-handicap'],
    cover: { motif: 'people', palette: 'plum' },
  },
  {
    key: 'chantiers-de-la-transition',
    title: 'Les chantiers de la transition',
    mode: 'guided',
    summary:
      'Voir de ses yeux les usines en construction et les sites qui se transforment, et découvrir les métiers du BTP et de la maintenance.',
    description: `Gigafactories, nouvelles unités bas carbone, bases de maintenance : le territoire est en chantier. Depuis des points de vue publics, un animateur ou une animatrice présente les projets et les métiers qu’ils créent.

La visite se fait en car, avec des arrêts à pied. Chaussures fermées conseillées.`,
    stops: [
      { name: 'Point relais place de la Gare', place: 'Place de la Gare, Dunkerque', latitude: 51.0302, longitude: 2.3679, description: 'Départ et présentation des projets sur la carte.' },
      { name: 'Zone industrialo-portuaire', place: 'Dunkerque, secteur ouest', latitude: 51.028, longitude: 2.29, description: 'Les sites qui se décarbonent : acier, énergie, captage du CO₂.' },
      { name: 'Zone d’activités de Bourbourg', place: 'Bourbourg', latitude: 50.9551, longitude: 2.1843, description: 'Une usine de batteries en construction et ses futurs métiers.' },
      { name: 'Zone portuaire de Loon-Plage', place: 'Loon-Plage', latitude: 51.0187, longitude: 2.1932, description: 'Logistique et manutention au service des nouvelles usines.' },
    ],
    durationMinutes: 210,
    access:
      'Départ en car du point relais de la place de la Gare, rejoint facilement grâce au réseau de bus gratuit du Dunkerquois. Retour au même endroit.',
    startVenue: 'point-relais-dunkerque-gare',
    booking: 'link',
    audiences: ['demandeurs-d-emploi', 'salaries-en-reconversion', 'etudiants', 'talents-hors-bassin'],
    cover: { motif: 'btp', palette: 'dusk' },
  },
  {
    key: 'balade-port-et-front-de-mer',
    title: 'Balade autonome : du port au front de mer',
    mode: 'self-guided',
    summary:
      'Un parcours à faire seul·e, en famille ou entre ami·es, pour relier la gare, le port et la plage et comprendre le territoire qui se transforme.',
    description: `Prenez la carte du parcours au point relais, puis suivez les étapes à votre rythme. À chaque arrêt, un texte explique ce que vous voyez et les métiers qui s’y cachent.

Le parcours se fait à pied (environ 6 km) ou en combinant marche et bus gratuit.`,
    stops: [
      { name: 'Point relais place de la Gare', place: 'Place de la Gare, Dunkerque', latitude: 51.0302, longitude: 2.3679, description: 'Prenez la carte du parcours et découvrez l’exposition.' },
      { name: 'Place Jean-Bart', place: 'Centre-ville de Dunkerque', latitude: 51.0362, longitude: 2.3771, description: 'Le cœur de Dunkerque, étape régulière de la Factory Mobile.' },
      { name: 'Phare du Risban', place: 'Dunkerque', latitude: 51.0479, longitude: 2.3665, description: 'Vue sur les bassins du port, les navires et les installations portuaires.' },
      { name: 'Digue de Malo-les-Bains', place: 'Malo-les-Bains, Dunkerque', latitude: 51.0515, longitude: 2.3995, description: 'Au bord de la mer du Nord, le cadre de vie qui attire de nouveaux talents.' },
    ],
    durationMinutes: 150,
    access: 'Départ de la gare de Dunkerque. Toutes les étapes sont desservies par le réseau de bus gratuit du Dunkerquois.',
    startVenue: 'point-relais-dunkerque-gare',
    booking: 'none',
    audiences: ['talents-hors-bassin', 'etudiants', 'jeunes'],
    cover: { motif: 'sea', palette: 'navy' },
  },
  {
    key: 'parcours-entreprises-industrie-bas-carbone',
    title: 'Parcours entreprises : une journée dans l’industrie bas carbone',
    mode: 'guided',
    summary:
      'Une journée pour entrer dans deux entreprises du territoire, rencontrer leurs équipes et découvrir leurs postes de travail.',
    description: `Les entreprises partenaires ouvrent leurs portes à de petits groupes. Au programme : visite des ateliers, échanges avec des salarié·es, présentation des recrutements en cours.

Les entreprises visitées changent chaque mois : consultez le programme.`,
    stops: [
      { name: 'Point relais place de la Gare', place: 'Place de la Gare, Dunkerque', latitude: 51.0302, longitude: 2.3679, description: 'Accueil et consignes de sécurité.' },
      { name: 'Chimivert Synthèse', place: 'Zone industrielle de Grande-Synthe', latitude: 51.0107, longitude: 2.2789, description: 'Une unité de chimie biosourcée et son laboratoire.' },
      { name: 'Boucle Nord Recyclage', place: 'Zone d’activités de Grande-Synthe', latitude: 51.0243, longitude: 2.2571, description: 'Le recyclage des batteries, du tri à la masse noire.' },
    ],
    durationMinutes: 360,
    access: FREE_BUS,
    startVenue: 'point-relais-dunkerque-gare',
    booking: 'link',
    audiences: ['demandeurs-d-emploi', 'salaries-en-reconversion', 'femmes', 'seniors'],
    cover: { motif: 'industry', palette: 'green' },
  },
  {
    key: 'espace-20000-emplois',
    title: 'Visite de l’espace 20 000 emplois',
    mode: 'self-guided',
    summary:
      'Découvrez à votre rythme l’exposition du point relais : les projets, la décarbonation, les métiers en réalité virtuelle et les lieux où être accompagné·e.',
    description: `L’espace d’exposition du point relais de la gare présente les entreprises qui s’installent, les compétences recherchées et les lieux ressources du territoire.

Essayez les casques de réalité virtuelle pour vous mettre dans la peau d’un opérateur de gigafactory ou d’une technicienne de maintenance.`,
    stops: [
      { name: 'Les projets du territoire', place: 'Point relais place de la Gare', description: 'Carte des implantations et des emplois prévus.' },
      { name: 'La décarbonation', place: 'Point relais place de la Gare', description: 'Pourquoi et comment l’industrie réduit ses émissions.' },
      { name: 'Les métiers en réalité virtuelle', place: 'Point relais place de la Gare', description: 'Casques en libre accès, avec l’aide d’un animateur.' },
    ],
    durationMinutes: 45,
    access: 'À la sortie de la gare de Dunkerque, à côté du pôle d’échange du réseau de bus gratuit.',
    startVenue: 'point-relais-dunkerque-gare',
    booking: 'none',
    audiences: ['demandeurs-d-emploi', 'jeunes', 'etudiants', 'talents-hors-bassin', 'seniors'],
    cover: { motif: 'building', palette: 'dusk' },
  },
];
