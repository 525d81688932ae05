/**
 * The registrations list's search form: `q`, the filters that combine (status, delegation, role, kind) and the sort.
 * What it shows lives in the address (`?q=&status=&...`), so a search can be bookmarked, shared and gone back to;
 * a value the API refuses comes back as `errors[].path` `query.<name>` and is shown next to its field.
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import type { DelegationKind } from '../../../shared/domain/event-config.ts';
import { REGISTRATION_SORTS } from '../../../shared/domain/registration/registration-search.ts';
import { REGISTRATION_STATUSES, ROLES } from '../../../shared/domain/registration/registration.ts';
import { SelectField, TextField, type Option } from '../components/form-fields.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useLanguage } from '../i18n/language-context.ts';

/** Written out rather than imported: the event configuration's module would bring its schemas into the bundle. */
// `press`: the accredited journalists (delegation PRESS), a category the list filters on like a kind.
const DELEGATION_KINDS: readonly (DelegationKind | 'press')[] = ['member_state', 'observer', 'press'];

export const FILTER_NAMES = ['q', 'status', 'delegation', 'role', 'kind', 'sort'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type Filters = Record<FilterName, string>;

/** The filters in the address, '' where not given. */
export const filtersOf = (query: URLSearchParams): Filters =>
  Object.fromEntries(FILTER_NAMES.map((name) => [name, query.get(name) ?? ''])) as Filters;

/** The address query for these filters (empty ones left out, no cursor: a new search starts at its first page). */
export const queryOf = (filters: Filters): URLSearchParams => {
  const next = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name].trim()) next.set(name, filters[name].trim());
  return next;
};

export const RegistrationFilters = ({
  initial,
  delegations,
  errors,
  onApply,
}: {
  initial: Filters;
  delegations: Option[];
  /** Messages by filter name, from the API's `query.<name>` errors. */
  errors: Partial<Record<FilterName, string>>;
  onApply: (filters: Filters) => void;
}) => {
  const { t } = useLanguage();
  const [filters, setFilters] = useState(initial);
  const set = (name: FilterName) => (value: string) => setFilters((f) => ({ ...f, [name]: value }));
  const labelled = (prefix: string, values: readonly string[]) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }));
  const common = (name: FilterName) => ({ path: `filter.${name}`, optional: true, value: filters[name], onValue: set(name), error: errors[name] });

  return html`
    <form
      class="filters"
      role="search"
      aria-label=${t('registrations.filters')}
      onSubmit=${(e: Event) => {
        e.preventDefault();
        onApply(filters);
      }}
    >
      <${TextField} ...${common('q')} label=${t('search.q')} hint=${t('search.qHint')} type="text" spellcheck=${false} autocomplete="off" />
      <${SelectField}
        ...${common('status')}
        label=${t('table.status')}
        placeholder=${t('registrations.all')}
        options=${labelled('status', REGISTRATION_STATUSES)}
      />
      <${SelectField} ...${common('delegation')} label=${t('table.delegation')} placeholder=${t('registrations.all')} options=${delegations} />
      <${SelectField} ...${common('role')} label=${t('table.role')} placeholder=${t('registrations.all')} options=${labelled('role', ROLES)} />
      <${SelectField}
        ...${common('kind')}
        label=${t('search.kind')}
        placeholder=${t('registrations.all')}
        options=${labelled('kind', DELEGATION_KINDS)}
      />
      <${SelectField}
        ...${common('sort')}
        optional=${false}
        value=${filters.sort || 'createdAt'}
        label=${t('search.sort')}
        options=${labelled('sort', REGISTRATION_SORTS)}
      />
      <div class="field"><button class="button" type="submit">${t('registrations.apply')}</button></div>
    </form>
  `;
};
