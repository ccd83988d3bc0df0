/** Interface text of the videos and maps shown on request (components/media/). */
export const media = {
  /** Between the button's action and its subject, read by screen readers: « Afficher la carte : Point relais ». */
  separator: '\u00a0: ',
  video: {
    /** Button of the placeholder; the video's title follows, for screen readers. */
    play: 'Lancer la vidéo',
    /** « La vidéo est hébergée par YouTube : … » */
    notice: (service: string, host: string) =>
      `La vidéo est hébergée par ${service}. Elle ne se charge que si vous la lancez\u00a0: votre navigateur se connecte alors à ${host}.`,
    /** Plain link beside the player. */
    link: (service: string) => `Voir la vidéo sur ${service}`,
    linkOther: (host: string) => `Voir la vidéo (sur ${host})`,
    /** Title of the iframe once inserted. */
    frameTitle: (title: string) => `Vidéo\u00a0: ${title}`,
  },
  map: {
    show: 'Afficher la carte',
    notice:
      'La carte vient d’OpenStreetMap. Elle ne se charge que si vous l’affichez\u00a0: votre navigateur se connecte alors à openstreetmap.org.',
    link: 'Voir sur OpenStreetMap',
    frameTitle: (place: string) => `Carte\u00a0: ${place}`,
  },
} as const;
