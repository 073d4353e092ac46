import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS package loaded on first use instead of at start. The report writers (exceljs,
 * pdfkit), the mail readers (imapflow, mailparser), the holiday library and the PostgreSQL
 * drivers together hold some 40 MB of heap that an instance which never uses them (SQLite, no
 * mailbox, no report downloaded yet) should not carry. Only for packages whose `require` gives
 * what their types describe.
 */
export function lazyModule<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
