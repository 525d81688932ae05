/**
 * The one way the pages call the API: JSON in and out, problem details (RFC 9457) turned into `ApiProblem`
 * with the same `errors[].path` names the forms use, and no secrets in anything thrown.
 */
import type { FieldError, Problem } from './responses.ts';

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    /** The problem's slug, e.g. `already-registered` (from `/problems/already-registered`); `network` when offline. */
    readonly slug: string,
    readonly errors: FieldError[] = [],
    readonly detail?: string,
  ) {
    super(`${status} ${slug}`);
    this.name = 'ApiProblem';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  token?: string;
  idempotencyKey?: string;
  /** A conditional save over the version loaded (412 edit-conflict when it is no longer the stored one). */
  ifMatch?: string;
  /** `*`: create only (412 edit-conflict when the resource exists already). */
  ifNoneMatch?: '*';
  query?: Record<string, string | number | undefined>;
}

export const apiUrl = (path: string, query: RequestOptions['query'] = {}): string => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') search.set(name, String(value));
  const qs = search.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
};

const toProblem = async (response: Response): Promise<ApiProblem> => {
  try {
    // Partial: a proxy or gateway in between may answer an error with other JSON than a problem.
    const body = (await response.json()) as Partial<Problem>;
    const slug = (body.type ?? '').split('/').pop() || String(response.status);
    return new ApiProblem(response.status, slug, Array.isArray(body.errors) ? body.errors : [], body.detail);
  } catch {
    return new ApiProblem(response.status, String(response.status));
  }
};

export const send = async (path: string, options: RequestOptions = {}, accept = 'application/json'): Promise<Response> => {
  const headers: Record<string, string> = { Accept: `${accept}, application/problem+json` };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  if (options.ifNoneMatch) headers['If-None-Match'] = options.ifNoneMatch;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      credentials: 'omit',
    });
  } catch {
    throw new ApiProblem(0, 'network');
  }
  if (!response.ok) throw await toProblem(response);
  return response;
};

export const requestJson = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const response = await send(path, options);
  return (await response.json()) as T;
};
