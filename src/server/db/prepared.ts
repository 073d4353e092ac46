import type { Compilable, CompiledQuery, Insertable } from 'kysely';
import type { Db } from './connect.js';
import type { Database } from './schema.js';
import { cacheScope, PerDatabase } from './cache-scope.js';

/** A named place for a value in a prepared query, standing where the value will go. */
class Slot {
  constructor(readonly name: string) {}

  // A slot turned into text (JSON.stringify, a template) would put its name in the query
  // instead of the value: refuse at the first build rather than store the wrong thing.
  toJSON(): never {
    throw new TypeError(
      `prepared query: the value "${this.name}" is used inside an expression; pass it to the query as it is`,
    );
  }

  toString(): never {
    return this.toJSON();
  }
}

/** Where each parameter of the compiled query comes from: an argument by name, or a constant of the query. */
type Source = Readonly<{ name: string }> | Readonly<{ value: unknown }>;

type Compiled = Readonly<{ query: CompiledQuery; sources: readonly Source[] }>;

function withSources(query: CompiledQuery): Compiled {
  return {
    query,
    sources: query.parameters.map((p) => (p instanceof Slot ? { name: p.name } : { value: p })),
  };
}

/**
 * A query of fixed shape, built and compiled by Kysely once per database, then run with new
 * values: building and compiling cost more than running for the small statements every request
 * makes (the session, the roles) and for the wide inserts of a ticket's creation.
 *
 * `build` receives the values as placeholders: each may be passed to the query as a value
 * (`where(col, '=', args.x)`, `values({ col: args.x })`, `limit(args.n)`) but not taken apart,
 * put in a list (`in`) or turned into text, since it is only a placeholder when the query is
 * built. Anything that changes the query's shape (an optional filter, a list's length) belongs
 * in a query of its own. An argument passed as `undefined` is refused, where Kysely would leave
 * the column out.
 */
export function prepared<A extends Record<string, unknown>, O>(
  build: (db: Db, args: A) => Compilable<O>,
): (db: Db, args: A) => Promise<O[]> {
  const compiled = new WeakMap<object, Compiled>();
  const compile = (db: Db): Compiled => {
    const scope = cacheScope(db);
    let found = compiled.get(scope);
    if (!found) {
      const slots = new Proxy({} as A, { get: (_target, name) => new Slot(String(name)) });
      found = withSources(build(db, slots).compile());
      compiled.set(scope, found);
    }
    return found;
  };
  return async (db, args) => {
    const { query, sources } = compile(db);
    const parameters = sources.map((source) => {
      if (!('name' in source)) return source.value;
      const value = args[source.name];
      if (value === undefined) throw new TypeError(`prepared query: no value for "${source.name}"`);
      return value;
    });
    const result = await db.executeQuery<O>({ ...query, parameters });
    return result.rows;
  };
}

const inserts = new PerDatabase<Compiled>();

/**
 * Inserts one row, with the statement compiled once per table and set of columns: a ticket's
 * row has fifty of them, and Kysely builds a node for each on every insert. Columns whose
 * value is `undefined` are left out, as Kysely leaves them out.
 */
export async function insertRow<T extends keyof Database & string>(
  db: Db,
  table: T,
  row: Insertable<Database[T]>,
): Promise<void> {
  const values = row as Record<string, unknown>;
  const columns = Object.keys(values).filter((column) => values[column] !== undefined);
  const byShape = inserts.of(db);
  const key = `${table}(${columns.join(',')})`;
  let found = byShape.get(key);
  if (!found) {
    found = withSources(
      db
        .insertInto(table)
        .values(Object.fromEntries(columns.map((column) => [column, new Slot(column)])) as never)
        .compile(),
    );
    byShape.set(key, found);
  }
  await db.executeQuery({
    ...found.query,
    parameters: found.sources.map((source) => ('name' in source ? values[source.name] : source.value)),
  });
}
