/** Imports a function module under functions/ once and returns its `handler`, as Lambda's runtime would. */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const FUNCTIONS_DIR = resolve(import.meta.dirname, '..', 'functions');

const cache = new Map<string, Promise<unknown>>();

/** `module` as in the route and worker tables: `events/get-event`. */
export const loadFunction = <H>(module: string): Promise<H> => {
  let loaded = cache.get(module);
  if (!loaded) {
    loaded = import(pathToFileURL(resolve(FUNCTIONS_DIR, `${module}.ts`)).href).then((m: { handler: unknown }) => {
      if (typeof m.handler !== 'function') throw new Error(`functions/${module}.ts exports no handler`);
      return m.handler;
    });
    cache.set(module, loaded);
  }
  return loaded as Promise<H>;
};
