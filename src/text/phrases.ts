/**
 * The element's own words, the few that Intl cannot make, in the page's language: the released
 * message (with and without a title), the calendar link and the calendar event's fallback name.
 *
 * One line per language: `{}` stands for the title. Where a natural "X has been released"
 * would agree with the title's gender or number, the line says it another way ("is available
 * now", "is here", "release done") so that it fits any title.
 */
const PHRASES: Record<string, string> = {
  // with a title | without | the calendar link | the calendar event's name without a title
  en: '{} has been released!|Released!|Add to calendar|Release',
  ar: 'تم إصدار {}!|تم الإصدار!|أضف إلى التقويم|إصدار',
  bn: '{} প্রকাশিত হয়েছে!|প্রকাশিত হয়েছে!|ক্যালেন্ডারে যোগ করুন|প্রকাশ',
  cs: '{} je nyní k dispozici!|Vydáno!|Přidat do kalendáře|Vydání',
  da: '{} er udkommet!|Udkommet!|Føj til kalender|Udgivelse',
  de: '{} ist erschienen!|Erschienen!|Zum Kalender hinzufügen|Veröffentlichung',
  el: '{} κυκλοφόρησε!|Κυκλοφόρησε!|Προσθήκη στο ημερολόγιο|Κυκλοφορία',
  es: '¡{} ya está disponible!|¡Ya disponible!|Añadir al calendario|Lanzamiento',
  fa: '{} منتشر شد!|منتشر شد!|افزودن به تقویم|انتشار',
  fi: '{} on julkaistu!|Julkaistu!|Lisää kalenteriin|Julkaisu',
  fr: '{} est disponible\u00a0!|Disponible\u00a0!|Ajouter au calendrier|Sortie',
  he: '{} כבר כאן!|כבר כאן!|הוספה ליומן|השקה',
  hi: '{} अब उपलब्ध है!|अब उपलब्ध है!|कैलेंडर में जोड़ें|रिलीज़',
  hu: '{} megjelent!|Megjelent!|Hozzáadás a naptárhoz|Megjelenés',
  id: '{} telah dirilis!|Telah dirilis!|Tambahkan ke kalender|Rilis',
  it: '{} è ora disponibile!|Ora disponibile!|Aggiungi al calendario|Uscita',
  ja: '{}が公開されました！|公開されました！|カレンダーに追加|リリース',
  ko: '{} 출시!|출시되었습니다!|캘린더에 추가|출시',
  nl: '{} is verschenen!|Verschenen!|Toevoegen aan agenda|Release',
  no: '{} er ute nå!|Ute nå!|Legg til i kalenderen|Lansering',
  pl: '{} – już po premierze!|Już po premierze!|Dodaj do kalendarza|Premiera',
  pt: '{} já está disponível!|Já disponível!|Adicionar ao calendário|Lançamento',
  ro: 'A apărut {}!|A apărut!|Adaugă în calendar|Lansare',
  ru: '{}: релиз состоялся!|Релиз состоялся!|Добавить в календарь|Релиз',
  sv: '{} har släppts!|Släppt!|Lägg till i kalendern|Släpp',
  th: '{} เปิดตัวแล้ว!|เปิดตัวแล้ว!|เพิ่มลงในปฏิทิน|เปิดตัว',
  tr: '{} yayınlandı!|Yayınlandı!|Takvime ekle|Yayın',
  uk: '{}: реліз відбувся!|Реліз відбувся!|Додати до календаря|Реліз',
  vi: '{} đã ra mắt!|Đã ra mắt!|Thêm vào lịch|Ra mắt',
  'zh-Hans': '{}已发布！|已发布！|添加到日历|发布',
  'zh-Hant': '{}已推出！|已推出！|加入日曆|推出',
};

/**
 * Languages that share another's line: Norwegian Bokmål and Nynorsk read the `no` one. The old
 * codes of Hebrew and Indonesian read theirs: Chromium and Firefox canonicalize `iw` and `in`
 * in `Intl.Locale`, WebKitGTK 2.50 keeps them as written.
 */
const SAME_AS: Record<string, string> = { nb: 'no', nn: 'no', iw: 'he', in: 'id' };

/**
 * Each tag's line (or none), remembered: parsing a tag with Intl.Locale costs tens of
 * microseconds, and a page renders many countdowns in the same few languages. Bounded, since
 * any text can be put in a `lang`.
 */
const lines = new Map<string, string[] | undefined>();
const MAX_LINES = 100;

/**
 * The line of a BCP 47 tag: by language and script first (Chinese is written in two scripts,
 * which `maximize()` tells apart even when the tag names a region: zh-TW is zh-Hant), then by
 * language alone (de-AT is de).
 */
function lineOf(tag: string | undefined): string[] | undefined {
  if (!tag) return undefined;
  if (!lines.has(tag)) {
    let line: string | undefined;
    try {
      const locale = new Intl.Locale(tag);
      const language = SAME_AS[locale.language] ?? locale.language;
      line = PHRASES[`${language}-${locale.maximize().script}`] ?? PHRASES[language];
    } catch {
      // A tag Intl.Locale cannot read has no line; the browser's language is asked next.
    }
    if (lines.size >= MAX_LINES) lines.clear();
    lines.set(tag, line?.split('|'));
  }
  return lines.get(tag);
}

/** The element's locale, else the browser's language (as Intl does for a language it lacks), else English. */
function phrases(locale: string | undefined): string[] {
  return lineOf(locale) ?? lineOf(navigator.language) ?? lineOf('en')!;
}

/** "Season 2 has been released!", "Staffel 2 ist erschienen!"; "Released!" with no title. */
export function releasedMessage(locale: string | undefined, title: string): string {
  const [withTitle, withoutTitle] = phrases(locale);
  // A function, so that a `$` in the title is not read as a replacement pattern.
  return title ? withTitle.replace('{}', () => title) : withoutTitle;
}

/** "Add to calendar", "Zum Kalender hinzufügen". */
export function calendarLinkText(locale: string | undefined): string {
  return phrases(locale)[2];
}

/** The calendar event's name when neither the countdown nor the page has a title: "Release". */
export function calendarFallbackTitle(locale: string | undefined): string {
  return phrases(locale)[3];
}
