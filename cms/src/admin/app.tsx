import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    locales: ['fr'],
    translations: {
      fr: {
        'Auth.form.welcome.title': 'Bienvenue sur 20 000 emplois durables',
        'Auth.form.welcome.subtitle': 'Connectez-vous pour mettre à jour le site',
        'app.components.LeftMenu.navbrand.title': '20 000 emplois',
        'app.components.LeftMenu.navbrand.workplace': 'Espace éditorial',
        'app.components.MediaLibraryBanner.intro': 'Nouvelle médiathèque',
        'app.components.MediaLibraryBanner.text.enabled': 'Vous utilisez la nouvelle version de la médiathèque.',
        'app.components.MediaLibraryBanner.button.enabled': 'En savoir plus (site de Strapi, en anglais)',
        'app.components.MediaLibraryBanner.close': 'Fermer',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
