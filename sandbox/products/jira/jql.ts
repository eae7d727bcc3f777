/**
 * The JQL the sandbox understands: what the app searches with, parsed properly (so a malformed query fails like
 * Jira's, with "Error in the JQL Query: ..."), and nothing more. Anything else is refused with a 400 that says it
 * is the sandbox's limit, not Jira's, so that a new query in the app is noticed rather than silently unanswered.
 *
 *   query   := [or] [ORDER BY sort {, sort}]
 *   or      := and {OR and};   and := unary {AND unary};   unary := '(' or ')' | clause
 *   clause  := (key | issuekey | issue | id) (= value | IN '(' value {, value} ')')
 *            | project (= value | IN '(' ... ')')
 *            | issue.property[KEY].path (= value | IN '(' ... ')')
 *   sort    := (key | id | created | updated) [ASC | DESC]
 */

export class JqlError extends Error {}

export type JqlField =
  | { kind: 'key' }
  | { kind: 'project' }
  | { kind: 'property'; propertyKey: string; path: string; text: string };

export interface JqlClause {
  kind: 'clause';
  field: JqlField;
  values: string[];
  /** Whether each value was quoted: `= 7` and `= "7"` compare differently to a number property. */
  quoted: boolean[];
}

export type JqlNode = JqlClause | { kind: 'and' | 'or'; items: JqlNode[] };

export type SortField = 'key' | 'created' | 'updated';

export interface JqlQuery {
  where?: JqlNode;
  orderBy: { field: SortField; descending: boolean }[];
}

interface Token {
  kind: 'word' | 'string' | 'op' | 'punct';
  text: string;
  at: number;
}

const SUPPORTED =
  'the local Jira sandbox understands key/issuekey = or IN (...), project = or IN (...), ' +
  'issue.property[KEY].path = "value" or IN (...), AND, OR, parentheses and ORDER BY key, created or updated';

const unsupported = (what: string) =>
  new JqlError(
    `Error in the JQL Query: ${what} is not supported here: ${SUPPORTED}. Jira itself may accept it; ` +
      'if the app needs it, teach sandbox/products/jira/jql.ts.',
  );

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: 'punct', text: c, at: i });
      i += 1;
      continue;
    }
    if (c === '"' || c === "'") {
      let value = '';
      let j = i + 1;
      for (; j < text.length && text[j] !== c; j += 1) {
        if (text[j] === '\\' && j + 1 < text.length) j += 1;
        value += text[j];
      }
      if (j >= text.length)
        throw new JqlError(
          `Error in the JQL Query: The quoted string '${text.slice(i)}' has not been completed. (line 1, character ${i + 1})`,
        );
      tokens.push({ kind: 'string', text: value, at: i });
      i = j + 1;
      continue;
    }
    const op = /^(!=|!~|>=|<=|=|~|>|<)/.exec(text.slice(i));
    if (op) {
      tokens.push({ kind: 'op', text: op[1]!, at: i });
      i += op[1]!.length;
      continue;
    }
    const word = /^[^\s()=,!~<>"']+/.exec(text.slice(i));
    if (!word)
      throw new JqlError(`Error in the JQL Query: unexpected character '${c}' at character ${i + 1}`);
    tokens.push({ kind: 'word', text: word[0], at: i });
    i += word[0].length;
  }
  return tokens;
}

const isWord = (token: Token | undefined, word: string) =>
  token?.kind === 'word' && token.text.toLowerCase() === word;

function fieldOf(token: Token): JqlField {
  const name = token.text.toLowerCase();
  if (['key', 'issuekey', 'issue', 'id'].includes(name)) return { kind: 'key' };
  if (name === 'project') return { kind: 'project' };
  const property = /^issue\.property\[([^\]]+)\]\.(.+)$/i.exec(token.text);
  if (property) {
    const propertyKey = property[1]!.trim();
    const path = property[2]!.trim();
    return { kind: 'property', propertyKey, path, text: token.text };
  }
  throw unsupported(`the field '${token.text}'`);
}

export function parseJql(text: string): JqlQuery {
  const tokens = tokenize(text);
  let position = 0;
  const peek = () => tokens[position];
  const next = () => tokens[position++];
  const describe = (token: Token | undefined) =>
    token ? `'${token.text}' (character ${token.at + 1})` : 'the end of the query';

  function parseValue(): { value: string; quoted: boolean } {
    const token = next();
    if (token?.kind === 'string') return { value: token.text, quoted: true };
    if (token?.kind === 'word') {
      if (['empty', 'null'].includes(token.text.toLowerCase())) throw unsupported('EMPTY / NULL');
      if (tokens[position]?.kind === 'punct' && tokens[position]?.text === '(')
        throw unsupported(`the function ${token.text}()`);
      return { value: token.text, quoted: false };
    }
    throw new JqlError(`Error in the JQL Query: Expecting a value but got ${describe(token)}.`);
  }

  function parseClause(): JqlNode {
    const fieldToken = next();
    if (fieldToken?.kind !== 'word')
      throw new JqlError(`Error in the JQL Query: Expecting a field name but got ${describe(fieldToken)}.`);
    if (isWord(fieldToken, 'not')) throw unsupported('NOT');
    const field = fieldOf(fieldToken);
    const op = peek();
    if (op?.kind === 'op' && op.text === '=') {
      position += 1;
      const { value, quoted } = parseValue();
      return { kind: 'clause', field, values: [value], quoted: [quoted] };
    }
    if (isWord(op, 'in')) {
      position += 1;
      if (next()?.text !== '(')
        throw new JqlError(`Error in the JQL Query: Expecting '(' after IN but got ${describe(peek())}.`);
      const values: string[] = [];
      const quoted: boolean[] = [];
      for (;;) {
        const item = parseValue();
        values.push(item.value);
        quoted.push(item.quoted);
        const separator = next();
        if (separator?.text === ')') break;
        if (separator?.text !== ',')
          throw new JqlError(`Error in the JQL Query: Expecting ',' or ')' but got ${describe(separator)}.`);
      }
      return { kind: 'clause', field, values, quoted };
    }
    if (op?.kind === 'op' || isWord(op, 'not') || isWord(op, 'is') || isWord(op, 'was'))
      throw unsupported(`the operator '${op!.text}'`);
    throw new JqlError(
      `Error in the JQL Query: Expecting operator but got ${describe(op)}. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.`,
    );
  }

  function parseUnary(): JqlNode {
    if (peek()?.text === '(' && peek()?.kind === 'punct') {
      position += 1;
      const inner = parseOr();
      if (next()?.text !== ')')
        throw new JqlError(
          `Error in the JQL Query: Expecting ')' but got ${describe(tokens[position - 1])}.`,
        );
      return inner;
    }
    return parseClause();
  }

  function parseAnd(): JqlNode {
    const items = [parseUnary()];
    while (isWord(peek(), 'and')) {
      position += 1;
      items.push(parseUnary());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  function parseOr(): JqlNode {
    const items = [parseAnd()];
    while (isWord(peek(), 'or')) {
      position += 1;
      items.push(parseAnd());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  const query: JqlQuery = { orderBy: [] };
  if (peek() && !isWord(peek(), 'order')) query.where = parseOr();
  if (isWord(peek(), 'order')) {
    position += 1;
    if (!isWord(next(), 'by'))
      throw new JqlError(`Error in the JQL Query: Expecting 'by' but got ${describe(tokens[position - 1])}.`);
    for (;;) {
      const sort = next();
      const name = sort?.kind === 'word' ? sort.text.toLowerCase() : '';
      const field: SortField | undefined =
        name === 'key' || name === 'issuekey' || name === 'id'
          ? 'key'
          : name === 'created' || name === 'updated'
            ? name
            : undefined;
      if (!field) {
        if (sort?.kind === 'word') throw unsupported(`ORDER BY ${sort.text}`);
        throw new JqlError(`Error in the JQL Query: Expecting a field name but got ${describe(sort)}.`);
      }
      let descending = false;
      if (isWord(peek(), 'asc') || isWord(peek(), 'desc')) descending = isWord(next(), 'desc');
      query.orderBy.push({ field, descending });
      if (peek()?.text !== ',') break;
      position += 1;
    }
  }
  if (position < tokens.length)
    throw new JqlError(
      `Error in the JQL Query: Expecting either 'OR' or 'AND' but got ${describe(tokens[position])}.`,
    );
  if (!query.where)
    throw new JqlError(
      'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
    );
  return query;
}

/** Every clause of the query, for checks that do not depend on an issue (unknown projects, unindexed properties). */
export function clausesOf(node: JqlNode | undefined): JqlClause[] {
  if (!node) return [];
  return node.kind === 'clause' ? [node] : node.items.flatMap(clausesOf);
}

export function evaluate(node: JqlNode, matches: (clause: JqlClause) => boolean): boolean {
  if (node.kind === 'clause') return matches(node);
  return node.kind === 'and'
    ? node.items.every((item) => evaluate(item, matches))
    : node.items.some((item) => evaluate(item, matches));
}
