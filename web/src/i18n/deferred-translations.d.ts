// Built by web/vite.config.ts from id.json and en.json: the namespaces of deferred-namespaces.ts.
declare module 'virtual:deferred-translations' {
  const translations: Record<'id' | 'en', Record<string, unknown>>;
  export default translations;
}
