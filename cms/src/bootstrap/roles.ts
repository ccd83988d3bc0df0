import type { Core } from '@strapi/strapi';

const EXPLORER = 'plugin::content-manager.explorer';

/** Using the media library: browse, upload, edit (alt text, folders), download and copy links. */
const MEDIA_LIBRARY = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

/**
 * The editorial roles and their permissions, on every api:: content type (explained in docs/roles.md).
 * In Strapi 5, `update` writes the draft; only `publish` makes it public (and unpublishes).
 */
export const EDITORIAL_ROLES = [
  {
    code: 'redacteur',
    name: 'Rédacteur·rice',
    description: 'Rédige et modifie les brouillons de tous les contenus, utilise la médiathèque. Ne peut ni publier ni supprimer.',
    content: ['create', 'read', 'update'],
    media: MEDIA_LIBRARY,
  },
  {
    code: 'editeur',
    name: 'Éditeur·rice',
    description: 'Gère tous les contenus : rédige, publie, dépublie et supprime ; utilise la médiathèque.',
    content: ['create', 'read', 'update', 'delete', 'publish'],
    media: MEDIA_LIBRARY,
  },
] as const;

interface Permission {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

/** One permission per action and api:: type, on all its fields (as the admin's « tout cocher ») and every locale. */
async function contentPermissions(strapi: Core.Strapi, actions: readonly string[]): Promise<Permission[]> {
  const { actionProvider } = strapi.service('admin::permission') as any;
  const locales = ((await strapi.plugin('i18n').service('locales').find()) as { code: string }[]).map((l) => l.code);
  const registered = actions.map((action) => actionProvider.get(`${EXPLORER}.${action}`)).filter(Boolean);
  const restrictedSubjects = [...new Set(registered.flatMap((a: { subjects: string[] }) => a.subjects))].filter((uid) => !uid.startsWith('api::'));
  const permissions = (strapi.service('admin::content-type') as any).getPermissionsWithNestedFields(registered, { restrictedSubjects }) as Permission[];
  return permissions.map(({ action, subject, properties }) => {
    const localized = (strapi.getModel(subject as never) as any)?.pluginOptions?.i18n?.localized;
    return { action, subject, properties: { ...properties, ...(localized ? { locales } : {}) }, conditions: [] };
  });
}

/** Creates or updates the editorial roles; their permissions follow the code at each start. */
export async function ensureEditorialRoles(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role') as any;
  for (const { code, name, description, content, media } of EDITORIAL_ROLES) {
    let role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) {
      role = await roles.create({ code, name, description });
      strapi.log.info(`Admin role « ${name} » created`);
    } else if (role.name !== name || role.description !== description) {
      role = await strapi.db.query('admin::role').update({ where: { id: role.id }, data: { name, description } });
    }
    const permissions = [...(await contentPermissions(strapi, content)), ...media.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))];
    await roles.assignPermissions(role.id, permissions);
  }
}
