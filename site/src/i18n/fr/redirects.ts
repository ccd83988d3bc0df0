/** Interface text of the redirect pages left at the old address of a renamed entry. */
export const redirects = {
  /** Page title (the programme name is added by the layout). */
  title: 'Page déplacée',
  heading: 'Cette page a changé d’adresse',
  /** Before the link to the new address. */
  moved: 'Cette page a changé d’adresse\u00a0:',
  hint: 'Le site vous y emmène automatiquement. Pensez à mettre à jour vos favoris et vos liens.',
  description: 'Cette page a changé d’adresse sur le site 20 000 emplois durables.',
} as const;
