import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildOpenApiDocument } from './openapi-document.js';
import { renderWebContract, WEB_CONTRACT_FILE } from './web-contract.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * `npm run contract` writes the web's contract from the server's routes;
 * `npm run contract:check` regenerates it aside and fails when the committed file differs.
 */
async function run(args: string[]): Promise<number> {
  const check = args.includes('--check');
  const target = path.join(ROOT, WEB_CONTRACT_FILE);
  const generated = await renderWebContract(await buildOpenApiDocument(), target);
  if (!check) {
    writeFileSync(target, generated);
    process.stdout.write(`contract: wrote ${WEB_CONTRACT_FILE}\n`);
    return 0;
  }
  if (readCommitted(target) === generated) {
    process.stdout.write(`contract: ${WEB_CONTRACT_FILE} is up to date\n`);
    return 0;
  }
  // The fresh file is left aside, for a diff against the committed one.
  const fresh = path.join(mkdtempSync(path.join(tmpdir(), 'tanggap-contract-')), path.basename(target));
  writeFileSync(fresh, generated);
  process.stderr.write(
    `contract: ${WEB_CONTRACT_FILE} is stale: the server's OpenAPI changed since it was generated ` +
      `(freshly generated: ${fresh}).\n` +
      `Run \`npm run contract\`, fix what \`npm run typecheck\` then reports in web/src, and commit the file.\n`,
  );
  return 1;
}

function readCommitted(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `contract: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
