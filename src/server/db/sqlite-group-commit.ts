import type SQLite from 'better-sqlite3';
import {
  type CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';

/** What the driver needs of better-sqlite3 (statements tell whether they write). */
export type StatementSource = Readonly<{ prepare: (sql: string) => SQLite.Statement; close: () => void }>;

/** A physical commit is made at the latest after this many transactions have joined it. */
const MAX_BATCH = 64;

/**
 * Kysely's SQLite dialect with group commit. SQLite writes every page a transaction dirtied
 * to the WAL at its commit; a ticket's creation dirties some dozens (the row, its indexes,
 * history, outbox, counters), most of them the same pages the next creation dirties. So
 * transactions that come in together share one physical transaction: each runs inside a
 * savepoint of it (a failing one rolls back alone), and the physical commit follows as soon
 * as the connection is free, at most MAX_BATCH transactions later.
 *
 * What callers see does not change: `db.transaction().execute()` resolves only after the
 * physical commit (a crash before it loses nothing that was acknowledged), and a statement
 * outside a transaction that writes is committed before it resolves. Reads may see a batch's
 * work before its commit; it is committed unless the commit itself fails (the disk), and then
 * every transaction of the batch fails with it.
 */
export class GroupCommitSqliteDialect implements Dialect {
  readonly #database: StatementSource;

  constructor(database: StatementSource) {
    this.#database = database;
  }

  createDriver(): Driver {
    return new GroupCommitSqliteDriver(this.#database);
  }

  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }

  createAdapter() {
    return new SqliteAdapter();
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}

type Waiter = { resolve: () => void; reject: (error: unknown) => void };

const QUERY = /^\s*(select|with)\b/i;

type RowShape = Readonly<{ names: readonly string[]; empty: Readonly<Record<string, unknown>> }>;
const shapes = new WeakMap<SQLite.Statement, RowShape>();

function shapeOf(statement: SQLite.Statement): RowShape {
  const names = statement.columns().map((c) => c.name);
  return { names, empty: Object.fromEntries(names.map((name) => [name, null])) };
}

/**
 * A statement's rows as objects keyed by column name, as better-sqlite3 gives them, but built
 * here from its raw arrays: better-sqlite3 sets an object's properties one by one through V8's
 * API, which for a ticket's fifty columns costs twice the query itself. Copying one object
 * with the statement's columns gives every row the same shape, which V8 builds fast. The
 * statement stays in raw mode; its shape is taken again if its columns change (a migration
 * under a `select *` prepared before it).
 */
function readRows(statement: SQLite.Statement, parameters: unknown[]): Array<Record<string, unknown>> {
  let shape = shapes.get(statement);
  if (!shape) {
    shape = shapeOf(statement);
    shapes.set(statement, shape);
    statement.raw(true);
  }
  const raw = statement.all(parameters) as unknown[][];
  if (raw.length > 0 && raw[0]!.length !== shape.names.length) {
    shape = shapeOf(statement);
    shapes.set(statement, shape);
  }
  const { names, empty } = shape;
  const rows = new Array<Record<string, unknown>>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const values = raw[i]!;
    const row: Record<string, unknown> = { ...empty };
    for (let j = 0; j < names.length; j++) row[names[j]!] = values[j];
    rows[i] = row;
  }
  return rows;
}

/** One use of the single connection, from acquire to release. */
class Lease implements DatabaseConnection {
  released = false;

  constructor(private readonly driver: GroupCommitSqliteDriver) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return Promise.resolve(this.driver.run<R>(query));
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported on SQLite here');
  }
}

class GroupCommitSqliteDriver implements Driver {
  readonly #db: StatementSource;
  readonly #mutex = new Mutex();
  /** A physical transaction is open. */
  #open = false;
  /** A transaction (savepoint) is running on the connection. */
  #inTransaction = false;
  /** Transactions done and waiting for the physical commit. */
  #waiting: Waiter[] = [];
  #flushQueued = false;
  /** A read transaction is open, shared by the reads outside transactions of this turn of the event loop. */
  #reading = false;

  constructor(db: StatementSource) {
    this.#db = db;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return new Lease(this);
  }

  async beginTransaction(): Promise<void> {
    this.#endReading();
    if (!this.#open) {
      // Immediate: the write lock is taken now, waiting (busy_timeout) for another process
      // that holds it. A deferred begin reads first, and if another process then commits,
      // this transaction's first write fails at once with SQLITE_BUSY: no wait can help a
      // transaction whose snapshot is stale.
      this.#exec('begin immediate');
      this.#open = true;
    }
    this.#exec('savepoint tanggap_tx');
    this.#inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    this.#exec('release tanggap_tx');
    this.#inTransaction = false;
    const committed = new Promise<void>((resolve, reject) => this.#waiting.push({ resolve, reject }));
    if (this.#waiting.length >= MAX_BATCH) this.#commit();
    else this.#queueFlush();
    // Let the next transaction in while this one waits for the commit it has joined.
    (connection as Lease).released = true;
    this.#mutex.unlock();
    return committed;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // After a failed physical commit the batch is already rolled back and the connection,
    // handed on, may be running someone else's transaction: nothing to undo here.
    if ((connection as Lease).released) return;
    this.#exec('rollback to tanggap_tx');
    this.#exec('release tanggap_tx');
    this.#inTransaction = false;
    this.#queueFlush();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    if ((connection as Lease).released) return;
    (connection as Lease).released = true;
    this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    await this.#mutex.lock();
    try {
      this.#endReading();
      if (this.#open) this.#commit();
    } finally {
      this.#db.close();
      this.#mutex.unlock();
    }
  }

  run<R>(query: CompiledQuery): QueryResult<R> {
    // Only queries join the turn's read transaction, before they are prepared: a pragma may
    // not even be prepared in a transaction, or does nothing there.
    if (!this.#open && !this.#inTransaction) {
      if (QUERY.test(query.sql)) this.#beginReading();
      else this.#endReading();
    }
    const statement = this.#db.prepare(query.sql);
    const parameters = query.parameters as unknown[];
    // `with … insert` writes: on its own, committed before it resolves.
    if (this.#reading && !statement.readonly) this.#endReading();
    let result: QueryResult<R>;
    if (statement.reader) {
      result = { rows: readRows(statement, parameters) as R[] };
    } else {
      const { changes, lastInsertRowid } = statement.run(parameters);
      result = { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
    }
    // A write outside any transaction while a batch is open: commit now, as autocommit would.
    if (this.#open && !this.#inTransaction && !statement.readonly) this.#commit();
    return result;
  }

  #exec(sql: string): void {
    this.#db.prepare(sql).run();
  }

  /**
   * Reads outside a transaction share one read transaction until the event loop's next turn.
   * Each statement on its own would begin and end one, and in WAL mode that takes and drops a
   * lock and checks the file: three system calls, about 6 µs on the test machine where the
   * read itself takes 1.5 µs. A turn's reads then see one snapshot, as the reads of one
   * transaction do; another process's commit shows from the next turn.
   */
  #beginReading(): void {
    if (this.#reading) return;
    this.#exec('begin');
    this.#reading = true;
    setImmediate(() => this.#endReading());
  }

  #endReading(): void {
    if (!this.#reading) return;
    this.#reading = false;
    this.#exec('commit');
  }

  #queueFlush(): void {
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    setImmediate(() => {
      void this.#flush();
    });
  }

  /** Takes the connection after the transactions already queued for it, and commits them all. */
  async #flush(): Promise<void> {
    await this.#mutex.lock();
    this.#flushQueued = false;
    try {
      if (this.#open) this.#commit();
    } finally {
      this.#mutex.unlock();
    }
  }

  /** The physical commit, with the connection held. */
  #commit(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    this.#open = false;
    try {
      this.#exec('commit');
    } catch (error) {
      try {
        this.#exec('rollback');
      } catch {
        // SQLite may have rolled back already.
      }
      for (const w of waiting) w.reject(error);
      return;
    }
    for (const w of waiting) w.resolve();
  }
}

/** First come, first served; unlock hands the connection to the next in line. */
class Mutex {
  #locked = false;
  readonly #queue: Array<() => void> = [];

  lock(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#queue.push(resolve));
  }

  unlock(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#locked = false;
  }
}
