import type { Core, UID } from '@strapi/strapi';
import { isPreviewToken } from '../bootstrap/preview-token';

type Populate = Record<string, true | { fields?: string[]; populate?: Populate | '*' }>;

const LABEL_FIELDS = ['name', 'title', 'firstName', 'month', 'label'];
const cache = new Map<string, Populate>();

/**
 * What the read API returns is decided here, not by the caller: every media and component
 * in full, every relation as a reference (documentId, slug and its label field).
 */
export function buildPopulate(strapi: Core.Strapi, uid: UID.Schema): Populate {
  const cached = cache.get(uid);
  if (cached) return cached;
  const schema = strapi.getModel(uid);
  const populate: Populate = {};
  for (const [name, attribute] of Object.entries(schema.attributes) as [string, any][]) {
    if (attribute.type === 'media') populate[name] = true;
    else if (attribute.type === 'component') populate[name] = { populate: buildPopulate(strapi, attribute.component) };
    else if (attribute.type === 'relation' && attribute.target?.startsWith('api::')) {
      const target = strapi.getModel(attribute.target).attributes;
      populate[name] = { fields: ['slug', ...LABEL_FIELDS].filter((field) => field in target) };
    }
  }
  cache.set(uid, populate);
  return populate;
}

const populateMiddleware = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    const apiName = ctx.state?.route?.info?.apiName;
    if (apiName) ctx.query.populate = buildPopulate(strapi, `api::${apiName}.${apiName}` as UID.ContentType);
    // Published content only, whatever the token (a leaked build token never exposes drafts),
    // except for the preview server's own token, which may ask for `status=draft`.
    ctx.query.status = isPreviewToken(ctx.state?.auth) && ctx.query.status === 'draft' ? 'draft' : 'published';
    await next();
  };
};

export default populateMiddleware;
