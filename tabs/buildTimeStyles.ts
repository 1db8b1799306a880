import fs from 'node:fs';
import { createRequire } from 'node:module';
import type * as Babel from '@babel/core';
import type * as Griffel from '@griffel/babel-preset';
import { normalizePath, type Plugin } from 'vite';

// CommonJS packages, whose exports Node's ESM loader does not all see as named ones.
const require = createRequire(import.meta.url);
const babel = require('@babel/core') as typeof Babel;
const griffel = require('@griffel/babel-preset') as typeof Griffel;

/** Where the tab's modules import Fluent (and Griffel's style functions) from. */
const FLUENT = '@fluentui/react-components';
const STYLE_FUNCTIONS = ['makeStyles', 'makeResetStyles', 'makeStaticStyles'];

const inStyleDefinition = (path: Babel.NodePath): boolean =>
  path.findParent((parent) => {
    if (!parent.isCallExpression()) return false;
    const callee = parent.get('callee');
    return STYLE_FUNCTIONS.some((name) => callee.referencesImport(FLUENT, name));
  }) !== null;

/**
 * Fluent's design tokens in the style definitions (`tokens.colorNeutralForeground1`) written as the
 * values they stand for (`var(--colorNeutralForeground1)`). A definition of literals only is
 * resolved as it is; one that reads anything imported is run in a sandbox that loads Fluent's
 * whole CommonJS build, some 100 ms a file. Most of the tab's definitions read only tokens.
 */
function tokensAsValues({ types }: { types: typeof Babel.types }): Babel.PluginObj {
  const { tokens } = require(FLUENT) as { tokens: Record<string, string | undefined> };
  return {
    name: 'koers-tokens-as-values',
    visitor: {
      MemberExpression(member) {
        const object = member.get('object');
        const property = member.node.property;
        if (member.node.computed || property.type !== 'Identifier' || !object.referencesImport(FLUENT, 'tokens') || !inStyleDefinition(member)) return;
        const value = tokens[property.name];
        if (value === undefined) throw member.buildCodeFrameError(`Fluent has no token ${property.name}`);
        member.replaceWith(types.stringLiteral(value));
      },
    },
  };
}

/** Where a module of the tab defines styles: the calls Griffel can resolve when the tab is built. */
const STYLE_DEFINITION = new RegExp(`\\b(?:${STYLE_FUNCTIONS.join('|')})\\b`);

/** @swc/helpers' ESM files (Fluent's CommonJS build requires the helpers; Node's resolution picks the ESM file). */
const SWC_HELPERS_ESM = /([/\\]@swc[/\\]helpers[/\\])esm([/\\][^/\\]+)\.js$/;

/**
 * The preset runs the code a style definition needs (tokens, focus styles) in Node, through
 * Fluent's CommonJS build. Node resolves @swc/helpers, which that build requires, to its ES
 * module (the "module-sync" condition), which the evaluator's sandbox cannot run: it gets the
 * package's CommonJS twin of the same file instead.
 */
const swcHelpersAsCommonJs: Griffel.Evaluator = (filename) => [fs.readFileSync(filename.replace(SWC_HELPERS_ESM, '$1cjs$2.cjs'), 'utf8'), null];

const presetOptions = (projectRoot: string): Griffel.BabelPluginOptions => ({
  projectRoot,
  // How the tab's own modules a definition imports are read while it is evaluated.
  babelOptions: { presets: ['@babel/preset-typescript', ['@babel/preset-react', { runtime: 'automatic' }]] },
  // The last rule a file matches applies: the tab's modules are shaken to what the styles need,
  // packages run as they are, the helpers as CommonJS.
  evaluationRules: [
    { action: griffel.shakerEvaluator },
    { test: /[/\\]node_modules[/\\]/, action: 'ignore' },
    { test: SWC_HELPERS_ESM, action: swcHelpersAsCommonJs },
  ],
});

/**
 * The tab's styles computed when it is built: every makeStyles / makeResetStyles call of
 * `projectRoot`'s own modules becomes Griffel's pre-computed form (`__styles` with the class
 * names and CSS rules), as Fluent's packages ship theirs. The browser then only inserts the rules;
 * the resolver that turns style objects into CSS (stylis, rtl-css-js, @griffel/core's
 * resolveStyleRules) is no longer part of the tab. The same class names come out as at run time,
 * so the tab looks the same. The dev server and jest keep resolving at run time.
 */
export function buildTimeStyles(projectRoot: string): Plugin {
  const options = presetOptions(projectRoot);
  // Vite's module ids spell paths with forward slashes, on Windows too.
  const ownModules = `${normalizePath(projectRoot)}/`;
  return {
    name: 'koers-build-time-styles',
    apply: 'build',
    // Before Vite strips the types: the result is still TypeScript (and JSX), only the style calls change.
    enforce: 'pre',
    transform: {
      filter: { id: /\.tsx?$/, code: STYLE_DEFINITION },
      async handler(code, id) {
        if (!id.startsWith(ownModules) || id.includes('/node_modules/')) return null;
        const result = await babel.transformAsync(code, {
          filename: id,
          babelrc: false,
          configFile: false,
          parserOpts: { plugins: id.endsWith('.tsx') ? ['typescript', 'jsx'] : ['typescript'] },
          // Plugins run before presets, node by node: the tokens are values by the time the preset reads a definition.
          plugins: [tokensAsValues],
          presets: [[griffel.default, options]],
          sourceMaps: true,
        });
        if (!result?.code) throw new Error(`Griffel's build-time transform gave nothing for ${id}`);
        return { code: result.code, map: result.map };
      },
    },
  };
}
