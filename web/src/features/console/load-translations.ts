import translations from 'virtual:deferred-translations';
import { i18n } from '../../i18n';

/*
 * The console's and administration's text, left out of the public bundle at build time
 * (web/src/i18n/deferred-namespaces.ts), joins a language's catalogue when this chunk loads,
 * before any console screen renders. A language whose catalogue is downloaded later (English,
 * on the switch) gets it as soon as that catalogue is added: adding ours first would make the
 * app believe the language was already there.
 */
const done = new Set<string>();

function addDeferred(language: string): void {
  const resources = (translations as Record<string, Record<string, unknown> | undefined>)[language];
  if (!resources || done.has(language)) return;
  done.add(language);
  i18n.addResourceBundle(language, 'translation', resources, true, true);
}

for (const language of Object.keys(translations)) {
  if (i18n.hasResourceBundle(language, 'translation')) addDeferred(language);
}
i18n.store.on('added', (language: string) => addDeferred(language));
