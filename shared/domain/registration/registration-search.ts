/**
 * The secretariat's search over one event's registrations: what `q` matches, the sort orders, and the keyset
 * position a cursor resumes after. Pure: the adapter reads the registrations (a bounded query, never a scan) and
 * hands them here; docs/registration.md, "Search, sort and filters", says how many it is built for and what it costs.
 */
import type { Registration, RegistrationKind, RegistrationStatus, Role } from './registration.ts';

export const REGISTRATION_SORTS = ['createdAt', '-createdAt', 'name', '-name', 'delegation', '-delegation', 'status', '-status'] as const;
export type RegistrationSort = (typeof REGISTRATION_SORTS)[number];
export const DEFAULT_SORT: RegistrationSort = 'createdAt';

/**
 * The most registrations one search reads (every status partition of the event together). A meeting of 12 member
 * states and a few observers has hundreds; ten thousand leaves an order of magnitude of room and still fits one
 * function's memory and a couple of seconds. Past it the search is refused (422 `search-too-broad`) rather than
 * silently incomplete: a status filter narrows what is read.
 */
export const MAX_SEARCHED = 10_000;

export interface SearchFilter {
  status?: RegistrationStatus;
  delegation?: string;
  role?: Role;
  /** A delegation kind, or `press`: the accredited journalists. */
  kind?: RegistrationKind;
  q?: string;
}

/** Lower case, accents and other combining marks removed, runs of spaces collapsed: "  PÉREZ  Núñez" -> "perez nunez". */
export const foldText = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The words of a search; every one must appear in the name, the email or the reference (in any order). */
export const searchTerms = (q: string | undefined): string[] => (q ? foldText(q).split(' ').filter(Boolean) : []);

// A journalist is also found by their outlet (their institution): that is how the press desk knows them.
const haystack = (r: Registration): string =>
  foldText(
    [
      r.participant.title ?? '',
      r.participant.givenName,
      r.participant.familyName,
      r.participant.email,
      r.reference,
      r.role === 'press' ? r.participant.institution : '',
    ].join(' '),
  );

export const matches = (r: Registration, filter: SearchFilter, terms: string[]): boolean => {
  if (filter.status !== undefined && r.status !== filter.status) return false;
  if (filter.delegation !== undefined && r.delegation !== filter.delegation) return false;
  if (filter.role !== undefined && r.role !== filter.role) return false;
  if (filter.kind !== undefined && r.delegationKind !== filter.kind) return false;
  if (terms.length === 0) return true;
  const text = haystack(r);
  return terms.every((term) => text.includes(term));
};

/** The order statuses are worked through: what needs a decision first. */
const STATUS_ORDER: Record<RegistrationStatus, string> = {
  pending_approval: '0',
  nominated: '1',
  waitlisted: '2',
  confirmed: '3',
  declined: '4',
  cancelled: '5',
};

const sortName = (r: Registration) => foldText(`${r.participant.familyName} ${r.participant.givenName}`);

/**
 * Each registration's position under a sort, as one string compared by code points, then the id (a ULID) to
 * break ties. The same value goes into the cursor, so a page resumes after that position even if the
 * registration it came from has since changed or left the results.
 */
export const sortValue = (r: Registration, sort: RegistrationSort): string => {
  switch (sort.replace(/^-/, '')) {
    case 'name':
      return sortName(r);
    case 'delegation':
      return `${r.delegation}\u0000${sortName(r)}`;
    case 'status':
      return `${STATUS_ORDER[r.status]}\u0000${r.createdAt}`;
    default:
      return r.createdAt;
  }
};

export interface Position {
  value: string;
  id: string;
}

const compare = (a: Position, b: Position): number => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One page of the matching registrations, sorted, after `after`, and whether more follow. */
export const searchPage = (
  all: readonly Registration[],
  filter: SearchFilter,
  sort: RegistrationSort,
  limit: number,
  after: Position | undefined,
): { items: Registration[]; last: Position | undefined; more: boolean } => {
  const terms = searchTerms(filter.q);
  const sign = sort.startsWith('-') ? -1 : 1;
  const positioned = all
    .filter((r) => matches(r, filter, terms))
    .map((r) => ({ r, at: { value: sortValue(r, sort), id: r.id } }))
    .filter(({ at }) => after === undefined || sign * compare(at, after) > 0)
    .sort((a, b) => sign * compare(a.at, b.at));
  const page = positioned.slice(0, limit);
  return { items: page.map(({ r }) => r), last: page.at(-1)?.at, more: positioned.length > limit };
};
