import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import * as v from 'valibot';
import { MetricIdSchema, rangeInOrder } from '../../src/lib/schemas.ts';
import { DealFileSchema, formatPath, type DealFile } from './schema.ts';

// The one judge of a deal file, for `npm run check-deal`, the build and the dev server alike: text
// in, every problem with its field path and line out (or the parsed file). Pure: no file system.

export interface Problem {
  /** Where in the file, e.g. `deal.events[3].date.date`; empty for the file as a whole. */
  path: string;
  message: string;
  line: number;
  column: number;
}

export type CheckResult = { ok: true; file: DealFile } | { ok: false; problems: Problem[] };

type Key = string | number;

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character (texts and field names take double quotes; true, false and null are lower-case)',
  InvalidNumberFormat: 'not a number JSON can read',
  PropertyNameExpected: 'expected a field name in double quotes (is there a comma too many before it?)',
  ValueExpected: 'expected a value (is there a comma too many before it?)',
  ColonExpected: 'expected ":" after the field name',
  CommaExpected: 'expected a comma before this',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'expected the end of the file: the file holds one object, { ... }',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfComment: 'JSON has no comments',
  UnexpectedEndOfString: 'a text is not closed: it needs a " at its end',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a \\u escape needs four hex digits',
  InvalidEscapeCharacter: 'unknown escape: a backslash goes before " \\ / b f n r t or u',
  InvalidCharacter: 'a text holds a line break or tab: write \\n or \\t',
};

// Where each offset's line starts, to turn offsets into lines and columns (both from 1).
function lineIndex(text: string) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

// The seed deal nests 8 levels; the parser, the checks and the schema walk a file recursively, and
// a few thousand levels overflow the stack. Refused before any of them runs.
const MAX_DEPTH = 64;

/**
 * The offset of the first `{` or `[` that opens level `limit + 1`, or null: measured in one pass
 * over the text, without recursion, so that no depth can overflow it.
 */
export function nestingBeyond(text: string, limit: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > limit) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return null;
}

/** Checks one deal file's text against the contract (the file's name goes in `formatFileProblems`). */
export function checkDealFile(text: string): CheckResult {
  // A byte-order mark is invisible in an editor; a space keeps every offset where it was.
  const source = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const at = lineIndex(source);
  if (source.trim() === '') {
    return {
      ok: false,
      problems: [{ path: '', message: 'the file is empty: a deal file holds { "deal": { ... } }', line: 1, column: 1 }],
    };
  }
  const tooDeep = nestingBeyond(source, MAX_DEPTH);
  if (tooDeep !== null) {
    const message = `nested more than ${MAX_DEPTH} levels deep (lists and objects inside one another): a deal file needs under 10; look for brackets that never close or a generated file gone wrong`;
    return { ok: false, problems: [{ path: '', message, ...at(tooDeep) }] };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !tree) {
    // The first error is the one to fix: the ones after it are mostly its echoes.
    const error = errors[0];
    const where = at(error ? error.offset : source.length);
    const message = (error && JSON_ERRORS[printParseErrorCode(error.error)]) ?? 'not JSON a parser can read';
    return { ok: false, problems: [{ path: '', message: `invalid JSON: ${message}`, ...where }] };
  }
  if (tree.type !== 'object') {
    return {
      ok: false,
      problems: [
        { path: '', message: 'expected one object, { "deal": { ... }, "metrics": { ... } }', ...at(tree.offset) },
      ],
    };
  }

  const problems: Problem[] = duplicateKeys(tree, at);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `invalid JSON: ${(error as Error).message}`, ...at(0) }] };
  }

  const result = v.safeParse(DealFileSchema, data, { abortEarly: false });
  if (result.success) problems.push(...unknownFields(data, result.output, tree, at));
  else problems.push(...result.issues.map((issue) => problemOf(issue, tree, at)));
  if (result.success && problems.length === 0) return { ok: true, file: result.output };
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, problems };
}

type At = ReturnType<typeof lineIndex>;

/** The node at `path`, or the nearest one above it that the file has. */
function nodeAt(tree: Node, path: Key[]): { node: Node; exact: boolean } {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) return { node, exact: n === path.length };
  }
  return { node: tree, exact: false };
}

function problemOf(issue: v.BaseIssue<unknown>, tree: Node, at: At): Problem {
  const path: Key[] = (issue.path ?? []).map((item) => item.key as Key);
  const { node, exact } = nodeAt(tree, path);
  // Point at the field's name where there is one: that is where the eye looks.
  const anchor = exact && node.parent?.type === 'property' ? node.parent : node;
  return { path: formatPath(path), message: messageOf(issue, path), ...at(anchor.offset) };
}

const unquote = (s: string) => s.replace(/^\((.*)\)$/, '$1');

/** Valibot's wording, made to read as what to write instead. */
function messageOf(issue: v.BaseIssue<unknown>, path: Key[]): string {
  const last = issue.path?.at(-1);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const known = path.length === 1 ? '$schema, deal, metrics' : MetricIdSchema.options.join(', ');
    return `unknown field: a deal file here has only ${known}`;
  }
  if (last?.origin === 'key' && issue.received === 'undefined') return 'missing: this field is required';
  if (issue.kind === 'schema') return `expected ${unquote(issue.expected ?? '')}, got ${issue.received}`;
  if (issue.type === 'min_length') {
    if (typeof issue.input === 'string') return 'expected some text, got an empty one';
    return path.at(-1) === 'sources'
      ? 'expected at least one source: nothing goes in without a source'
      : `expected at least ${issue.requirement} ${issue.requirement === 1 ? 'entry' : 'entries'}, got none`;
  }
  if (issue.type === 'max_length') return `expected at most ${issue.requirement} characters, got ${issue.received}`;
  if (issue.type === 'integer') return `expected a whole number, got ${issue.received}`;
  // The contract says why (a stake is a share of the whole); valibot's default ("Invalid value: …") does not.
  const why = issue.message.startsWith('Invalid ') ? '' : `: ${issue.message}`;
  if (issue.type === 'min_value') return `expected ${issue.requirement} or more, got ${issue.received}${why}`;
  if (issue.type === 'max_value') return `expected ${issue.requirement} or less, got ${issue.received}${why}`;
  if (issue.type === 'finite') {
    return 'expected a finite number, got 1e400 or the like, which JSON reads as Infinity: write the figure in full, in its unit';
  }
  if (issue.type === 'check' && issue.requirement === rangeInOrder) {
    const { value, valueHigh } = issue.input as { value: number; valueHigh: number };
    return `the range runs from value (${value}) down to valueHigh (${valueHigh}): put the low end in value and the high end in valueHigh`;
  }
  // The contract's own messages ("expected a real day, YYYY-MM-DD") are already in these words.
  const value = issue.input;
  return typeof value === 'string' || typeof value === 'number'
    ? `${issue.message}, got ${JSON.stringify(value)}`
    : issue.message;
}

/** JSON.parse keeps the last of two equal keys without a word; an analyst would not expect that. */
function duplicateKeys(tree: Node, at: At, path: Key[] = []): Problem[] {
  const problems: Problem[] = [];
  if (tree.type === 'object') {
    const seen = new Map<string, Node>();
    for (const property of tree.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      const key = keyNode?.value as string;
      const earlier = seen.get(key);
      if (earlier) {
        problems.push({
          path: formatPath([...path, key]),
          message: `written twice (also on line ${at(earlier.offset).line}); JSON keeps only the last`,
          ...at(property.offset),
        });
      }
      seen.set(key, property);
      if (valueNode) problems.push(...duplicateKeys(valueNode, at, [...path, key]));
    }
  } else if (tree.type === 'array') {
    (tree.children ?? []).forEach((child, i) => problems.push(...duplicateKeys(child, at, [...path, i])));
  }
  return problems;
}

/** Fields the contract does not know are left out when served: most likely a misspelt name. */
function unknownFields(input: unknown, output: unknown, tree: Node, at: At, path: Key[] = []): Problem[] {
  const problems: Problem[] = [];
  if (Array.isArray(input) && Array.isArray(output)) {
    input.forEach((item, i) => problems.push(...unknownFields(item, output[i], tree, at, [...path, i])));
  } else if (input && output && typeof input === 'object' && typeof output === 'object') {
    for (const [key, value] of Object.entries(input)) {
      const here = [...path, key];
      if (!Object.hasOwn(output, key)) {
        const { node } = nodeAt(tree, here);
        problems.push({
          path: formatPath(here),
          message: 'unknown field, which the contract would drop: check its spelling',
          ...at(node.parent?.type === 'property' ? node.parent.offset : node.offset),
        });
      } else {
        problems.push(...unknownFields(value, (output as Record<string, unknown>)[key], tree, at, here));
      }
    }
  }
  return problems;
}

/** One problem as check-deal, the build and the dev server print it. */
export function formatProblem(problem: Problem): string {
  const where = problem.path ? `${problem.path}: ` : '';
  const line = problem.path ? `(line ${problem.line})` : `(line ${problem.line}, column ${problem.column})`;
  return `${where}${problem.message} ${line}`;
}

/** A file's problems, one per line under its name. */
export function formatFileProblems(fileName: string, problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`${fileName}: ${count}`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/** Two files with one deal id: the address /deals/<id> could only show one of them. */
export function duplicateIdMessage(id: string, firstFile: string, secondFile: string): string {
  return `${firstFile} and ${secondFile} both hold the deal id "${id}": give each deal its own id (deal.id)`;
}
