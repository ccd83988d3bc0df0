import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { Earth } from '@strapi/icons';
import { SitePublisherPanel } from './site-publisher/Panel';

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
        'site-publisher.widget.title': 'Site public',
        // Strapi 5.54 ships no French for its preview: editors see these instead of English.
        'content-manager.preview.panel.title': 'Aperçu',
        'content-manager.preview.panel.button': 'Ouvrir l’aperçu',
        'content-manager.preview.panel.button-configuration': 'Configurer l’aperçu',
        'content-manager.preview.panel.button-disabled-tooltip': 'Enregistrez pour ouvrir l’aperçu',
        'content-manager.preview.page-title': 'Aperçu\u00a0: {contentType}',
        'content-manager.preview.header.close': 'Fermer l’aperçu',
        'content-manager.preview.copy.label': 'Copier le lien de l’aperçu',
        'content-manager.preview.copy.success': 'Lien de l’aperçu copié',
        'content-manager.preview.tabs.label': 'Version affichée',
        'content-manager.preview.content.close-editor': 'Fermer l’éditeur',
        'content-manager.preview.content.open-editor': 'Ouvrir l’éditeur',
        'content-manager.preview.device.select': 'Type d’écran',
        'content-manager.preview.device.desktop': 'Ordinateur',
        'content-manager.preview.device.mobile': 'Téléphone',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    // « Site public » first on the homepage: what editors come to check after publishing.
    app.widgets.register((widgets) => [
      {
        id: 'site-publisher',
        icon: Earth,
        title: { id: 'site-publisher.widget.title', defaultMessage: 'Site public' },
        component: async () => (await import('./site-publisher/Widget')).SitePublisherWidget,
      },
      ...widgets,
    ]);
  },
  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    const contentManager = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
    contentManager.addEditViewSidePanel([SitePublisherPanel]);
  },
};
