/** vue-i18n with Dutch by default; the choice is kept in the browser and set on <html lang>. */
import { createI18n } from 'vue-i18n';
import { setFormatLocale } from '../format';
import { messages, type Language } from './messages';

const STORAGE_KEY = 'img-language';

function initialLanguage(): Language {
  try {
    const kept = localStorage.getItem(STORAGE_KEY);
    if (kept === 'en' || kept === 'nl') return kept;
  } catch {
    // Storage may be unavailable (private mode); Dutch then.
  }
  return 'nl';
}

const start = initialLanguage();
setFormatLocale(start);

type Messages = (typeof messages)['nl'];

export const i18n = createI18n<[Messages], Language, false>({
  legacy: false,
  locale: start,
  fallbackLocale: 'nl',
  messages: messages as unknown as Record<Language, Messages>,
});

export function setLanguage(language: Language): void {
  i18n.global.locale.value = language;
  setFormatLocale(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not kept; it still applies to this page.
  }
}

if (typeof document !== 'undefined') document.documentElement.lang = start;
