import type { PoaLanguagePack } from '../types';

export const poaText: PoaLanguagePack = {
  language: 'pl',
  title: 'Plan działania',
  sections: {
    acknowledgement: {
      heading: 'Uznanie problemu',
      hint: 'W jednym lub dwóch zdaniach: jaki problem wskazał Amazon i że bierzesz za niego odpowiedzialność.',
    },
    'root-cause': {
      heading: 'Pierwotna przyczyna',
      hint: 'Co w Twoich własnych procesach do tego doprowadziło. Wymień numery ASIN, zamówienia lub wskaźnik, których to dotyczy.',
    },
    'immediate-actions': {
      heading: 'Podjęte działania natychmiastowe',
      hint: 'Co już zrobiono, aby rozwiązać ten problem, wraz z datami.',
    },
    'preventive-measures': {
      heading: 'Długoterminowe działania zapobiegawcze',
      hint: 'Trwałe zmiany: kto co robi, jak często, za pomocą jakiego narzędzia i od kiedy.',
    },
    evidence: {
      heading: 'Dowody, że zmiany zostały wdrożone',
      hint: 'Załączane dokumenty, które pokazują, że zmiany już działają.',
    },
  },
  rules: {
    'missing-section': {
      message: 'Sekcja „{section}” jest pusta.',
      fix: 'Napisz tu dwa lub trzy rzeczowe zdania; Amazon sprawdza, czy plan zawiera każdą część.',
    },
    'short-section': {
      message: 'Ta sekcja jest bardzo krótka (liczba słów: {words}).',
      fix: 'Napisz, kto co zrobił, kiedy i co się zmieniło.',
    },
    'too-long': {
      message:
        'Plan jest za długi (liczba słów: {words}); na jednej stronie mieści się około {limit} słów. Nadmiarowe słowa: {over}.',
      fix: 'Skróć opis tła i usuń powtórzenia; zachowaj fakty, liczby i daty.',
    },
    'vague-promise': {
      message: '„{phrase}” to obietnica bez wskazania, jak zostanie spełniona.',
      fix:
        'W tym samym zdaniu dodaj liczbę, datę, rolę, narzędzie lub częstotliwość, np. „każda paczka jest ważona ' +
        'przed wysyłką”.',
    },
    blaming: {
      message: '„{phrase}” przerzuca winę na kogoś innego.',
      fix: 'Opisz, co zawiodło w Twoich własnych procesach; Amazon oczekuje, że weźmiesz odpowiedzialność za przyczynę.',
    },
    emotional: {
      message: '„{phrase}” brzmi emocjonalnie.',
      fix: 'Zachowaj neutralny, rzeczowy ton; osoby rozpatrujące plan kierują się dowodami, a nie emocjami.',
    },
    'future-only': {
      message: 'Ta sekcja opisuje wyłącznie plany na przyszłość.',
      fix: 'Napisz, co już zostało zrobione i od kiedy, np. „Od 3 marca sprawdzamy…”, i załącz dowód.',
    },
    'duplicate-text': {
      message: 'Ten sam tekst występuje też w sekcji „{section}”.',
      fix: 'Każda sekcja odpowiada na własne pytanie; napisz tekst, który pasuje do tej części.',
    },
    'repeated-sentence': {
      message: 'To zdanie powtarza się w tej sekcji {count} razy.',
      fix: 'Napisz je tylko raz; kto czyta to samo zdanie po raz kolejny, przestaje czytać uważnie.',
    },
    'generic-root-cause': {
      message: 'Pierwotna przyczyna nie wskazuje konkretnego problemu, numeru ASIN, zamówienia ani wskaźnika.',
      fix: 'Nazwij dokładnie to, co wskazał Amazon: numery ASIN, identyfikatory zamówień albo wskaźnik i jego wartość.',
    },
    'evidence-unnamed': {
      message: 'Ta sekcja nie mówi, jakie dokumenty załączasz.',
      fix: 'Wymień każdy dowód: faktury, nową checklistę, zrzut ekranu ustawienia, raport z datami.',
    },
  },
  lengthWithin: 'Słowa: {words} z {limit}, zostało {remaining}',
  lengthOver: 'Słowa: {words} z {limit}, o {over} za dużo',
};
