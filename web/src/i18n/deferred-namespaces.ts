/**
 * Text only staff screens use stays out of the public pages' bundle (they must stay small for
 * phones on slow connections): the build leaves these namespaces out of `id.json`/`en.json` as
 * the main bundle imports them, and the console's chunk adds them when it loads
 * (`virtual:deferred-translations`, see web/vite.config.ts). The catalogues themselves keep
 * every key, so translators and the key test see one file per language.
 */
export const DEFERRED_NAMESPACES = ['console', 'admin', 'reports'] as const;

/** Keys of the deferred namespaces that public pages show: the header's "Konsol" link. */
export const PUBLIC_KEYS = ['console.navLink'] as const;

type Catalogue = Record<string, unknown>;

const isCatalogue = (value: unknown): value is Catalogue =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function pick(catalogue: Catalogue, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (isCatalogue(node) ? node[part] : undefined), catalogue);
}

function put(catalogue: Catalogue, key: string, value: unknown): void {
  const parts = key.split('.');
  const last = parts.pop();
  let node = catalogue;
  for (const part of parts) {
    if (!isCatalogue(node[part])) node[part] = {};
    node = node[part] as Catalogue;
  }
  if (last !== undefined) node[last] = value;
}

/** The catalogue as public pages need it: without the deferred namespaces, except PUBLIC_KEYS. */
export function publicPart(catalogue: Catalogue): Catalogue {
  const result: Catalogue = Object.fromEntries(
    Object.entries(catalogue).filter(
      ([namespace]) => !(DEFERRED_NAMESPACES as readonly string[]).includes(namespace),
    ),
  );
  for (const key of PUBLIC_KEYS) {
    const value = pick(catalogue, key);
    if (value !== undefined) put(result, key, value);
  }
  return result;
}

/** The deferred namespaces alone, for the console to add when it loads. */
export function deferredPart(catalogue: Catalogue): Catalogue {
  return Object.fromEntries(
    Object.entries(catalogue).filter(([namespace]) =>
      (DEFERRED_NAMESPACES as readonly string[]).includes(namespace),
    ),
  );
}
