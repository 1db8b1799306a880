import type { Plugin } from 'vite';

/** What a module declares about its imports and exports, read from its code once. */
interface Shape {
  /** Every module this one imports from, and which of its names (`*`: all of them, none: only its body). */
  imports: { source: string; names: string[] }[];
  /** A name this module exports that another module declares: the source and the name there. */
  forwarded: Map<string, { source: string; name: string }>;
  /** `export * from`: the sources whose names this module passes on. */
  starSources: string[];
  /** The names this module exports of its own. */
  local: Set<string>;
  /** Whether the module has import or export statements; one that has none (CommonJS) is taken whole. */
  esm: boolean;
}

interface EstreeNode {
  type: string;
  [field: string]: unknown;
}

const nameOf = (node: unknown): string => {
  const identifier = node as { name?: string; value?: string };
  return identifier.name ?? identifier.value ?? '';
};

/** The names a declaration's pattern binds (`export const { a, b: [c] } = …`). */
function declaredNames(pattern: EstreeNode, into: Set<string>): void {
  const nested: EstreeNode[] =
    pattern.type === 'ObjectPattern'
      ? (pattern.properties as EstreeNode[]).map((property) => (property.value ?? property.argument) as EstreeNode)
      : pattern.type === 'ArrayPattern'
        ? (pattern.elements as (EstreeNode | null)[]).filter((element): element is EstreeNode => element !== null)
        : pattern.type === 'RestElement'
          ? [pattern.argument as EstreeNode]
          : pattern.type === 'AssignmentPattern'
            ? [pattern.left as EstreeNode]
            : [];
  if (pattern.type === 'Identifier') into.add(nameOf(pattern));
  for (const inner of nested) declaredNames(inner, into);
}

function shapeOf(program: { body: EstreeNode[] }): Shape {
  const shape: Shape = { imports: [], forwarded: new Map(), starSources: [], local: new Set(), esm: false };
  const importedAs = new Map<string, { source: string; name: string }>();
  for (const statement of program.body) {
    const source = (statement.source as { value?: string } | null | undefined)?.value;
    if (statement.type === 'ImportDeclaration' && source !== undefined) {
      shape.esm = true;
      const specifiers = statement.specifiers as EstreeNode[];
      const names = specifiers.map((specifier) => {
        const name = specifier.type === 'ImportNamespaceSpecifier' ? '*' : specifier.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(specifier.imported);
        importedAs.set(nameOf(specifier.local), { source, name });
        return name;
      });
      shape.imports.push({ source, names });
    } else if (statement.type === 'ExportAllDeclaration' && source !== undefined) {
      shape.esm = true;
      if (statement.exported) shape.forwarded.set(nameOf(statement.exported), { source, name: '*' });
      else shape.starSources.push(source);
    } else if (statement.type === 'ExportNamedDeclaration') {
      shape.esm = true;
      const declaration = statement.declaration as EstreeNode | null | undefined;
      if (declaration?.type === 'VariableDeclaration') for (const declarator of declaration.declarations as EstreeNode[]) declaredNames(declarator.id as EstreeNode, shape.local);
      else if (declaration) shape.local.add(nameOf(declaration.id));
      for (const specifier of (statement.specifiers as EstreeNode[] | undefined) ?? []) {
        const exported = nameOf(specifier.exported);
        const local = nameOf(specifier.local);
        const imported = importedAs.get(local);
        if (source !== undefined) shape.forwarded.set(exported, { source, name: local });
        else if (imported) shape.forwarded.set(exported, imported);
        else shape.local.add(exported);
      }
    } else if (statement.type === 'ExportDefaultDeclaration') {
      shape.esm = true;
      shape.local.add('default');
    }
  }
  return shape;
}

/** How a build's modules are read: Rolldown's plugin context in `buildEnd`. */
interface ModuleGraph {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): { code: string | null; isEntry: boolean; exports?: string[]; importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
  parse(code: string): unknown;
  resolve(source: string, importer: string): Promise<{ id: string } | null>;
}

/** The pages of the home route, as sources such as 'src/pages/HomePage.tsx' or a package name, and what only a click on them opens. */
export interface HomeRoute {
  pages: readonly string[];
  onClick: readonly string[];
  /** Whether what the pages load lazily for themselves counts (default: it does). */
  lazy?: boolean;
}

/**
 * The modules the first screen runs: those the entry imports, and those the home route's pages
 * import, with what the pages load lazily for themselves except what a click opens. Imports are
 * followed by name through modules that only pass names on (a package's index), as the bundler's
 * tree-shaking reads them: importing Button from Fluent's index takes Button's module, not every
 * component the index names. A module that is taken is taken whole, with all it imports.
 */
export function firstScreenModules(homeRoute: () => Promise<HomeRoute>): { plugin: Plugin; has(id: string): boolean } {
  let taken: Set<string> | undefined;
  const plugin: Plugin = {
    name: 'koers-first-screen-modules',
    apply: 'build',
    async buildEnd() {
      const { pages, onClick, lazy = true } = await homeRoute();
      const graph = this as unknown as ModuleGraph;
      const shapes = new Map<string, Shape>();
      const shape = (id: string): Shape => {
        let known = shapes.get(id);
        if (!known) {
          known = shapeOf(graph.parse(graph.getModuleInfo(id)?.code ?? '') as { body: EstreeNode[] });
          shapes.set(id, known);
        }
        return known;
      };
      const resolved = new Map<string, string | null>();
      const resolve = async (source: string, importer: string): Promise<string | null> => {
        const key = `${importer}\0${source}`;
        if (!resolved.has(key)) resolved.set(key, (await graph.resolve(source, importer))?.id ?? null);
        return resolved.get(key) ?? null;
      };

      /**
       * The modules that asking for these modules takes: a demand is for one name of a module
       * (`*`: all of them; '': only its body, `import './x'`). `lazy`: whose lazy imports count,
       * but never those in `unless`.
       */
      const closure = async (seeds: string[], lazy: (id: string) => boolean, unless: ReadonlySet<string> = new Set()): Promise<Set<string>> => {
        const into = new Set<string>();
        const asked = new Set<string>();
        const demandFrom = async (importer: string, source: string, name: string): Promise<void> => {
          const target = await resolve(source, importer);
          if (target) await demand(target, name);
        };
        const take = async (id: string): Promise<void> => {
          if (into.has(id)) return;
          into.add(id);
          const info = graph.getModuleInfo(id);
          const { imports, esm } = shape(id);
          if (!esm) for (const imported of info?.importedIds ?? []) await demand(imported, '*');
          for (const { source, names } of imports) for (const name of names.length === 0 ? [''] : names) await demandFrom(id, source, name);
          if (lazy(id)) for (const target of info?.dynamicallyImportedIds ?? []) if (!unless.has(target)) await demand(target, '*');
        };
        const demand = async (id: string, name: string): Promise<void> => {
          const key = `${id}\0${name}`;
          if (asked.has(key) || !graph.getModuleInfo(id)) return;
          asked.add(key);
          const { forwarded, starSources, local } = shape(id);
          if (name === '*') {
            await take(id);
            for (const passed of forwarded.values()) await demandFrom(id, passed.source, passed.name);
            for (const source of starSources) await demandFrom(id, source, '*');
            return;
          }
          const passed = forwarded.get(name);
          if (passed) return demandFrom(id, passed.source, passed.name);
          if (name === '' || local.has(name) || starSources.length === 0) return take(id);
          // `export * from`: the module that has the name (all of them when a module's names are unknown).
          for (const source of starSources) {
            const target = await resolve(source, id);
            const names = target ? graph.getModuleInfo(target)?.exports : undefined;
            if (target && (names === undefined || names.includes(name))) await demand(target, name);
          }
        };
        for (const seed of seeds) await demand(seed, '*');
        return into;
      };

      const ids = [...graph.getModuleIds()];
      const entries = ids.filter((id) => graph.getModuleInfo(id)?.isEntry);
      const shell = await closure(entries, () => false);
      const lazyTargets = new Set(ids.flatMap((id) => graph.getModuleInfo(id)?.dynamicallyImportedIds ?? []));
      const matching = (sources: readonly string[]) => [...lazyTargets].filter((id) => sources.some((source) => id.replace(/\\/g, '/').includes(source)));
      // What the pages load lazily for themselves counts, what the shell loads lazily (other pages, languages) does not.
      const pagesTaken = await closure(matching(pages), (id) => lazy && !shell.has(id), new Set(matching(onClick)));
      taken = new Set([...shell, ...pagesTaken]);
    },
  };
  const has = (id: string): boolean => {
    if (!taken) throw new Error('the first screen is known only once the build has read every module');
    return taken.has(id);
  };
  return { plugin, has };
}
