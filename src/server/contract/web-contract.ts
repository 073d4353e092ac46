import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';

/** Where the web's generated contract lives, from the repository root. */
export const WEB_CONTRACT_FILE = 'web/src/api/contract.gen.ts';

const HEADER = `/**
 * Generated from the server's OpenAPI by openapi-typescript. Do not edit: after changing a
 * route's schema, run \`npm run contract\`; CI runs \`npm run contract:check\`.
 */`;

/**
 * The TypeScript the web types its API calls with (`paths`, `components`, `operations`),
 * formatted as Prettier formats the rest of the code, so the formatter's check and the
 * contract's check agree on every byte.
 */
export async function renderWebContract(
  document: Record<string, unknown>,
  filePath: string,
): Promise<string> {
  const ast = await openapiTS(document as unknown as OpenAPI3, { silent: true });
  const source = `${HEADER}\n\n${astToString(ast)}`;
  const options = await prettier.resolveConfig(filePath);
  return prettier.format(source, { ...options, filepath: filePath });
}
