export type CareerStorySeed = {
  key: string;
  firstName: string;
  role: string;
  company: string;
  job: string;
  quote: string;
  story: string;
  audiences: string[];
  palette: string;
  featured: boolean;
};

/** Fictional people, for demonstration only. */
export const CAREER_STORIES: CareerStorySeed[] = [
  {
    key: 'samira',
    firstName: 'Samira',
    role: 'Opératrice de production chez Ampérya Cells',
    company: 'amperya-cells',
    job: 'operateur-production-batteries',
    quote:
      'Après huit ans à la maison avec mes enfants, je pensais que l’industrie n’était pas pour moi. Aujourd’hui je conduis une ligne en salle propre, et mes filles sont fières de leur mère.',
    story: `Samira, 41 ans, habite Coudekerque-Branche. Quand son plus jeune entre au CP, elle pousse la porte du point relais de la place de la Gare « juste pour voir ».

Elle participe à une rencontre dédiée au retour à l’emploi des femmes, essaie un casque de réalité virtuelle qui simule une ligne de production, puis s’inscrit au parcours de reconversion vers les métiers de la batterie.

## Ce qui a tout changé
« On m’a aidée à trouver une solution de garde pour les horaires du matin. Sans ça, je n’aurais pas pu dire oui. »

Cinq mois plus tard, elle signe un CDI. Elle travaille en équipe du matin et d’après-midi, et vise déjà un poste de régleuse.`,
    audiences: ['femmes', 'demandeurs-d-emploi'],
    palette: 'navy',
    featured: true,
  },
  {
    key: 'kevin',
    firstName: 'Kevin',
    role: 'Apprenti technicien de maintenance chez Atelier Wateringue Maintenance',
    company: 'atelier-wateringue-maintenance',
    job: 'technicien-maintenance-industrielle',
    quote:
      'Je croyais qu’il fallait partir à Lille pour trouver un bon métier. En fait, l’alternance m’a ouvert les portes d’une entreprise à dix minutes de chez moi, et je suis payé pendant que j’apprends.',
    story: `Kevin, 22 ans, a grandi à Grande-Synthe. Après un bac pro commencé sans conviction, il enchaîne les missions d’intérim.

Lors d’un passage de la Factory Mobile, il discute avec un technicien qui lui montre, tablette en main, comment on diagnostique une panne. Le déclic.

## Aujourd’hui
Il prépare un BTS Maintenance des systèmes en alternance. Deux semaines à l’école, deux semaines sur le terrain, et un tuteur qui lui confie de plus en plus d’interventions.`,
    audiences: ['jeunes', 'habitants-des-qpv'],
    palette: 'teal',
    featured: true,
  },
  {
    key: 'jean-marc',
    firstName: 'Jean-Marc',
    role: 'Conducteur du nouveau four électrique chez Aciérie Nord Bas-Carbone',
    company: 'acierie-nord-bas-carbone',
    job: 'conducteur-installation-production-metaux',
    quote:
      'Trente ans de métier et j’ai retrouvé l’envie d’apprendre. Le four électrique, c’est une autre façon de faire de l’acier, et c’est moi qui forme les jeunes qui arrivent.',
    story: `Jean-Marc, 57 ans, a toujours travaillé dans l’acier. Quand son entreprise annonce la fin progressive des installations au charbon, il s’inquiète : « À mon âge, qu’est-ce que je vais devenir ? »

Il suit le parcours « Piloter les installations de l’industrie bas carbone » : pilotage numérique, sécurité hydrogène, nouveaux procédés.

## Transmettre
Aujourd’hui, il conduit le nouveau four et parraine les nouvelles recrues. « Mon expérience compte, elle n’est juste plus utilisée de la même façon. »`,
    audiences: ['seniors', 'salaries-en-reconversion'],
    palette: 'steel',
    featured: false,
  },
  {
    key: 'nadia',
    firstName: 'Nadia',
    role: 'Agente de tri et de valorisation chez Boucle Nord Recyclage',
    company: 'boucle-nord-recyclage',
    job: 'agent-tri-valorisation',
    quote:
      'Au RSA, je ne savais plus par où commencer. Quatre semaines pour découvrir l’industrie m’ont redonné confiance. Maintenant je recycle des batteries, et j’explique mon métier à mes voisins.',
    story: `Nadia, 36 ans, vit à Saint-Pol-sur-Mer. Bénéficiaire du RSA depuis trois ans, elle vient au point relais de son quartier pour une information collective, accompagnée par sa référente.

Elle rejoint le parcours « Découvrir l’industrie en 4 semaines » : visites de sites, ateliers pratiques, rencontres avec des recruteurs.

## Le premier contrat
Boucle Nord Recyclage la recrute à l’issue d’un job dating au point relais. Elle a depuis obtenu son CACES® et forme à son tour les nouvelles arrivantes sur le poste de tri.`,
    audiences: ['beneficiaires-du-rsa', 'femmes', 'habitants-des-qpv'],
    palette: 'green',
    featured: true,
  },
  {
    key: 'thomas',
    firstName: 'Thomas',
    role: 'Technicien de laboratoire chez Chimivert Synthèse',
    company: 'chimivert-synthese',
    job: 'technicien-laboratoire',
    quote:
      'Après mon accident, je ne pouvais plus porter de charges. Mon poste a été aménagé et on m’a fait confiance. Le handicap n’a jamais été un sujet, mes compétences, si.',
    story: `Thomas, 31 ans, était maçon. Un accident du dos l’oblige à changer de voie ; il obtient la reconnaissance de la qualité de travailleur handicapé.

Au point relais, il découvre les métiers de laboratoire de la chimie verte, compatibles avec ses restrictions. Une formation courte et un stage plus tard, il est embauché.

## Un poste adapté
Paillasse à hauteur réglable, charges limitées, pauses aménagées : « Tout s’est décidé avec moi, simplement. »`,
    audiences: ['personnes-en-situation-de-handicap', 'salaries-en-reconversion'],
    palette: 'green',
    featured: false,
  },
  {
    key: 'ines',
    firstName: 'Inès',
    role: 'Apprentie ingénieure procédés chez Cathodia Matériaux',
    company: 'cathodia-materiaux',
    job: 'ingenieur-rd-procedes',
    quote:
      'Je voulais un métier utile pour le climat. Mettre au point des matériaux de batteries qui intègrent des métaux recyclés, c’est exactement ça, et c’est ici, à Dunkerque.',
    story: `Inès, 23 ans, termine un BUT Génie chimique quand elle rencontre Cathodia Matériaux lors d’un after-work au point relais de la gare.

Elle poursuit en école d’ingénieur par apprentissage. Sa mission : optimiser la part de matières recyclées dans les poudres de cathode.

## Rester sur le territoire
« Beaucoup de mes camarades pensaient partir. Je leur montre que les projets les plus innovants sont en train de se construire ici. »`,
    audiences: ['etudiants', 'jeunes'],
    palette: 'plum',
    featured: false,
  },
  {
    key: 'mehdi',
    firstName: 'Mehdi',
    role: 'Conducteur d’engins portuaires chez Quai Nord Logistique',
    company: 'quai-nord-logistique',
    job: 'conducteur-engins-portuaires',
    quote:
      'J’ai commencé par le CACES® chariot, puis l’entreprise m’a formé aux engins lourds. Voir arriver les navires depuis ma cabine, je ne m’en lasse pas.',
    story: `Mehdi, 27 ans, habite Saint-Pol-sur-Mer. Après plusieurs emplois courts, il se renseigne à la Factory Mobile sur les métiers du port.

Il passe son CACES® R489, décroche un premier contrat de cariste, puis l’entreprise le forme à la conduite d’engins portuaires.

## Et demain ?
Il prépare son évolution vers un poste de chef d’équipe. « Ici, on te fait évoluer si tu es motivé. »`,
    audiences: ['habitants-des-qpv', 'demandeurs-d-emploi', 'jeunes'],
    palette: 'sea',
    featured: false,
  },
  {
    key: 'elodie',
    firstName: 'Élodie',
    role: 'Ingénieure qualité chez Ampérya Cells',
    company: 'amperya-cells',
    job: 'ingenieur-qualite',
    quote:
      'J’ai quitté Lyon pour un projet unique en Europe. Entre la mer, un logement trouvé en quelques semaines et des bus gratuits, ma famille s’est installée plus vite que prévu.',
    story: `Élodie, 34 ans, était ingénieure qualité dans l’automobile à Lyon. L’annonce d’une gigafactory à Dunkerque l’intrigue ; elle vient passer un week-end.

Au point relais, on lui présente les quartiers, les solutions de logement et les écoles. Son conjoint rencontre deux entreprises lors d’un job dating.

## Une nouvelle vie
« Je ne connaissais Dunkerque que par le carnaval. Aujourd’hui je dis à mes anciens collègues de venir voir. »`,
    audiences: ['talents-hors-bassin'],
    palette: 'dusk',
    featured: false,
  },
  {
    key: 'francis',
    firstName: 'Francis',
    role: 'Pilote d’installation verrière chez Verrerie Cap Blanc',
    company: 'verrerie-cap-blanc',
    job: 'pilote-installation-verriere',
    quote:
      'Le four électrique a tout changé : moins de chaleur, plus d’écrans, plus de précision. J’ai eu peur de ne pas suivre, on m’a formé, et j’ai suivi.',
    story: `Francis, 49 ans, travaille depuis vingt ans dans le verre. Quand la verrerie annonce son passage au four électrique, il craint pour son poste.

Son employeur l’inscrit au parcours sur les installations bas carbone. Il découvre le pilotage numérique et la gestion du verre recyclé.

## Fier de son métier
« On fabrique les mêmes bouteilles, mais en émettant beaucoup moins. Mes petits-enfants trouvent ça plus cool que moi. »`,
    audiences: ['salaries-en-reconversion', 'seniors'],
    palette: 'sand',
    featured: false,
  },
  {
    key: 'aurore',
    firstName: 'Aurore',
    role: 'Opératrice de fabrication chimique chez Cathodia Matériaux',
    company: 'cathodia-materiaux',
    job: 'operateur-fabrication-chimique',
    quote:
      'Maman solo, je pensais que les 3×8 étaient impossibles. Avec une solution de garde en horaires décalés et un planning connu à l’avance, j’ai pu accepter le poste.',
    story: `Aurore, 29 ans, élève seule son fils de quatre ans. Le travail posté lui fait peur : « Qui garde mon fils à 5 heures du matin ? »

Lors d’un temps de levée des freins au point relais de Saint-Pol-sur-Mer, elle rencontre des partenaires qui lui présentent des solutions de garde en horaires atypiques.

## Aujourd’hui
Elle conduit les réacteurs depuis la salle de contrôle et suit une formation pour évoluer vers un poste de technicienne.`,
    audiences: ['femmes', 'demandeurs-d-emploi'],
    palette: 'teal',
    featured: false,
  },
  {
    key: 'yanis',
    firstName: 'Yanis',
    role: 'Apprenti soudeur chez Métallerie Opale Avenir',
    company: 'metallerie-opale-avenir',
    job: 'soudeur',
    quote:
      'J’avais arrêté l’école à 16 ans. Ici, on m’a laissé essayer, j’ai soudé ma première pièce en une semaine. Maintenant je passe mes qualifications.',
    story: `Yanis, 19 ans, a quitté le lycée sans diplôme. Sa conseillère lui propose une visite du Job Labo, puis une journée d’immersion dans une métallerie.

Il signe un contrat d’apprentissage et prépare un titre de soudeur. Son tuteur, soudeur depuis trente ans, lui transmet les gestes.

## Son conseil
« Allez voir les ateliers. On ne sait pas qu’on aime un métier tant qu’on ne l’a pas essayé. »`,
    audiences: ['jeunes'],
    palette: 'steel',
    featured: false,
  },
  {
    key: 'christelle',
    firstName: 'Christelle',
    role: 'Préparatrice de commandes chez Batterix Flandre Modules',
    company: 'batterix-flandre-modules',
    job: 'preparateur-commandes',
    quote:
      'À 54 ans, après des années à m’occuper de ma mère, je n’osais plus postuler. Le job dating sans rendez-vous m’a permis de me présenter telle que je suis. J’ai été prise.',
    story: `Christelle, 54 ans, a mis sa carrière entre parenthèses pour accompagner sa mère malade. Quand elle veut reprendre, les annonces la découragent.

Une voisine lui parle du job dating organisé au point relais de la gare. Elle y va, sans CV à jour.

## Un nouveau départ
Batterix Flandre Modules la recrute comme préparatrice de commandes. « L’équipe est jeune, ils m’appellent la mémoire de l’atelier. Ça me fait rire. »`,
    audiences: ['seniors', 'femmes', 'demandeurs-d-emploi'],
    palette: 'plum',
    featured: false,
  },
];
