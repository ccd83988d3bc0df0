/** Interface text of the shared-link previews (Open Graph images and tags). */
export const share = {
  /** The home page's image title (other pages show their own title). */
  homeImageTitle: 'Entreprises qui recrutent, métiers, formations et accompagnement',
} as const;
