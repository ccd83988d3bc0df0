/** Interface text of the home page (French). */
export const home = {
  sectionsTitle: 'Par où commencer\u00a0?',
  sectionsIntro: 'Chaque rubrique se lit sur téléphone et au clavier, sans compte ni inscription.',
  /** One line per section of the menu (site/src/lib/site.ts mainNav), keyed by its address. */
  sectionLines: {
    '/entreprises/': 'Les entreprises qui s’installent ou recrutent sur le bassin.',
    '/metiers/': 'Les métiers recherchés, le niveau pour y accéder et le salaire.',
    '/formations/': 'Les formations qui y mènent, souvent gratuites ou rémunérées.',
    '/accompagnement/': 'Logement, mobilité, garde d’enfants, financement, handicap\u00a0: les aides qui existent.',
    '/lieux/': 'Les points relais et lieux d’accueil, leurs horaires et leurs services.',
    '/agenda/': 'Les rendez-vous du mois\u00a0: informations collectives, job datings, visites.',
    '/publics/': 'Ce qui existe pour vous\u00a0: jeunes, femmes, seniors, personnes au RSA…',
    '/filieres/': 'Batteries, acier, chimie, verre, ciment\u00a0: les filières et la décarbonation.',
    '/visites/': 'Des visites guidées ou libres pour voir les sites de près.',
    '/factory-mobile/': 'Le camion qui vient à votre rencontre à Dunkerque, Calais, Saint-Omer et Hazebrouck.',
    '/temoignages/': 'Ils et elles ont trouvé leur place\u00a0: leurs parcours.',
    '/actualites/': 'Les dernières nouvelles du programme.',
    '/partenaires/': 'Les organismes qui vous accompagnent.',
  } as Record<string, string>,
} as const;
