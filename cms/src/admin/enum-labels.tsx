/**
 * Editors read and pick French words, never the English slugs stored in the database (`info-session`,
 * `barrier-removal`…), which stay unchanged: the public contract, URLs and feeds rely on them. The labels come from
 * @dk20000/shared (labels of every enumeration, and which enumeration each Strapi field holds).
 *
 * Strapi 5.54's content manager shows an enumeration value as is in three places, each replaced here:
 * - the edit view select: `app.addFields({ type: 'enumeration' })` renders every enumeration field of the edit view
 *   (content types and components alike) with our component, which passes labelled options to Strapi's own input;
 * - the list view cells: the `inject-column-in-table` hook gives enumeration columns a `cellFormatter`;
 * - the list view filters: the `inject-in-filters` hook labels the options of the select, and gives the filter an
 *   `input`, which is what makes Strapi show the label (not the value) in the chip of an applied filter.
 */
import type { ComponentProps } from 'react';
import { useIntl } from 'react-intl';
import { InputRenderer } from '@strapi/admin/strapi-admin';
import { Typography } from '@strapi/design-system';
import type { InjectableListViewFilter, ListFieldLayout, ListLayout } from '@strapi/content-manager/strapi-admin';
import { adminEnumLabel, enumOfField, type EnumName } from '@dk20000/shared';

type Lang = 'fr' | 'en';
type Option = { value: string; label: string };

/** The admin's interface language: French, or English for an editor who chose it in their profile. */
const langOf = (locale: string | undefined): Lang => (locale?.startsWith('en') ? 'en' : 'fr');

function labelledOptions(field: string, values: readonly string[], lang: Lang): Option[] | undefined {
  const name = enumOfField(field, values);
  if (!name) return undefined;
  return values.map((value) => ({ value, label: adminEnumLabel(name, value, lang) }));
}

interface EnumerationFieldProps {
  name: string;
  attribute?: { type: string; enum?: string[] };
  [prop: string]: unknown;
}

/** The edit view's enumeration input: Strapi's own select, with French labels for the stored values. */
export function EnumerationField(props: EnumerationFieldProps) {
  const { locale } = useIntl();
  const values = props.attribute?.enum ?? [];
  const options = labelledOptions(props.name, values, langOf(locale)) ?? values.map((value) => ({ value, label: value }));
  const inputProps = { ...props, type: 'enumeration', options } as unknown as ComponentProps<typeof InputRenderer>;
  return <InputRenderer {...inputProps} />;
}

function EnumerationCell({ name, value }: { name: EnumName; value: unknown }) {
  const { locale } = useIntl();
  if (typeof value !== 'string' || value === '') {
    return <Typography textColor="neutral800">-</Typography>;
  }
  return <Typography textColor="neutral800">{adminEnumLabel(name, value, langOf(locale))}</Typography>;
}

interface ColumnsArgs {
  displayedHeaders: ListFieldLayout[];
  layout: ListLayout;
}

/** `Admin/CM/pages/ListView/inject-column-in-table`: enumeration columns show French labels. */
export function labelEnumerationColumns({ displayedHeaders, layout }: ColumnsArgs): ColumnsArgs {
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) => {
      const attribute = header.attribute as { type: string; enum?: string[] };
      if (attribute.type !== 'enumeration' || header.cellFormatter) return header;
      const name = enumOfField(header.name, attribute.enum ?? []);
      if (!name) return header;
      return { ...header, cellFormatter: (row) => <EnumerationCell name={name} value={row[header.name]} /> };
    }),
  };
}

/** The value input of an enumeration filter: the same select as Strapi's, with the options given to the filter. */
function EnumerationFilterInput(props: { name: string; options?: InjectableListViewFilter['options'] }) {
  const options = (props.options ?? []).map((option) =>
    typeof option === 'string' ? { value: option, label: option } : { value: option.value, label: option.label ?? option.value },
  );
  const inputProps = { ...props, type: 'enumeration', options } as unknown as ComponentProps<typeof InputRenderer>;
  return <InputRenderer {...inputProps} />;
}

interface FiltersArgs {
  displayedFilters: InjectableListViewFilter[];
  layout: ListLayout;
}

/** `Admin/CM/pages/ListView/inject-in-filters`: enumeration filters offer, and show once applied, French labels. */
export function labelEnumerationFilters({ displayedFilters, layout }: FiltersArgs): FiltersArgs {
  // Hooks run outside React components: the language is the one the admin set on the page.
  const lang = langOf(document.documentElement.lang);
  return {
    layout,
    displayedFilters: displayedFilters.map((filter) => {
      if (filter.type !== 'enumeration' || !filter.options || filter.input) return filter;
      const values = filter.options.map((option) => (typeof option === 'string' ? option : option.value));
      const options = labelledOptions(filter.name, values, lang);
      if (!options) return filter;
      return { ...filter, options, input: EnumerationFilterInput };
    }),
  };
}
