/**
 * Matches a request against the route table as API Gateway (HTTP API) does: the most specific path wins
 * (a literal segment beats `{param}`, which beats a greedy `{proxy+}`), then the method; an `ANY` route
 * takes whatever method no specific route of that path has. Used by the local gateway to route, and by the
 * catch-all function (`ANY /api/{proxy+}`) to answer 404, or 405 with `Allow`, identically in AWS and locally.
 */
import type { Route } from './route-spec.ts';

/** What matching needs of a route: the catch-all function has only these (functions/route-facts.ts). */
type Routed = Pick<Route, 'method' | 'path'>;

export type Match<R extends Routed = Route> =
  { kind: 'route'; route: R; params: Record<string, string> } | { kind: 'no-route' } | { kind: 'wrong-method'; allowed: string[] };

interface Compiled<R extends Routed> {
  route: R;
  pattern: RegExp;
  names: string[];
  /** Lower is more specific: literal segments first, then parameters, then greedy parameters. */
  rank: number;
}

const compile = <R extends Routed>(route: R): Compiled<R> => {
  const names: string[] = [];
  let rank = 0;
  const source = route.path
    .split('/')
    .map((segment) => {
      const greedy = /^\{(\w+)\+\}$/.exec(segment);
      if (greedy) {
        names.push(greedy[1]!);
        rank += 1000;
        return '(.+)';
      }
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]!);
      rank += 1;
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names, rank };
};

const paramsOf = (hit: { c: Compiled<Routed>; m: RegExpExecArray }): Record<string, string> => {
  const params: Record<string, string> = {};
  hit.c.names.forEach((name, i) => {
    params[name] = decodeURIComponent(hit.m[i + 1]!);
  });
  return params;
};

export const routeMatcher = <R extends Routed>(routes: readonly R[]) => {
  const compiled = routes.map(compile);
  return (method: string, path: string): Match<R> => {
    const hits = compiled
      .map((c) => ({ c, m: c.pattern.exec(path) }))
      .filter((h): h is { c: Compiled<R>; m: RegExpExecArray } => h.m !== null)
      .sort((a, b) => a.c.rank - b.c.rank);
    const wanted = method.toUpperCase();
    const hit = hits.find((h) => h.c.route.method === wanted) ?? hits.find((h) => h.c.route.method === 'ANY');
    if (hit) return { kind: 'route', route: hit.c.route, params: paramsOf(hit) };
    const allowed = [...new Set(hits.map((h) => h.c.route.method))];
    return allowed.length ? { kind: 'wrong-method', allowed } : { kind: 'no-route' };
  };
};
