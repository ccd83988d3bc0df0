import type { media as fr } from '../fr/media';
import type { Widen } from '../types';

/** Interface text of the videos and maps shown on request (components/media/). */
export const media: Widen<typeof fr> = {
  separator: ': ',
  video: {
    play: 'Play the video',
    notice: (service: string, host: string) =>
      `The video is hosted by ${service}. It loads only if you play it: your browser then connects to ${host}.`,
    link: (service: string) => `Watch the video on ${service}`,
    linkOther: (host: string) => `Watch the video (on ${host})`,
    frameTitle: (title: string) => `Video: ${title}`,
  },
  map: {
    show: 'Show the map',
    notice: 'The map comes from OpenStreetMap. It loads only if you show it: your browser then connects to openstreetmap.org.',
    link: 'See on OpenStreetMap',
    frameTitle: (place: string) => `Map: ${place}`,
  },
};
