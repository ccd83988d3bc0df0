import type { Core } from '@strapi/strapi';
import { adminLabels, mainFields } from '@dk20000/shared';

/**
 * Editors see French labels and help texts on every field: they are written in
 * @dk20000/shared (src/admin-labels.ts) and applied to the content manager's configuration at each start.
 */
export async function applyAdminLabels(strapi: Core.Strapi) {
  const contentManager = strapi.plugin('content-manager');
  for (const [uid, { fields }] of Object.entries(adminLabels)) {
    const isComponent = !uid.includes('::');
    const service = contentManager.service(isComponent ? 'components' : 'content-types');
    const model = isComponent ? strapi.components[uid as keyof typeof strapi.components] : strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
    if (!model) continue;
    const configuration = await service.findConfiguration(model);
    const metadatas = { ...configuration.metadatas };
    for (const [field, text] of Object.entries(fields)) {
      if (!metadatas[field]) continue;
      const attribute = (model.attributes as Record<string, any>)[field];
      const relationTarget = attribute?.type === 'relation' ? attribute.target : undefined;
      metadatas[field] = {
        edit: {
          ...metadatas[field].edit,
          label: text.label,
          description: text.description,
          placeholder: text.placeholder ?? '',
          ...(relationTarget && mainFields[relationTarget] ? { mainField: mainFields[relationTarget] } : {}),
        },
        list: {
          ...metadatas[field].list,
          label: text.label,
          ...(relationTarget && mainFields[relationTarget] ? { mainField: mainFields[relationTarget] } : {}),
        },
      };
    }
    const settings = { ...configuration.settings, ...(mainFields[uid] ? { mainField: mainFields[uid] } : {}) };
    await service.updateConfiguration(model, { ...configuration, settings, metadatas });
  }
}
