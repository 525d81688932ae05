/** Matches a request against the route table, as API Gateway would: 404 for no path, 405 (with Allow) for no method. */
import type { Route } from '../shared/http/route-types.ts';

export type Match =
  | { kind: 'route'; route: Route; params: Record<string, string> }
  | { kind: 'no-route' }
  | { kind: 'wrong-method'; allowed: string[] };

interface Compiled {
  route: Route;
  pattern: RegExp;
  names: string[];
}

const compile = (route: Route): Compiled => {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]!);
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names };
};

export const routeMatcher = (routes: readonly Route[]) => {
  const compiled = routes.map(compile);
  return (method: string, path: string): Match => {
    const hits = compiled
      .map((c) => ({ c, m: c.pattern.exec(path) }))
      .filter((h): h is { c: Compiled; m: RegExpExecArray } => h.m !== null);
    if (hits.length === 0) return { kind: 'no-route' };
    // A literal segment beats a parameter, as in API Gateway (e.g. `registrations.csv` over `{id}`).
    hits.sort((a, b) => a.c.names.length - b.c.names.length);
    const hit = hits.find((h) => h.c.route.method === method.toUpperCase());
    if (!hit) return { kind: 'wrong-method', allowed: [...new Set(hits.map((h) => h.c.route.method))] };
    const params: Record<string, string> = {};
    hit.c.names.forEach((name, i) => {
      params[name] = decodeURIComponent(hit.m[i + 1]!);
    });
    return { kind: 'route', route: hit.c.route, params };
  };
};
