import type { share as fr } from '../fr/share';
import type { Widen } from '../types';

/** Interface text of the shared-link previews (Open Graph images and tags). */
export const share: Widen<typeof fr> = {
  homeImageTitle: 'Companies hiring, jobs, trainings and support',
};
