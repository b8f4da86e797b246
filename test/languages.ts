/** Shared by the phrase table's tests and the element's language tests. */

/** The languages issue 16 asks for, besides English: the most used languages of the web. */
export const LANGUAGES = [
  'ar',
  'bn',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'fa',
  'fi',
  'fr',
  'he',
  'hi',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'nl',
  'no',
  'pl',
  'pt',
  'ro',
  'ru',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
  'zh-Hans',
  'zh-Hant',
];

/** An English word of the built-in phrases, which no translation should still hold. */
export const ENGLISH_WORD = /\b(has|been|released|add|to)\b/i;
