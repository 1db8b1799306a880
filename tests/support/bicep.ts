import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'web-tree-sitter';

/**
 * Bicep read through tree-sitter-bicep (the WASM grammar the package ships, run by
 * web-tree-sitter): no Bicep compiler can be installed offline, but a syntax tree is enough to
 * prove the files parse and to read declarations, app settings and outputs without regexes over
 * raw text.
 */

export type SyntaxNode = Parser.SyntaxNode;

export const INFRA_DIR = path.resolve(__dirname, '../../infra');

let parser: Promise<Parser> | undefined;

export function bicepParser(): Promise<Parser> {
  parser ??= (async () => {
    await Parser.init();
    const language = await Parser.Language.load(require.resolve('tree-sitter-bicep/tree-sitter-bicep.wasm'));
    const p = new Parser();
    p.setLanguage(language);
    return p;
  })();
  return parser;
}

export async function parseBicep(source: string): Promise<SyntaxNode> {
  return (await bicepParser()).parse(source).rootNode;
}

/** Every .bicep file under infra/, relative to it ("main.bicep", "modules/cosmos.bicep", …). */
export function bicepFiles(dir = INFRA_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.bicep'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

export async function parseBicepFile(relativePath: string): Promise<SyntaxNode> {
  return parseBicep(readFileSync(path.join(INFRA_DIR, relativePath), 'utf8'));
}

/** ERROR and MISSING nodes as "line:column ERROR near …"; [] for a clean parse. */
export function syntaxProblems(root: SyntaxNode): string[] {
  const problems: string[] = [];
  const visit = (node: SyntaxNode) => {
    if (node.type === 'ERROR' || node.isMissing) {
      const where = `${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
      problems.push(`${where} ${node.isMissing ? `MISSING ${node.type}` : 'ERROR'} near ${JSON.stringify(node.text.slice(0, 60))}`);
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  return problems;
}

export type DeclarationKind = 'param' | 'var' | 'output' | 'resource' | 'module';

export interface Declaration {
  kind: DeclarationKind;
  name: string;
  /** Decorator texts, e.g. "@secure()". */
  decorators: string[];
  /** param: the default value (if any); var/output: the value; resource/module: the body. */
  value: SyntaxNode | undefined;
  /** resource/module: the type or path string, e.g. "Microsoft.Web/sites@2024-04-01". */
  target: string | undefined;
  node: SyntaxNode;
}

const KINDS: Record<string, DeclarationKind> = {
  parameter_declaration: 'param',
  variable_declaration: 'var',
  output_declaration: 'output',
  resource_declaration: 'resource',
  module_declaration: 'module',
};

/** Top-level declarations in order, with the decorators written above each. */
export function declarations(root: SyntaxNode): Declaration[] {
  const result: Declaration[] = [];
  let pendingDecorators: string[] = [];
  for (const node of root.namedChildren) {
    if (node.type === 'decorators') {
      pendingDecorators = node.namedChildren.map((d) => d.text);
      continue;
    }
    const kind = KINDS[node.type];
    if (!kind) continue;
    const children = node.namedChildren.filter((c) => c.type !== 'comment');
    const name = children[0]?.text ?? '';
    const rest = children.slice(1);
    const targetNode = kind === 'resource' || kind === 'module' ? rest.find((c) => c.type === 'string') : undefined;
    const valueCandidates = rest.filter((c) => c !== targetNode && c.type !== 'type');
    result.push({
      kind,
      name,
      decorators: pendingDecorators,
      value: valueCandidates[valueCandidates.length - 1],
      target: targetNode ? stringLiteral(targetNode) : undefined,
      node,
    });
    pendingDecorators = [];
  }
  return result;
}

/** The text of a string node without interpolation, else undefined. */
export function stringLiteral(node: SyntaxNode | undefined | null): string | undefined {
  if (!node || node.type !== 'string') return undefined;
  if (node.namedChildren.some((c) => c.type !== 'string_content' && c.type !== 'escape_sequence')) return undefined;
  return node.namedChildren.map((c) => (c.type === 'escape_sequence' ? c.text.slice(1) : c.text)).join('');
}

/** The key of an object_property (identifier or quoted). */
export function propertyKey(property: SyntaxNode): string {
  const key = property.namedChildren[0];
  return stringLiteral(key) ?? key?.text ?? '';
}

/** Direct property `key` of an object node. */
export function property(object: SyntaxNode | undefined, key: string): SyntaxNode | undefined {
  const prop = object?.namedChildren.find((c) => c.type === 'object_property' && propertyKey(c) === key);
  return prop?.namedChildren.filter((c) => c.type !== 'comment')[1];
}

/** Every object_property named `key` anywhere below `node`, as its value node. */
export function findProperties(node: SyntaxNode, key: string): SyntaxNode[] {
  return node
    .descendantsOfType('object_property')
    .filter((p) => propertyKey(p) === key)
    .map((p) => p.namedChildren.filter((c) => c.type !== 'comment')[1])
    .filter((v): v is SyntaxNode => v !== undefined);
}
