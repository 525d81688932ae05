/**
 * Matches a request against the route table as API Gateway (HTTP API) does: the most specific path wins
 * (a literal segment beats `{param}`, which beats a greedy `{proxy+}`), then the method; an `ANY` route
 * takes whatever method no specific route of that path has. Used by the local gateway to route, and by the
 * catch-all function (`ANY /api/{proxy+}`) to answer 404, or 405 with `Allow`, identically in AWS and locally.
 */
import type { Route } from './route-spec.ts';

export type Match =
  { kind: 'route'; route: Route; params: Record<string, string> } | { kind: 'no-route' } | { kind: 'wrong-method'; allowed: string[] };

interface Compiled {
  route: Route;
  pattern: RegExp;
  names: string[];
  /** Lower is more specific: literal segments first, then parameters, then greedy parameters. */
  rank: number;
}

const compile = (route: Route): Compiled => {
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

const paramsOf = (hit: { c: Compiled; m: RegExpExecArray }): Record<string, string> => {
  const params: Record<string, string> = {};
  hit.c.names.forEach((name, i) => {
    params[name] = decodeURIComponent(hit.m[i + 1]!);
  });
  return params;
};

export const routeMatcher = (routes: readonly Route[]) => {
  const compiled = routes.map(compile);
  return (method: string, path: string): Match => {
    const hits = compiled
      .map((c) => ({ c, m: c.pattern.exec(path) }))
      .filter((h): h is { c: Compiled; m: RegExpExecArray } => h.m !== null)
      .sort((a, b) => a.c.rank - b.c.rank);
    const wanted = method.toUpperCase();
    const hit = hits.find((h) => h.c.route.method === wanted) ?? hits.find((h) => h.c.route.method === 'ANY');
    if (hit) return { kind: 'route', route: hit.c.route, params: paramsOf(hit) };
    const allowed = [...new Set(hits.map((h) => h.c.route.method))];
    return allowed.length ? { kind: 'wrong-method', allowed } : { kind: 'no-route' };
  };
};
