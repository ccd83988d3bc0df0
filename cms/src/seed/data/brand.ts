export const BRAND = {
  intro:
    'La charte graphique des 20 000 emplois durables : des couleurs franches et lisibles, des polices déjà présentes sur tous les appareils et quelques règles simples pour que chaque support reste accessible à toutes et à tous.',
  colors: [
    {
      name: 'Bleu marine',
      token: 'primary',
      value: '#0B3D6B',
      usage: 'Couleur principale : titres, liens, boutons et fonds forts. Contraste de 11,1:1 sur blanc, utilisable pour tous les textes.',
    },
    {
      name: 'Jaune énergie',
      token: 'accent',
      value: '#F2A900',
      usage:
        'Couleur d’accent : pictogrammes, soulignés, formes décoratives et textes sur fond bleu marine (contraste de 5,5:1). Jamais pour du texte sur fond blanc (2:1, illisible).',
    },
    {
      name: 'Bleu canard',
      token: 'secondary',
      value: '#0E7C7B',
      usage: 'Couleur secondaire : étiquettes de filières, illustrations, fonds de cartes. Contraste de 5:1 sur blanc, texte courant possible.',
    },
    {
      name: 'Vert réussite',
      token: 'success',
      value: '#1E7B34',
      usage: 'Messages de confirmation et états positifs, toujours accompagnés d’un texte ou d’une icône. Contraste de 5,3:1 sur blanc.',
    },
    {
      name: 'Rouge alerte',
      token: 'danger',
      value: '#B3261E',
      usage: 'Erreurs et événements annulés, toujours accompagnés d’un texte explicite. Contraste de 6,5:1 sur blanc.',
    },
    {
      name: 'Anthracite',
      token: 'text',
      value: '#1F2933',
      usage: 'Couleur du texte courant. Contraste de 14,8:1 sur blanc.',
    },
    {
      name: 'Gris ardoise',
      token: 'text-muted',
      value: '#52606D',
      usage: 'Textes secondaires, dates, légendes et bordures des champs de formulaire. Contraste de 6,5:1 sur blanc.',
    },
    {
      name: 'Gris perle',
      token: 'border',
      value: '#CBD2D9',
      usage: 'Séparateurs et bordures décoratives uniquement (contraste de 1,5:1) : jamais pour un texte ni pour la bordure d’un champ.',
    },
    {
      name: 'Gris brume',
      token: 'surface',
      value: '#F5F7FA',
      usage: 'Fonds de sections et de cartes. Tous les textes de la charte restent lisibles dessus.',
    },
    {
      name: 'Blanc',
      token: 'background',
      value: '#FFFFFF',
      usage: 'Fond principal des pages et texte sur fond bleu marine.',
    },
  ],
  fonts: [
    {
      name: 'Police système sans empattement',
      role: 'Titres et texte courant',
      fallback: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif",
    },
    {
      name: 'Police système à chasse fixe',
      role: 'Codes ROME et NAF, données tabulaires',
      fallback: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
    },
  ],
  rules: [
    {
      title: 'Écrire pour être compris',
      body: 'Phrases courtes, mots du quotidien, un message par paragraphe. Expliquer les sigles à la première utilisation (RSA, QPV, CPF).',
      kind: 'do',
    },
    {
      title: 'Écrire de façon inclusive et lisible',
      body: 'Utiliser le point médian avec parcimonie (technicien·ne) ou les doublets (les habitantes et les habitants), et préférer les termes épicènes quand ils existent.',
      kind: 'do',
    },
    {
      title: 'Toujours citer la source des chiffres',
      body: 'Chaque chiffre clé est accompagné de sa source et de son année, par exemple : Entreprendre Ensemble, Stratégie 20 000 — des emplois durables pour tous, 2024.',
      kind: 'do',
    },
    {
      title: 'Soigner la typographie française',
      body: 'Apostrophe typographique (’), espace insécable avant les deux-points, le point-virgule, le point d’exclamation et le point d’interrogation, guillemets « à la française ».',
      kind: 'do',
    },
    {
      title: 'Ne jamais écrire en jaune sur fond blanc',
      body: 'Le jaune énergie n’offre pas un contraste suffisant sur fond clair. Il se réserve aux formes décoratives et aux textes sur fond bleu marine.',
      kind: 'dont',
    },
    {
      title: 'Ne pas transmettre une information par la couleur seule',
      body: 'Un événement complet ou annulé se signale par un texte (« Complet », « Annulé »), pas uniquement par une pastille de couleur.',
      kind: 'dont',
    },
    {
      title: 'Ne pas déformer ni recolorer le logo',
      body: 'Utiliser uniquement les versions fournies dans le kit : couleur sur fond clair, blanche sur fond bleu marine, monochrome pour l’impression en noir.',
      kind: 'dont',
    },
    {
      title: 'Ne pas mettre de texte dans les images',
      body: 'Un texte dans une image n’est ni traduisible, ni lisible par les lecteurs d’écran, ni agrandissable. Le texte va dans la page ; l’image, si elle est informative, reçoit une alternative textuelle.',
      kind: 'dont',
    },
  ],
  en: {
    intro:
      'The 20,000 sustainable jobs brand guidelines: bold, readable colours, fonts already installed on every device and a few simple rules so that every medium stays accessible to everyone.',
    colors: [
      { name: 'Navy blue', usage: 'Main colour: headings, links, buttons and strong backgrounds. 11.1:1 contrast on white, fine for any text.' },
      {
        name: 'Energy yellow',
        usage: 'Accent colour: icons, underlines, decorative shapes and text on navy (5.5:1 contrast). Never for text on white (2:1, unreadable).',
      },
      { name: 'Teal', usage: 'Secondary colour: sector tags, illustrations, card backgrounds. 5:1 contrast on white, body text allowed.' },
      { name: 'Success green', usage: 'Confirmations and positive states, always with a text or an icon. 5.3:1 contrast on white.' },
      { name: 'Alert red', usage: 'Errors and cancelled events, always with explicit text. 6.5:1 contrast on white.' },
      { name: 'Charcoal', usage: 'Body text colour. 14.8:1 contrast on white.' },
      { name: 'Slate grey', usage: 'Secondary text, dates, captions and form field borders. 6.5:1 contrast on white.' },
      { name: 'Pearl grey', usage: 'Separators and decorative borders only (1.5:1 contrast): never for text or form field borders.' },
      { name: 'Mist grey', usage: 'Section and card backgrounds. Every text colour of the guidelines stays readable on it.' },
      { name: 'White', usage: 'Main page background and text on navy.' },
    ],
    fontRoles: ['Headings and body text', 'ROME and NAF codes, tabular data'],
    rules: [
      { title: 'Write to be understood', body: 'Short sentences, everyday words, one message per paragraph. Spell out acronyms the first time (RSA, QPV, CPF).' },
      {
        title: 'Write inclusively and readably',
        body: 'In French, use the middle dot sparingly (technicien·ne) or both forms (les habitantes et les habitants), and prefer gender-neutral words when they exist.',
      },
      {
        title: 'Always quote the source of figures',
        body: 'Every key figure comes with its source and year, for example: Entreprendre Ensemble, Stratégie 20 000 — des emplois durables pour tous, 2024.',
      },
      {
        title: 'Take care of French typography',
        body: 'Typographic apostrophe (’), non-breaking space before colons, semicolons, exclamation and question marks, French quotation marks « like this ».',
      },
      {
        title: 'Never write in yellow on white',
        body: 'Energy yellow does not give enough contrast on light backgrounds. Keep it for decorative shapes and text on navy.',
      },
      {
        title: 'Do not convey information by colour alone',
        body: 'A full or cancelled event is flagged with text (“Full”, “Cancelled”), not only with a coloured dot.',
      },
      {
        title: 'Do not distort or recolour the logo',
        body: 'Only use the versions in the kit: colour on light backgrounds, white on navy, monochrome for black-and-white printing.',
      },
      {
        title: 'Do not put text in images',
        body: 'Text in an image cannot be translated, read by screen readers or enlarged. Text belongs in the page; an informative image gets a text alternative.',
      },
    ],
  },
};
