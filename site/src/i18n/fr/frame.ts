/** Interface text of the site frame: header, menu, footer, site map and 404 page. */
export const frame = {
  skipLink: 'Aller au contenu',
  homeLink: 'Accueil du site 20 000 emplois durables',
  search: {
    label: 'Rechercher sur le site',
    submit: 'Rechercher',
  },
  menu: {
    navLabel: 'Navigation principale',
    button: 'Menu',
    secondary: 'Aussi sur le site',
  },
  footer: {
    about:
      'Une initiative d’Entreprendre Ensemble pour que les emplois créés sur le bassin d’emploi de Dunkerque profitent d’abord à ses habitantes et à ses habitants.',
    navLabel: 'Informations du site',
    contactTitle: 'Nous rencontrer',
    contactText:
      'Une question, besoin d’aide pour utiliser le site ou pour trouver votre voie ? Les conseillères et les conseillers des points relais vous accueillent, sans rendez-vous.',
    relaysLink: 'Trouver un point relais près de chez vous',
    source:
      'Source du programme\u00a0: Entreprendre Ensemble, «\u00a0Stratégie 20\u00a0000, des emplois durables pour tous\u00a0», 1er\u00a0mars 2024 – 31\u00a0août 2026. Chaque chiffre publié sur ce site indique sa propre source.',
    accessibilityStatus: 'Accessibilité\u00a0: non conforme (audit RGAA\u00a04.1 à venir)',
  },
  siteMap: {
    title: 'Plan du site',
    description:
      'Toutes les pages du site 20 000 emplois durables : entreprises, métiers, formations, lieux d’accueil et informations pratiques du bassin d’emploi de Dunkerque.',
    intro: 'Toutes les rubriques du site et les pages qu’elles contiennent.',
    sections: 'Rubriques',
    information: 'Informations du site',
    otherEntries: 'Autres pages',
  },
  notFound: {
    title: 'Page introuvable',
    eyebrow: 'Erreur 404',
    description:
      'Cette page n’existe pas ou a été déplacée. Cherchez une entreprise, un métier ou une formation, ou repartez d’une rubrique du site.',
    lead: 'Désolé, cette page n’existe pas ou a été déplacée. Pas d’inquiétude, on vous aide à retrouver votre chemin.',
    searchTitle: 'Chercher sur le site',
    searchLabel: 'Que cherchez-vous\u00a0?',
    searchHelp: 'Un métier, une entreprise, une formation, une commune…',
    sectionsTitle: 'Ou partir d’une rubrique',
    home: 'Retour à l’accueil',
    siteMap: 'Voir le plan du site',
    help: 'Besoin d’un coup de main\u00a0? Les points relais vous accueillent et vous orientent.',
  },
} as const;
