/**
 * French labels, help texts and placeholders of every field of the content model, as editors see them in the
 * Strapi admin (applied by the CMS bootstrap) and as build reports name them (ContentIssue). One source for both.
 * Keys are Strapi uids: `api::company.company` for content types, `shared.address` for components.
 */
export interface FieldLabel {
  label: string;
  description: string;
  placeholder?: string;
}

export interface TypeLabels {
  displayName?: string;
  fields: Record<string, FieldLabel>;
}

const slug = (source: string, example: string, advice = ''): FieldLabel => ({
  label: 'Adresse web (slug)',
  description: `Fin de l’adresse de la page, créée automatiquement à partir ${source} (bouton à flèche circulaire pour la recalculer) : minuscules, chiffres et tirets seulement.${advice} Gardez la même en français et en anglais, et ne la changez plus une fois publiée : les liens déjà partagés ne marcheraient plus.`,
  placeholder: example,
});

const webLink = (label: string, what: string): FieldLabel => ({
  label,
  description: `${what} Adresse complète, qui commence par https://.`,
  placeholder: 'https://www.exemple.fr',
});

const altTextHint = 'Dans la médiathèque, remplissez le « texte alternatif » : une phrase qui décrit ce que l’on voit, lue aux personnes aveugles.';

const phone: FieldLabel = {
  label: 'Téléphone',
  description: 'Numéro à 10 chiffres groupés par deux, avec des espaces. Il devient cliquable sur téléphone mobile.',
  placeholder: '03 28 00 00 00',
};

const email: FieldLabel = {
  label: 'E-mail de contact',
  description: 'Adresse e-mail à laquelle le public peut écrire. Préférez une adresse générique (contact@…) à une adresse personnelle.',
  placeholder: 'contact@exemple.fr',
};

const audiences = (what: string): FieldLabel => ({
  label: 'Publics concernés',
  description: `Publics à qui s’adresse ${what} (jeunes, demandeurs d’emploi, personnes en reconversion…). Cela permet de l’afficher sur la page de chacun de ces publics et de filtrer les listes.`,
});

const cover = (where: string): FieldLabel => ({
  label: 'Image de couverture',
  description: `Photo au format paysage (au moins 1600 × 900 pixels) affichée en haut ${where}. ${altTextHint}`,
});

const latitude: FieldLabel = {
  label: 'Latitude',
  description: 'Latitude en degrés décimaux, avec un point et non une virgule, pour placer le point sur la carte. Astuce : dans OpenStreetMap ou Google Maps, un clic droit sur le lieu affiche ses coordonnées.',
  placeholder: '51.0343',
};

const longitude: FieldLabel = {
  label: 'Longitude',
  description: 'Longitude en degrés décimaux, avec un point et non une virgule (elle vaut environ 2 sur le Dunkerquois).',
  placeholder: '2.3768',
};

export const adminLabels: Record<string, TypeLabels> = {
  'api::company.company': {
    displayName: 'Entreprise',
    fields: {
      name: {
        label: 'Nom de l’entreprise',
        description: 'Nom commercial, tel que l’entreprise l’écrit elle-même, sans forme juridique (pas de « SAS »). Il sert de titre à la fiche et s’affiche dans les listes.',
        placeholder: 'Ex. : Voltéo Batteries',
      },
      slug: slug('du nom', 'volteo-batteries'),
      logo: {
        label: 'Logo',
        description: 'Logo de l’entreprise, en PNG sur fond transparent, au moins 400 pixels de large (le format SVG n’est pas accepté). Texte alternatif : « Logo de » suivi du nom de l’entreprise.',
      },
      cover: cover('de la fiche entreprise (site, atelier, équipe au travail)'),
      summary: {
        label: 'Résumé',
        description: 'Deux ou trois phrases simples, 300 caractères au maximum : ce que fait l’entreprise et ce qu’elle apporte au territoire. Affiché dans les listes, les résultats de recherche et en tête de la fiche.',
        placeholder: 'Ex. : Voltéo fabrique des cellules de batteries pour voitures électriques. Son usine de Gravelines recrutera des opérateur·rices, des technicien·nes et des ingénieur·es.',
      },
      description: {
        label: 'Présentation détaillée',
        description: 'Présentation complète : activité, projet sur le territoire, calendrier, valeurs. Utilisez des intertitres courts et des listes pour aérer, des phrases courtes et sans jargon.',
      },
      sectors: {
        label: 'Filières',
        description: 'Filière ou filières de l’entreprise (batteries, acier, chimie…). L’entreprise apparaîtra sur la page de chaque filière choisie.',
      },
      nafCode: {
        label: 'Code NAF (APE)',
        description: 'Code d’activité de l’entreprise, tel qu’il figure sur son avis de situation INSEE ou sur l’annuaire des entreprises : 4 chiffres, avec ou sans point, puis une lettre majuscule.',
        placeholder: '27.20Z',
      },
      presence: {
        label: 'Présence sur le territoire',
        description: 'Où en est l’entreprise : « S’installe » (projet d’implantation en cours), « Se développe » (déjà présente, elle agrandit son site ou ses équipes) ou « Implantée » (présente de longue date). Sert de filtre dans la liste des entreprises.',
      },
      town: {
        label: 'Commune',
        description: 'Commune du site principal sur le territoire. Sert au filtre par commune et à la carte.',
      },
      address: {
        label: 'Adresse du site',
        description: 'Adresse du lieu de travail sur le territoire (pas forcément le siège social). Les coordonnées GPS placent l’entreprise sur la carte.',
      },
      jobsPlanned: {
        label: 'Emplois annoncés',
        description: 'Nombre d’emplois directs annoncés publiquement par l’entreprise, en chiffres et sans espace. Laissez vide si aucun chiffre officiel n’a été publié : n’inventez jamais de chiffre.',
        placeholder: '1200',
      },
      horizonYear: {
        label: 'Échéance des recrutements',
        description: 'Année à laquelle ces emplois doivent être atteints, entre 2024 et 2040.',
        placeholder: '2030',
      },
      jobs: {
        label: 'Métiers recherchés',
        description: 'Métiers que l’entreprise recrute ou recrutera. Chaque fiche métier affichera l’entreprise en retour.',
      },
      workEnvironment: {
        label: 'Environnement de travail',
        description: 'À quoi ressemble une journée sur place : horaires, travail en équipe, tenue, sécurité, ambiance, accès au site. Quelques phrases concrètes, affichées sur la fiche.',
      },
      gallery: {
        label: 'Galerie photos',
        description: `Photos des lieux de travail et des équipes, au format paysage, dix au maximum. ${altTextHint}`,
      },
      videoUrl: webLink('Lien vers une vidéo', 'Vidéo de présentation publiée sur YouTube, Vimeo ou Dailymotion, de préférence sous-titrée.'),
      decarbonation: {
        label: 'Contribution à la décarbonation',
        description: 'Comment l’entreprise aide le territoire à réduire ses émissions de CO₂ (procédés, énergie, recyclage), avec des chiffres publiés par elle ou par une source officielle.',
      },
      website: webLink('Site internet', 'Site officiel de l’entreprise.'),
      careersUrl: webLink('Page des offres d’emploi', 'Lien direct vers les offres d’emploi ou la page de candidature de l’entreprise, affiché sur sa fiche.'),
      featured: {
        label: 'Mettre en avant',
        description: 'Cochez pour mettre l’entreprise en avant sur le site, par exemple sur la page d’accueil. Trois ou quatre entreprises mises en avant suffisent.',
      },
    },
  },

  'api::job.job': {
    displayName: 'Métier',
    fields: {
      title: {
        label: 'Nom du métier',
        description: 'Nom du métier sous une forme qui s’adresse à toutes et à tous : forme épicène (« Technicien·ne de maintenance ») ou forme usuelle. Il sert de titre à la fiche métier.',
        placeholder: 'Ex. : Opérateur·rice de production',
      },
      titleFeminine: {
        label: 'Nom au féminin',
        description: 'Le même nom, entièrement au féminin et sans point médian. Il est utilisé par la recherche et lu par les lecteurs d’écran.',
        placeholder: 'Ex. : Opératrice de production',
      },
      titleMasculine: {
        label: 'Nom au masculin',
        description: 'Le même nom, entièrement au masculin et sans point médian. Il est utilisé par la recherche et lu par les lecteurs d’écran.',
        placeholder: 'Ex. : Opérateur de production',
      },
      slug: slug('du nom du métier', 'operateur-rice-de-production'),
      romeCode: {
        label: 'Code ROME',
        description: 'Code du métier dans le répertoire ROME de France Travail : une lettre majuscule de A à N suivie de 4 chiffres. Vous le trouvez sur la fiche métier du site de France Travail.',
        placeholder: 'H2913',
      },
      summary: {
        label: 'Résumé',
        description: 'Deux ou trois phrases : en quoi consiste ce métier au quotidien. Affiché dans les listes, les résultats de recherche et en tête de la fiche.',
      },
      skills: {
        label: 'Compétences recherchées',
        description: 'Une compétence par ligne, qui commence par un verbe (« Lire un plan », « Respecter les consignes de sécurité »). Cinq à huit lignes suffisent.',
      },
      workingConditions: {
        label: 'Conditions de travail',
        description: 'Horaires (journée, travail posté en 2×8 ou 3×8…), environnement (bruit, chaleur, salle propre), tenue et équipements de sécurité, déplacements éventuels.',
      },
      accessLevel: {
        label: 'Niveau d’accès',
        description: 'Diplôme le plus courant pour débuter, de « Sans diplôme » à « Bac+5 ». Choisissez « Sans diplôme » si l’on peut être recruté puis formé par l’entreprise.',
      },
      salaryMin: {
        label: 'Salaire de début (brut mensuel)',
        description: 'Salaire brut mensuel en euros en début de carrière, en chiffres, sans espace ni symbole €. Laissez vide sans source fiable.',
        placeholder: '1900',
      },
      salaryMax: {
        label: 'Salaire confirmé (brut mensuel)',
        description: 'Salaire brut mensuel en euros avec de l’expérience, en chiffres. Il doit être supérieur ou égal au salaire de début.',
        placeholder: '2600',
      },
      sector: {
        label: 'Filière',
        description: 'Filière principale de ce métier. Le métier apparaîtra sur la page de cette filière.',
      },
      trainings: {
        label: 'Formations qui y mènent',
        description: 'Formations qui préparent à ce métier. Chaque fiche formation affichera ce métier en retour.',
      },
      companies: {
        label: 'Entreprises qui recrutent',
        description: 'Entreprises qui recherchent ce métier. Ce lien se règle aussi depuis la fiche de l’entreprise (champ « Métiers recherchés ») : les deux restent synchronisés.',
      },
    },
  },

  'api::career-story.career-story': {
    displayName: 'Témoignage',
    fields: {
      firstName: {
        label: 'Prénom',
        description: 'Prénom seul, jamais le nom de famille, avec l’accord écrit de la personne. Il sert de titre au témoignage.',
        placeholder: 'Ex. : Samira',
      },
      slug: slug('du prénom', 'samira-operatrice', ' Si deux témoignages ont le même prénom, ajoutez le métier à la fin.'),
      role: {
        label: 'Fonction actuelle',
        description: 'Ce que fait la personne aujourd’hui, en quelques mots, affiché sous son prénom.',
        placeholder: 'Ex. : Opératrice de production depuis 2025',
      },
      company: {
        label: 'Entreprise',
        description: 'Entreprise où travaille la personne, seulement si elle et l’entreprise sont d’accord pour la citer.',
      },
      job: {
        label: 'Métier',
        description: 'Métier exercé : le témoignage sera affiché sur la fiche de ce métier.',
      },
      quote: {
        label: 'Citation',
        description: 'La phrase forte du témoignage, dans les mots de la personne et relue par elle : 280 caractères au maximum, sans guillemets. Affichée dans les listes et en grand sur la page.',
        placeholder: 'Ex. : Je n’avais jamais travaillé en usine. Six mois plus tard, je pilote une ligne de production.',
      },
      story: {
        label: 'Le parcours',
        description: 'Le parcours raconté : point de départ, déclic, formation, arrivée dans le poste, conseils à celles et ceux qui hésitent. Intertitres courts, phrases simples.',
      },
      portrait: {
        label: 'Portrait',
        description: 'Photo de la personne (carrée ou verticale, au moins 800 pixels), avec son autorisation de droit à l’image signée. Texte alternatif : « Portrait de » suivi du prénom.',
      },
      videoUrl: webLink('Lien vers la vidéo', 'Vidéo du témoignage sur YouTube, Vimeo ou Dailymotion, de préférence sous-titrée.'),
      audiences: audiences('ce témoignage : les personnes qui pourront se reconnaître dans ce parcours'),
      featured: {
        label: 'Mettre en avant',
        description: 'Cochez pour mettre ce témoignage en avant sur le site, par exemple sur la page d’accueil.',
      },
    },
  },

  'api::training-path.training-path': {
    displayName: 'Formation',
    fields: {
      title: {
        label: 'Intitulé de la formation',
        description: 'Nom officiel de la formation ou du diplôme, tel que l’organisme l’écrit. Il sert de titre à la fiche.',
        placeholder: 'Ex. : Titre professionnel Soudeur·euse TIG',
      },
      slug: slug('de l’intitulé', 'titre-professionnel-soudeur-tig'),
      summary: {
        label: 'Résumé',
        description: 'Deux ou trois phrases : ce que l’on apprend et à quoi cela mène. Affiché dans les listes et en tête de la fiche.',
      },
      description: {
        label: 'Programme détaillé',
        description: 'Contenu de la formation, déroulé, stages, examen, débouchés. Intertitres courts et listes pour aérer.',
      },
      jobs: {
        label: 'Métiers visés',
        description: 'Métiers auxquels prépare cette formation. Ce lien se règle aussi depuis la fiche du métier : les deux restent synchronisés.',
      },
      provider: {
        label: 'Organisme de formation',
        description: 'Organisme qui dispense la formation. S’il n’existe pas encore, créez-le d’abord dans « Partenaires ».',
      },
      duration: {
        label: 'Durée',
        description: 'Durée écrite pour le public, stages compris.',
        placeholder: 'Ex. : 6 mois dont 8 semaines en entreprise',
      },
      durationHours: {
        label: 'Durée en heures',
        description: 'Nombre total d’heures de formation, en chiffres, si l’organisme le communique.',
        placeholder: '800',
      },
      format: {
        label: 'Type de formation',
        description: '« Formation initiale » (élèves, étudiants), « Alternance » (apprentissage ou contrat de professionnalisation), « Formation continue » (salariés, demandeurs d’emploi) ou « Reconversion » (changer de métier).',
      },
      level: {
        label: 'Niveau obtenu',
        description: 'Niveau du diplôme obtenu à la fin, de « Sans diplôme » (ou un simple certificat) à « Bac+5 ». Le niveau demandé à l’entrée va dans « Prérequis ».',
      },
      fundingOptions: {
        label: 'Financements possibles',
        description: 'Comment la formation peut être payée, une solution par ligne : « Compte personnel de formation (CPF) », « Prise en charge par France Travail », « Contrat d’apprentissage »…',
      },
      prerequisites: {
        label: 'Prérequis',
        description: 'Ce qu’il faut avant d’entrer : niveau, permis, tests, entretien, aptitude médicale. Écrivez « Aucun prérequis » s’il n’y en a pas.',
      },
      audiences: audiences('cette formation'),
      seats: {
        label: 'Places par session',
        description: 'Nombre de places à chaque session, en chiffres.',
        placeholder: '12',
      },
      town: {
        label: 'Commune',
        description: 'Commune où se déroule la formation. Sert au filtre par commune.',
      },
      sessions: {
        label: 'Sessions',
        description: 'Une ligne par session à venir, avec ses dates. Supprimez les sessions terminées.',
      },
      url: webLink('Lien vers l’organisme', 'Page de la formation chez l’organisme ou formulaire d’inscription.'),
      free: {
        label: 'Gratuite',
        description: 'Cochez si la formation ne coûte rien à la personne formée.',
      },
      paid: {
        label: 'Rémunérée',
        description: 'Cochez si la personne est payée pendant la formation (salaire d’apprenti·e, rémunération de stagiaire de la formation professionnelle…).',
      },
    },
  },

  'api::support-solution.support-solution': {
    displayName: 'Solution d’accompagnement',
    fields: {
      title: {
        label: 'Nom de l’aide',
        description: 'Nom clair de l’aide ou du service, qui dit ce qu’il apporte. Il sert de titre à la fiche.',
        placeholder: 'Ex. : Aide au permis de conduire',
      },
      slug: slug('du nom', 'aide-au-permis-de-conduire'),
      theme: {
        label: 'Thème',
        description: 'Frein que cette aide permet de lever : logement, mobilité, garde d’enfants, insertion, financement, handicap ou santé.',
      },
      summary: {
        label: 'Résumé',
        description: 'Deux ou trois phrases : à qui s’adresse l’aide et ce qu’elle apporte concrètement. Affiché dans les listes et en tête de la fiche.',
      },
      description: {
        label: 'Description détaillée',
        description: 'Conditions, montant ou contenu de l’aide, durée, exemples. Intertitres courts et listes pour aérer.',
      },
      provider: {
        label: 'Organisme',
        description: 'Organisme qui propose l’aide. S’il n’existe pas encore, créez-le d’abord dans « Partenaires ».',
      },
      audiences: audiences('cette aide'),
      howToAccess: {
        label: 'Comment en bénéficier',
        description: 'Les étapes concrètes, dans l’ordre : qui contacter, quels papiers apporter, quels délais. Écrivez en vous adressant au lecteur (« Appelez… », « Apportez… »).',
      },
      url: webLink('Lien vers l’aide', 'Page officielle de l’aide ou formulaire de demande.'),
      phone,
      email,
      towns: {
        label: 'Communes',
        description: 'Communes où l’aide est proposée. Laissez vide si elle vaut pour tout le bassin d’emploi.',
      },
    },
  },

  'api::venue.venue': {
    displayName: 'Lieu',
    fields: {
      name: {
        label: 'Nom du lieu',
        description: 'Nom du lieu tel qu’il est signalé sur place. Il sert de titre à la page du lieu.',
        placeholder: 'Ex. : Point relais de la Gare',
      },
      slug: slug('du nom', 'point-relais-gare-dunkerque'),
      kind: {
        label: 'Type de lieu',
        description: '« Point relais » (accueil permanent), « Étape de la Factory Mobile » (arrêt du véhicule itinérant, visible sur la page Factory Mobile) ou « Lieu partenaire » (locaux d’un partenaire qui accueille des événements).',
      },
      summary: {
        label: 'Résumé',
        description: 'Deux phrases : ce que l’on trouve dans ce lieu et pour qui. Affiché dans les listes et en tête de la page.',
      },
      description: {
        label: 'Description détaillée',
        description: 'Accueil proposé, équipe, rendez-vous possibles, déroulement d’une visite. Intertitres courts et listes pour aérer.',
      },
      address: {
        label: 'Adresse',
        description: 'Adresse complète du lieu. Ajoutez la latitude et la longitude pour qu’il apparaisse sur la carte.',
      },
      town: {
        label: 'Commune',
        description: 'Commune du lieu. Sert au filtre par commune.',
      },
      access: {
        label: 'Comment venir',
        description: 'Lignes de bus et arrêt le plus proche, gare, parkings, stationnement vélo. Le réseau de bus du Dunkerquois est gratuit : précisez-le.',
        placeholder: 'Ex. : Arrêt de bus à 2 minutes à pied, parking vélo devant l’entrée.',
      },
      openingHours: {
        label: 'Horaires d’ouverture',
        description: 'Une ligne par créneau : deux lignes le même jour si le lieu ferme à midi. Ces horaires sont communs au français et à l’anglais : la note éventuelle s’écrit en français.',
      },
      closures: {
        label: 'Fermetures exceptionnelles',
        description: 'Jours fériés, congés, travaux : une ligne par période, affichée sur la page du lieu. Commune au français et à l’anglais.',
      },
      services: {
        label: 'Services et équipements',
        description: 'Un service par ligne : casques de réalité virtuelle, ordinateurs en libre accès, bureaux d’entretien, bureaux de job dating…',
      },
      accessibility: {
        label: 'Accessibilité',
        description: 'Accès de plain-pied ou ascenseur, toilettes adaptées, boucle magnétique, accueil en langue des signes, chiens guides… Écrivez seulement ce qui a été vérifié sur place.',
      },
      photos: {
        label: 'Photos',
        description: `Photos du lieu, de l’entrée et de l’intérieur (la façade aide à le reconnaître en arrivant). ${altTextHint}`,
      },
      phone,
      email,
    },
  },

  'api::event.event': {
    displayName: 'Événement',
    fields: {
      title: {
        label: 'Titre de l’événement',
        description: 'Titre court qui dit ce qui se passe, sans la date (elle s’affiche à part).',
        placeholder: 'Ex. : Job dating : les métiers de la batterie',
      },
      slug: slug('du titre', 'job-dating-batterie-2026-03-03', ' Si l’événement revient régulièrement, ajoutez sa date à la fin.'),
      type: {
        label: 'Type d’événement',
        description: 'Le format de l’événement : information collective, job dating, permanence partenaire, visite thématique, levée des freins, after-work, étape de la Factory Mobile ou salon. Sert de filtre dans l’agenda et dans les widgets partenaires.',
      },
      summary: {
        label: 'Résumé',
        description: 'Deux ou trois phrases : ce qui va se passer, pour qui, ce qu’il faut apporter. Affiché dans l’agenda, le programme imprimable et les widgets partenaires.',
      },
      description: {
        label: 'Description détaillée',
        description: 'Déroulé, intervenant·es, conseils pour préparer sa venue. Intertitres courts et listes pour aérer.',
      },
      startsAt: {
        label: 'Début',
        description: 'Date et heure de début, à l’heure de Paris.',
      },
      endsAt: {
        label: 'Fin',
        description: 'Date et heure de fin, à l’heure de Paris : forcément après le début.',
      },
      venue: {
        label: 'Lieu',
        description: 'Lieu où se tient l’événement (obligatoire). Pour une étape de la Factory Mobile, choisissez le lieu de l’étape. S’il n’existe pas encore, créez-le d’abord dans « Lieux ».',
      },
      audiences: audiences('cet événement'),
      partners: {
        label: 'Partenaires présents',
        description: 'Partenaires qui animent l’événement ou y tiennent une permanence.',
      },
      companies: {
        label: 'Entreprises présentes',
        description: 'Entreprises qui participent (job dating, visite, salon). L’événement s’affichera sur leur fiche.',
      },
      registration: {
        label: 'Inscription',
        description: '« Entrée libre, sans inscription », « Inscription en ligne » (remplissez alors le lien d’inscription) ou « Inscription sur place », à l’accueil du lieu.',
      },
      registrationUrl: webLink('Lien d’inscription', 'Formulaire d’inscription en ligne, obligatoire si l’inscription se fait par lien.'),
      capacity: {
        label: 'Nombre de places',
        description: 'Nombre de places, en chiffres. Laissez vide s’il n’y a pas de limite.',
        placeholder: '30',
      },
      state: {
        label: 'État',
        description: 'Programmé, annulé, complet ou reporté. Plutôt que de supprimer un événement annulé, changez son état : les personnes intéressées en seront informées.',
      },
      accessibility: {
        label: 'Accessibilité de l’événement',
        description: 'Aménagements propres à cet événement : interprète en langue des signes, sous-titrage, places assises, accompagnement possible… Seulement ce qui est confirmé.',
      },
      cover: cover('de la page de l’événement'),
    },
  },

  'api::programme.programme': {
    displayName: 'Programme du mois',
    fields: {
      month: {
        label: 'Mois',
        description: 'Mois concerné, au format AAAA-MM : l’année, un tiret, puis le mois sur deux chiffres. Un seul programme par mois ; il donne l’adresse /agenda/AAAA-MM/.',
        placeholder: '2026-03',
      },
      title: {
        label: 'Titre',
        description: 'Titre du programme, repris en tête de la version imprimable.',
        placeholder: 'Ex. : Le programme de mars 2026',
      },
      intro: {
        label: 'Édito',
        description: 'Quelques lignes d’introduction en tête du programme : les temps forts du mois, une nouveauté, un conseil.',
      },
      highlightedEvents: {
        label: 'Événements à la une',
        description: 'Trois à cinq événements du mois à mettre en avant en tête du programme. Les autres événements du mois restent visibles dans l’agenda.',
      },
    },
  },

  'api::visit.visit': {
    displayName: 'Visite',
    fields: {
      title: {
        label: 'Titre de la visite',
        description: 'Nom de la visite, qui dit ce que l’on va découvrir.',
        placeholder: 'Ex. : Le port et ses nouveaux métiers',
      },
      slug: slug('du titre', 'port-et-nouveaux-metiers'),
      mode: {
        label: 'Formule',
        description: '« Visite guidée » (avec un·e animateur·rice, à date fixe) ou « Visite en autonomie » (à faire seul·e, quand on veut, avec les étapes décrites ci-dessous).',
      },
      summary: {
        label: 'Résumé',
        description: 'Deux ou trois phrases : ce que l’on voit et ce que l’on apprend. Affiché dans les listes et en tête de la page.',
      },
      description: {
        label: 'Description détaillée',
        description: 'Déroulé, conseils pratiques (chaussures, tenue, pièce d’identité), contacts. Intertitres courts et listes pour aérer.',
      },
      stops: {
        label: 'Étapes',
        description: 'Les étapes dans l’ordre du parcours ; glissez-déposez pour les réordonner. Avec leurs coordonnées, elles forment la carte de la visite.',
      },
      durationMinutes: {
        label: 'Durée (en minutes)',
        description: 'Durée totale en minutes, trajets compris.',
        placeholder: '120',
      },
      access: {
        label: 'Comment s’y rendre',
        description: 'Comment rejoindre le départ et circuler entre les étapes : lignes du réseau de bus gratuit, vélo, voiture.',
      },
      startVenue: {
        label: 'Lieu de départ',
        description: 'Lieu où commence la visite, en général un point relais.',
      },
      booking: {
        label: 'Réservation',
        description: '« Sans réservation », « Réservation en ligne » (remplissez alors le lien de réservation) ou « Réservation sur place », à l’accueil du lieu de départ.',
      },
      bookingUrl: webLink('Lien de réservation', 'Formulaire de réservation en ligne, obligatoire si la réservation se fait par lien.'),
      audiences: audiences('cette visite'),
      cover: cover('de la page de la visite'),
    },
  },

  'api::sector.sector': {
    displayName: 'Filière',
    fields: {
      name: {
        label: 'Nom de la filière',
        description: 'Nom de la filière en mots simples. Il sert de titre à la page de la filière.',
        placeholder: 'Ex. : Batteries et mobilité électrique',
      },
      slug: slug('du nom', 'batteries'),
      nafCodes: {
        label: 'Codes NAF',
        description: 'Codes NAF à deux chiffres des activités de la filière, séparés par une virgule suivie d’un espace.',
        placeholder: '24, 20, 23',
      },
      summary: {
        label: 'Résumé',
        description: 'Deux ou trois phrases : ce que produit la filière sur le territoire et pourquoi elle recrute. Affiché dans les listes et en tête de la page.',
      },
      description: {
        label: 'Présentation détaillée',
        description: 'Entreprises, savoir-faire, histoire et projets de la filière. Intertitres courts et listes pour aérer.',
      },
      outlook: {
        label: 'Perspectives avec la transition',
        description: 'Ce que la décarbonation change pour la filière : métiers qui évoluent, emplois créés ou menacés, compétences nouvelles. Uniquement des informations sourcées.',
      },
      figures: {
        label: 'Chiffres clés',
        description: 'Trois ou quatre chiffres marquants de la filière, chacun avec sa source.',
      },
      cover: cover('de la page de la filière'),
    },
  },

  'api::partner.partner': {
    displayName: 'Partenaire',
    fields: {
      name: {
        label: 'Nom du partenaire',
        description: 'Nom officiel de l’organisme, en toutes lettres (le sigle peut suivre entre parenthèses).',
        placeholder: 'Ex. : France Travail',
      },
      slug: slug('du nom', 'france-travail'),
      kind: {
        label: 'Type de partenaire',
        description: 'Le rôle du partenaire : service public de l’emploi (France Travail, Mission locale, Cap emploi…), organisme de formation, développement économique, club d’entreprises, collectivité, association ou financeur. Sert à regrouper les partenaires sur la page Partenaires.',
      },
      summary: {
        label: 'Présentation',
        description: 'Deux ou trois phrases : qui est ce partenaire et ce qu’il apporte aux habitant·es et aux entreprises.',
      },
      logo: {
        label: 'Logo',
        description: 'Logo officiel, en PNG sur fond transparent (le format SVG n’est pas accepté), avec l’accord du partenaire. Texte alternatif : « Logo de » suivi du nom.',
      },
      website: webLink('Site internet', 'Site officiel du partenaire.'),
    },
  },

  'api::audience.audience': {
    displayName: 'Public',
    fields: {
      name: {
        label: 'Nom du public',
        description: 'Le public tel qu’il se nomme lui-même, au pluriel, sans sigle administratif (« Personnes au RSA » plutôt que « BRSA »).',
        placeholder: 'Ex. : Jeunes de 16 à 25 ans',
      },
      slug: slug('du nom', 'jeunes'),
      summary: {
        label: 'Résumé',
        description: 'Deux phrases qui s’adressent directement à ce public : ce que le site lui propose. Affiché en tête de sa page et dans les filtres.',
      },
      description: {
        label: 'Présentation détaillée',
        description: 'Conseils, droits, interlocuteurs utiles pour ce public. Intertitres courts et listes pour aérer.',
      },
    },
  },

  'api::town.town': {
    displayName: 'Commune',
    fields: {
      name: {
        label: 'Nom de la commune',
        description: 'Nom officiel, avec ses tirets et ses accents.',
        placeholder: 'Ex. : Saint-Pol-sur-Mer',
      },
      slug: slug('du nom', 'saint-pol-sur-mer'),
      postalCode: {
        label: 'Code postal',
        description: 'Code postal à 5 chiffres.',
        placeholder: '59430',
      },
      carreMagique: {
        label: 'Ville du « Carré magique »',
        description: 'Cochez pour Dunkerque, Calais, Saint-Omer et Hazebrouck, les quatre villes du « Carré magique » où passe la Factory Mobile.',
      },
      latitude,
      longitude,
    },
  },

  'api::article.article': {
    displayName: 'Actualité',
    fields: {
      title: {
        label: 'Titre',
        description: 'Titre informatif, qui dit l’essentiel en moins de 80 caractères.',
        placeholder: 'Ex. : Un nouveau point relais ouvre à Saint-Pol-sur-Mer',
      },
      slug: slug('du titre', 'nouveau-point-relais-saint-pol-sur-mer'),
      summary: {
        label: 'Chapeau',
        description: 'Deux ou trois phrases qui résument l’actualité. Affiché dans la liste des actualités et lors des partages sur les réseaux sociaux.',
      },
      body: {
        label: 'Texte de l’article',
        description: 'Le texte complet : l’essentiel d’abord, puis les détails. Intertitres courts, listes, liens vers les pages utiles du site.',
      },
      cover: cover('de l’article et dans la liste des actualités'),
      date: {
        label: 'Date de l’actualité',
        description: 'Date affichée sur l’article ; elle sert aussi à classer les actualités, les plus récentes d’abord.',
      },
      companies: {
        label: 'Entreprises citées',
        description: 'Entreprises dont parle l’article : il s’affichera sur leur fiche.',
      },
      sectors: {
        label: 'Filières concernées',
        description: 'Filières dont parle l’article : il s’affichera sur leur page.',
      },
    },
  },

  'api::page.page': {
    displayName: 'Page',
    fields: {
      title: {
        label: 'Titre de la page',
        description: 'Titre affiché en haut de la page et dans l’onglet du navigateur.',
        placeholder: 'Ex. : Mentions légales',
      },
      slug: slug('du titre', 'mentions-legales', ' Certaines adresses, comme « accessibilite » ou « mentions-legales », sont attendues par le site : ne les modifiez pas.'),
      summary: {
        label: 'Résumé',
        description: 'Une ou deux phrases qui présentent la page, reprises par les moteurs de recherche.',
      },
      body: {
        label: 'Contenu',
        description: 'Le contenu de la page. Intertitres courts, listes et liens pour aider à la lecture.',
      },
    },
  },

  'api::home.home': {
    displayName: 'Accueil',
    fields: {
      heroTitle: {
        label: 'Grand titre',
        description: 'Le titre principal de la page d’accueil : court et direct, 60 caractères environ.',
        placeholder: 'Ex. : 20 000 emplois durables près de chez vous',
      },
      heroText: {
        label: 'Texte d’accroche',
        description: 'Deux ou trois phrases sous le grand titre, qui disent à chacun ce qu’il va trouver sur le site.',
      },
      heroImage: {
        label: 'Image d’accueil',
        description: `Grande photo au format paysage (au moins 1920 × 1080 pixels) affichée avec le grand titre. ${altTextHint}`,
      },
      keyFigures: {
        label: 'Chiffres clés',
        description: 'Trois ou quatre chiffres clés du programme, chacun avec sa source officielle.',
      },
      intro: {
        label: 'Présentation du programme',
        description: 'Quelques paragraphes qui présentent le programme 20 000 emplois durables, sous les chiffres clés.',
      },
    },
  },

  'api::brand.brand': {
    displayName: 'Charte graphique',
    fields: {
      intro: {
        label: 'Introduction',
        description: 'Quelques phrases en tête de la page Charte graphique : à quoi sert la charte et qui peut l’utiliser.',
      },
      colors: {
        label: 'Couleurs',
        description: 'Les couleurs de la charte, dans l’ordre d’importance.',
      },
      fonts: {
        label: 'Polices',
        description: 'Les polices de caractères de la charte et leur usage.',
      },
      logos: {
        label: 'Logos',
        description: `Les déclinaisons du logo (couleur, blanc, noir), en PNG sur fond transparent (le format SVG n’est pas accepté ; il peut aller dans le kit, en archive ZIP). ${altTextHint}`,
      },
      kit: {
        label: 'Kit à télécharger',
        description: 'Fichiers proposés au téléchargement : logos haute définition, gabarits, charte complète en PDF, archive ZIP. Donnez aux fichiers un nom clair avant de les envoyer, il s’affiche sur le site.',
      },
      rules: {
        label: 'Règles d’usage',
        description: 'Ce qu’il faut faire et ne pas faire avec le logo et les couleurs, une règle par bloc.',
      },
    },
  },

  'shared.figure': {
    displayName: 'Chiffre clé',
    fields: {
      label: {
        label: 'Ce que mesure le chiffre',
        description: 'Quelques mots affichés sous le nombre.',
        placeholder: 'Ex. : créations d’emplois directs dans l’industrie',
      },
      value: {
        label: 'Nombre',
        description: 'Le nombre seul, en chiffres, sans espace ni unité, avec un point pour les décimales (13.7). Le site le met en forme.',
        placeholder: '20000',
      },
      unit: {
        label: 'Unité',
        description: 'Unité affichée après le nombre : « emplois », « % », « Mt CO₂/an »… Laissez vide si le libellé suffit.',
        placeholder: 'Ex. : emplois',
      },
      year: {
        label: 'Année',
        description: 'Année à laquelle se rapporte le chiffre ou année de l’objectif.',
        placeholder: '2030',
      },
      source: {
        label: 'Source',
        description: 'Qui a publié ce chiffre (organisme, document, année). Obligatoire : aucun chiffre sans source.',
        placeholder: 'Ex. : Entreprendre Ensemble, Stratégie 20 000',
      },
      sourceUrl: webLink('Lien vers la source', 'Document ou page où le chiffre a été publié, s’il est en ligne.'),
    },
  },

  'shared.address': {
    displayName: 'Adresse',
    fields: {
      street: {
        label: 'Numéro et voie',
        description: 'Numéro et nom de la rue, de la place ou de l’avenue.',
        placeholder: 'Ex. : Place de la Gare',
      },
      postalCode: {
        label: 'Code postal',
        description: 'Code postal à 5 chiffres.',
        placeholder: '59140',
      },
      city: {
        label: 'Commune',
        description: 'Nom de la commune, avec ses tirets et ses accents.',
        placeholder: 'Ex. : Dunkerque',
      },
      latitude,
      longitude,
    },
  },

  'shared.list-item': {
    displayName: 'Élément de liste',
    fields: {
      text: {
        label: 'Texte',
        description: 'Un seul élément, en quelques mots, sans point final.',
      },
    },
  },

  'shared.link': {
    displayName: 'Lien',
    fields: {
      label: {
        label: 'Texte du lien',
        description: 'Ce que l’on trouve en cliquant, dit clairement (évitez « cliquez ici » ou « en savoir plus »).',
        placeholder: 'Ex. : Consulter les offres de France Travail',
      },
      url: webLink('Adresse du lien', 'Page vers laquelle mène le lien.'),
    },
  },

  'venue.opening-hours': {
    displayName: 'Horaire d’ouverture',
    fields: {
      day: {
        label: 'Jour',
        description: 'Jour de la semaine de ce créneau.',
      },
      opens: {
        label: 'Ouverture',
        description: 'Heure d’ouverture de ce créneau.',
      },
      closes: {
        label: 'Fermeture',
        description: 'Heure de fermeture de ce créneau, après l’ouverture.',
      },
      note: {
        label: 'Précision',
        description: 'Précision facultative sur ce créneau, en français (elle s’affiche aussi sur la version anglaise).',
        placeholder: 'Ex. : sur rendez-vous',
      },
    },
  },

  'venue.closure': {
    displayName: 'Fermeture exceptionnelle',
    fields: {
      startDate: {
        label: 'Premier jour de fermeture',
        description: 'Premier jour où le lieu est fermé.',
      },
      endDate: {
        label: 'Dernier jour de fermeture',
        description: 'Dernier jour où le lieu est fermé : le même que le premier pour une seule journée.',
      },
      reason: {
        label: 'Motif',
        description: 'Motif affiché au public, en français (il s’affiche aussi sur la version anglaise).',
        placeholder: 'Ex. : Pont de l’Ascension',
      },
    },
  },

  'visit.stop': {
    displayName: 'Étape de visite',
    fields: {
      name: {
        label: 'Nom de l’étape',
        description: 'Nom du lieu visité à cette étape.',
        placeholder: 'Ex. : Belvédère du port',
      },
      place: {
        label: 'Adresse ou repère',
        description: 'Adresse ou repère facile à trouver pour s’y rendre.',
        placeholder: 'Ex. : Face à l’entrée principale du port',
      },
      latitude,
      longitude,
      description: {
        label: 'Ce que l’on découvre',
        description: 'Deux à quatre phrases : ce que l’on voit à cette étape et les métiers qui s’y exercent.',
      },
    },
  },

  'training.session': {
    displayName: 'Session de formation',
    fields: {
      startDate: {
        label: 'Date de début',
        description: 'Premier jour de la session.',
      },
      endDate: {
        label: 'Date de fin',
        description: 'Dernier jour de la session, si elle est connue.',
      },
      town: {
        label: 'Commune',
        description: 'Commune de cette session, seulement si elle diffère de celle de la formation.',
        placeholder: 'Ex. : Gravelines',
      },
      registrationDeadline: {
        label: 'Date limite d’inscription',
        description: 'Dernier jour pour s’inscrire à cette session, si l’organisme en fixe un.',
      },
    },
  },

  'brand.color': {
    displayName: 'Couleur',
    fields: {
      name: {
        label: 'Nom de la couleur',
        description: 'Nom parlant de la couleur, affiché sur la page Charte graphique.',
        placeholder: 'Ex. : Bleu mer du Nord',
      },
      token: {
        label: 'Nom technique',
        description: 'Nom utilisé par le site pour appliquer la couleur, en minuscules et sans espace (primary, accent…). Ne le modifiez qu’avec l’équipe technique.',
        placeholder: 'primary',
      },
      value: {
        label: 'Code couleur',
        description: 'Code hexadécimal : un dièse suivi de 6 caractères (chiffres ou lettres de A à F).',
        placeholder: '#0B4F6C',
      },
      usage: {
        label: 'Usage',
        description: 'Quand utiliser cette couleur (titres, boutons, fonds…) et avec quelles couleurs elle reste lisible.',
      },
    },
  },

  'brand.font': {
    displayName: 'Police',
    fields: {
      name: {
        label: 'Nom de la police',
        description: 'Nom exact de la police de caractères.',
        placeholder: 'Ex. : Atkinson Hyperlegible',
      },
      role: {
        label: 'Usage',
        description: 'À quoi sert cette police dans la charte.',
        placeholder: 'Ex. : titres',
      },
      fallback: {
        label: 'Polices de secours',
        description: 'Polices utilisées si celle-ci n’est pas installée, séparées par des virgules, la plus générale en dernier.',
        placeholder: 'Arial, sans-serif',
      },
      file: {
        label: 'Fichier de la police',
        description: 'Fichier de la police (WOFF2, OTF, TTF) ou archive ZIP, seulement si sa licence autorise à la diffuser.',
      },
    },
  },

  'brand.rule': {
    displayName: 'Règle d’usage',
    fields: {
      title: {
        label: 'Titre de la règle',
        description: 'La règle en une phrase courte.',
        placeholder: 'Ex. : Laisser une marge autour du logo',
      },
      body: {
        label: 'Explication',
        description: 'Pourquoi et comment appliquer la règle, en deux ou trois phrases.',
      },
      kind: {
        label: 'À faire ou à éviter',
        description: 'Une bonne pratique (« À faire ») ou une erreur courante (« À éviter »).',
      },
    },
  },
};

export const mainFields: Record<string, string> = {
  'api::company.company': 'name',
  'api::job.job': 'title',
  'api::career-story.career-story': 'firstName',
  'api::training-path.training-path': 'title',
  'api::support-solution.support-solution': 'title',
  'api::venue.venue': 'name',
  'api::event.event': 'title',
  'api::programme.programme': 'month',
  'api::visit.visit': 'title',
  'api::sector.sector': 'name',
  'api::partner.partner': 'name',
  'api::audience.audience': 'name',
  'api::town.town': 'name',
  'api::article.article': 'title',
  'api::page.page': 'title',
  'api::home.home': 'heroTitle',
  'api::brand.brand': 'intro',
  'shared.figure': 'label',
  'shared.address': 'city',
  'shared.list-item': 'text',
  'shared.link': 'label',
  'venue.opening-hours': 'day',
  'venue.closure': 'reason',
  'visit.stop': 'name',
  'training.session': 'startDate',
  'brand.color': 'name',
  'brand.font': 'name',
  'brand.rule': 'title',
};

/**
 * Which component each component field of a content type or component holds (`sessions` of a training path is a
 * list of `training.session`), so that a nested path such as `sessions[0].startDate` can be labelled.
 * Checked against the Strapi schemas by shared/test/admin-labels.test.ts.
 */
export const componentFields: Record<string, Record<string, string>> = {
  'api::company.company': { address: 'shared.address' },
  'api::job.job': { skills: 'shared.list-item' },
  'api::training-path.training-path': { fundingOptions: 'shared.list-item', sessions: 'training.session' },
  'api::venue.venue': {
    address: 'shared.address',
    openingHours: 'venue.opening-hours',
    closures: 'venue.closure',
    services: 'shared.list-item',
  },
  'api::visit.visit': { stops: 'visit.stop' },
  'api::sector.sector': { figures: 'shared.figure' },
  'api::home.home': { keyFigures: 'shared.figure' },
  'api::brand.brand': { colors: 'brand.color', fonts: 'brand.font', rules: 'brand.rule' },
};
