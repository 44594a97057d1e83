import type { ChecklistLanguagePack } from '../types';

export const checklistText: ChecklistLanguagePack = {
  language: 'pl',
  checklists: {
    hold: {
      title: 'Konto wstrzymane',
      intro:
        'Wstrzymanie to ostrzeżenie, na które wciąż możesz odpowiedzieć. Wykonuj te kroki po kolei i zachowuj wszystko, co ustalisz.',
      items: {
        'read-notice': {
          title: 'Przeczytaj powiadomienie od Amazon',
          why: 'Amazon wyjaśnia każde wstrzymanie w wiadomości; jej dokładne brzmienie mówi, co trzeba naprawić.',
          detail:
            'Sprawdź skrzynkę adresu e-mail zarejestrowanego w Seller Central oraz Powiadomienia dotyczące wydajności.',
        },
        'check-health': {
          title: 'Otwórz stronę Kondycja konta',
          why: 'Kondycja konta często pokazuje dokładniej zasadę, wskaźnik lub ofertę, które stoją za wstrzymaniem.',
        },
        'name-cause': {
          title: 'Zapisz dokładną przyczynę',
          why: 'Twoje dokumenty i plan działania muszą odpowiadać na ten jeden problem, a nie na domysły.',
          detail:
            'Przykłady: brakujące informacje o sprzedawcy, problem z metodą płatności, wskaźnik opóźnionych wysyłek, reklamacja.',
          evidencePrompt:
            'Zanotuj zasadę, numery ASIN, identyfikatory zamówień lub wskaźnik wymienione w powiadomieniu oraz jego datę.',
        },
        'gather-documents': {
          title: 'Zbierz dokumenty potrzebne w tej sprawie',
          why: 'Amazon decyduje na podstawie dowodów; jasne i trafne dokumenty przyspieszają rozpatrzenie sprawy.',
          detail:
            'Dowody doręczenia zamówień uznanych za niedostarczone; certyfikaty produktów lub dopuszczenia dotyczące ' +
            'bezpieczeństwa; faktury od dostawców potwierdzające autentyczność; wyciągi finansowe lub bankowe w sprawach płatności.',
          evidencePrompt: 'Wypisz każdy plik i to, czego dowodzi. Sprawdź, czy każda strona jest czytelna.',
        },
        'write-poa': {
          title: 'Napisz plan działania',
          why: 'Plan pokazuje Amazon, że rozumiesz przyczynę i że problem jest już rozwiązany.',
          detail:
            'Przyznaj, że problem wystąpił, wyjaśnij jego pierwotną przyczynę, wymień działania już podjęte i trwałe zmiany. ' +
            'Pisz rzeczowo i zwięźle.',
        },
        'contact-support': {
          title: 'Wyślij go przez dziennik zgłoszeń',
          why: 'Odpowiedź kanałem wskazanym w powiadomieniu utrzymuje całą sprawę w jednym zgłoszeniu.',
          detail:
            'Pisz uprzejmie, krótko i spójnie. Otwieraj jedno zgłoszenie na jeden problem, a nie kilka w tej samej sprawie.',
          evidencePrompt: 'Zapisz numer zgłoszenia i datę wysłania.',
        },
      },
    },
    review: {
      title: 'Konto w trakcie przeglądu',
      intro:
        'Amazon coś sprawdza, zanim podejmie decyzję. Odpowiedz bez zwłoki dokładnie na to, o co prosi, a w czasie oczekiwania sprzedawaj zgodnie z zasadami.',
      items: {
        'read-notice': {
          title: 'Sprawdź, czego dotyczy przegląd',
          why: 'Powiadomienie wskazuje zasadę, ofertę lub informacje objęte przeglądem; wszystko, co wysyłasz, powinno się do tego odnosić.',
          detail:
            'Sprawdź Powiadomienia dotyczące wydajności oraz skrzynkę adresu e-mail zarejestrowanego w Seller Central.',
        },
        'check-health': {
          title: 'Otwórz stronę Kondycja konta',
          why: 'Widać tam, czy przegląd dotyczy zasady, wskaźnika, czy konkretnych ofert.',
        },
        'gather-documents': {
          title: 'Przygotuj dokumenty wymagane w przeglądzie',
          why: 'O wyniku przeglądu decydują dowody; jasne, czytelne i trafne dokumenty go skracają.',
          evidencePrompt:
            'Wypisz każdy plik i to, co pokazuje; sprawdź, czy nazwy i adresy zgadzają się z danymi konta.',
        },
        'respond-case': {
          title: 'Odpowiedz kanałem wskazanym w powiadomieniu',
          why: 'Jedno zgłoszenie na jeden problem pozwala trzymać Twoją odpowiedź i odpowiedzi Amazon w jednym miejscu.',
          evidencePrompt: 'Zapisz numer zgłoszenia i datę odpowiedzi.',
        },
        'keep-fulfilling': {
          title: 'Wysyłaj otwarte zamówienia na czas',
          why: 'Złożone już zamówienia wciąż muszą dotrzeć do kupujących; opóźnione lub anulowane zamówienia mogą zaważyć na wyniku przeglądu.',
        },
        'follow-up': {
          title: 'Ponów kontakt najwcześniej po 48 godzinach i podaj numer zgłoszenia',
          why: 'Wcześniejsze przypomnienia nie przyspieszają przeglądu; numer zgłoszenia łączy przypomnienie z Twoją odpowiedzią.',
        },
        'write-poa': {
          title: 'Napisz plan działania, jeśli Amazon o niego poprosi',
          why: 'Gdy przegląd kończy się prośbą o plan, rzeczowy plan to najszybsza droga powrotu do sprzedaży.',
        },
      },
    },
    verification: {
      title: 'Wymagana weryfikacja',
      intro:
        'Amazon musi potwierdzić Twoją tożsamość lub dane konta. Do tego czasu sprzedaż lub wypłaty mogą być wstrzymane; przesłanie właściwych dokumentów zamyka sprawę.',
      items: {
        'read-notice': {
          title: 'Sprawdź, które informacje Amazon chce potwierdzić',
          why: 'Powiadomienie mówi dokładnie, której informacji lub którego dokumentu brakuje; wyślij właśnie to, a nie wszystko, co masz.',
        },
        'check-details': {
          title: 'Porównaj informacje o sprzedawcy ze swoimi dokumentami',
          why: 'Nazwa, adres i dane bankowe muszą dokładnie zgadzać się z dokumentami, inaczej weryfikacja znów się nie powiedzie.',
        },
        'gather-documents': {
          title: 'Zbierz dokumenty wskazane w powiadomieniu',
          why: 'Kompletne, czytelne i aktualne dokumenty częściej są akceptowane za pierwszym razem.',
          detail:
            'Skanuj całe strony w kolorze; sprawdź, czy każdy dokument jest nadal ważny i zawiera to samo imię i nazwisko lub tę samą nazwę.',
          evidencePrompt: 'Wypisz każdy plik, jego datę i to, co potwierdza.',
        },
        'submit-documents': {
          title: 'Wyślij je tam, gdzie wskazuje powiadomienie',
          why: 'Dokumenty wysłane innym kanałem mogą nigdy nie dotrzeć do zespołu, który je sprawdza.',
          evidencePrompt: 'Zanotuj datę wysłania i ewentualny numer zgłoszenia.',
        },
        'follow-up': {
          title: 'Ponów kontakt najwcześniej po 48 godzinach i podaj numer zgłoszenia',
          why: 'Weryfikacja wymaga czasu; na spokojne przypomnienie z numerem zgłoszenia odpowiedź przychodzi szybciej niż na nowe zgłoszenie.',
        },
        'keep-fulfilling': {
          title: 'Wysyłaj otwarte zamówienia na czas',
          why: 'Kupujący nadal czekają na swoje zamówienia, dopóki trwa weryfikacja.',
        },
      },
    },
    deactivated: {
      title: 'Konto dezaktywowane',
      intro:
        'Od dezaktywacji można się odwołać. Spokojne, konkretne odwołanie poparte dowodami daje największe szanse.',
      items: {
        'read-reason': {
          title: 'Przeczytaj podany powód',
          why: 'Amazon zawsze podaje powód, nawet jeśli brzmi on ogólnie; od niego zależy Twoje odwołanie.',
        },
        'check-health': {
          title: 'Otwórz stronę Kondycja konta',
          why: 'Znajdziesz tam zasadę lub wskaźnik, które doprowadziły do dezaktywacji, oraz przycisk odwołania.',
        },
        'name-cause': {
          title: 'Nazwij dokładną przyczynę jednym zdaniem',
          why: 'Odwołanie, które dotyczy niewłaściwego problemu, zostanie odrzucone, nawet jeśli jest dobrze napisane.',
          evidencePrompt:
            'Zanotuj zasadę, numery ASIN, identyfikatory zamówień lub wskaźnik wskazane przez Amazon oraz datę powiadomienia.',
        },
        'write-poa': {
          title: 'Napisz plan działania ze wszystkimi częściami',
          why: 'Amazon sprawdza każdą część; brak jednej z nich może wystarczyć do odmowy.',
          detail:
            'Przyznanie się do problemu bez wymówek, pierwotna przyczyna w Twoich własnych procesach, działania już podjęte, ' +
            'trwałe zmiany i dowód, że zostały wdrożone. Najwyżej jedna strona.',
        },
        'prove-changes': {
          title: 'Pokaż, że zmiany już obowiązują',
          why: 'Same zapowiedzi nie przekonują; przekonuje zmiana, którą można udokumentować.',
          evidencePrompt:
            'Zbierz dowody z datami: nową checklistę, umowę z dostawcą, potwierdzenia szkoleń, zrzuty ekranu.',
        },
        'attach-documents': {
          title: 'Przygotuj dokumenty uzupełniające',
          why: 'Dokumenty potwierdzają każde twierdzenie w Twoim planie.',
          detail:
            'Używaj formatów plików akceptowanych przez formularz odwołania i upewnij się, że każdą stronę da się przeczytać.',
          evidencePrompt: 'Wypisz każdy plik i twierdzenie z planu, które on potwierdza.',
        },
        'submit-appeal': {
          title: 'Złóż odwołanie na stronie Kondycja konta',
          why: 'Odwołanie składa się w Seller Central, zgodnie z instrukcjami, które Amazon tam podaje.',
          detail: 'Zachowaj profesjonalny ton od pierwszego do ostatniego zdania.',
          evidencePrompt: 'Zapisz kopię wysłanej treści oraz datę i godzinę wysłania.',
        },
        'expect-answer': {
          title: 'Odpowiedź przychodzi zwykle po około 48 godzinach',
          why: 'Odwołania są zazwyczaj rozpatrywane w ciągu dwóch dni; złożone sprawy mogą trwać dłużej.',
          detail: 'W czasie oczekiwania nie wysyłaj ponownie tego samego odwołania.',
        },
      },
    },
    'first-days': {
      title: 'Pierwsze dni po dezaktywacji',
      intro:
        'To, co zrobisz i czego unikniesz w pierwszych dniach, wpływa na odwołanie. Weź głęboki oddech i działaj krok po kroku.',
      items: {
        'one-channel': {
          title: 'Korzystaj z jednego kanału, a nie z wielu',
          why: 'Ciągłe pisanie do Amazon różnymi kanałami spowalnia rozpatrzenie Twojej sprawy.',
        },
        'calm-tone': {
          title: 'Nie wysyłaj gniewnych ani oskarżycielskich wiadomości',
          why: 'Osoby rozpatrujące sprawę kierują się faktami; złość utrudnia im pomoc.',
        },
        'no-new-account': {
          title: 'Nie zakładaj nowego konta sprzedawcy',
          why: 'Zakładanie drugiego konta, by obejść dezaktywację, narusza zasady i może przekreślić wszelkie szanse na przywrócenie konta.',
        },
        'do-not-ignore': {
          title: 'Nie ignoruj sytuacji',
          why: 'Dezaktywacja sama się nie rozwiąże; szansa na przywrócenie konta zależy od Twojej odpowiedzi.',
        },
        'open-orders': {
          title: 'Zadbaj o otwarte zamówienia',
          why: 'Kupujący wciąż czekają na zamówione produkty, a to, jak ich traktujesz, liczy się w odwołaniu.',
          detail:
            'FBA: Amazon nadal wysyła Twoje zamówienia. FBM: nadal musisz wysłać każde potwierdzone zamówienie z numerem śledzenia.',
          evidencePrompt: 'Zachowuj numery śledzenia i potwierdzenia doręczenia każdego wysłanego zamówienia.',
        },
        'read-policies': {
          title: 'Przeczytaj zasady, których to dotyczy',
          why: 'Musisz dokładnie wiedzieć, która zasada została naruszona, zanim wyjaśnisz, jak naprawiono problem.',
          detail:
            'Przeczytaj sekcje zasad związane z Twoim problemem; pomocne są też historie sprzedawców z podobnymi dezaktywacjami.',
        },
        'consider-help': {
          title: 'Rozważ profesjonalną pomoc',
          why: 'Specjaliści często dostrzegają to, co umknęło Tobie, i wiedzą, jak czytane są odwołania.',
          detail:
            'Na przykład konsultanci doświadczeni w przywracaniu kont lub prawnicy zajmujący się handlem internetowym.',
        },
        'plan-scenarios': {
          title: 'Zaplanuj scenariusz najlepszy, pośredni i najgorszy',
          why: 'Plan na każdy wynik pozwala utrzymać firmę bez względu na decyzję Amazon.',
          detail:
            'Najlepszy: przywrócenie konta po pierwszym odwołaniu. Pośredni: kolejne odwołania z lepszymi informacjami. ' +
            'Najgorszy: ostatnie odwołanie zostaje odrzucone; sprzedaż przejmują inne platformy lub Twój własny sklep internetowy.',
          evidencePrompt: 'Zapisz jedno lub dwa działania dla każdego scenariusza, z datą.',
        },
      },
    },
    'while-on-hold': {
      title: 'Dopóki trwa wstrzymanie',
      intro:
        'Czekanie jest trudne. Wykorzystaj ten czas dobrze: wywiązuj się z obowiązków i przygotowuj swoje argumenty.',
      items: {
        'fulfil-orders': {
          title: 'Zrealizuj wszystkie zaległe zamówienia',
          why: 'Zamówienia złożone przed wstrzymaniem nadal trzeba wysłać; zaniedbania tylko pogarszają sytuację.',
        },
        'answer-buyers': {
          title: 'Nadal odpowiadaj kupującym',
          why: 'Pytania bez odpowiedzi zamieniają się w reklamacje, a Amazon przygląda się teraz Twojemu kontu szczególnie uważnie.',
        },
        'keep-funds': {
          title: 'Zapewnij środki na opłaty',
          why: 'Opłaty są nadal naliczane; nieudana płatność dokłada drugi problem.',
          detail: 'Dbaj o ważność metod płatności. Nie próbuj wypłacać pieniędzy, dopóki saldo jest ujemne.',
        },
        'keep-log': {
          title: 'Prowadź datowany rejestr każdego kontaktu i każdej zmiany',
          why: 'Przejrzysty zapis wyjaśnia nieporozumienia i wspiera późniejsze odwołanie.',
          detail:
            'Zachowuj kopie wszystkich wiadomości wysłanych do Amazon i otrzymanych od Amazon oraz każdej wprowadzonej zmiany.',
          evidencePrompt:
            'Dla każdego wpisu: data, godzina, kanał, numer zgłoszenia i co zostało powiedziane lub zmienione.',
        },
        'screenshot-health': {
          title: 'Rób zrzuty ekranu strony Kondycja konta',
          why: 'Zrzuty ekranu z datami pokazują, jak zmieniały się wskaźniki i ostrzeżenia.',
          evidencePrompt: 'Zapisuj każdy zrzut ekranu z datą w nazwie pliku.',
        },
        'fix-listings': {
          title: 'Sprawdź swoje oferty',
          why: 'Ta przerwa to okazja, by znaleźć inne oferty, które mogą naruszać zasady.',
        },
        'fix-processes': {
          title: 'Popraw procesy, które doprowadziły do problemu',
          why: 'Twoje dane o wydajności pokazują, gdzie ten sam problem może się powtórzyć.',
        },
        'follow-up': {
          title: 'Ponów kontakt najwcześniej po 48 godzinach',
          why: 'Zbyt wczesne lub zbyt częste przypomnienia spowalniają Twoją sprawę.',
          detail: 'Podaj pierwotny numer zgłoszenia, napisz tylko to, co nowe, i zachowaj uprzejmy ton.',
        },
        diversify: {
          title: 'Rozłóż sprzedaż na więcej kanałów',
          why: 'Mniejsza zależność od jednej platformy chroni przed skutkami kolejnego wstrzymania.',
          detail:
            'Inne platformy sprzedażowe, własny sklep internetowy, sprzedaż hurtowa, własna lista mailingowa klientów.',
        },
      },
    },
    prevention: {
      title: 'Regularna profilaktyka',
      intro:
        'Większość wstrzymań zaczyna się od ostrzeżenia. Krótka, regularna kontrola pozwala je wcześnie wychwycić.',
      items: {
        'health-routine': {
          title: 'Sprawdzaj Kondycję konta codziennie, a co najmniej raz w tygodniu',
          why: 'Zagrożone pozycje na stronie Kondycja konta łatwiej naprawić, zanim doprowadzą do wstrzymania.',
        },
        notifications: {
          title: 'Czytaj nowe powiadomienia dotyczące wydajności',
          why: 'Informacje o Twoim koncie trafiają najpierw właśnie tam.',
          detail: 'Ustaw powiadomienia tak, aby docierały do Ciebie informacje o zmianach statusu konta.',
        },
        'policy-updates': {
          title: 'Śledź zmiany zasad',
          why: 'Nieznajomość zasady nie jest usprawiedliwieniem, a zasady się zmieniają.',
          detail:
            'Czytaj zasady dotyczące Twoich kategorii produktów; szczególnie uważnie śledź autentyczność produktów, bezpieczeństwo i opinie.',
        },
        'listing-audit': {
          title: 'Kontroluj swoje oferty',
          why: 'Wprowadzające w błąd twierdzenia, cudze zdjęcia i chronione nazwy marek prowadzą do wstrzymań.',
          detail:
            'Dokładne opisy, zdjęcia, do których masz prawa, żadnych znaków towarowych w słowach kluczowych bez zgody.',
          evidencePrompt: 'Zanotuj datę każdej kontroli i to, co zmieniono.',
        },
        'answer-24h': {
          title: 'Odpowiadaj klientom w ciągu 24 godzin',
          why: 'Szybkie odpowiedzi i uczciwe podejście do zwrotów utrzymują dobre wskaźniki obsługi klienta.',
        },
        'stock-accuracy': {
          title: 'Utrzymuj dokładne stany magazynowe',
          why: 'Błędne stany prowadzą do opóźnionych wysyłek i anulowanych zamówień.',
        },
        'quality-control': {
          title: 'Prowadź kontrolę jakości',
          why: 'Problemy z jakością produktów, a zwłaszcza z ich bezpieczeństwem, szybko prowadzą do wstrzymań.',
          detail:
            'Uzgodnij kontrole jakości z dostawcami, sprawdzaj próbki także wtedy, gdy korzystasz z FBA, i wyjaśniaj ' +
            'każdą reklamację produktu.',
          evidencePrompt: 'Dokumentuj kontrole jakości, aby móc je pokazać Amazon na żądanie.',
        },
      },
    },
  },
  exportLabels: {
    marketplace: 'Sklep',
    generated: 'Wygenerowano',
    progress: 'Postęp: wykonano {done} z {total} ({percent} %)',
    tickedAt: 'zaznaczono {time}',
    notTicked: 'jeszcze niewykonane',
    evidence: 'Dowody do zachowania',
    link: 'Otwórz w Seller Central',
    timeline: 'Historia zgłoszenia',
    timelineEmpty: 'Brak zapisanych kontaktów w tym zgłoszeniu.',
    caseLabel: 'zgłoszenie',
    sent: 'wysłano',
    received: 'otrzymano',
    accountHistory: 'Historia konta',
    accountTimeline: 'Stan konta, liczby naruszeń i powiadomienia',
    accountTimelineEmpty: 'Nie zauważono zmiany stanu konta ani liczby naruszeń, ani żadnego powiadomienia.',
    timelineNotice: 'Powiadomienie dotyczące wydajności: {title}',
    timelinePolicy: '{policy}: {from} → {to}',
    noticesFolded: '{count} wcześniejszych powiadomień, podsumowanych',
    policyChangesFolded: '{count} wcześniejszych zmian liczby naruszeń, podsumowanych',
    policies: 'Zgodność z zasadami',
    policiesEmpty: 'Nie odczytano listy zasad.',
    policiesAsOf: 'Tak, jak podawała je Kondycja konta w dniu {date}.',
    policyName: 'Zasada',
    policyCount: 'Naruszenia',
    summarizedChanges: '{count} wcześniejszych zmian, podsumowanych',
    ratings: 'Ocena kondycji konta',
    ratingsEmpty: 'Nie odczytano żadnej oceny.',
    ratingDay: 'Dzień',
    ratingValue: 'Ocena',
    ratingStatus: 'Stan',
    ratingMonth: '{month} ({days} dni)',
    footer: 'Wyeksportowano za pomocą Seller Central Companion (rozszerzenie niepowiązane z Amazon).',
  },
};
