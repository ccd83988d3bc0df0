/*
 * Word pools of the scale data set: fictional companies, people and events of the Dunkirk basin.
 * Apostrophes are plain here; the demo seed's typoDeep() turns them into typographic ones and adds
 * the non-breaking spaces before : ; ! ?.
 */

/** What a company of a sector is called and what it does, by demo sector key. */
export const SECTOR_WORDS: Record<string, { forms: string[]; activities: string[] }> = {
  batteries: {
    forms: ['Cellules', 'Batteries', 'Modules', 'Électrochimie', 'Cathodes', 'Packs'],
    activities: [
      'assemble des modules de batteries pour les constructeurs automobiles européens',
      'fabrique des matériaux de cathode pour les gigafactories du littoral',
      'conçoit et teste des packs de batteries pour les véhicules utilitaires',
    ],
  },
  'siderurgie-metallurgie-decarbonee': {
    forms: ['Aciers', 'Forges', 'Métallerie', 'Fonderie', 'Laminage', 'Tôlerie'],
    activities: [
      'transforme de l’acier bas carbone en pièces pour l’énergie et le bâtiment',
      'usine et assemble des pièces métalliques de grande dimension',
      'produit des tôles et profilés à partir d’acier recyclé',
    ],
  },
  'chimie-verte': {
    forms: ['Chimie', 'Biosourcés', 'Procédés', 'Polymères', 'Hydrogène vert', 'Carbone circulaire'],
    activities: [
      'produit des molécules biosourcées pour l’industrie et la cosmétique',
      'développe des procédés de capture et de valorisation du CO2',
      'fabrique de l’hydrogène bas carbone pour les industriels du port',
    ],
  },
  'verre-ciment-mineraux': {
    forms: ['Verrerie', 'Ciments', 'Minéraux', 'Bétons', 'Céramiques'],
    activities: [
      'fabrique des ciments bas carbone à partir de laitiers de hauts fourneaux',
      'produit du verre plat pour le bâtiment et le photovoltaïque',
      'transforme des minéraux industriels pour la construction',
    ],
  },
  recyclage: {
    forms: ['Recyclage', 'Valorisation', 'Récupération', 'Circularité', 'Démantèlement'],
    activities: [
      'collecte, trie et recycle les métaux et les déchets industriels du bassin',
      'recycle les batteries en fin de vie et en récupère les métaux',
      'valorise les plastiques et les textiles en nouvelles matières premières',
    ],
  },
  'logistique-portuaire': {
    forms: ['Logistique', 'Manutention', 'Transports', 'Entrepôts', 'Levage', 'Shipping'],
    activities: [
      'organise le transport et le stockage des marchandises du port de Dunkerque',
      'charge et décharge les navires et gère des entrepôts sous douane',
      'assure la logistique des chantiers industriels du littoral',
    ],
  },
  energie: {
    forms: ['Énergies', 'Éolien', 'Thermique', 'Réseaux', 'Solaire', 'Électricité'],
    activities: [
      'installe et entretient des éoliennes en mer et sur terre',
      'construit et exploite des réseaux de chaleur alimentés par la chaleur fatale',
      'raccorde les nouvelles usines au réseau électrique haute tension',
    ],
  },
  'btp-maintenance-industrielle': {
    forms: ['Maintenance', 'Chaudronnerie', 'Tuyauterie', 'Échafaudages', 'Électricité industrielle', 'Génie civil'],
    activities: [
      'entretient et répare les équipements des sites industriels du bassin',
      'construit les bâtiments et les infrastructures des nouvelles usines',
      'réalise la tuyauterie et la chaudronnerie des grands arrêts techniques',
    ],
  },
};

export const GENERIC_WORDS = {
  forms: ['Industries', 'Services', 'Ateliers', 'Solutions', 'Technologies'],
  activities: ['accompagne les industriels du littoral dans leurs projets de décarbonation'],
};

/** Second part of a company name: local places and surnames of French Flanders. */
export const NAME_CORES = [
  'du Littoral',
  'de la Côte d’Opale',
  'des Flandres',
  'du Westhoek',
  'de l’Aa',
  'des Moëres',
  'du Port Ouest',
  'de la Colme',
  'des Dunes',
  'du Beffroi',
  'de l’Estran',
  'des Wateringues',
  'du Clipon',
  'de la Digue',
  'Vandamme',
  'Deswarte',
  'Lefebvre',
  'Vanhove',
  'Dewaele',
  'Baert',
  'Verhaeghe',
  'Delattre',
  'Vandenbussche',
  'Coussement',
  'Declercq',
  'Ryckebusch',
  'Maes',
  'Vermeersch',
  'Lemaire',
  'Dufour',
  'Caron',
  'Vanpeperstraete',
  'Debaecker',
  'Hennebelle',
];

export const NAME_ENDINGS = ['', ' et Fils', ' Industrie', ' Services', ' Nord', ' Environnement', ' Process', ' Groupe'];

export const STREETS = [
  'rue de l’Industrie',
  'avenue de l’Europe',
  'route du Port',
  'quai des Flandres',
  'rue des Forges',
  'boulevard de l’Aa',
  'chemin des Wateringues',
  'rue du Clipon',
  'avenue des Dunes',
  'rue de la Gare',
];

export const HIRING = [
  'Recrute en production, maintenance et logistique, avec ou sans diplôme.',
  'Forme ses nouvelles recrues à ses métiers pendant plusieurs semaines.',
  'Ouvre des postes en alternance chaque rentrée.',
  'Cherche des profils techniques et des personnes en reconversion.',
  'Accueille des stagiaires et des apprentis toute l’année.',
];

export const WORK_ENVIRONMENTS = [
  'Ateliers modernes, équipes à taille humaine et tutorat pendant les premiers mois.',
  'Travail en équipes postées, primes de nuit et de week-end, restaurant d’entreprise.',
  'Site accessible en bus depuis Dunkerque, horaires de journée, télétravail possible pour les fonctions support.',
  'Parcours d’intégration de trois semaines et formation continue aux nouveaux procédés.',
];

export const DECARBONATION = [
  'Électricité bas carbone et récupération de la chaleur des fours.',
  'Plan de réduction de 40 % des émissions d’ici 2030, flotte de véhicules électriques.',
  'Matières premières recyclées et transport des marchandises par le rail et le canal.',
  'Panneaux solaires sur les toitures et suivi mensuel de la consommation d’énergie.',
];

/** Qualifiers of a job title, epicene with feminine and masculine forms. */
export const JOB_QUALIFIERS: { epicene: string; feminine: string; masculine: string }[] = [
  { epicene: 'en équipe postée', feminine: 'en équipe postée', masculine: 'en équipe postée' },
  { epicene: 'en salle propre', feminine: 'en salle propre', masculine: 'en salle propre' },
  { epicene: 'confirmé·e', feminine: 'confirmée', masculine: 'confirmé' },
  { epicene: 'débutant·e', feminine: 'débutante', masculine: 'débutant' },
  { epicene: 'en alternance', feminine: 'en alternance', masculine: 'en alternance' },
  { epicene: 'filière hydrogène', feminine: 'filière hydrogène', masculine: 'filière hydrogène' },
  { epicene: 'filière batteries', feminine: 'filière batteries', masculine: 'filière batteries' },
  { epicene: 'grands arrêts', feminine: 'grands arrêts', masculine: 'grands arrêts' },
  { epicene: 'sur site portuaire', feminine: 'sur site portuaire', masculine: 'sur site portuaire' },
  { epicene: 'spécialité robotique', feminine: 'spécialité robotique', masculine: 'spécialité robotique' },
  { epicene: 'spécialité énergie', feminine: 'spécialité énergie', masculine: 'spécialité énergie' },
  { epicene: 'référent·e sécurité', feminine: 'référente sécurité', masculine: 'référent sécurité' },
];

export const FIRST_NAMES: { name: string; feminine: boolean }[] = [
  ...['Samira', 'Léa', 'Chloé', 'Inès', 'Manon', 'Camille', 'Sarah', 'Nadia', 'Emma', 'Aïcha', 'Julie', 'Laura', 'Océane', 'Fatima', 'Sophie', 'Élodie', 'Marion', 'Yasmine', 'Pauline', 'Clémence', 'Amandine', 'Justine', 'Nathalie', 'Sandrine', 'Karima', 'Mélanie', 'Audrey', 'Lucie', 'Anaïs', 'Maëlys'].map(
    (name) => ({ name, feminine: true }),
  ),
  ...['Kevin', 'Mehdi', 'Thomas', 'Lucas', 'Hugo', 'Maxime', 'Nicolas', 'Yanis', 'Julien', 'Romain', 'Karim', 'Anthony', 'Jordan', 'Bastien', 'Florian', 'Sébastien', 'Mathis', 'Théo', 'Rayan', 'Quentin', 'Dylan', 'Jérôme', 'Franck', 'Mohamed', 'Steven', 'Benoît', 'Loïc', 'Adrien', 'Valentin', 'Gaëtan'].map(
    (name) => ({ name, feminine: false }),
  ),
];

export const STORY_PATHS = [
  'Après plusieurs années en intérim, {name} pousse la porte d’un point relais « juste pour voir ».',
  '{name} a travaillé dix ans dans le commerce avant de découvrir l’industrie lors d’un job dating.',
  'Sortie du lycée sans projet précis, {name} découvre les métiers du port lors d’une visite au Port Center.',
  '{name} a suivi une reconversion après un licenciement économique, avec le soutien de Transition Pro.',
  'Au chômage depuis deux ans, {name} a repris confiance grâce à une formation courte et rémunérée.',
  'Étudiant·e à Dunkerque, {name} a choisi l’alternance pour apprendre un métier en étant payé·e.',
];

export const STORY_TURNS = [
  'On m’a aidé·e à trouver une solution de garde pour les horaires du matin.',
  'Le casque de réalité virtuelle m’a montré que je pouvais le faire.',
  'Mon tuteur m’a tout appris, avec patience.',
  'La formation était payée et près de chez moi : je n’avais plus d’excuse.',
  'Je ne pensais pas que mon expérience comptait autant pour une usine.',
];

export const QUOTES = [
  'Je pensais que l’industrie n’était pas pour moi. Aujourd’hui je suis fier·e de ce que je fabrique, et je vois l’avenir autrement.',
  'On m’a fait confiance sans diplôme. En un an, j’ai appris un métier et signé un CDI à vingt minutes de chez moi.',
  'Travailler sur un site qui réduit ses émissions, ça donne du sens à chaque journée.',
  'L’alternance m’a ouvert les portes d’une entreprise du bassin : je suis payé·e pendant que j’apprends.',
  'Changer de métier à quarante ans, c’était possible. Il suffisait d’oser pousser la porte.',
  'Les équipes sont soudées, on s’entraide, et il y a de vraies perspectives d’évolution.',
];

export const EVENT_TITLES: Record<string, string[]> = {
  'info-session': ['Information collective : les métiers {sector}', 'Réunion d’information : se former aux métiers {sector}'],
  'job-dating': ['Job dating avec {company}', 'Job dating {sector} à {town}'],
  'partner-desk': ['Permanence {partner}', 'Rendez-vous conseil avec {partner}'],
  'thematic-visit': ['Visite thématique : dans les coulisses de {company}', 'Visite d’entreprise : {company}'],
  'barrier-removal': ['Garde d’enfants et reprise d’emploi à {town}', 'Bouger sans voiture : se rendre au travail depuis {town}'],
  'after-work': ['After-work des métiers {sector}', 'After-work 20 000 à {town}'],
  'mobile-stop': ['La Fabuleuse Factory Mobile à {town}', 'Le camion des métiers fait étape à {town}'],
  fair: ['Forum de l’emploi industriel de {town}', 'Salon des métiers {sector}'],
};

/** « les métiers de la batterie »: how each sector reads after « les métiers ». */
export const SECTOR_OF: Record<string, string> = {
  batteries: 'de la batterie',
  'siderurgie-metallurgie-decarbonee': 'de l’acier bas carbone',
  'chimie-verte': 'de la chimie verte',
  'verre-ciment-mineraux': 'du verre et du ciment',
  recyclage: 'du recyclage',
  'logistique-portuaire': 'du port et de la logistique',
  energie: 'de l’énergie',
  'btp-maintenance-industrielle': 'de la maintenance industrielle',
};

export const EVENT_SUMMARIES: Record<string, string> = {
  'info-session': 'Une heure pour découvrir les métiers, les formations et les entreprises qui recrutent, et poser toutes vos questions.',
  'job-dating': 'Des entretiens courts avec les recruteurs, sans CV obligatoire : venez avec votre motivation.',
  'partner-desk': 'Un conseiller ou une conseillère vous reçoit pour faire le point sur votre projet, avec ou sans rendez-vous.',
  'thematic-visit': 'Une visite guidée pour voir les métiers en vrai et échanger avec les équipes.',
  'barrier-removal': 'Des solutions concrètes pour lever les freins à la reprise d’un emploi : mobilité, garde d’enfants, logement.',
  'after-work': 'Un moment convivial pour rencontrer celles et ceux qui font l’industrie du territoire.',
  'mobile-stop': 'Le camion des métiers s’arrête près de chez vous : casques de réalité virtuelle, informations et conseils.',
  fair: 'Une journée pour rencontrer des dizaines d’entreprises et d’organismes de formation au même endroit.',
};

export const EVENT_HOURS: [number, number][] = [
  [9, 0],
  [9, 30],
  [10, 0],
  [14, 0],
  [14, 30],
  [17, 30],
];
