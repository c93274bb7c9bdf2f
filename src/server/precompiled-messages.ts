import { parse } from '@formatjs/icu-messageformat-parser';
import { parseAst, type Plugin } from 'vite';

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** The dictionaries: the English one in i18n.ts, each other language in messages/<locale>.ts. */
const DICTIONARY = /\/src\/lib\/(i18n|messages\/[a-z]+)\.ts$/;
const NAMES = new Set(['en', 'de']);

function* walk(node: unknown): Generator<Node> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
    return;
  }
  const n = node as Node;
  if (typeof n.type === 'string') yield n;
  for (const value of Object.values(n)) if (value && typeof value === 'object') yield* walk(value);
}

/**
 * Parses every ICU message at build time and ships its syntax tree, so the browser never parses
 * one: the app's bundle carries intl-messageformat's formatter (about 2.6 KB gzip) without its
 * parser (about 7 KB gzip), which the build swaps for FormatJS's parser-less stand-in. A message
 * that does not parse fails the build, naming its key. Tests and the dev server parse at run time.
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'precompiled-messages',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
      },
    }),
    transform: {
      filter: { id: DICTIONARY },
      handler(code, id) {
        const program = parseAst(code);
        const edits: { start: number; end: number; text: string }[] = [];
        for (const node of walk(program)) {
          const declarator = node as Node & { id?: { name?: string }; init?: Node };
          if (node.type !== 'VariableDeclarator' || !NAMES.has(declarator.id?.name ?? '')) continue;
          const object = declarator.init;
          if (object?.type !== 'ObjectExpression') continue;
          for (const property of object.properties as (Node & { key: Node & { value?: string }; value: Node })[]) {
            const key = property.key?.value;
            const value = property.value as Node & { value?: unknown };
            // Every message must become a tree: a string left over would need the parser the bundle lacks.
            if (property.type !== 'Property' || value.type !== 'Literal' || typeof value.value !== 'string')
              this.error(`${id}: the message ${String(key)} is not a plain string literal`);
            let tree: unknown;
            try {
              tree = parse(value.value as string, { ignoreTag: true });
            } catch (error) {
              this.error(`${id}: the message ${String(key)} is not valid ICU MessageFormat: ${String(error)}`);
            }
            edits.push({ start: value.start, end: value.end, text: JSON.stringify(tree) });
          }
        }
        if (edits.length === 0) this.error(`${id}: no dictionary (const en / const de) found to precompile`);
        let out = code;
        for (const edit of edits.sort((a, b) => b.start - a.start))
          out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
        return { code: out, map: null };
      },
    },
  };
}
