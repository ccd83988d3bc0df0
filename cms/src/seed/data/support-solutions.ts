import { AUDIENCES } from './audiences';
export type Theme = 'housing' | 'mobility' | 'childcare' | 'insertion' | 'funding' | 'disability' | 'health';

export type SupportSolutionSeed = {
  key: string;
  title: string;
  theme: Theme;
  summary: string;
  description: string;
  provider?: string;
  audiences: string[];
  howToAccess: string;
  url?: string;
  email?: string;
  towns: string[];
};

const BASIN = [
  'dunkerque',
  'saint-pol-sur-mer',
  'grande-synthe',
  'gravelines',
  'coudekerque-branche',
  'loon-plage',
  'bourbourg',
  'bergues',
  'teteghem-coudekerque-village',
  'leffrinckoucke',
  'cappelle-la-grande',
];

/**
 * Support solutions described as what a relay point helps you reach; no phone number or
 * address is invented, only clearly fictional demo contacts.
 */
export const SUPPORT_SOLUTIONS: SupportSolutionSeed[] = [
  {
    key: 'reseau-de-bus-gratuit',
    title: 'Réseau de bus gratuit du Dunkerquois',
    theme: 'mobility',
    summary:
      'Sur l’agglomération dunkerquoise, les bus sont gratuits pour tout le monde : pour aller aux points relais, aux visites, en formation ou au travail.',
    description: `Pas besoin de titre de transport : montez, c’est gratuit, tous les jours. Le principal pôle d’échange des bus se trouve à la gare de Dunkerque, juste à côté du point relais de la place de la Gare.

## Bon à savoir
- Les visites 20 000 emplois sont accessibles en bus
- Les conseillers des points relais vous aident à préparer votre trajet vers un entretien ou un site industriel
- Pour les horaires de nuit des équipes postées, parlez-en : d’autres solutions existent (covoiturage, navettes d’entreprise)`,
    provider: 'communaute-urbaine-de-dunkerque',
    audiences: ['demandeurs-d-emploi', 'jeunes', 'etudiants', 'habitants-des-qpv', 'talents-hors-bassin', 'beneficiaires-du-rsa'],
    howToAccess: 'Aucune démarche : montez dans le bus. Les conseillers des points relais vous aident à trouver la bonne ligne.',
    towns: BASIN,
  },
  {
    key: 'se-deplacer-en-horaires-decales',
    title: 'Se déplacer en horaires décalés',
    theme: 'mobility',
    summary:
      'Travailler en 3×8 quand on n’a pas de voiture : covoiturage, aides au permis, location solidaire. On fait le point avec vous.',
    description: `Beaucoup d’emplois industriels se font en équipes, avec des prises de poste très tôt ou très tard. Avant de renoncer à un poste, venez en parler.

## Les pistes à explorer
- Le covoiturage entre salarié·es d’un même site
- Les navettes mises en place par certaines entreprises
- Les aides au permis de conduire et la location de véhicules à tarif solidaire
- Le vélo et le vélo à assistance électrique pour les trajets courts`,
    audiences: ['demandeurs-d-emploi', 'beneficiaires-du-rsa', 'jeunes', 'femmes', 'habitants-des-qpv'],
    howToAccess:
      'Venez au point relais de Dunkerque ou de Saint-Pol-sur-Mer, avec ou sans rendez-vous. Nous étudions votre trajet et vous orientons vers l’aide adaptée.',
    towns: BASIN,
  },
  {
    key: 'trouver-un-logement',
    title: 'Trouver un logement quand on décroche un emploi',
    theme: 'housing',
    summary:
      'Vous arrivez sur le territoire ou devez déménager pour un poste ? Logement temporaire, location, aides à l’installation : on vous oriente.',
    description: `Un emploi qui démarre dans trois semaines, et pas encore de logement ? C’est une situation fréquente, surtout pour les talents qui viennent d’ailleurs.

## Ce que nous faisons
- Vous présenter les quartiers et les communes du bassin
- Vous orienter vers les solutions de logement temporaire et les bailleurs
- Vous informer sur les aides à l’installation liées à l’emploi (dépôt de garantie, caution, aide à la mobilité)`,
    audiences: ['talents-hors-bassin', 'jeunes', 'etudiants', 'salaries-en-reconversion'],
    howToAccess:
      'Prenez rendez-vous au point relais de la place de la Gare ou venez lors d’une permanence. Apportez, si vous l’avez, votre promesse d’embauche.',
    email: 'logement-demo@example.org',
    towns: BASIN,
  },
  {
    key: 'logement-alternants',
    title: 'Se loger pendant son alternance',
    theme: 'housing',
    summary:
      'Alternant·es et stagiaires : des solutions de logement temporaire, parfois meublé, à proximité des centres de formation et des sites.',
    description: `Quand on alterne entre centre de formation et entreprise, on a souvent besoin d’un logement souple. Des résidences et des colocations accueillent les jeunes en formation.

Les conseillers vous aident à constituer votre dossier et à connaître les aides au logement auxquelles vous avez droit.`,
    audiences: ['jeunes', 'etudiants'],
    howToAccess: 'Parlez-en lors d’un entretien individuel au point relais ou pendant une permanence dédiée aux jeunes.',
    towns: ['dunkerque', 'grande-synthe', 'saint-pol-sur-mer', 'coudekerque-branche'],
  },
  {
    key: 'garde-horaires-atypiques',
    title: 'Faire garder ses enfants en horaires atypiques',
    theme: 'childcare',
    summary:
      'Crèches à horaires élargis, assistantes maternelles, solutions ponctuelles pour un entretien ou une formation : des réponses existent.',
    description: `La garde des enfants ne doit pas vous empêcher d’accepter un emploi ou une formation. Nous vous aidons à trouver une solution adaptée à vos horaires.

## Les solutions possibles
- Accueil en crèche avec horaires élargis
- Assistantes maternelles acceptant les horaires décalés
- Garde ponctuelle le temps d’un entretien, d’une formation ou d’une période d’essai
- Aides financières à la garde pour les parents qui reprennent un emploi`,
    audiences: ['femmes', 'beneficiaires-du-rsa', 'demandeurs-d-emploi'],
    howToAccess:
      'Venez en parler au point relais, ou participez aux temps « levée des freins » du programme du mois. Vous pouvez venir avec vos enfants.',
    towns: BASIN,
  },
  {
    key: 'premier-accueil-point-relais',
    title: 'Premier accueil et orientation au point relais',
    theme: 'insertion',
    summary:
      'Un entretien individuel pour parler de votre projet, découvrir les entreprises qui recrutent et savoir vers qui vous tourner.',
    description: `Les points relais 20 000 emplois ne remplacent pas votre accompagnement : ils vous informent et vous orientent vers le bon interlocuteur.

## Pendant l’entretien
- Nous faisons le point sur votre situation et vos envies
- Nous vous présentons les métiers, les entreprises et les formations
- Nous vous mettons en relation avec les acteurs de l’emploi, de la formation et de l’orientation du territoire`,
    provider: 'entreprendre-ensemble',
    audiences: AUDIENCES.map((audience) => audience.key),
    howToAccess:
      'Avec ou sans rendez-vous aux horaires d’ouverture des points relais de Dunkerque (place de la Gare) et de Saint-Pol-sur-Mer.',
    email: 'contact-demo@example.org',
    towns: BASIN,
  },
  {
    key: 'remobilisation',
    title: 'Reprendre confiance et se remobiliser',
    theme: 'insertion',
    summary:
      'Quand on est éloigné de l’emploi depuis longtemps, des ateliers collectifs aident à reprendre un rythme, à se valoriser et à construire un projet.',
    description: `Reprendre le chemin de l’emploi se fait pas à pas. Des ateliers en petits groupes permettent de retrouver confiance, de reprendre un rythme et de découvrir ses atouts.

Le territoire a été reconnu par l’État pour ses dynamiques d’inclusion, notamment à travers La Fabrique de la Remobilisation.`,
    provider: 'fabrique-de-la-remobilisation',
    audiences: ['beneficiaires-du-rsa', 'demandeurs-d-emploi', 'habitants-des-qpv', 'femmes'],
    howToAccess: 'Parlez-en à votre référent·e ou au point relais : nous vous orientons vers l’atelier le plus adapté.',
    towns: BASIN,
  },
  {
    key: 'projet-de-transition-professionnelle',
    title: 'Projet de transition professionnelle',
    theme: 'funding',
    summary:
      'Salarié·e, vous voulez changer de métier ? Le projet de transition professionnelle peut financer votre formation et maintenir votre rémunération.',
    description: `Le projet de transition professionnelle permet à un·e salarié·e de suivre une formation certifiante pour changer de métier, en s’absentant de son poste.

## Comment ça marche ?
- Vous choisissez un métier et une formation certifiante
- Vous préparez votre dossier, accompagné·e par un conseil en évolution professionnelle
- Le dossier est examiné par Transition Pro Hauts-de-France

Rencontrez Transition Pro lors des permanences partenaires au point relais.`,
    provider: 'transition-pro-hauts-de-france',
    audiences: ['salaries-en-reconversion', 'seniors'],
    howToAccess:
      'Venez à une permanence Transition Pro Hauts-de-France au point relais (voir le programme du mois) pour vérifier votre éligibilité et les étapes du dossier.',
    towns: BASIN,
  },
  {
    key: 'financer-sa-formation',
    title: 'Financer sa formation',
    theme: 'funding',
    summary:
      'Compte personnel de formation, aide individuelle à la formation, alternance : on vous aide à trouver le financement adapté à votre situation.',
    description: `Il existe plusieurs façons de financer une formation, selon que vous êtes salarié·e, demandeur ou demandeuse d’emploi, jeune ou en reconversion.

## Les principaux dispositifs
- Le compte personnel de formation (CPF)
- L’aide individuelle à la formation pour les demandeurs d’emploi
- Le contrat d’apprentissage et le contrat de professionnalisation
- Le plan de développement des compétences de votre employeur`,
    audiences: ['demandeurs-d-emploi', 'salaries-en-reconversion', 'jeunes', 'seniors'],
    howToAccess: 'Faites le point lors d’un entretien individuel au point relais ou pendant une permanence OPCO 2i.',
    towns: BASIN,
  },
  {
    key: 'conseil-cadres',
    title: 'Faire le point sur sa carrière de cadre',
    theme: 'insertion',
    summary:
      'Cadres et jeunes diplômé·es : un rendez-vous avec l’APEC pour préparer votre évolution ou votre arrivée sur le territoire.',
    description: `Vous êtes cadre, jeune diplômé·e ou en mobilité et vous vous intéressez aux projets industriels du Dunkerquois ? Les permanences APEC aux points relais vous permettent de faire le point.

Positionnement, marché de l’emploi cadre local, préparation aux entretiens : repartez avec un plan d’action.`,
    provider: 'apec',
    audiences: ['etudiants', 'talents-hors-bassin', 'salaries-en-reconversion'],
    howToAccess: 'Inscrivez-vous à une permanence APEC indiquée dans le programme du mois.',
    url: 'https://www.apec.fr',
    towns: ['dunkerque'],
  },
  {
    key: 'emploi-et-handicap',
    title: 'Emploi et handicap : aménager son poste et son parcours',
    theme: 'disability',
    summary:
      'Reconnaissance de la qualité de travailleur handicapé, aménagement de poste, accompagnement spécialisé : des solutions pour travailler dans l’industrie.',
    description: `Le handicap n’empêche pas de travailler dans l’industrie : de nombreux postes peuvent être aménagés.

## Nous vous aidons à
- Comprendre l’intérêt de la reconnaissance de la qualité de travailleur handicapé (RQTH)
- Identifier les métiers compatibles avec vos besoins
- Être mis·e en relation avec les acteurs spécialisés de l’emploi des personnes handicapées
- Préparer l’échange avec l’employeur sur l’aménagement du poste

Les points relais sont accessibles ; signalez-nous vos besoins pour adapter l’accueil.`,
    audiences: ['personnes-en-situation-de-handicap'],
    howToAccess: 'Prenez rendez-vous au point relais en précisant vos besoins d’adaptation (interprète, documents adaptés, accès).',
    email: 'accessibilite-demo@example.org',
    towns: BASIN,
  },
  {
    key: 'sante-avant-la-reprise',
    title: 'Prendre soin de sa santé avant la reprise',
    theme: 'health',
    summary:
      'Bilan de santé, accès aux soins, soutien psychologique : être en forme pour reprendre un emploi, ça se prépare aussi.',
    description: `Une reprise d’emploi, surtout en travail posté, se prépare aussi du côté de la santé : sommeil, alimentation, vue, audition, dos.

## Nous vous orientons vers
- Les bilans de santé gratuits proposés par l’Assurance maladie
- Les structures d’accès aux soins et de soutien psychologique du territoire
- Les actions de prévention liées au travail de nuit`,
    audiences: ['demandeurs-d-emploi', 'beneficiaires-du-rsa', 'seniors'],
    howToAccess: 'Parlez-en lors d’un entretien individuel ou lors des temps « levée des freins » du programme du mois.',
    towns: BASIN,
  },
];
