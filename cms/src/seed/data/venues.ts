import type { Motif } from '../lib/images';

export type Day = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export type VenueSeed = {
  key: string;
  name: string;
  kind: 'relay-point' | 'mobile-stop' | 'partner-place';
  summary: string;
  description: string;
  address: { street?: string; postalCode: string; city: string; latitude?: number; longitude?: number };
  town: string;
  access: string;
  openingHours: { day: Day; opens: string; closes: string; note?: string }[];
  /** Adds the Christmas closure and a team training day computed from the seeding date. */
  closures: boolean;
  services: string[];
  accessibility: string;
  photo: { motif: Motif; palette: string; alt: string };
  email?: string;
};

const RELAY_SERVICES = [
  'Casques de réalité virtuelle pour découvrir les métiers',
  'Ordinateurs en libre accès',
  'Bureaux d’entretien individuel',
  'Bureaux de job dating pour les entreprises',
  'Espace d’information et d’exposition sur les projets et la décarbonation',
];

const MOBILE_SERVICES = [
  'Casques de réalité virtuelle pour découvrir les métiers',
  'Informations sur les entreprises qui recrutent et les formations',
  'Échanges avec des animateurs et animatrices de la stratégie 20 000',
];

const MOBILE_ACCESSIBILITY =
  'Le camion est accessible par une rampe ; un espace d’accueil extérieur permet aussi d’échanger de plain-pied. N’hésitez pas à demander de l’aide à l’équipe.';

export const VENUES: VenueSeed[] = [
  {
    key: 'point-relais-dunkerque-gare',
    name: 'Point relais Dunkerque – place de la Gare',
    kind: 'relay-point',
    summary:
      'Le lieu central de la stratégie 20 000 emplois : information, entretiens individuels, job datings, exposition et départ des visites, à deux pas de la gare et du pôle d’échange des bus.',
    description: `## Un lieu ouvert à toutes et à tous
Habitant·e du Dunkerquois, talent venu d’ailleurs, jeune, salarié·e en reconversion : entrez, on vous accueille, on vous écoute et on vous oriente.

## Ce que vous pouvez y faire
- Vous informer sur les entreprises qui s’installent ou se développent, les compétences recherchées et les formations
- Échanger en entretien individuel avec un animateur ou une animatrice 20 000 emplois
- Rencontrer des entreprises lors des job datings, avec ou sans rendez-vous
- Découvrir les métiers avec des casques de réalité virtuelle
- Partir en visite thématique : Job Labo, Port Center, chantiers, port, entreprises

## Pour les entreprises
Des bureaux de job dating accueillent les entreprises, notamment celles qui n’ont pas encore de site sur le territoire, pour recruter « hors les murs ».`,
    address: { street: 'Place de la Gare', postalCode: '59140', city: 'Dunkerque', latitude: 51.0302, longitude: 2.3679 },
    town: 'dunkerque',
    access:
      'À la sortie de la gare SNCF de Dunkerque, à côté du principal pôle d’échange des bus et du pôle de mobilité multimodal. Toutes les lignes du réseau de bus gratuit du Dunkerquois y passent ou y correspondent.',
    openingHours: [
      { day: 'monday', opens: '09:00', closes: '18:30' },
      { day: 'tuesday', opens: '09:00', closes: '18:30' },
      { day: 'wednesday', opens: '09:00', closes: '18:30' },
      { day: 'thursday', opens: '09:00', closes: '20:00', note: 'Nocturne jusqu’à 20 h' },
      { day: 'friday', opens: '09:00', closes: '18:30' },
      { day: 'saturday', opens: '09:30', closes: '12:30' },
    ],
    closures: true,
    services: RELAY_SERVICES,
    accessibility:
      'Lieu de plain-pied, accessible en fauteuil roulant, avec toilettes adaptées. Boucle magnétique à l’accueil. Documents en gros caractères sur demande. Pour un entretien en langue des signes, prévenez-nous quelques jours avant.',
    photo: { motif: 'building', palette: 'navy', alt: 'Illustration du point relais de la place de la Gare à Dunkerque' },
    email: 'point-relais-gare-demo@example.org',
  },
  {
    key: 'point-relais-saint-pol-sur-mer',
    name: 'Point relais Saint-Pol-sur-Mer',
    kind: 'relay-point',
    summary:
      'Le premier « satellite » d’information 20 000 emplois, au plus près des habitant·es, en lien avec les activités du point relais de la gare.',
    description: `## Un point relais de proximité
Le point relais de Saint-Pol-sur-Mer vous accueille près de chez vous pour parler emploi, formation et métiers de demain. C’est aussi un lieu test avant l’ouverture d’autres lieux sur le bassin d’emploi.

## Ce que vous pouvez y faire
- Vous informer sur les entreprises qui recrutent et les formations
- Échanger en entretien individuel
- Participer aux temps de levée des freins : mobilité, garde d’enfants, confiance en soi
- Utiliser les ordinateurs en libre accès pour vos démarches`,
    address: { postalCode: '59430', city: 'Saint-Pol-sur-Mer', latitude: 51.0297, longitude: 2.3435 },
    town: 'saint-pol-sur-mer',
    access:
      'Desservi par le réseau de bus gratuit du Dunkerquois. Renseignez-vous au point relais de la gare pour l’itinéraire le plus simple depuis chez vous.',
    openingHours: [
      { day: 'monday', opens: '13:30', closes: '17:30' },
      { day: 'tuesday', opens: '09:30', closes: '17:30' },
      { day: 'wednesday', opens: '09:30', closes: '19:00', note: 'Ouverture prolongée jusqu’à 19 h' },
      { day: 'thursday', opens: '09:30', closes: '17:30' },
      { day: 'friday', opens: '09:30', closes: '17:30' },
      { day: 'saturday', opens: '09:30', closes: '12:30' },
    ],
    closures: true,
    services: ['Ordinateurs en libre accès', 'Bureaux d’entretien individuel', 'Casques de réalité virtuelle', 'Espace d’information sur les métiers et les formations'],
    accessibility:
      'Accueil de plain-pied, accessible en fauteuil roulant. Des documents en facile à lire et à comprendre (FALC) sont disponibles. Signalez-nous vos besoins pour adapter l’accueil.',
    photo: { motif: 'building', palette: 'teal', alt: 'Illustration du point relais de Saint-Pol-sur-Mer' },
    email: 'point-relais-saint-pol-demo@example.org',
  },
  {
    key: 'factory-mobile-dunkerque',
    name: 'Factory Mobile – Dunkerque, place Jean-Bart',
    kind: 'mobile-stop',
    summary: 'La Fabuleuse Factory Mobile s’installe au cœur de Dunkerque pour faire découvrir les métiers et les entreprises qui recrutent.',
    description: `La Fabuleuse Factory Mobile, créée par Euraénergie, se déplace tout au long de l’année sur le territoire. À bord : casques de réalité virtuelle, informations sur les métiers et les formations, et une équipe pour répondre à vos questions.

Consultez le programme du mois pour connaître les dates de passage.`,
    address: { street: 'Place Jean-Bart', postalCode: '59140', city: 'Dunkerque', latitude: 51.0362, longitude: 2.3771 },
    town: 'dunkerque',
    access: 'En plein centre-ville, desservi par le réseau de bus gratuit du Dunkerquois, à environ dix minutes à pied de la gare.',
    openingHours: [],
    closures: false,
    services: MOBILE_SERVICES,
    accessibility: MOBILE_ACCESSIBILITY,
    photo: { motif: 'truck', palette: 'navy', alt: 'Illustration du camion de la Fabuleuse Factory Mobile' },
  },
  {
    key: 'factory-mobile-calais',
    name: 'Factory Mobile – Calais, place d’Armes',
    kind: 'mobile-stop',
    summary: 'Étape calaisienne de la Fabuleuse Factory Mobile, dans le « Carré magique » Dunkerque, Calais, Saint-Omer, Hazebrouck.',
    description: `La Factory Mobile vient à la rencontre des habitant·es du Calaisis pour présenter les opportunités d’emploi du littoral, les formations et les solutions d’accompagnement.

Consultez le programme du mois pour connaître les dates de passage.`,
    address: { street: 'Place d’Armes', postalCode: '62100', city: 'Calais', latitude: 50.9594, longitude: 1.8508 },
    town: 'calais',
    access: 'Centre-ville de Calais, accessible à pied depuis la gare de Calais-Ville et par le réseau de bus local.',
    openingHours: [],
    closures: false,
    services: MOBILE_SERVICES,
    accessibility: MOBILE_ACCESSIBILITY,
    photo: { motif: 'truck', palette: 'dusk', alt: 'Illustration du camion de la Fabuleuse Factory Mobile' },
  },
  {
    key: 'factory-mobile-saint-omer',
    name: 'Factory Mobile – Saint-Omer, centre-ville',
    kind: 'mobile-stop',
    summary: 'Étape audomaroise de la Fabuleuse Factory Mobile pour découvrir les métiers qui recrutent sur le littoral.',
    description: `La Factory Mobile s’arrête à Saint-Omer pour présenter les entreprises qui s’installent, les métiers et les parcours de formation, avec casques de réalité virtuelle à l’appui.

L’emplacement précis est indiqué dans chaque événement du programme du mois.`,
    address: { postalCode: '62500', city: 'Saint-Omer', latitude: 50.7504, longitude: 2.2522 },
    town: 'saint-omer',
    access: 'Centre-ville de Saint-Omer, accessible depuis la gare et par le réseau de bus local.',
    openingHours: [],
    closures: false,
    services: MOBILE_SERVICES,
    accessibility: MOBILE_ACCESSIBILITY,
    photo: { motif: 'truck', palette: 'plum', alt: 'Illustration du camion de la Fabuleuse Factory Mobile' },
  },
  {
    key: 'factory-mobile-hazebrouck',
    name: 'Factory Mobile – Hazebrouck, centre-ville',
    kind: 'mobile-stop',
    summary: 'Étape de la Fabuleuse Factory Mobile à Hazebrouck, pour les habitant·es de la Flandre intérieure.',
    description: `La Factory Mobile fait étape à Hazebrouck : métiers, entreprises qui recrutent, formations et solutions pour se rendre sur le littoral.

L’emplacement précis est indiqué dans chaque événement du programme du mois.`,
    address: { postalCode: '59190', city: 'Hazebrouck', latitude: 50.7236, longitude: 2.5386 },
    town: 'hazebrouck',
    access: 'Centre-ville d’Hazebrouck, accessible à pied depuis la gare.',
    openingHours: [],
    closures: false,
    services: MOBILE_SERVICES,
    accessibility: MOBILE_ACCESSIBILITY,
    photo: { motif: 'truck', palette: 'green', alt: 'Illustration du camion de la Fabuleuse Factory Mobile' },
  },
  {
    key: 'port-center',
    name: 'Port Center',
    kind: 'partner-place',
    summary: 'Lieu incontournable des visites 20 000 emplois pour comprendre le port de Dunkerque et ses métiers.',
    description: `Le Port Center fait partie des étapes des visites thématiques 20 000 emplois. Il permet de découvrir les activités portuaires, la logistique et la transformation industrielle du territoire.

Les visites partent du point relais de la place de la Gare ; l’adresse et les horaires sont précisés lors de l’inscription.`,
    address: { postalCode: '59140', city: 'Dunkerque' },
    town: 'dunkerque',
    access: 'Accessible en bus gratuit depuis le pôle d’échange de la gare de Dunkerque. Itinéraire communiqué lors de l’inscription à la visite.',
    openingHours: [],
    closures: false,
    services: ['Découverte des métiers du port et de la logistique', 'Visites de groupe'],
    accessibility: 'Précisez vos besoins lors de l’inscription à la visite : l’équipe adapte le parcours.',
    photo: { motif: 'sea', palette: 'sea', alt: '' },
  },
  {
    key: 'job-labo',
    name: 'Job Labo',
    kind: 'partner-place',
    summary: 'Étape des visites 20 000 emplois pour découvrir les métiers, les emplois et les formations du territoire.',
    description: `Le Job Labo fait partie des lieux incontournables des visites 20 000 emplois, pour s’informer sur les métiers et les formations et se projeter dans l’industrie de demain.

Les visites partent du point relais de la place de la Gare ; l’adresse et les horaires sont précisés lors de l’inscription.`,
    address: { postalCode: '59140', city: 'Dunkerque' },
    town: 'dunkerque',
    access: 'Accessible en bus gratuit. Itinéraire communiqué lors de l’inscription à la visite.',
    openingHours: [],
    closures: false,
    services: ['Découverte des métiers', 'Ateliers de groupe'],
    accessibility: 'Précisez vos besoins lors de l’inscription : l’équipe adapte l’accueil.',
    photo: { motif: 'people', palette: 'plum', alt: '' },
  },
];
