import type { ComponentType } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { Earth } from '@strapi/icons';
import { SitePublisherPanel } from './site-publisher/Panel';
import { EnumerationField, labelEnumerationColumns, labelEnumerationFilters } from './enum-labels';
import { frTranslations } from './translations-fr';

export default {
  config: {
    locales: ['fr'],
    translations: {
      fr: {
        // Strapi's strings it ships only in English (home page, list and edit views, guided tour).
        ...frTranslations,
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
    // Strapi opens in English until someone picks a language on the login page: editors start in French.
    if (!window.localStorage.getItem('strapi-admin-language')) window.localStorage.setItem('strapi-admin-language', 'fr');
    // Enumeration fields of every edit view: French labels for the stored values (see ./enum-labels.tsx).
    app.addFields({ type: 'enumeration', Component: EnumerationField as ComponentType });
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
  bootstrap(app: Pick<StrapiApp, 'getPlugin' | 'registerHook'>) {
    const contentManager = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
    contentManager.addEditViewSidePanel([SitePublisherPanel]);
    // List views: French labels in enumeration cells and filters (see ./enum-labels.tsx).
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', labelEnumerationColumns);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', labelEnumerationFilters);
  },
};
