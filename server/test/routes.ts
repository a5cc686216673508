import type { FastifyInstance } from 'fastify';

export interface RegisteredRoute {
  method: string;
  /** The path as Fastify spells it (`/api/habits/:id`). */
  url: string;
}

const LINE = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/;

/**
 * Every route the app registered, read from `printRoutes` (the tree Fastify prints, whose
 * nodes are path fragments): the one listing Fastify offers after the routes are in place.
 */
export function registeredRoutes(app: FastifyInstance): RegisteredRoute[] {
  const stack: string[] = [];
  const routes: RegisteredRoute[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const depth = (m[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(m[2] ?? '');
    const url = stack.join('');
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim())) {
      if (method) routes.push({ method, url });
    }
  }
  return routes;
}

/** `/api/habits/:id` as OpenAPI writes it: `/api/habits/{id}`. */
export const toOpenApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');
