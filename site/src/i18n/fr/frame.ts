/** Interface text of the site frame: header, menu, footer, site map and 404 page. */
export const frame = {
  programme: {
    name: '20 000 emplois durables',
    tagline: 'Bassin d’emploi de Dunkerque',
    /** Completes a page's too-short meta description, and describes the home page. */
    description:
      'Entreprises qui recrutent, métiers, formations et accompagnement\u00a0: le programme «\u00a020 000 emplois durables\u00a0» du bassin d’emploi de Dunkerque.',
    /** Title of the home page (in the browser tab, after the programme's name). */
    homeTitle: 'Bassin d’emploi de Dunkerque',
  },
  skipLink: 'Aller au contenu',
  /** Name of each section (site/src/i18n/routes.ts), in the menu, breadcrumbs and site map. */
  sections: {
    home: 'Accueil',
    companies: 'Entreprises',
    jobs: 'Métiers',
    trainings: 'Formations',
    support: 'Accompagnement',
    venues: 'Lieux',
    agenda: 'Agenda',
    events: 'Événements',
    audiences: 'Publics',
    sectors: 'Filières',
    visits: 'Visites',
    factoryMobile: 'Factory Mobile',
    stories: 'Témoignages',
    news: 'Actualités',
    partners: 'Partenaires',
    brand: 'Charte graphique',
    widget: 'Le programme sur votre site',
    search: 'Recherche',
    siteMap: 'Plan du site',
  },
  /** Footer links that are not sections. */
  footerLinks: {
    accessibility: 'Accessibilité',
    legal: 'Mentions légales',
    relays: 'Points relais et lieux d’accueil',
  },
  breadcrumbs: 'Fil d’Ariane',
  /** « Accessibilité : non conforme » in the footer, from the RGAA status the (French) statement gives. */
  conformity: {
    separator: '\u00a0: ',
    'totalement conforme': 'totalement conforme',
    'partiellement conforme': 'partiellement conforme',
    'non conforme': 'non conforme',
  },
  /** The link to the same page in the other language, written in that language (see en/frame.ts). */
  languageSwitch: {
    /** Visible text, in the target language. */
    name: 'Français',
    /** Read by screen readers after the name, in the target language. */
    hint: 'Lire cette page en français',
    /** When the page has no version in this language and the link leads to its section or the home page. */
    hintParent: 'Lire le site en français',
  },
  /** On an English page whose entry has no English version yet (never shown on the French site). */
  fallback: {
    title: 'Disponible en français',
    text: 'Cette page n’est pas encore traduite. Voici sa version française.',
  },
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
