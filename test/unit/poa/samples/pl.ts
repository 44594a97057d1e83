import { type GoodSample, type LanguageSamples, padded, variant } from './types';

const lateShipments: GoodSample = {
  name: 'opóźnione wysyłki (FBM)',
  sections: {
    acknowledgement:
      'W okresie 30 dni zakończonym 12 marca nasz wskaźnik opóźnionych wysyłek wyniósł 6,8%, przy wymaganym progu ' +
      '4%. Bierzemy pełną odpowiedzialność za to, że klienci czekali na swoje zamówienia dłużej, niż obiecaliśmy.',
    'root-cause':
      'Przed Dniem Kobiet liczba zamówień wzrosła z około 40 do 110 dziennie, a pakowaniem nadal zajmowała się u nas ' +
      'jedna osoba. Paczki przygotowane po godzinie 14:00 nie zdążały na odbiór kurierski i były nadawane dopiero ' +
      'następnego dnia roboczego.',
    'immediate-actions':
      '8 marca wysłaliśmy wszystkie 57 zaległych zamówień i wgraliśmy numery przesyłek do Seller Central. Tego samego ' +
      'dnia wydłużyliśmy czas realizacji we wszystkich ofertach z 1 do 2 dni roboczych.',
    'preventive-measures':
      'Od 11 marca zatrudniamy na pół etatu drugą osobę do pakowania (w godzinach 13:00–19:00), a z firmą kurierską ' +
      'ustaliliśmy drugi odbiór o 18:30. Kierownik magazynu codziennie o 12:00 sprawdza w BaseLinkerze listę ' +
      'zamówień, których termin wysyłki mija tego dnia.',
    evidence:
      'W załączeniu: umowa z nowym pracownikiem z 11 marca, potwierdzenie dodatkowego odbioru od firmy kurierskiej ' +
      'oraz raport wysyłek z okresu 11–25 marca, w którym nie ma ani jednej opóźnionej paczki.',
  },
};

const inauthentic: GoodSample = {
  name: 'reklamacje na nieoryginalny towar',
  sections: {
    acknowledgement:
      'W lutym otrzymaliśmy dwie reklamacje od klientów, według których kupiony u nas krem pod oczy (ASIN ' +
      'B0C7LQ2M4K) nie był oryginalny. Rozumiemy, że kupujący na Amazon.pl muszą mieć pewność, że dostają ' +
      'autentyczny produkt.',
    'root-cause':
      'W styczniu kupiliśmy 150 sztuk od nowej hurtowni z Niemiec, opierając się wyłącznie na fakturze, bez pisma ' +
      'potwierdzającego autoryzację producenta. Przy przyjęciu dostawy nie porównaliśmy też numerów partii z listą, ' +
      'którą udostępnia oficjalny dystrybutor marki.',
    'immediate-actions':
      '19 lutego zamknęliśmy ofertę, zleciliśmy zwrot wszystkich 96 pozostałych sztuk z centrum logistycznego FBA i ' +
      'zwróciliśmy obu klientom pełną kwotę. Partię przekazaliśmy do weryfikacji dystrybutorowi marki w Polsce.',
    'preventive-measures':
      'Od 21 lutego zamawiamy ten krem wyłącznie u autoryzowanego dystrybutora, a właściciel firmy przed każdym ' +
      'zamówieniem sprawdza, czy autoryzacja jest aktualna. Przy przyjęciu dostawy magazynier porównuje numery ' +
      'partii z listą od dystrybutora i fotografuje każdy karton.',
    evidence:
      'Załączamy faktury od autoryzowanego dystrybutora z 23 lutego i 4 marca, pismo autoryzacyjne marki oraz ' +
      'wypełnioną listę kontrolną przyjęcia dostawy.',
  },
};

const defects: GoodSample = {
  name: 'wskaźnik wadliwych zamówień przez stłuczki',
  sections: {
    acknowledgement:
      'W kwietniu nasz wskaźnik wadliwych zamówień (ODR) wzrósł do 1,4%, głównie przez negatywne opinie o ' +
      'potłuczonych kubkach ceramicznych. To nasza wina, bo to my pakowaliśmy te przesyłki.',
    'root-cause':
      'Kubki pakowaliśmy pojedynczo w cienkie kartony bez żadnego wypełnienia, ponieważ nie mieliśmy instrukcji ' +
      'pakowania dla produktów ze szkła i ceramiki. W 29 zamówieniach towar stłukł się w transporcie.',
    'immediate-actions':
      'Między 3 a 6 maja skontaktowaliśmy się ze wszystkimi 29 klientami i wysłaliśmy im nowe kubki albo zwróciliśmy ' +
      'pieniądze. Wycofaliśmy cienkie kartony i zamówiliśmy kartony pięciowarstwowe oraz wypełniacz z papieru ' +
      'falistego.',
    'preventive-measures':
      'Przygotowaliśmy instrukcję pakowania ze zdjęciami dla każdego z 14 produktów ceramicznych, a od 7 maja ' +
      'brygadzista zmiany sprawdza każdą taką paczkę przed zaklejeniem. Nowe produkty przechodzą test upadku z ' +
      'wysokości 1,2 m, zanim trafią do sprzedaży.',
    evidence:
      'W załączeniu przesyłamy instrukcję pakowania, rejestr kontroli paczek z okresu 7–21 maja oraz raport opinii, ' +
      'w którym od 8 maja nie pojawiła się żadna skarga na uszkodzenie.',
  },
};

const trademark: GoodSample = {
  name: 'naruszenie znaku towarowego',
  sections: {
    acknowledgement:
      'Otrzymaliśmy zgłoszenie naruszenia znaku towarowego, ponieważ w tytułach czterech naszych ofert użyliśmy ' +
      'zastrzeżonej nazwy innej marki. Przyznajemy, że nie mieliśmy prawa posługiwać się tym znakiem.',
    'root-cause':
      'Nasz copywriter dopisywał nazwy znanych marek jako słowa kluczowe, żeby produkty łatwiej się wyszukiwały. ' +
      'Nie sprawdzaliśmy tych treści przed publikacją, bo w naszym procesie tworzenia ofert nie było etapu ' +
      'weryfikacji prawnej.',
    'immediate-actions':
      '10 czerwca usunęliśmy tę nazwę z tytułów, opisów i ukrytych słów kluczowych wszystkich czterech ofert, a ' +
      'zmiany potwierdziliśmy mailowo właścicielowi znaku.',
    'preventive-measures':
      'Od 12 czerwca każdą nową lub edytowaną ofertę zatwierdza nasza specjalistka do spraw zgodności, która ' +
      'sprawdza użyte nazwy w bazie TMview. Copywriter ukończył 14 czerwca dwugodzinne szkolenie z prawa znaków ' +
      'towarowych, prowadzone przez kancelarię rzecznika patentowego.',
    evidence:
      'Załączamy zrzuty ekranu poprawionych ofert, listę kontrolną do weryfikacji słów kluczowych oraz ' +
      'zaświadczenie o ukończeniu szkolenia z 14 czerwca.',
  },
};

const safety: GoodSample = {
  name: 'bezpieczeństwo zabawki dla dzieci',
  sections: {
    acknowledgement:
      'Klientka zgłosiła, że w pluszowym misiu (ASIN B0B8N4TR2X) po kilku dniach zabawy odpadło plastikowe oczko. ' +
      'W zabawce dla dzieci od 1. roku życia to realne ryzyko zadławienia i bierzemy za to pełną odpowiedzialność.',
    'root-cause':
      'Partia z 5 lipca została uszyta przez nowego podwykonawcę naszego dostawcy, a my dopuściliśmy ją do sprzedaży ' +
      'tylko na podstawie certyfikatu z poprzedniej partii. Nie wykonaliśmy własnego testu wytrzymałości mocowania ' +
      'drobnych elementów według normy EN 71-1.',
    'immediate-actions':
      '16 lipca wstrzymaliśmy sprzedaż, zablokowaliśmy 410 sztuk w magazynie FBA i oddaliśmy 8 misiów do ' +
      'akredytowanego laboratorium, które potwierdziło, że oczka odrywają się przy zbyt małej sile. Napisaliśmy też ' +
      'do 63 klientów, którzy kupili misia z tej partii, z propozycją zwrotu pieniędzy.',
    'preventive-measures':
      'Od 22 lipca każda nowa partia zabawek czeka w magazynie, dopóki laboratorium nie przebada 5 losowo wybranych ' +
      'sztuk. Raport zatwierdza nasz specjalista do spraw jakości i dopiero wtedy towar jedzie do Amazon.',
    evidence:
      'W załączeniu: sprawozdanie z badań laboratoryjnych z 19 lipca, nowa procedura zwalniania partii oraz raport ' +
      'działań korygujących od dostawcy z 20 lipca.',
  },
};

const usedAsNew: GoodSample = {
  name: 'używany towar sprzedany jako nowy',
  sections: {
    acknowledgement:
      'Od 1 do 18 sierpnia czterech klientów napisało, że jako nowy otrzymali blender z widocznymi śladami ' +
      'użytkowania. Zdajemy sobie sprawę, że w ten sposób wprowadziliśmy kupujących w błąd.',
    'root-cause':
      'Zwroty od klientów wracały na półkę z towarem do sprzedaży po samym obejrzeniu kartonu. Nikt nie otwierał ' +
      'opakowań i nie sprawdzał, czy w środku są wszystkie akcesoria, folie i plomby, dlatego 9 używanych sztuk ' +
      'ponownie trafiło do sprzedaży jako nowe.',
    'immediate-actions':
      '19 sierpnia zdjęliśmy ze sprzedaży wszystkie 46 zwróconych sztuk, sprawdziliśmy każdą z osobna i 11 z nich ' +
      'wystawiliśmy w stanie „Używany – bardzo dobry”. Czterem poszkodowanym klientom wysłaliśmy nowe, fabrycznie ' +
      'zafoliowane blendery.',
    'preventive-measures':
      'Od 20 sierpnia zwroty trafiają na osobny regał, a osoba odpowiedzialna za zwroty sprawdza plombę, akcesoria i ' +
      'numer seryjny każdej sztuki, zanim ta wróci do sprzedaży jako nowa. Sztuki z naruszoną plombą zawsze ' +
      'wystawiamy jako używane.',
    evidence:
      'Dołączamy listę kontrolną do sprawdzania zwrotów, zdjęcia osobnego regału oraz rejestr kontroli z okresu od ' +
      '20 sierpnia do 3 września.',
  },
};

const expired: GoodSample = {
  name: 'przeterminowany suplement diety',
  sections: {
    acknowledgement:
      'Troje klientów otrzymało kapsułki z witaminą D3 (ASIN B09XK3L7QP) po upływie daty minimalnej trwałości. ' +
      'Wiemy, że przy suplementach diety to wyjątkowo poważny błąd.',
    'root-cause':
      'Do centrum FBA wysłaliśmy 600 opakowań, którym zostały tylko 2 miesiące do końca terminu przydatności, bo ' +
      'nasz arkusz stanów magazynowych nie zawierał dat ważności poszczególnych partii. Przy obecnej rotacji część ' +
      'towaru przeterminowała się na półce.',
    'immediate-actions':
      '30 września zleciliśmy usunięcie wszystkich pozostałych opakowań z magazynu Amazon, zwróciliśmy pieniądze 3 ' +
      'klientom i sprawdziliśmy daty ważności pozostałych 18 ASIN-ów z kategorii żywności i suplementów.',
    'preventive-measures':
      'Od 2 października w arkuszu magazynowym zapisujemy numer partii i datę ważności każdej dostawy i nie wysyłamy ' +
      'do FBA produktów, którym zostało mniej niż 6 miesięcy ważności. W każdy poniedziałek kierownik magazynu ' +
      'przegląda raport dat ważności i oznacza partie do wycofania.',
    evidence:
      'W załączeniu przesyłamy potwierdzenie zlecenia usunięcia, zaktualizowany arkusz z datami ważności oraz ' +
      'poniedziałkowe raporty z 7 i 14 października.',
  },
};

const tracking: GoodSample = {
  name: 'wskaźnik ważnych numerów śledzenia',
  sections: {
    acknowledgement:
      'W listopadzie nasz wskaźnik ważnych numerów śledzenia spadł do 88%, poniżej wymaganych 95%. Odpowiadamy za ' +
      'to, że część zamówień wysłaliśmy bez przekazania numeru przesyłki.',
    'root-cause':
      'Drobne akcesoria o wadze do 500 g nadawaliśmy listem poleconym, a nasz system sprzedażowy nie przesyłał do ' +
      'Amazon numerów tych listów, bo ta forma wysyłki nie była w nim powiązana z żadnym przewoźnikiem.',
    'immediate-actions':
      'Od 2 grudnia wszystkie małe przesyłki nadajemy do paczkomatów InPost z pełnym śledzeniem, a dla 47 zamówień, ' +
      'które były jeszcze w drodze, ręcznie wprowadziliśmy numery nadania.',
    'preventive-measures':
      'Zmieniliśmy szablon wysyłki w systemie tak, że nie da się już wybrać formy dostawy bez numeru śledzenia. Od ' +
      '4 grudnia koordynatorka zamówień codziennie o 13:00 sprawdza raport niewysłanych zamówień pod kątem ' +
      'brakujących numerów.',
    evidence:
      'Załączamy zrzut ekranu nowych ustawień szablonu, umowę z InPost na przesyłki paczkomatowe oraz raport ' +
      'śledzenia z okresu 4–18 grudnia, w którym wskaźnik wyniósł 99,2%.',
  },
};

const cancellations: GoodSample = {
  name: 'wskaźnik anulowań przed realizacją',
  sections: {
    acknowledgement:
      'W styczniu nasz wskaźnik anulowań przed realizacją wyniósł 3,9% przy limicie 2,5%. Anulowaliśmy 31 ' +
      'zamówień, bo sprzedaliśmy towar, którego nie mieliśmy już na stanie.',
    'root-cause':
      'Te same produkty sprzedajemy na Amazon.pl i w naszym sklepie internetowym, a stany magazynowe synchronizowały ' +
      'się tylko raz na dobę, o 6:00 rano. Gdy w ciągu dnia towar się kończył, oferta na Amazon nadal pokazywała ' +
      'nieaktualną ilość.',
    'immediate-actions':
      '24 stycznia wyzerowaliśmy ilości w 22 ofertach z niskim stanem i ręcznie wyrównaliśmy stany we wszystkich ' +
      'kanałach sprzedaży. Wszystkim 31 klientom odpisaliśmy przez centrum wiadomości z przeprosinami.',
    'preventive-measures':
      'Od 25 stycznia stany synchronizują się co 15 minut przez BaseLinkera, a przy produktach, których mamy mniej ' +
      'niż 3 sztuki, system zostawia 1 sztukę rezerwy. Nasz specjalista do spraw e-commerce co piątek porównuje ' +
      'stany w systemie ze spisem z natury.',
    evidence:
      'Dołączamy zrzut ekranu ustawień synchronizacji, raport zamówień od 25 stycznia do 8 lutego bez żadnego ' +
      'anulowania z naszej strony oraz protokół inwentaryzacji z 1 lutego.',
  },
};

export const plSamples: LanguageSamples = {
  good: [lateShipments, inauthentic, defects, trademark, safety, usedAsNew, expired, tracking, cancellations],
  bad: [
    variant(inauthentic, 'pusta sekcja z dowodami', 'missing-section', { evidence: '' }),
    variant(lateShipments, 'znacznie dłuższy niż strona', 'too-long', {
      'root-cause': padded(
        lateShipments.sections['root-cause'],
        (n) =>
          `Zamówienie 405-7712345-${String(n).padStart(5, '0')} wyszło z naszego magazynu dzień po wymaganej dacie wysyłki.`,
        60,
      ),
    }),
    variant(defects, 'ogólnikowe obietnice', 'vague-promise', {
      'preventive-measures':
        'Poprawimy kontrolę jakości i będziemy bardziej uważni przy pakowaniu delikatnych produktów. Zespołowi ' +
        'pakującemu przypomnieliśmy też, żeby dokładniej sprawdzał paczki i pracował ostrożniej.',
    }),
    variant(lateShipments, 'wina zrzucona na kuriera i klientów', 'blaming', {
      'root-cause':
        'Opóźnione wysyłki to wina firmy kurierskiej, która nie przyjeżdżała na czas, a część klientów po prostu ' +
        'kłamie, żeby dostać zwrot pieniędzy.',
    }),
    variant(inauthentic, 'emocjonalne przyznanie się', 'emotional', {
      acknowledgement:
        'Jesteśmy oburzeni i rozżaleni tą krzywdzącą decyzją, która po 6 latach uczciwej sprzedaży oryginalnych ' +
        'produktów nie ma żadnego sensu.',
    }),
    variant(trademark, 'działania tylko zapowiedziane', 'future-only', {
      'immediate-actions':
        'Usuniemy nazwę marki z tytułów czterech ofert i przejrzymy wszystkie ukryte słowa kluczowe. W przyszłości ' +
        'przed każdą zmianą w ofertach będziemy kontaktować się z właścicielem znaku.',
    }),
    variant(safety, 'przyczyna skopiowana do działań', 'duplicate-text', {
      'immediate-actions': `${safety.sections['root-cause']} ${safety.sections['immediate-actions']}`,
    }),
    variant(usedAsNew, 'przyczyna bez konkretnego problemu', 'generic-root-cause', {
      'root-cause':
        'Popełniliśmy błąd w naszych procedurach i nie przestrzegaliśmy zasad tak starannie, jak powinniśmy. ' +
        'Teraz rozumiemy, co poszło nie tak i dlaczego.',
    }),
    variant(expired, 'przyznanie wklejone 5 razy', 'repeated-sentence', {
      acknowledgement: Array.from({ length: 5 }, () => expired.sections.acknowledgement).join(' '),
    }),
    variant(tracking, 'dowody bez dokumentów', 'evidence-unnamed', {
      evidence:
        'Jesteśmy przekonani, że nowy sposób pracy już działa i dobrze sprawdza się w obsłudze naszych klientów.',
    }),
  ],
};
