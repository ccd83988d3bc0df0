import type { AccessLevel } from './jobs';

export type TrainingFormat = 'initial' | 'work-study' | 'continuing' | 'retraining';

export type SessionSeed = { startInDays: number; lengthDays?: number; town?: string; deadlineDaysBefore?: number };

export type TrainingSeed = {
  key: string;
  title: string;
  summary: string;
  description: string;
  duration: string;
  durationHours?: number;
  format: TrainingFormat;
  level: AccessLevel;
  fundingOptions: string[];
  prerequisites: string;
  audiences: string[];
  seats?: number;
  town: string;
  sessions: SessionSeed[];
  free: boolean;
  paid: boolean;
};

export const FUNDING = {
  cpf: 'Compte personnel de formation (CPF)',
  aif: 'Aide individuelle à la formation',
  apprentissage: 'Contrat d’apprentissage',
  professionnalisation: 'Contrat de professionnalisation',
  ptp: 'Projet de transition professionnelle',
  employeur: 'Plan de développement des compétences de l’employeur',
  initiale: 'Formation initiale gratuite (établissement public)',
} as const;

/**
 * Training paths. Nationally recognised diplomas and titles are named as such; sessions,
 * towns and seats are demo values and no organisation is presented as running them.
 */
export const TRAININGS: TrainingSeed[] = [
  {
    key: 'bac-pro-mspc',
    title: 'Bac pro Maintenance des systèmes de production connectés',
    summary:
      'Le bac professionnel pour apprendre à entretenir et dépanner les équipements automatisés des usines, après la troisième ou une seconde.',
    description: `## Ce que vous apprendrez
- Les bases de la mécanique, de l’électricité, de la pneumatique et de l’hydraulique
- Le diagnostic et la réparation d’équipements automatisés
- La maintenance préventive et la sécurité au travail

## Et après ?
Entrer directement dans la vie active comme technicien·ne de maintenance, ou poursuivre en BTS Maintenance des systèmes.

## Comment s’inscrire
La rentrée a lieu en septembre. Les vœux se font au printemps via la procédure d’affectation en lycée (Affelnet), avec l’aide du collège.`,
    duration: '3 ans, dont 18 à 22 semaines de stage en entreprise',
    format: 'initial',
    level: 'bac',
    fundingOptions: [FUNDING.initiale],
    prerequisites: 'Sortir de troisième ou de seconde. Goût pour la technique et le travail manuel.',
    audiences: ['jeunes'],
    seats: 24,
    town: 'dunkerque',
    sessions: [],
    free: true,
    paid: false,
  },
  {
    key: 'bts-crsa',
    title: 'BTS Conception et réalisation de systèmes automatiques',
    summary:
      'Un bac+2 pour concevoir, programmer et mettre en service les systèmes automatisés et robotisés des lignes de production.',
    description: `## Au programme
- Automatismes, robotique et réseaux industriels
- Conception mécanique et électrique
- Mise en service et amélioration des lignes

## Comment s’inscrire
La rentrée a lieu en septembre. Les candidatures se font sur Parcoursup, de janvier à mars.`,
    duration: '2 ans, dont 6 à 8 semaines de stage',
    durationHours: 1900,
    format: 'initial',
    level: 'bac2',
    fundingOptions: [FUNDING.initiale],
    prerequisites: 'Baccalauréat, de préférence professionnel ou technologique à dominante industrielle, ou général avec spécialités scientifiques.',
    audiences: ['jeunes', 'etudiants'],
    seats: 30,
    town: 'dunkerque',
    sessions: [],
    free: true,
    paid: false,
  },
  {
    key: 'but-genie-chimique',
    title: 'BUT Génie chimique – génie des procédés',
    summary:
      'Trois ans pour devenir technicien·ne supérieur·e ou assistant·e ingénieur·e dans la chimie, l’énergie et les nouveaux procédés bas carbone.',
    description: `## Au programme
- Chimie, thermodynamique et opérations unitaires
- Conduite et optimisation de procédés
- Sécurité industrielle et environnement

## Comment s’inscrire
La rentrée a lieu en septembre ; les candidatures se font sur Parcoursup. La troisième année peut souvent se faire en alternance.`,
    duration: '3 ans, dont 22 à 26 semaines de stage',
    format: 'initial',
    level: 'bac3',
    fundingOptions: [FUNDING.initiale, FUNDING.apprentissage],
    prerequisites: 'Baccalauréat général avec spécialités scientifiques, ou baccalauréat technologique STL ou STI2D.',
    audiences: ['etudiants', 'jeunes'],
    seats: 28,
    town: 'dunkerque',
    sessions: [],
    free: true,
    paid: false,
  },
  {
    key: 'cap-conducteur-installations-production',
    title: 'CAP Conducteur d’installations de production en apprentissage',
    summary:
      'Un CAP en alternance pour apprendre à conduire les lignes de production, payé·e pendant toute la formation.',
    description: `## Le principe
Vous signez un contrat d’apprentissage avec une entreprise du territoire et alternez les semaines en centre de formation et en entreprise.

## Ce que vous apprendrez
- Préparer, démarrer et surveiller une installation
- Contrôler la qualité des produits
- Réaliser l’entretien de premier niveau

Les conseillers des points relais vous aident à trouver une entreprise d’accueil.`,
    duration: '1 à 2 ans en alternance',
    durationHours: 800,
    format: 'work-study',
    level: 'cap',
    fundingOptions: [FUNDING.apprentissage],
    prerequisites: 'Avoir entre 16 et 29 ans (sans limite d’âge pour les personnes en situation de handicap). Aucun diplôme exigé.',
    audiences: ['jeunes', 'demandeurs-d-emploi', 'personnes-en-situation-de-handicap'],
    seats: 14,
    town: 'grande-synthe',
    sessions: [
      { startInDays: 35, lengthDays: 365, town: 'Grande-Synthe', deadlineDaysBefore: 10 },
      { startInDays: 98, lengthDays: 365, town: 'Grande-Synthe', deadlineDaysBefore: 14 },
    ],
    free: true,
    paid: true,
  },
  {
    key: 'bts-maintenance-des-systemes-alternance',
    title: 'BTS Maintenance des systèmes en alternance',
    summary:
      'Le BTS Maintenance des systèmes (option systèmes de production) préparé en alternance, pour devenir technicien·ne de maintenance en étant rémunéré·e.',
    description: `## Le rythme
Deux semaines en centre de formation, deux semaines en entreprise, pendant deux ans.

## Les débouchés
Technicien·ne de maintenance dans les gigafactories, la sidérurgie, la chimie, l’énergie : un des métiers les plus recherchés du territoire.`,
    duration: '2 ans en alternance',
    durationHours: 1350,
    format: 'work-study',
    level: 'bac2',
    fundingOptions: [FUNDING.apprentissage, FUNDING.professionnalisation],
    prerequisites: 'Baccalauréat, de préférence professionnel ou technologique industriel. Trouver une entreprise d’accueil (nous vous aidons).',
    audiences: ['jeunes', 'etudiants', 'salaries-en-reconversion'],
    seats: 16,
    town: 'dunkerque',
    sessions: [{ startInDays: 56, lengthDays: 730, town: 'Dunkerque', deadlineDaysBefore: 21 }],
    free: true,
    paid: true,
  },
  {
    key: 'ingenieur-genie-industriel-apprentissage',
    title: 'Diplôme d’ingénieur·e en génie industriel par apprentissage',
    summary:
      'Trois ans en alternance pour devenir ingénieur·e de production, de qualité ou de méthodes dans l’industrie qui se décarbone.',
    description: `## Pour qui ?
Titulaires d’un bac+2 scientifique ou technique (BTS, BUT) qui veulent encadrer, organiser et améliorer la production.

## Le rythme
Alternance entre école et entreprise, avec une période à l’international. Salaire d’apprenti·e pendant les trois ans.`,
    duration: '3 ans en alternance',
    durationHours: 1800,
    format: 'work-study',
    level: 'bac5',
    fundingOptions: [FUNDING.apprentissage],
    prerequisites: 'Bac+2 scientifique ou technique (BTS, BUT, licence 2). Sélection sur dossier et entretien.',
    audiences: ['etudiants', 'jeunes'],
    seats: 24,
    town: 'dunkerque',
    sessions: [{ startInDays: 84, lengthDays: 1095, town: 'Dunkerque', deadlineDaysBefore: 30 }],
    free: true,
    paid: true,
  },
  {
    key: 'caces-r489',
    title: 'CACES® R489 : chariots élévateurs',
    summary:
      'Le certificat indispensable pour conduire un chariot élévateur en entrepôt ou sur un site industriel, en quelques jours.',
    description: `## Ce que vous apprendrez
- Les règles de sécurité et de circulation
- La conduite et les manœuvres de chargement
- Les vérifications avant la prise de poste

Le certificat se termine par un test théorique et pratique. Beaucoup d’entreprises le financent avant l’embauche.`,
    duration: '3 à 5 jours selon les catégories',
    durationHours: 35,
    format: 'continuing',
    level: 'none',
    fundingOptions: [FUNDING.cpf, FUNDING.aif, FUNDING.employeur],
    prerequisites: 'Avoir 18 ans, être apte médicalement. Comprendre les consignes écrites de sécurité.',
    audiences: ['demandeurs-d-emploi', 'beneficiaires-du-rsa', 'jeunes', 'habitants-des-qpv'],
    seats: 8,
    town: 'loon-plage',
    sessions: [
      { startInDays: 18, lengthDays: 4, town: 'Loon-Plage', deadlineDaysBefore: 7 },
      { startInDays: 46, lengthDays: 4, town: 'Loon-Plage', deadlineDaysBefore: 7 },
      { startInDays: 81, lengthDays: 4, town: 'Loon-Plage', deadlineDaysBefore: 7 },
    ],
    free: false,
    paid: false,
  },
  {
    key: 'habilitations-electriques-securite',
    title: 'Habilitations électriques et sécurité industrielle',
    summary:
      'Les habilitations et formations sécurité demandées à l’embauche sur les sites industriels : risque électrique, travail en hauteur, gestes de premiers secours.',
    description: `## Le contenu
- Habilitation électrique adaptée au poste visé
- Sensibilisation au travail en hauteur et aux espaces confinés
- Sauveteur secouriste du travail

Un plus pour tous les métiers de la maintenance et de la production.`,
    duration: '2 semaines',
    durationHours: 70,
    format: 'continuing',
    level: 'none',
    fundingOptions: [FUNDING.cpf, FUNDING.aif, FUNDING.employeur],
    prerequisites: 'Projet dans la maintenance ou la production industrielle. Pour l’habilitation électrique, des bases en électricité selon le niveau visé.',
    audiences: ['demandeurs-d-emploi', 'salaries-en-reconversion', 'seniors'],
    seats: 10,
    town: 'grande-synthe',
    sessions: [
      { startInDays: 25, lengthDays: 12, town: 'Grande-Synthe', deadlineDaysBefore: 10 },
      { startInDays: 74, lengthDays: 12, town: 'Grande-Synthe', deadlineDaysBefore: 10 },
    ],
    free: false,
    paid: false,
  },
  {
    key: 'tp-soudeur-assembleur-industriel',
    title: 'Titre professionnel Soudeur·se assembleur·se industriel·le',
    summary:
      'Une formation qualifiante pour apprendre à souder et assembler des structures métalliques, très demandée par la métallurgie, l’énergie et le BTP.',
    description: `## Au programme
- Lecture de plans et préparation des pièces
- Soudage semi-automatique et à l’électrode enrobée
- Assemblage et contrôle des ensembles soudés

La formation comprend un stage en entreprise et se termine par le passage du titre professionnel devant un jury.`,
    duration: '7 mois dont 6 semaines en entreprise',
    durationHours: 900,
    format: 'continuing',
    level: 'cap',
    fundingOptions: [FUNDING.aif, FUNDING.cpf, FUNDING.ptp],
    prerequisites: 'Bonne condition physique, habileté manuelle. Un test de positionnement est organisé avant l’entrée.',
    audiences: ['demandeurs-d-emploi', 'salaries-en-reconversion', 'femmes', 'jeunes'],
    seats: 12,
    town: 'coudekerque-branche',
    sessions: [{ startInDays: 40, lengthDays: 210, town: 'Coudekerque-Branche', deadlineDaysBefore: 14 }],
    free: true,
    paid: true,
  },
  {
    key: 'tp-preparateur-commandes',
    title: 'Titre professionnel Préparateur·rice de commandes en entrepôt',
    summary:
      'Une formation courte pour entrer dans la logistique : préparation de commandes, conduite de chariots et gestion des stocks.',
    description: `## Au programme
- Préparation et contrôle des commandes
- Conduite de chariots (avec préparation du CACES®)
- Réception et stockage des marchandises

Stage pratique en entrepôt inclus.`,
    duration: '3 mois dont 4 semaines en entreprise',
    durationHours: 420,
    format: 'continuing',
    level: 'cap',
    fundingOptions: [FUNDING.aif, FUNDING.cpf],
    prerequisites: 'Aucun diplôme exigé. Aptitude au port de charges et au travail debout.',
    audiences: ['demandeurs-d-emploi', 'beneficiaires-du-rsa', 'habitants-des-qpv', 'seniors'],
    seats: 12,
    town: 'gravelines',
    sessions: [
      { startInDays: 30, lengthDays: 90, town: 'Gravelines', deadlineDaysBefore: 10 },
      { startInDays: 95, lengthDays: 90, town: 'Gravelines', deadlineDaysBefore: 10 },
    ],
    free: true,
    paid: true,
  },
  {
    key: 'licence-pro-qhse',
    title: 'Licence professionnelle Qualité, hygiène, sécurité, santé, environnement',
    summary:
      'Une licence en alternance pour devenir animateur·rice HSE ou qualité sur les sites industriels du territoire.',
    description: `## Au programme
- Évaluation des risques professionnels et environnementaux
- Systèmes de management qualité, sécurité, environnement
- Réglementation des sites industriels

Alternance en entreprise pendant toute l’année universitaire.`,
    duration: '1 an en alternance',
    durationHours: 550,
    format: 'work-study',
    level: 'bac3',
    fundingOptions: [FUNDING.apprentissage, FUNDING.professionnalisation, FUNDING.ptp],
    prerequisites: 'Bac+2 (BTS, BUT, L2) scientifique ou technique, ou expérience professionnelle validée.',
    audiences: ['etudiants', 'salaries-en-reconversion'],
    seats: 20,
    town: 'dunkerque',
    sessions: [{ startInDays: 70, lengthDays: 365, town: 'Dunkerque', deadlineDaysBefore: 30 }],
    free: true,
    paid: true,
  },
  {
    key: 'reconversion-operateur-batteries',
    title: 'Reconversion : opérateur·rice de production en gigafactory',
    summary:
      'Un parcours pour rejoindre les usines de batteries, même sans expérience industrielle : découverte des procédés, salle propre, sécurité et stage en entreprise.',
    description: `## Le parcours
1. Information collective et visite de site
2. Remise à niveau et préparation au travail en salle propre
3. Formation aux gestes de production et à la qualité
4. Stage en entreprise et passage du titre professionnel Agent·e de fabrication industrielle

## Pour qui ?
Personnes en recherche d’emploi ou en reconversion, quel que soit leur parcours. Les femmes sont particulièrement encouragées à candidater.`,
    duration: '5 mois dont 8 semaines en entreprise',
    durationHours: 630,
    format: 'retraining',
    level: 'cap',
    fundingOptions: [FUNDING.aif, FUNDING.ptp, FUNDING.cpf],
    prerequisites: 'Savoir lire et compter. Être disponible pour travailler en équipes. Aucun diplôme exigé.',
    audiences: ['demandeurs-d-emploi', 'femmes', 'beneficiaires-du-rsa', 'salaries-en-reconversion', 'habitants-des-qpv'],
    seats: 15,
    town: 'bourbourg',
    sessions: [
      { startInDays: 28, lengthDays: 150, town: 'Bourbourg', deadlineDaysBefore: 10 },
      { startInDays: 90, lengthDays: 150, town: 'Loon-Plage', deadlineDaysBefore: 14 },
    ],
    free: true,
    paid: true,
  },
  {
    key: 'reconversion-technicien-maintenance',
    title: 'Reconversion : technicien·ne de maintenance industrielle',
    summary:
      'Un parcours qualifiant pour devenir technicien·ne de maintenance, métier recherché dans toutes les filières, en valorisant votre expérience.',
    description: `## Le parcours
- Positionnement et reconnaissance de vos acquis
- Mécanique, électricité, automatismes et diagnostic
- Stage en entreprise et titre professionnel Technicien·ne de maintenance industrielle

## Le financement
Salarié·e : le projet de transition professionnelle peut maintenir votre rémunération pendant la formation. Demandeur ou demandeuse d’emploi : parlez-en à votre conseiller·ère.`,
    duration: '9 mois dont 12 semaines en entreprise',
    durationHours: 1200,
    format: 'retraining',
    level: 'bac',
    fundingOptions: [FUNDING.ptp, FUNDING.aif, FUNDING.cpf],
    prerequisites: 'Expérience professionnelle, idéalement technique. Test de positionnement en mathématiques et en électricité.',
    audiences: ['salaries-en-reconversion', 'demandeurs-d-emploi', 'seniors', 'personnes-en-situation-de-handicap'],
    seats: 12,
    town: 'dunkerque',
    sessions: [{ startInDays: 63, lengthDays: 270, town: 'Dunkerque', deadlineDaysBefore: 21 }],
    free: true,
    paid: true,
  },
  {
    key: 'reconversion-pilote-installations-bas-carbone',
    title: 'Piloter les installations de l’industrie bas carbone',
    summary:
      'Pour les opérateurs et opératrices de la sidérurgie, du verre, du ciment ou de la chimie : se former aux nouveaux procédés électriques et à l’hydrogène.',
    description: `## Pourquoi ce parcours ?
La transformation des procédés de production de l’acier, du ciment, du verre et de la chimie change les métiers. Vos compétences de conduite sont précieuses : ce parcours les complète.

## Au programme
- Électrification des procédés et pilotage numérique
- Sécurité des installations à hydrogène
- Captage et valorisation du CO₂`,
    duration: '10 semaines',
    durationHours: 350,
    format: 'retraining',
    level: 'bac',
    fundingOptions: [FUNDING.employeur, FUNDING.ptp, FUNDING.cpf],
    prerequisites: 'Expérience de conduite d’installation industrielle d’au moins deux ans.',
    audiences: ['salaries-en-reconversion', 'seniors'],
    seats: 12,
    town: 'gravelines',
    sessions: [
      { startInDays: 21, lengthDays: 70, town: 'Gravelines', deadlineDaysBefore: 7 },
      { startInDays: 105, lengthDays: 70, town: 'Dunkerque', deadlineDaysBefore: 14 },
    ],
    free: false,
    paid: true,
  },
  {
    key: 'tsmel-reconversion',
    title: 'Titre professionnel Technicien·ne supérieur·e en méthodes et exploitation logistique',
    summary:
      'Un bac+2 en reconversion pour encadrer et organiser les flux d’un entrepôt ou d’un site industriel.',
    description: `## Au programme
- Organisation des flux et gestion des stocks
- Management d’équipe et indicateurs
- Transport, douane et logistique internationale

Une période en entreprise permet de mettre en pratique sur un site du territoire.`,
    duration: '8 mois dont 10 semaines en entreprise',
    durationHours: 1050,
    format: 'retraining',
    level: 'bac2',
    fundingOptions: [FUNDING.ptp, FUNDING.aif, FUNDING.cpf, FUNDING.professionnalisation],
    prerequisites: 'Niveau bac et première expérience en logistique, transport ou encadrement.',
    audiences: ['salaries-en-reconversion', 'demandeurs-d-emploi', 'talents-hors-bassin'],
    seats: 14,
    town: 'loon-plage',
    sessions: [{ startInDays: 49, lengthDays: 240, town: 'Loon-Plage', deadlineDaysBefore: 14 }],
    free: true,
    paid: true,
  },
  {
    key: 'decouvrir-l-industrie',
    title: 'Découvrir l’industrie en 4 semaines',
    summary:
      'Un parcours court pour découvrir les métiers de l’industrie, visiter des sites, tester des gestes et construire son projet avant de se lancer.',
    description: `## Le programme
- Visites d’entreprises et de lieux ressources du territoire
- Ateliers pratiques et casques de réalité virtuelle
- Rencontres avec des salarié·es et des recruteurs
- Préparation aux entretiens et aux tests de recrutement

À l’issue du parcours, vous savez vers quel métier et quelle formation vous orienter.`,
    duration: '4 semaines à temps plein',
    durationHours: 140,
    format: 'continuing',
    level: 'none',
    fundingOptions: [FUNDING.aif],
    prerequisites: 'Aucun. Ouvert aux personnes en recherche d’emploi, quel que soit leur âge ou leur parcours.',
    audiences: ['demandeurs-d-emploi', 'beneficiaires-du-rsa', 'femmes', 'habitants-des-qpv', 'jeunes', 'personnes-en-situation-de-handicap'],
    seats: 16,
    town: 'saint-pol-sur-mer',
    sessions: [
      { startInDays: 14, lengthDays: 26, town: 'Saint-Pol-sur-Mer', deadlineDaysBefore: 5 },
      { startInDays: 56, lengthDays: 26, town: 'Saint-Pol-sur-Mer', deadlineDaysBefore: 5 },
      { startInDays: 98, lengthDays: 26, town: 'Dunkerque', deadlineDaysBefore: 5 },
    ],
    free: true,
    paid: false,
  },
];
