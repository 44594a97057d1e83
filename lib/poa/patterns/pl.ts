import { oneOf, type PoaPatternSet } from './types';

const r = String.raw;

// Months in the nominative, genitive ("od 3 marca") and locative ("w marcu").
const MONTHS =
  'stycz(?:eń|nia|niu)|lut(?:y|ego|ym)|mar(?:zec|ca|cu)|kwie(?:cień|tnia|tniu)|maj(?:a|u)?|czerw(?:iec|ca|cu)|' +
  'lip(?:iec|ca|cu)|sierp(?:ień|nia|niu)|wrze(?:sień|śnia|śniu)|październik(?:a|u)?|listopad(?:a|zie)?|' +
  'grud(?:zień|nia|niu)';
const WEEKDAYS =
  'poniedział(?:ek|ki|ku|kach|kami)|wtor(?:ek|ki|ku|kach|kami)|środ(?:a|ę|y|zie|ach|ami)|' +
  'czwart(?:ek|ki|ku|kach|kami)|piąt(?:ek|ki|ku|kach|kami)|sobot(?:a|ę|y|ach|ami)|sobocie|' +
  'niedziel(?:a|ę|i|e|ach|ami)';
// What sellers promise to improve, in every case they are written in.
const AREAS = oneOf(
  'kontrol(?:a|ę|i|ą|e) jakości',
  'kontrol(?:a|ę|i|ą|e)',
  'jakoś(?:ć|ci|cią)',
  'proces(?:y|ów|ami|u|em)?',
  'procedur(?:a|ę|y|ami)?',
  'monitoring(?:u|iem)?',
  'monitorowani(?:e|a|em)',
  'komunikacj(?:a|ę|i|ą)',
  'obsług(?:a|ę|i|ą) klienta',
  'standard(?:y|ów|ami)?',
  'nadz(?:ór|oru|orem)',
  'weryfikacj(?:a|ę|i|ą)',
);
const OUR = '(?:nasz|nasza|naszą|nasze|naszej|naszego|naszych|naszym|moją|moje|mojej|tę|te|ten|tej|tych|tego)';
const STRONGER_NOUNS = oneOf(
  'kontrol(?:a|ę|i|ą|e) jakości',
  'kontrol(?:a|ę|i|ą|e)',
  'nadz(?:ór|oru|orem)',
  'monitoring(?:u|iem)?',
  'monitorowani(?:e|a|em)',
  'uwag(?:a|ę|i|ą)',
  'staranność|staranności',
  'dbałoś(?:ć|ci)',
  'weryfikacj(?:a|ę|i)',
);
// Nominative for the carrier, the buyer, the competitor; genitive for "the fault of …".
const OTHERS = oneOf(
  'kupując(?:y|a|e)',
  'klien(?:t|ci|tka)',
  'konkurencja',
  'konkurent(?:ka)?',
  'konkurenci',
  'przewoźni(?:k|cy)',
  'kurie(?:r|rzy)',
  'firma kurierska',
  'poczta',
);
const OTHERS_GENITIVE = oneOf(
  'amazon(?:u|a)?',
  'kupując(?:ego|ej|ych)',
  'klient(?:a|ki|ów)',
  'przewoźnik(?:a|ów)',
  'kurier(?:a|ów)',
  'firmy kurierskiej',
  'poczty',
  'konkurencji',
  'konkurent(?:a|ów)',
  'waszego (?:systemu|algorytmu|zespołu)',
  'waszej strony',
  'państwa strony',
);
const FEELINGS = oneOf(
  'wściek(?:ły|ła|li|łe)',
  'zdenerwowan(?:y|a|i|e)',
  'sfrustrowan(?:y|a|i|e)',
  'oburzen(?:y|a|i|e)',
  'zszokowan(?:y|a|i|e)',
  'rozczarowan(?:y|a|i|e)',
  'zbulwersowan(?:y|a|i|e)',
  'zawiedzen(?:y|a|i|e)',
  'zrozpaczen(?:y|a|i|e)',
  'załaman(?:y|a|i|e)',
  'oszukan(?:y|a|i|e)',
  'skrzywdzen(?:y|a|i|e)',
  'zirytowan(?:y|a|i|e)',
);
// Perfective verbs in the first person: their present form is a promise ("wdrożymy").
const PERFECTIVE_FUTURE =
  'wprowadzimy|wdrożymy|zatrudnimy|przeszkolimy|zmienimy|dodamy|usuniemy|sprawdzimy|zainstalujemy|' +
  'zaktualizujemy|poprawimy|usprawnimy|ulepszymy|zapewnimy|zadbamy|dopilnujemy|zweryfikujemy|podejmiemy|' +
  'rozpoczniemy|zaczniemy|przejrzymy|wyznaczymy|opracujemy|stworzymy|zorganizujemy|wyeliminujemy|zastąpimy|' +
  'skontrolujemy|wzmocnimy|zaostrzymy|zrobimy|wprowadzę|wdrożę|zatrudnię|przeszkolę|zmienię|dodam|usunę|' +
  'sprawdzę|poprawię|zapewnię|zadbam|dopilnuję|podejmę|rozpocznę|zacznę|opracuję|stworzę|zrobię';
// Participles that say a change is done, unless a future or modal verb comes right before them.
const NOT_FUTURE = r`(?<!(?:zostanie|zostaną|będzie|będą|ma zostać|mają zostać|może zostać|mogą zostać|powinien zostać|powinny zostać) )`;
const DONE_PARTICIPLES =
  'wdrożon|wprowadzon|zakończon|ukończon|zainstalowan|przeszkolon|usunięt|zastąpion|zaktualizowan|poprawion|' +
  'podpisan|zwrócon|skorygowan|wymienion|uruchomion|zatrudnion|wyznaczon|rozwiązan';

export const poaPatterns: PoaPatternSet = {
  language: 'pl',
  vague: [
    r`(?:popraw|usprawn|ulepsz|udoskonal|zoptymalizuj|optymalizuj|wzmocn|wzmacnia|zaostrz|zaostrza)\p{L}{0,8} ` +
      r`(?:${OUR} )?${AREAS}`,
    r`(?:poprawa|poprawę|poprawy|usprawnienie|usprawnienia|ulepszenie|ulepszenia|wzmocnienie|zaostrzenie) ` +
      r`(?:${OUR} )?${AREAS}`,
    r`(?:lepsz|ściślejsz|dokładniejsz|surowsz|większ|zwiększon|wzmożon|wzmocnion|staranniejsz|bardziej rygorystyczn)` +
      r`(?:a|ą|e|y|ej|ych|ego|ym) ${STRONGER_NOUNS}`,
    r`więcej (?:uwagi|kontroli|kontroli jakości|staranności|ostrożności)`,
    r`(?:będziemy|będę|być|jesteśmy|stać się|staniemy się) (?:bardziej |jeszcze bardziej |szczególnie |wyjątkowo )?` +
      r`(?:ostrożn|uważn|staranni|staranny|staranna|czujn|dokładn|skrupulatn|wyczulen)\p{L}{0,3}`,
    r`(?:bardziej|szczególnie|baczniej|uważniej|dokładniej) (?:uważać|uważamy|pilnować|pilnujemy|przyglądać się|przyglądamy się)`,
    r`zwr(?:acać|acamy|ócimy|ócić|ócę|acam) (?:większą|szczególną|baczniejszą|baczną|więcej|szczególnie) uwag(?:ę|i)`,
    r`(?:dołożymy|dołożę|dołożyć|dokładamy|dokładam) (?:wszelkich |wszystkich )?starań`,
    r`(?:zrobimy|zrobię|robimy|robię|uczynimy) (?:wszystko,? )?co w (?:naszej|mojej) mocy`,
    r`(?:zrobimy|zrobię|robimy|robię) wszystko,? co (?:możliwe|się da)`,
    r`(?:się )?(?:więcej |już |nigdy więcej |nigdy )?(?:się )?nie (?:powtórzy|powtórzą|wydarzy|zdarzy|wystąpi|pojawi)(?: się)?(?: więcej| ponownie| już| w przyszłości)?`,
    r`nigdy (?:więcej|już|ponownie) (?:się )?nie (?:powtórzy|wydarzy|zdarzy|wystąpi)`,
    r`(?:aby|żeby|by) (?:to|ta sytuacja|ten błąd|ten problem|taka sytuacja|podobna sytuacja)(?: się)? ` +
      r`(?:więcej |już |nigdy )?(?:się )?nie (?:powtórzył|powtórzyła|powtórzyło|powtarzało|powtarzał|powtarzała|wydarzyło|zdarzyło)`,
    r`nie (?:dopuścimy|dopuszczę|pozwolimy|pozwolę),? (?:aby|żeby|by|do)`,
    r`regularnie|okresowo|systematycznie|od czasu do czasu|w razie potrzeby|w miarę potrzeb|gdy zajdzie potrzeba`,
    r`stale|nieustannie|ciągle|na bieżąco|dokładniej|staranniej|uważniej|częściej|bardziej dokładnie|bardziej starannie`,
    r`(?:traktujemy|traktuję|potraktujemy|potraktowaliśmy) ` +
      r`(?:tę sprawę|tę kwestię|ten problem|to|sprawę|sytuację|tę sytuację)(?: bardzo| niezwykle| wyjątkowo| niezmiernie)? poważnie`,
    r`podchodzimy do (?:tej sprawy|tego problemu|tej sytuacji|tego)(?: bardzo| niezwykle| wyjątkowo)? poważnie`,
  ],
  specifics: [
    MONTHS,
    WEEKDAYS,
    r`codzienn\p{L}{0,3}|cotygodniow\p{L}{0,3}|comiesięczn\p{L}{0,3}|kwartaln\p{L}{0,3}|coroczn\p{L}{0,3}`,
    r`dziennie|tygodniowo|miesięcznie|kwartalnie|rocznie|każd\p{L}{1,3}|na (?:zamówienie|przesyłkę|partię|dostawę|zmianę)`,
    r`co (?:dzień|tydzień|miesiąc|kwartał|rok|godzinę|zmianę|dwa|trzy|\p{N}+)|raz (?:dziennie|na|w tygodniu|w miesiącu)`,
    r`dwa razy|trzy razy|w ciągu|najpóźniej|co najmniej|przynajmniej|minimum|do końca|nie później niż`,
    r`dw(?:a|ie|óch|oma|u)|trz(?:y|ech|ema)|czter(?:y|ech|ema)|pięć|pięciu|sześć|sześciu|siedem|siedmiu|osiem|ośmiu`,
    r`dziewięć|dziewięciu|dziesięć|dziesięciu|dwadzieścia|dwudziestu|trzydzieści|trzydziestu|pięćdziesiąt|sto|stu`,
    r`procent\p{L}{0,2}`,
    r`(?:kierownik|menedżer|manager|koordynator|inspektor|kontroler|specjalist|audytor|księgow|dyrektor|właściciel)\p{L}{0,4}`,
    r`(?:prezes|pełnomocnik|opiekun|magazynier|brygadzist|lider|szef)\p{L}{0,4}`,
    r`zatrudnil\p{L}{1,5}|zatrudnion\p{L}{1,3}|wyznaczon\p{L}{1,3}|wyznaczyl\p{L}{1,5}|powołan\p{L}{1,3}|przydzielon\p{L}{1,3}`,
    r`oprogramowani\p{L}{1,2}|program\p{L}{0,3}|arkusz\p{L}{0,4}|excel\p{L}{0,3}|checklist\p{L}{0,3}|szablon\p{L}{0,3}`,
    r`list\p{L}{1,2} kontroln\p{L}{1,3}|baz\p{L}{1,2} danych|skaner\p{L}{0,3}|kod\p{L}{0,3} kreskow\p{L}{1,3}|kamer\p{L}{1,3}`,
    r`zdjęci\p{L}{1,3}|zdjęć|aplikacj\p{L}{1,3}|system\p{L}{0,3}|crm|erp|sop|wag\p{L}{1,2} elektroniczn\p{L}{1,3}`,
  ],
  blaming: [
    r`(?:to )?nie (?:nasza|moja) wina`,
    r`nie z (?:naszej|mojej) winy|bez (?:naszej|mojej) winy`,
    r`nie ponosimy (?:żadnej )?winy|nie ponoszę (?:żadnej )?winy|nie jesteśmy winni|nie jestem winn(?:y|a)`,
    r`(?:wina|winą|winy|błąd|błędu|błędem|pomyłka|pomyłki|pomyłką) (?:leży |leżała |leżał )?(?:po stronie )?${OTHERS_GENITIVE}`,
    r`z winy ${OTHERS_GENITIVE}`,
    r`(?:leży|leżała|leżał|była|był|jest) po stronie ${OTHERS_GENITIVE}`,
    r`${OTHERS}(?: celowo| świadomie| po prostu| najwyraźniej| wyraźnie)? ` +
      r`(?:kłamał|kłamała|kłamali|kłamie|kłamią|skłamał|skłamała|skłamali|oszukał|oszukała|oszukali|oszukuje|oszukują` +
      r`|zmyślił|zmyśliła|zmyślili|sabotował|sabotowała|sabotowali|wyłudził|wyłudziła|wyłudzili|wyłudza|wyłudzają)`,
    r`(?:fałszyw|nieprawdziw|bezpodstawn|zmyślon|nieuzasadnion|kłamliw|wyssan)\p{L}{1,3} ` +
      r`(?:reklamacj\p{L}{1,3}|skarg\p{L}{0,3}|zgłoszeni\p{L}{1,3}|oskarżeni\p{L}{1,3}|zarzut\p{L}{0,3}|roszczeni\p{L}{1,3}` +
      r`|opini\p{L}{1,3}|twierdzeni\p{L}{1,3})`,
    r`nie (?:zrobiliśmy|zrobiłem|zrobiłam|popełniliśmy|popełniłem|popełniłam) (?:nic|niczego|żadnego błędu)(?: złego| niewłaściwego)?`,
    r`(?:obwiniamy|obwiniam|winimy|winię) ` +
      r`(?:amazon|kupując\p{L}{1,3}|klient\p{L}{0,3}|przewoźnik\p{L}{0,3}|kurier\p{L}{0,3}|konkurencj\p{L}{1,2})`,
    r`(?:amazon|wasz system|wasz algorytm|wasz zespół|wasz bot)(?: się)? ` +
      r`(?:popełnił błąd|pomylił się|się pomylił|myli się|się myli|zawiódł|źle ocenił|niesłusznie)`,
    r`(?:wasza|ta) decyzja (?:jest|była) (?:błędna|niesłuszna|pomyłką)`,
    r`(?:konkurencja|konkurent|konkurenci) (?:nas )?(?:zaatakował|zaatakowała|zaatakowali|atakuje|atakują|sabotuje|sabotują)`,
    // "przewoźnik zgubił paczki", "magazyn Amazon uszkodził towar"
    r`(?:amazon|magazyn amazon|centrum logistyczne amazon|przewoźnik|kurier|firma kurierska|poczta) ` +
      r`(?:zgubił|zgubiła|zgubi|uszkodził|uszkodziła|zniszczył|zniszczyła|pomylił|pomyliła|źle oznaczył|zagubił|zagubiła` +
      r`|stracił|straciła|nie dostarczył|nie dostarczyła|opóźnił|opóźniła)`,
    r`(?:winę|odpowiedzialność|całą winę) (?:ponosi|ponoszą|ponosił|ponosiła|ponosili) (?:amazon|${OTHERS})`,
    r`(?:amazon|${OTHERS}) (?:ponosi|ponoszą|ponosił|ponosiła|ponosili) (?:winę|całą winę|odpowiedzialność)`,
    // "klienci nadużywają prawa do zwrotu"
    r`${OTHERS} (?:nadużywa|nadużywają|nadużył|nadużyła|nadużyli|wykorzystuje|wykorzystują|wykorzystał|wykorzystali)`,
  ],
  emotional: [
    r`niesprawiedliw\p{L}{0,4}|krzywdząc\p{L}{1,3}|absurdaln\p{L}{1,4}|skandaliczn\p{L}{1,4}|oburzając\p{L}{1,3}`,
    r`śmieszn\p{L}{1,3}|żenując\p{L}{1,3}|niedorzeczn\p{L}{1,4}|kuriozaln\p{L}{1,4}|haniebn\p{L}{1,4}`,
    r`skandal|kpina|farsa|nonsens|bzdur\p{L}{1,3}|to (?:jest )?żart|nie ma (?:to )?(?:żadnego )?sensu`,
    r`(?:jestem|jesteśmy|byłem|byłam|byliśmy|czuję się|czujemy się)` +
      r`(?: bardzo| naprawdę| całkowicie| głęboko| mocno| niezwykle| ogromnie)? ${FEELINGS}`,
    r`(?:jestem|jesteśmy) w (?:szoku|szoku i niedowierzaniu)`,
  ],
  future: [
    r`będziemy|będę|zamierzamy|zamierzam|planujemy|planuję|chcemy|chcę|mamy zamiar|mam zamiar|postaramy się|postaram się`,
    r`zostanie|zostaną|ma zostać|mają zostać|w przyszłości|od teraz|odtąd|od tej pory|w najbliższym czasie`,
    r`wkrótce|niebawem|w przyszłym (?:tygodniu|miesiącu|roku)`,
    PERFECTIVE_FUTURE,
  ],
  done: [
    // Past tense of any verb in the first person: "wprowadziliśmy", "sprawdziłam".
    r`\p{L}{2,}(?:liśmy|łyśmy|łem|łam)`,
    r`został|została|zostało|zostały|zostali|już|od tego czasu|od tamtej pory|od dnia|obecnie|aktualnie|w tej chwili`,
    r`od (?:${MONTHS}|\p{N}+)`,
    `${NOT_FUTURE}(?:${DONE_PARTICIPLES})\\p{L}{1,3}`,
    r`obowiązuje|obowiązują|funkcjonuje|funkcjonują|działa już|działają już|jest stosowan\p{L}{1,2}|są stosowan\p{L}{1,2}`,
    r`(?:zespół|magazyn|kierownik|pracownicy|firma|dział|nasz zespół|nasi pracownicy) \p{L}{2,}(?:ł|ła|ło|li|ły)`,
  ],
  issueTerms: [
    r`asin\p{L}{0,3}|sku|numer\p{L}{0,3} zamówie\p{L}{1,3}|identyfikator\p{L}{0,3} zamówie\p{L}{1,3}`,
    r`opóźnion\p{L}{1,3} (?:wysył\p{L}{1,3}|dostaw\p{L}{0,3}|przesył\p{L}{1,3})|anulowa\p{L}{1,4}`,
    r`wskaźnik\p{L}{0,3} (?:opóźnionych wysyłek|anulowa\p{L}{1,4}|wad zamówień|prawidłowego śledzenia|zwrotów|negatywnych opinii)`,
    r`odsetek wad zamówień|odr|śledzeni\p{L}{1,2}|od a do z|a-to-z|chargeback\p{L}{0,3}|obciążeni\p{L}{1,2} zwrotn\p{L}{1,3}`,
    r`negatywn\p{L}{1,3} (?:opini\p{L}{1,3}|ocen\p{L}{0,3}|recenzj\p{L}{1,3}|komentarz\p{L}{0,3})`,
    r`podróbk\p{L}{1,3}|podróbek|podrobion\p{L}{1,3}|fałszerstw\p{L}{0,3}|nieoryginaln\p{L}{1,3}|autentyczn\p{L}{1,4}`,
    r`znak\p{L}{0,3} towarow\p{L}{1,3}|praw\p{L}{0,3} autorsk\p{L}{1,3}|patent\p{L}{0,3}|własnoś\p{L}{1,3} intelektualn\p{L}{1,3}`,
    r`bezpieczeństw\p{L}{1,2} produkt\p{L}{0,3}|przeterminowan\p{L}{1,3}|termin\p{L}{0,3} ważności|dat\p{L}{1,2} ważności`,
    r`używan\p{L}{1,3} sprzedawan\p{L}{1,3} jako now\p{L}{1,3}|niezgodn\p{L}{1,3} z opisem|stan\p{L}{0,3} produktu`,
    r`produkt\p{L}{0,3} (?:objęt\p{L}{1,3} ograniczeniami|zakazan\p{L}{1,3}|zabronion\p{L}{1,3}|niebezpieczn\p{L}{1,3})`,
    r`materiał\p{L}{0,3} niebezpieczn\p{L}{1,3}|hazmat|manipulac\p{L}{1,3} (?:opiniami|recenzjami|ocenami)`,
    r`faktur\p{L}{0,3}|wyciąg\p{L}{0,3} bankow\p{L}{1,3}|tożsamoś\p{L}{1,3}|weryfikacj\p{L}{1,3}|metod\p{L}{1,3} płatności`,
    r`kart\p{L}{1,3} kredytow\p{L}{1,3}`,
  ],
  evidenceTerms: [
    r`załącz\p{L}{0,8}|w załączeniu|faktur\p{L}{0,3}|paragon\p{L}{0,3}|rachun\p{L}{1,4}|zdjęci\p{L}{1,3}|zdjęć`,
    r`fotografi\p{L}{1,3}|zrzut\p{L}{0,3} ekranu|skan\p{L}{0,4}|raport\p{L}{0,3}|rejestr\p{L}{0,3}|dziennik\p{L}{0,3}`,
    r`arkusz\p{L}{0,4}|certyfikat\p{L}{0,3}|umow\p{L}{1,2}|umów|pism\p{L}{1,2}|wyciąg\p{L}{0,3}|dokument\p{L}{0,4}`,
    r`zaświadczeni\p{L}{1,3}|protokoł\p{L}{1,3}|protokół|numer\p{L}{0,3} (?:śledzenia|przesył\p{L}{1,3}|listu przewozowego)`,
    r`e-mail\p{L}{0,3}|mail\p{L}{0,3}|wiadomoś\p{L}{1,3}|korespondencj\p{L}{1,2}|harmonogram\p{L}{0,3}|grafik\p{L}{0,3}`,
    r`checklist\p{L}{0,3}|list\p{L}{1,2} kontroln\p{L}{1,3}|szablon\p{L}{0,3}|wynik\p{L}{0,3} (?:testów|badań|kontroli|audytu)`,
    r`potwierdzeni\p{L}{1,3}|potwierdzeń|histori\p{L}{1,2} (?:zamówień|zakupów)|autoryzacj\p{L}{1,2}|upoważnieni\p{L}{1,3}`,
    r`nagrani\p{L}{1,3}|wideo|film\p{L}{0,3}|instrukcj\p{L}{1,2}|procedur\p{L}{0,3}`,
  ],
};
