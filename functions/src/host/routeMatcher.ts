import type { HttpRoute } from './table';

/**
 * Matches paths below /api against Functions-style routes ("people/{id}"). Literal segments
 * compare case-insensitively, as in the Functions host; a parameter takes one whole segment,
 * percent-decoded. Routes with more literal segments win ("dev/token" before "{kind}/token").
 */

type Segment = { literal: string } | { param: string };

interface CompiledRoute {
  route: HttpRoute;
  segments: Segment[];
  literals: number;
}

export interface RouteMatch {
  route: HttpRoute;
  params: Record<string, string>;
}

export interface PathLookup {
  /** Routes whose path matched, with their parameters (methods not yet considered). */
  matches: RouteMatch[];
  /** A segment could not be percent-decoded. */
  malformed: boolean;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

export function compileRoute(route: HttpRoute): CompiledRoute {
  const segments = splitPath(route.route).map((part): Segment => {
    const param = /^\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}$/.exec(part);
    if (param?.[1]) return { param: param[1] };
    if (part.includes('{') || part.includes('}')) {
      throw new Error(`Route "${route.route}" of ${route.name}: only whole-segment {parameters} are supported`);
    }
    return { literal: part.toLowerCase() };
  });
  return { route, segments, literals: segments.filter((s) => 'literal' in s).length };
}

export function createRouteMatcher(routes: HttpRoute[]): (pathBelowApi: string) => PathLookup {
  const compiled = routes.map(compileRoute).sort((a, b) => b.literals - a.literals);
  return (pathBelowApi) => {
    const rawSegments = splitPath(pathBelowApi);
    const matches: RouteMatch[] = [];
    let malformed = false;
    for (const candidate of compiled) {
      if (candidate.segments.length !== rawSegments.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      candidate.segments.forEach((segment, index) => {
        const raw = rawSegments[index] ?? '';
        if (!ok) return;
        if ('literal' in segment) {
          ok = safeDecode(raw)?.toLowerCase() === segment.literal;
          return;
        }
        const decoded = safeDecode(raw);
        if (decoded === undefined) {
          malformed = true;
          ok = false;
          return;
        }
        params[segment.param] = decoded;
      });
      if (ok) matches.push({ route: candidate.route, params });
    }
    return { matches, malformed };
  };
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
