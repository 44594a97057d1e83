import type { Glossary } from './types';

const r = String.raw;

/**
 * Polish: the words of Seller Central on amazon.pl (sellercentral.amazon.pl, language pl_PL).
 * Sources and doubts: /tmp/i18n-review/pl.md at the time of writing.
 */
export const glossary: Glossary = {
  removalOrder: {
    term: 'zlecenie wycofania (zapasów)',
    forms: r`zleceni(?:e|a|u|em|om|ami|ach) wycofania|zleceń wycofania`,
    avoid: [
      r`zamówieni\S* (?:usunięcia|wycofania|zwrotu)`,
      r`zamówień (?:usunięcia|wycofania|zwrotu)`,
      r`zleceni\S* usunięcia`,
      r`zleceń usunięcia`,
      r`zleceni\S* zwrotu`,
    ],
  },
  disposal: {
    term: 'usunięcie (zapasów)',
    forms: r`usun|usuw`,
    avoid: [r`utylizac`, r`utylizow`, r`zniszczeni\S* zapasów`],
  },
  accountHealth: {
    term: 'Kondycja konta',
    forms: r`kondycj\S* konta`,
    avoid: [r`zdrowi\S* konta`, r`stan\S* zdrowia`, r`account health`],
  },
  caseLog: {
    term: 'Dziennik zgłoszeń',
    forms: r`dziennik\S* zgłoszeń`,
    avoid: [r`dziennik\S* spraw`, r`rejestr\S* spraw`, r`rejestr\S* zgłoszeń`, r`log\S* zgłoszeń`, r`case log`],
  },
  planOfAction: {
    term: 'plan działania',
    forms: r`plan\S* działania`,
    avoid: [r`plan\S* naprawcz`, r`plan\S* działań`, r`plan\S* poprawy`, r`plan of action`],
  },
  performanceNotifications: {
    term: 'Powiadomienia dotyczące wydajności',
    forms: r`powiadomie\S* dotycząc\S* wydajności`,
    avoid: [
      r`powiadomie\S* o wynikach`,
      r`powiadomie\S* o skuteczności`,
      r`powiadomie\S* o efektywności`,
      r`performance notifications`,
    ],
  },
  deactivation: {
    term: 'dezaktywacja',
    forms: r`dezaktyw`,
    avoid: [r`zawieszeni\S* konta`, r`zawieszon\S* konto`, r`dezaktywizac`, r`deaktyw`],
  },
  onHold: {
    term: 'wstrzymanie (konto wstrzymane)',
    forms: r`wstrzym`,
    avoid: [r`zamrożon`, r`zamrożeni`, r`na wstrzymaniu`, r`zablokowan\S* konto`],
  },
  underReview: {
    term: 'w trakcie przeglądu',
    forms: r`przegląd`,
    avoid: [r`rewizj`, r`w trakcie kontroli`, r`pod przeglądem`, r`recenzowan`, r`w trakcie rewizji`],
  },
  atRisk: {
    term: 'zagrożone',
    forms: r`zagroż`,
    avoid: [r`narażon`, r`w niebezpieczeństwie`, r`w grupie ryzyka`],
  },
  appeal: {
    term: 'odwołanie',
    forms: r`odwoł`,
    avoid: [r`apelac`, r`apelow`, r`zażaleni`],
  },
};
