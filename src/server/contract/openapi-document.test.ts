import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi-document.js';

type Operation = { responses?: Record<string, { content?: Record<string, unknown> }> };

/** Routes that answer a file, not JSON: the browser follows a link to them. */
const FILE_ROUTES = new Set([
  'GET /api/tickets/{code}/attachments/{attachmentId}',
  'GET /api/units/{unitCode}/mail/held/{heldId}/raw',
  'GET /api/units/{unitCode}/reports/monthly',
  'GET /api/units/{unitCode}/skm/report',
]);

describe('the OpenAPI document the web contract is generated from', () => {
  it('is the same text every time, whatever the machine', async () => {
    const first = JSON.stringify(await buildOpenApiDocument());
    const second = JSON.stringify(await buildOpenApiDocument());
    expect(second).toBe(first);
    expect(first).not.toContain('servers');
  });

  it('declares the JSON answer of every route that answers JSON, so the web can type it', async () => {
    const document = await buildOpenApiDocument();
    const paths = document.paths as Record<string, Record<string, Operation>>;
    const untyped: string[] = [];
    for (const [path, operations] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const route = `${method.toUpperCase()} ${path}`;
        const successes = Object.entries(operation.responses ?? {}).filter(([status]) =>
          status.startsWith('2'),
        );
        const typed = successes.some(
          ([status, response]) => status === '204' || response.content?.['application/json'] !== undefined,
        );
        if (!typed && !FILE_ROUTES.has(route)) untyped.push(route);
      }
    }
    expect(untyped).toEqual([]);
    for (const route of FILE_ROUTES) {
      const [method = '', path = ''] = route.split(' ');
      expect(paths[path]?.[method.toLowerCase()], route).toBeDefined();
    }
  });
});
