/**
 * What a content type's list view in the admin shows by default: its columns, in order, and how it is sorted.
 * Applied at each start by cms/src/bootstrap/list-layouts.ts, which keeps a view an editor changed since.
 */
export interface ListView {
  columns: string[];
  sortBy: string;
  sortOrder: 'ASC' | 'DESC';
}

/**
 * The columns editors need to find an entry at a glance (the publication status column is added by Strapi to
 * every type with drafts). Enumeration cells and filters show French labels (cms/src/admin/enum-labels.tsx), and
 * relation cells the name of the related entry (main fields of @dk20000/shared).
 */
export const listViews: Record<string, ListView> = {
  'api::event.event': { columns: ['title', 'startsAt', 'venue', 'type', 'state'], sortBy: 'startsAt', sortOrder: 'DESC' },
  'api::company.company': { columns: ['name', 'town', 'presence', 'sectors'], sortBy: 'name', sortOrder: 'ASC' },
  'api::job.job': { columns: ['title', 'romeCode', 'sector', 'accessLevel'], sortBy: 'title', sortOrder: 'ASC' },
  'api::training-path.training-path': { columns: ['title', 'format', 'level', 'town', 'provider'], sortBy: 'title', sortOrder: 'ASC' },
  'api::career-story.career-story': { columns: ['firstName', 'role', 'company', 'job'], sortBy: 'firstName', sortOrder: 'ASC' },
  'api::support-solution.support-solution': { columns: ['title', 'theme', 'provider'], sortBy: 'title', sortOrder: 'ASC' },
  'api::venue.venue': { columns: ['name', 'kind', 'town'], sortBy: 'name', sortOrder: 'ASC' },
  'api::visit.visit': { columns: ['title', 'mode', 'startVenue', 'durationMinutes', 'booking'], sortBy: 'title', sortOrder: 'ASC' },
  'api::programme.programme': { columns: ['month', 'title'], sortBy: 'month', sortOrder: 'DESC' },
  'api::partner.partner': { columns: ['name', 'kind', 'website'], sortBy: 'name', sortOrder: 'ASC' },
  'api::sector.sector': { columns: ['name', 'nafCodes'], sortBy: 'name', sortOrder: 'ASC' },
  'api::audience.audience': { columns: ['name', 'slug'], sortBy: 'name', sortOrder: 'ASC' },
  'api::town.town': { columns: ['name', 'postalCode', 'carreMagique'], sortBy: 'name', sortOrder: 'ASC' },
  'api::article.article': { columns: ['title', 'date', 'companies'], sortBy: 'date', sortOrder: 'DESC' },
  'api::page.page': { columns: ['title', 'slug'], sortBy: 'title', sortOrder: 'ASC' },
};
