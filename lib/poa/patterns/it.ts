import { oneOf, type PoaPatternSet } from './types';

const r = String.raw;

const MONTHS = 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre';
const WEEKDAYS = 'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|sabati|domenica|domeniche';
const ARTICLE = r`(?:il |la |i |le |gli |l'|lo |il nostro |la nostra |i nostri |le nostre |nostro |nostra |nostri |nostre )`;
const AREAS = oneOf(
  'controllo qualità',
  'controllo della qualità',
  'controlli di qualità',
  'controlli',
  'controllo',
  'qualità',
  'processi',
  'processo',
  'procedure',
  'procedura',
  'monitoraggio',
  'verifiche',
  'comunicazione',
  'servizio clienti',
  'assistenza clienti',
  'gestione',
  'operazioni',
  'standard',
);
const OVERSIGHT = oneOf(
  'controlli',
  'controllo',
  'verifiche',
  'monitoraggio',
  'supervisione',
  'sorveglianza',
  'vigilanza',
  'attenzione',
  'cura',
  'precisione',
);
const STRICTER = oneOf(
  'più rigoros[oaie]',
  'più sever[oaie]',
  'più strett[oaie]',
  'più attent[oaie]',
  'più accurat[oaie]',
  'più approfondit[oaie]',
  'più frequenti',
  'più scrupolos[oaie]',
  'migliori',
  'maggiori',
  'rafforzat[oaie]',
);
const OTHERS = oneOf(
  'il cliente',
  'i clienti',
  'la cliente',
  "l'acquirente",
  'gli acquirenti',
  'il corriere',
  'i corrieri',
  'il vettore',
  'lo spedizioniere',
  'la concorrenza',
  'il concorrente',
  'i concorrenti',
  'un concorrente',
  'alcuni concorrenti',
  'alcuni clienti',
  'alcuni acquirenti',
  'clienti',
  'acquirenti',
  'concorrenti',
);
const OTHERS_OF = oneOf(
  'amazon',
  'del cliente',
  'dei clienti',
  "dell'acquirente",
  'degli acquirenti',
  'del corriere',
  'dei corrieri',
  'del vettore',
  'dello spedizioniere',
  'della concorrenza',
  'del concorrente',
  'dei concorrenti',
  'del magazzino amazon',
  'dei magazzini amazon',
  'del vostro sistema',
  'del vostro team',
  'del vostro algoritmo',
);
const FEELINGS = oneOf(
  'arrabbiat[oaie]',
  'furios[oaie]',
  'indignat[oaie]',
  'sconvolt[oaie]',
  'frustrat[oaie]',
  'delus[oaie]',
  'scioccat[oaie]',
  'esasperat[oaie]',
  'amareggiat[oaie]',
  'scandalizzat[oaie]',
  'disgustat[oaie]',
  'allibit[oaie]',
  'increduli',
);
// Participles that do not end in -ato, -ito, -uto.
const IRREGULAR_PARTICIPLES =
  '(?:fatt|mess|pres|scritt|rimoss|assunt|chius|apert|spes|rispost|corrett|introdott|prodott|ridott|condott|' +
  'richiest|vist|lett|redatt|discuss|promoss|concess|risolt|scelt|raccolt|tolt|estes|divis|predispost|impost|' +
  'decis|offert|svolt|coinvolt|rivist|emess|trasmess|res|dismess|chiest|rimast|sospes|compres|ripres|appres|' +
  'spent|spint|aggiunt|raggiunt|dett|interrott|rott|distrutt|tradott|inclus|esclus|conclus|propost|' +
  'espost|compost|nascost|commess|ammess|permess|sottoscritt|descritt|iscritt|protett|intes|stes|' +
  'sospint|accolt|distolt|costrett)[oaie]';
// Adjectives after "siamo"/"è" that end like participles but announce an intention.
const NOT_DONE = r`(?!(?:previst|pianificat|programmat|intenzionat|impegnat|determinat|decis|pront|dispost)[\p{L}]*(?![\p{L}]))`;

export const poaPatterns: PoaPatternSet = {
  language: 'it',
  vague: [
    r`(?:migliorare|miglioreremo|miglioriamo|ottimizzare|ottimizzeremo|rafforzare|rafforzeremo|potenziare|` +
      r`potenzieremo|intensificare|intensificheremo|perfezionare) ${ARTICLE}?${AREAS}`,
    r`${OVERSIGHT} ${STRICTER}`,
    r`(?:maggiore|maggior|più|migliore|miglior|particolare) (?:attenzione|cura|controllo|controlli|monitoraggio|vigilanza|precisione)`,
    r`(?:prestare|presteremo|prestiamo|porre|porremo) (?:più|maggiore|maggior|molta più|particolare) attenzione`,
    r`(?:essere|saremo|stare|staremo|siamo) (?:più|ancora più|estremamente) ` +
      r`(?:attent[oaie]|scrupolos[oaie]|vigil[ei]|prudent[ei]|precis[oaie]|accurat[oaie]|cauti|caute|diligenti)`,
    r`non (?:si ripeta|si ripeterà|accada|accadrà|succeda|succederà|capiti|capiterà|si verifichi|si verificherà|` +
      r`si ripresenti|si ripresenterà) (?:mai )?più`,
    r`(?:mai più|più) (?:si ripeterà|accadrà|succederà|capiterà)`,
    r`regolarmente|periodicamente|costantemente|continuamente|di tanto in tanto|di volta in volta|all'occorrenza`,
    r`(?:quando|se|ove|qualora) (?:necessario|opportuno|serve)|al bisogno|più spesso|più attentamente`,
    r`con (?:più|maggiore|maggior) (?:attenzione|cura|frequenza|rigore)`,
    r`(?:fare|faremo|facciamo|farò) (?:del (?:nostro|mio) meglio|tutto il possibile|il possibile)`,
    r`(?:impegnarci|ci impegneremo|mi impegnerò) (?:di più|maggiormente|al massimo)`,
    r`(?:prendiamo|prendo|prenderemo|abbiamo preso|ho preso) ` +
      r`(?:la questione|la cosa|la situazione|questa situazione|il problema|questo problema|tutto ciò|ciò) ` +
      r`(?:molto |estremamente )?(?:sul serio|seriamente)`,
  ],
  specifics: [
    MONTHS,
    WEEKDAYS,
    r`quotidian\p{L}*|giornalier\p{L}*|giornalmente|settimanal\p{L}*|mensil\p{L}*|trimestral\p{L}*|annual\p{L}*`,
    r`ogni|ciascun[oa]?|entro|almeno|non oltre|al più tardi|per ordine|per spedizione|per pacco`,
    r`al (?:giorno|mese|trimestre)|alla settimana|all'anno|all'ora|una volta|due volte|tre volte`,
    r`due|tre|quattro|cinque|sette|otto|nove|dieci|dodici|quindici|venti|trenta|quaranta|cinquanta|cento|mille`,
    r`percento|per cento`,
    r`responsabil[ei]|addett[oaie]|magazzinier[ei]|supervisor[ei]|coordinat(?:ore|ori|rice|rici)|ispett(?:ore|ori|rice)`,
    r`reviso(?:re|ri)|contabil[ei]|diret(?:tore|tori|trice)|titolar[ei]|amministrator[ei]|specialist[ai]|manager`,
    r`team leader|capoturno|capireparto|caporeparto|assunt[oaie]|nominat[oaie]|incaricat[oaie]`,
    r`software|gestionale|fogli? di calcolo|excel|checklist|lista di controllo|modell[oi]|modul[oi]|database`,
    r`banca dati|scanner|codic[ei] a barre|fotocamer[ae]|telecamer[ae]|foto|fotografie|app|crm|erp|sop|bilancia`,
    r`registr[oi]|procedura operativa standard`,
  ],
  blaming: [
    r`non (?:è|e'|era|è stata|è stato) (?:colpa (?:nostra|mia)|(?:nostra|mia) colpa)`,
    r`(?:non|senza) (?:per )?(?:alcuna )?colpa (?:da parte )?(?:nostra|mia)`,
    r`(?:colpa|errore|errori|sbaglio) (?:di |è di )?${OTHERS_OF}`,
    r`(?:colpa|errore|sbaglio) (?:vostr[oa]|di amazon)`,
    r`${OTHERS}(?: \p{L}+)? (?:ha mentito|hanno mentito|mente|mentono|mentiva|mentivano|ha truffato|hanno truffato|` +
      r`truffa|truffano|imbroglia|imbrogliano|ha imbrogliato|hanno imbrogliato|ha sabotato|hanno sabotato)`,
    r`(?:reclami|reclamo|recensioni|recensione|segnalazioni|segnalazione|accuse|accusa|denunce|contestazioni) ` +
      r`(?:false|falsi|falsa|falso|infondat[oaie]|inventat[oaie]|pretestuos[oaie]|fraudolent[oaie]|malevol[oaie]|fasull[oaie])`,
    r`(?:false|falsi|infondat[ie]|pretestuos[ie]|fasull[ie]) (?:reclami|recensioni|segnalazioni|accuse|denunce|lamentele)`,
    r`(?:non abbiamo|non ho) (?:fatto (?:nulla|niente) di (?:male|sbagliato)|commesso (?:alcun|nessun) errore)`,
    r`(?:amazon|il vostro (?:sistema|algoritmo|team|bot)) (?:ha|hanno) (?:sbagliato|commesso un errore|fatto un errore)`,
    r`amazon si (?:è|e') sbagliat[oa]`,
    r`(?:incolp\p{L}*|dare la colpa|diamo la colpa|attribuire la colpa) (?:a |ad |al |ai |alla |all')?` +
      r`(?:amazon|cliente|clienti|acquirente|acquirenti|corriere|corrieri|vettore|concorrenza|concorrenti)`,
    // "il corriere è responsabile", "la colpa è dei clienti"
    r`(?:amazon|${OTHERS})(?: \p{L}+)?(?: \p{L}+)? (?:è|e'|sono|era|erano|è stato|è stata|sono stati) ` +
      r`(?:responsabil[ei]|colpevol[ei]|da incolpare|in colpa)`,
    r`la colpa (?:è|era) (?:di|del|dei|della|delle|dello|degli) \p{L}+|la colpa (?:è|era) dell'\p{L}+`,
    r`(?:reclami|recensioni|segnalazioni|accuse) (?:sono|erano|risultano|sono chiaramente) ` +
      r`(?:false|falsi|infondat[ie]|inventat[ie]|pretestuos[ie]|fasull[ie])`,
    // "il magazzino di Amazon ha perso la merce", "il corriere ha danneggiato i pacchi"
    r`(?:amazon|${OTHERS}|(?:il|i) magazzin[oi] (?:di )?amazon|il centro logistico(?: di)? amazon)` +
      r` (?:ha|hanno) (?:perso|smarrito|danneggiato|rotto|confuso|scambiato|distrutto|rovinato|etichettato male)`,
    // "i ritardi sono stati causati dal corriere", "problemi dovuti al vettore", "imputabili ai clienti";
    // not "i disagi causati ai clienti", which is harm done to them.
    r`(?:(?:causat[oaie]|provocat[oaie]|creat[oaie]) (?:esclusivamente |unicamente |solo |soltanto )?` +
      r`(?:(?:da|dal|dai|dalla|dallo|dagli) |dall')|(?:dovut[oaie]|imputabil[ei]|attribuibil[ei]) ` +
      r`(?:esclusivamente |unicamente |solo |soltanto |interamente )?(?:(?:a|al|ai|alla|allo|agli) |all'))` +
      r`(?:amazon|corriere|corrieri|vettore|vettori|spedizioniere|clienti|cliente|acquirente|acquirenti|` +
      r`concorrenti|concorrenza)`,
    // "alcuni clienti si sono inventati un mancato arrivo", "il cliente ha finto"
    r`${OTHERS}(?: \p{L}+)? (?:si sono inventat[oaie]|si è inventat[oa]|si inventano|si inventa|si inventavano|` +
      r`hanno inventato|ha inventato|inventano|inventa|hanno finto|ha finto|fingono|finge|fingevano)`,
    // "i clienti abusano dei resi"
    r`${OTHERS}(?: \p{L}+)? (?:abusano|approfittano|sfruttano|hanno abusato|hanno approfittato|hanno sfruttato|` +
      r`abusando|approfittando)`,
    r`concorrenza sleale|concorrent[ei] sleal[ei]|(?:concorrent[ei]|concorrenza) (?:ci )?(?:ha|hanno) ` +
      r`(?:attaccato|sabotato|preso di mira|segnalato ingiustamente)`,
  ],
  emotional: [
    r`assurdità|ingiustizia|ingiustizie|follia|follie|ingiust[oaie]|ingiustamente|ingiustificat[oaie]|assurd[oaie]|ridicol[oaie]|vergognos[oaie]|scandalos[oaie]`,
    r`una vergogna|uno scandalo|una follia|pazzesc[oaie]|oltraggios[oaie]|indegn[oaie]|inaudit[oaie]|vergognatevi`,
    r`(?<!(?:clienti|acquirenti|consumatori|utenti|loro) )(?:siamo|sono|ero|eravamo|mi sento|ci sentiamo|` +
      r`mi sono sentit[oa]|ci siamo sentiti)(?: (?!rimast)\p{L}+)? ${FEELINGS}`,
    r`non ha (?:alcun |nessun )?senso|è una (?:barzelletta|presa in giro|farsa)`,
  ],
  future: [
    // Future tense, any person: "controlleremo", "verrà", "saranno", "introdurremo"; "però" only looks like one.
    r`(?!(?:però|estremo|estrema|supremo|tiranno)(?![\p{L}]))\p{L}+(?:remo|rò|rà|ranno)`,
    r`intendiamo|intendo|prevediamo di|pianifichiamo di|programmiamo di|abbiamo intenzione di|ho intenzione di`,
    r`ci proponiamo di|contiamo di|vogliamo|vorremmo|ci impegniamo a|mi impegno a|puntiamo a`,
    r`in futuro|in avvenire|d'ora in (?:poi|avanti)|da ora in (?:poi|avanti)|da adesso in poi|prossimamente`,
  ],
  done: [
    // Present perfect with avere: "abbiamo introdotto", "ha sostituito", "li abbiamo rimborsati".
    r`(?:abbiamo|ho|ha|hanno|avevamo|avevo|aveva|avevano)` +
      r`(?: (?:già|anche|ora|subito|immediatamente|inoltre|poi|quindi|infine|nuovamente|personalmente|completamente))? ` +
      r`(?:\p{L}+(?:at|it|ut)[oaie]|${IRREGULAR_PARTICIPLES})`,
    // With essere or the venire passive: "è stato assunto", "sono stati rimborsati", "ogni pacco viene pesato".
    r`(?:è|e'|sono|siamo|era|erano|eravamo|viene|vengono|veniva|venivano)` +
      r`(?: (?:già|ora|anche|tutt[oaie]|sempre|quindi|poi|inoltre|subito|immediatamente|stat[oaie]))? ` +
      `${NOT_DONE}(?:\\p{L}+(?:at|it|ut)[oaie]|${IRREGULAR_PARTICIPLES})`,
    // What is attached exists already: "alleghiamo", "in allegato", "si allegano".
    r`alleghiamo|allego|si allegan?o|in allegato|accludiamo`,
    r`già|ormai|attualmente|da allora|con effetto immediato|in vigore|(?:è|sono) (?:ora )?(?:attiv[oaie]|operativ[oaie])`,
    r`(?:dal|dall'|a partire dal|a partire dall'|fin dal) (?:\p{N}+|${MONTHS}|primo|mese|giorno|lunedì|inizio)`,
    r`(?:a partire da|fin da) (?:${MONTHS}|\p{N}+)|da (?:${MONTHS})`,
    // Imperfect of what was routine: "controllavamo", "inviavamo".
    r`\p{L}+(?:avamo|evamo|ivamo)`,
  ],
  issueTerms: [
    r`asin|sku|numer[oi] d'ordine|numer[oi] (?:di |dell')?ordin[ei]|id (?:dell')?ordine|id ordine`,
    r`ritard[oi]|in ritardo|(?:spedizion[ei]|consegn[ae]) tardiv[ae]`,
    r`tasso di (?:spedizioni in ritardo|ritardo|cancellazione|annullamento|difettosità|ordini difettosi|` +
      r`tracciamento valido|risposta)`,
    r`cancellazioni|annullament[oi]|ordini difettosi|odr|tracciamento|tracking|dalla a alla z|a-to-z|a-z`,
    r`riaddebit[oi]|chargeback|feedback negativ[oi]|recensioni negative|valutazion[ei] negativ[ae]`,
    r`contraff\p{L}*|non autentic[oaie]|autenticità|marchio|marchi|marchio registrato|marchi registrati|copyright`,
    r`diritt[oi] d'autore|brevett\p{L}*|proprietà intellettuale|violazione (?:del marchio|dei diritti|del copyright)`,
    r`sicurezza (?:del|dei) prodott[oi]|reclami (?:sulla|per la|relativi alla) sicurezza|scadut[oaie]|data di scadenza`,
    r`date di scadenza|usato venduto come nuovo|non conforme alla descrizione|non come descritto|condizioni del prodotto`,
    r`prodotti (?:soggetti a restrizioni|vietati|limitati)|merci pericolose|materiali pericolosi`,
    r`manipolazione delle recensioni|recensioni incentivate|fattur[ae]|estratt[oi] conto|identità|verifica dell'identità`,
    r`metodo di pagamento|carta di credito`,
  ],
  evidenceTerms: [
    r`allegat\p{L}*|in allegato|alleghiamo|allego|si allega|accluso|acclus[aie]|fattur[ae]|ricevut[ae]|scontrin[oi]`,
    r`foto|fotografi[ae]|immagin[ei]|screenshot|schermat[ae]|report|rapport[oi]|registr[oi]|verbal[ei]`,
    r`fogli? di calcolo|tabell[ae]|certificat[oi]|attestat[oi]|contratt[oi]|letter[ae]|dichiarazion[ei]`,
    r`document[oi]|documentazione|numer[oi] di tracciamento|numeri di tracking|e-mail|email|turni|calendario`,
    r`checklist|modell[oi]|modul[oi]|risultati (?:dei|del|delle) (?:test|prove|analisi)|analisi di laboratorio`,
    r`conferm[ae] (?:d'ordine|dell'ordine|di consegna|di acquisto)|video|manual[ei]|istruzioni|elenco|elenchi`,
    r`procedur[ae] scritt[ae]|autorizzazion[ei]`,
  ],
};
