/** Interface text of /charte-graphique/. */
export const brand = {
  title: 'Charte graphique',
  description:
    'La charte graphique des 20\u202f000 emplois durables\u00a0: couleurs et leurs contrastes, polices, logos, kit à télécharger et règles d’usage.',
  missing: 'La charte graphique n’est pas encore publiée. Revenez bientôt.',
  backHome: 'Revenir à l’accueil',
  colors: 'Couleurs',
  colorsIntro:
    'Chaque couleur est donnée avec son code hexadécimal et son contraste, calculé selon les WCAG 2.1, sur fond blanc, sur fond noir et avec la couleur du texte courant. Le niveau AA demande 4,5:1 pour le texte courant et 3:1 pour les grands textes (24\u00a0px, ou 18,66\u00a0px en gras)\u00a0; le niveau AAA demande 7:1 et 4,5:1.',
  token: 'Variable CSS\u00a0: ',
  hex: 'Code\u00a0: ',
  contrastCaption: (name: string) => `Contrastes de la couleur ${name}`,
  pairColumn: 'Association',
  ratioColumn: 'Contraste',
  verdictColumn: 'Niveau WCAG',
  fonts: 'Polices',
  fontRole: 'Usage\u00a0: ',
  fontStack: 'Pile de polices\u00a0: ',
  fontSample: 'Portez haut les 20\u202f000 emplois durables du Dunkerquois\u00a0: 0123456789.',
  sampleLabel: 'Exemple\u00a0: ',
  logos: 'Logos',
  download: 'Télécharger',
  kit: 'Kit à télécharger',
  kitIntro: 'Les fichiers du kit s’ouvrent ou s’enregistrent depuis la médiathèque du programme.',
  rules: 'Règles d’usage',
  do: 'À faire',
  dont: 'À éviter',
  /** The rows of a colour's contrast table. */
  onWhite: 'Sur fond blanc',
  onBlack: 'Sur fond noir',
  withText: (name: string) => `Avec le texte courant (${name})`,
  /** The name of the default text colour when the brand has none. */
  ink: 'Encre',
  verdicts: {
    aaa: 'AAA\u00a0: convient à tous les textes',
    aa: 'AA\u00a0: convient à tous les textes (AAA pour les grands textes)',
    largeOnly: 'AA pour les grands textes seulement, insuffisant pour le texte courant',
    fail: 'Insuffisant pour du texte, réservé aux éléments décoratifs',
  },
  /** A file of unknown format. */
  file: 'fichier',
  kilobytes: 'Ko',
  megabytes: 'Mo',
} as const;
