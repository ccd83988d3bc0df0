import { enums, labels, type EnumName, type Lang } from './schemas/labels.js';

/**
 * Which enumeration of the content model each enumeration field of the Strapi schemas holds, by uid then field.
 * The stored values stay the English slugs of `enums` (the public contract, URLs and feeds rely on them); the admin
 * shows editors the labels of `labels` instead (cms/src/admin/enum-labels.tsx). Checked against the Strapi schemas by
 * shared/test/admin-enums.test.ts.
 */
export const enumFields = {
  'api::company.company': { presence: 'presence' },
  'api::job.job': { accessLevel: 'level' },
  'api::training-path.training-path': { format: 'trainingFormat', level: 'level' },
  'api::support-solution.support-solution': { theme: 'supportTheme' },
  'api::venue.venue': { kind: 'venueKind' },
  'api::event.event': { type: 'eventType', registration: 'registration', state: 'eventState' },
  'api::visit.visit': { mode: 'visitMode', booking: 'booking' },
  'api::partner.partner': { kind: 'partnerKind' },
  'venue.opening-hours': { day: 'weekday' },
  'brand.rule': { kind: 'brandRuleKind' },
} as const satisfies Record<string, Record<string, EnumName>>;

/** What an admin screen knows of an enumeration field: its name (last segment of its path) and its values. */
function enumKey(field: string, values: readonly string[]): string {
  return `${field}:${[...values].sort().join('|')}`;
}

const byKey = new Map<string, EnumName>();
for (const fields of Object.values(enumFields)) {
  for (const [field, name] of Object.entries(fields) as [string, EnumName][]) {
    byKey.set(enumKey(field, enums[name].options), name);
  }
}

/**
 * The enumeration behind a field of an admin screen, from the field's name (`day`, or a path such as
 * `openingHours.0.day`) and the values Strapi offers for it; undefined for a field of no known enumeration.
 * The admin does not always know the content type a field belongs to (fields of components, list filters):
 * name and values together identify the enumeration without ambiguity (`registration` and `booking` share values).
 */
export function enumOfField(field: string, values: readonly string[]): EnumName | undefined {
  const name = field.split('.').filter((segment) => !/^\d+$/.test(segment)).pop() ?? field;
  return byKey.get(enumKey(name, values));
}

/**
 * The label editors see for one stored value: the readers' label with a capital first letter, so that
 * lowercase labels (« s’installe », « lundi ») read well alone in a select or a table cell. The value itself
 * when it is not one of the enumeration's (an old value still in the database stays readable).
 */
export function adminEnumLabel(name: EnumName, value: string, lang: Lang = 'fr'): string {
  const label = (labels[name] as Record<string, Record<Lang, string> | undefined>)[value]?.[lang];
  if (label === undefined) return value;
  return label.charAt(0).toLocaleUpperCase(lang) + label.slice(1);
}
