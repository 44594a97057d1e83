import type { ChecklistLanguagePack } from '../types';

export const checklistText: ChecklistLanguagePack = {
  language: 'it',
  checklists: {
    hold: {
      title: 'Account messo in attesa',
      intro:
        'La messa in attesa è un avvertimento a cui può ancora rispondere. Segua questi passaggi in ordine e conservi ciò che trova.',
      items: {
        'read-notice': {
          title: "Leggere l'avviso di Amazon",
          why: 'Amazon spiega in un messaggio il motivo di ogni messa in attesa; la formulazione esatta indica che cosa va corretto.',
          detail:
            "Controlli la casella di posta dell'indirizzo e-mail registrato in Seller Central e le Notifiche sulle prestazioni.",
        },
        'check-health': {
          title: "Aprire lo Stato dell'account",
          why: "Lo Stato dell'account mostra spesso più in dettaglio la politica, la metrica o l'offerta all'origine della messa in attesa.",
        },
        'name-cause': {
          title: 'Annotare la causa esatta',
          why: "I documenti e il piano d'azione devono rispondere a questo preciso problema, non a un'ipotesi.",
          detail:
            'Esempi: dati del venditore mancanti, un problema con il metodo di pagamento, un tasso di spedizioni in ritardo, un reclamo.',
          evidencePrompt:
            "Annoti la politica, gli ASIN, gli ID ordine o la metrica indicati nell'avviso, con la data dell'avviso.",
        },
        'gather-documents': {
          title: 'Raccogliere i documenti necessari per questa causa',
          why: 'Amazon decide in base alle prove; documenti chiari e pertinenti abbreviano la revisione.',
          detail:
            'Prova di consegna per gli ordini dichiarati non consegnati; certificati di prodotto o approvazioni di sicurezza; ' +
            "fatture dei fornitori che ne dimostrano l'autenticità; estratti conto o documenti finanziari per le questioni di pagamento.",
          evidencePrompt: 'Elenchi ogni file con ciò che dimostra. Verifichi che ogni pagina sia leggibile.',
        },
        'write-poa': {
          title: "Scrivere un piano d'azione",
          why: "Il piano mostra ad Amazon che ha compreso la causa e l'ha già eliminata.",
          detail:
            'Riconosca il problema, spieghi la causa principale, elenchi le azioni già intraprese e le modifiche durature. ' +
            'Resti sui fatti e sia breve.',
        },
        'contact-support': {
          title: 'Inviarlo tramite il Registro dei casi',
          why: "Rispondere nel canale indicato dall'avviso mantiene tutto in un unico caso.",
          detail: 'Sia cortese, breve e coerente. Apra un caso per ogni problema, non più casi per lo stesso problema.',
          evidencePrompt: 'Annoti il numero del caso e la data di invio.',
        },
      },
    },
    review: {
      title: 'Account in fase di revisione',
      intro:
        'Amazon sta verificando qualcosa prima di decidere. Risponda esattamente a ciò che chiede, senza indugi, e intanto continui a vendere rispettando le regole.',
      items: {
        'read-notice': {
          title: 'Leggere che cosa sta esaminando Amazon',
          why: "L'avviso indica la politica, l'offerta o le informazioni in fase di revisione; tutto ciò che invia deve riferirsi a questo.",
          detail:
            "Controlli le Notifiche sulle prestazioni e la casella di posta dell'indirizzo e-mail registrato in Seller Central.",
        },
        'check-health': {
          title: "Aprire lo Stato dell'account",
          why: 'Mostra se la revisione riguarda una politica, una metrica o determinate offerte.',
        },
        'gather-documents': {
          title: 'Preparare i documenti richiesti per la revisione',
          why: 'Le revisioni si decidono in base alle prove; documenti chiari, leggibili e pertinenti le abbreviano.',
          evidencePrompt:
            "Elenchi ogni file e ciò che mostra; verifichi che nomi e indirizzi corrispondano a quelli dell'account.",
        },
        'respond-case': {
          title: "Rispondere nel canale indicato dall'avviso",
          why: 'Un caso per ogni problema tiene insieme la sua risposta e quelle di Amazon.',
          evidencePrompt: 'Annoti il numero del caso e la data della risposta.',
        },
        'keep-fulfilling': {
          title: 'Continuare a spedire puntualmente gli ordini aperti',
          why: 'Gli ordini già effettuati devono comunque arrivare agli acquirenti; ordini in ritardo o annullati pesano sulla revisione.',
        },
        'follow-up': {
          title: 'Sollecitare non prima di 48 ore, citando il numero del caso',
          why: 'Sollecitare prima non accelera la revisione; il numero del caso collega il sollecito alla sua risposta.',
        },
        'write-poa': {
          title: "Scrivere un piano d'azione se Amazon lo richiede",
          why: 'Quando una revisione si chiude con la richiesta di un piano, un piano concreto è la via più rapida per tornare a vendere.',
        },
      },
    },
    verification: {
      title: 'Verifica richiesta',
      intro:
        "Amazon deve confermare la sua identità o un dato dell'account. Fino ad allora vendite o pagamenti possono fermarsi; i documenti giusti risolvono la situazione.",
      items: {
        'read-notice': {
          title: 'Leggere quali informazioni Amazon vuole confermare',
          why: "L'avviso indica esattamente quale dato o documento manca; invii quello, non tutto ciò che ha.",
        },
        'check-details': {
          title: 'Confrontare i dati del venditore con i documenti',
          why: 'Nome, indirizzo e coordinate bancarie devono corrispondere esattamente ai documenti, altrimenti la verifica non andrà di nuovo a buon fine.',
        },
        'gather-documents': {
          title: "Raccogliere i documenti indicati nell'avviso",
          why: 'Documenti completi, leggibili e aggiornati vengono accettati più spesso al primo tentativo.',
          detail:
            'Scansioni le pagine intere a colori; verifichi che ogni documento sia ancora valido e riporti lo stesso nome.',
          evidencePrompt: 'Elenchi ogni file, la sua data e ciò che conferma.',
        },
        'submit-documents': {
          title: "Inviarli dove indica l'avviso",
          why: 'I documenti inviati tramite un altro canale potrebbero non arrivare mai al team che li controlla.',
          evidencePrompt: 'Annoti la data di invio ed eventualmente il numero del caso.',
        },
        'follow-up': {
          title: 'Sollecitare non prima di 48 ore, citando il numero del caso',
          why: 'Le verifiche richiedono tempo; un sollecito pacato con il numero del caso riceve risposta prima di un nuovo caso.',
        },
        'keep-fulfilling': {
          title: 'Continuare a spedire puntualmente gli ordini aperti',
          why: 'Gli acquirenti aspettano comunque i loro ordini mentre la verifica è in corso.',
        },
      },
    },
    deactivated: {
      title: 'Account disattivato',
      intro:
        'Contro una disattivazione si può presentare ricorso. Un ricorso pacato, preciso e documentato offre le migliori possibilità.',
      items: {
        'read-reason': {
          title: 'Leggere il motivo indicato',
          why: 'Amazon indica sempre un motivo, anche quando sembra generico; il suo ricorso si basa su quel motivo.',
        },
        'check-health': {
          title: "Aprire lo Stato dell'account",
          why: "Lì trova la politica o la metrica all'origine della disattivazione e il pulsante per presentare ricorso.",
        },
        'name-cause': {
          title: 'Indicare la causa esatta in una frase',
          why: 'Un ricorso rivolto al problema sbagliato viene respinto, per quanto ben scritto.',
          evidencePrompt:
            "Annoti la politica, gli ASIN, gli ID ordine o la metrica indicati da Amazon e la data dell'avviso.",
        },
        'write-poa': {
          title: "Scrivere un piano d'azione completo in ogni parte",
          why: 'Amazon controlla ogni parte; anche una sola mancante può bastare per un rifiuto.',
          detail:
            'Riconoscimento senza giustificazioni, la causa principale nei suoi processi, le azioni già intraprese, ' +
            'le modifiche durature e la prova che sono in atto. Al massimo una pagina.',
        },
        'prove-changes': {
          title: 'Dimostrare che le modifiche sono già in atto',
          why: 'I soli propositi non convincono; una modifica documentabile sì.',
          evidencePrompt:
            'Raccolga prove datate: una nuova checklist, un contratto con un fornitore, registri della formazione, screenshot.',
        },
        'attach-documents': {
          title: 'Preparare i documenti di supporto',
          why: 'I documenti sostengono ogni affermazione del piano.',
          detail: 'Usi i formati di file accettati dal modulo di ricorso e verifichi che ogni pagina sia leggibile.',
          evidencePrompt: "Elenchi ogni file e l'affermazione del piano che sostiene.",
        },
        'submit-appeal': {
          title: "Presentare ricorso dallo Stato dell'account",
          why: 'Il ricorso passa da Seller Central, seguendo le istruzioni che Amazon fornisce lì.',
          detail: "Mantenga un tono professionale dalla prima all'ultima riga.",
          evidencePrompt: 'Salvi una copia di ciò che ha inviato, con data e ora di invio.',
        },
        'expect-answer': {
          title: 'Attendere una risposta entro circa 48 ore',
          why: 'Di solito i ricorsi vengono gestiti entro due giorni; i casi complessi possono richiedere più tempo.',
          detail: 'Non invii di nuovo lo stesso ricorso mentre attende.',
        },
      },
    },
    'first-days': {
      title: 'Primi giorni dopo una disattivazione',
      intro:
        'Ciò che fa e ciò che evita nei primi giorni pesa sul ricorso. Faccia un bel respiro e proceda un passo alla volta.',
      items: {
        'one-channel': {
          title: 'Usare un solo canale',
          why: 'Scrivere ad Amazon più volte attraverso canali diversi rallenta il suo caso.',
        },
        'calm-tone': {
          title: 'Non inviare messaggi arrabbiati o accusatori',
          why: 'Chi esamina il caso reagisce ai fatti; la rabbia rende più difficile aiutarla.',
        },
        'no-new-account': {
          title: 'Non aprire un nuovo account venditore',
          why: 'Un secondo account per aggirare la disattivazione viola le regole e può chiudere ogni porta.',
        },
        'do-not-ignore': {
          title: 'Non ignorare la situazione',
          why: 'Una disattivazione non si risolve da sola; la possibilità di riattivazione dipende dalla sua risposta.',
        },
        'open-orders': {
          title: 'Gestire gli ordini aperti',
          why: 'Gli acquirenti aspettano comunque la merce, e il modo in cui li tratta conta nel ricorso.',
          detail:
            'FBA: Amazon continua a spedire i suoi ordini. FBM: deve comunque spedire ogni ordine confermato, con numero di tracciamento.',
          evidencePrompt: 'Conservi numeri di tracciamento e conferme di consegna per ogni ordine spedito.',
        },
        'read-policies': {
          title: 'Leggere le politiche coinvolte',
          why: 'Deve sapere esattamente quale regola è stata violata prima di poter spiegare come ha rimediato.',
          detail:
            'Legga le sezioni delle politiche che riguardano il suo problema; sono utili anche i casi di venditori con disattivazioni simili.',
        },
        'consider-help': {
          title: 'Valutare un aiuto professionale',
          why: 'Gli specialisti notano spesso ciò che le è sfuggito e sanno come vengono letti i ricorsi.',
          detail: 'Per esempio consulenti esperti in riattivazioni, o avvocati esperti di e-commerce.',
        },
        'plan-scenarios': {
          title: 'Pianificare lo scenario migliore, intermedio e peggiore',
          why: "Un piano per ogni esito mantiene l'attività in funzione, qualunque cosa decida Amazon.",
          detail:
            'Migliore: riattivazione dopo il primo ricorso. Intermedio: altri ricorsi con informazioni migliori. ' +
            "Peggiore: l'ultimo ricorso viene respinto e subentrano altri marketplace o il suo negozio online.",
          evidencePrompt: 'Scriva una o due azioni per ogni scenario, con una data.',
        },
      },
    },
    'while-on-hold': {
      title: "Finché l'account resta in attesa",
      intro: 'Aspettare è difficile. Usi bene questo tempo: rispetti i suoi obblighi e prepari la sua posizione.',
      items: {
        'fulfil-orders': {
          title: 'Evadere tutti gli ordini ancora aperti',
          why: 'Gli ordini effettuati prima della messa in attesa devono comunque essere spediti; trascurarli peggiora la situazione.',
        },
        'answer-buyers': {
          title: 'Continuare a rispondere agli acquirenti',
          why: 'Le domande senza risposta diventano reclami proprio mentre Amazon osserva.',
        },
        'keep-funds': {
          title: 'Tenere fondi disponibili per le tariffe',
          why: 'Le tariffe vengono comunque addebitate; un pagamento non riuscito aggiunge un secondo problema.',
          detail: 'Mantenga validi i metodi di pagamento. Non provi a prelevare denaro finché il saldo è negativo.',
        },
        'keep-log': {
          title: 'Tenere un registro datato di ogni contatto e modifica',
          why: 'Una documentazione chiara risolve i malintesi e sostiene un eventuale ricorso.',
          detail: 'Salvi una copia di ogni messaggio scambiato con Amazon e di ogni modifica che apporta.',
          evidencePrompt: 'Per ogni voce: data, ora, canale, numero del caso e che cosa è stato detto o modificato.',
        },
        'screenshot-health': {
          title: "Fare screenshot dello Stato dell'account",
          why: 'Screenshot datati mostrano come sono cambiati metriche e avvertimenti.',
          evidencePrompt: 'Salvi ogni screenshot con la data nel nome del file.',
        },
        'fix-listings': {
          title: 'Rivedere le offerte',
          why: "La pausa è l'occasione per trovare altre offerte che potrebbero violare una politica.",
        },
        'fix-processes': {
          title: "Migliorare i processi all'origine del problema",
          why: 'I suoi dati sulle prestazioni mostrano dove lo stesso problema potrebbe ripresentarsi.',
        },
        'follow-up': {
          title: 'Sollecitare non prima di 48 ore',
          why: 'Sollecitare troppo presto o troppo spesso rallenta il suo caso.',
          detail: 'Citi il numero del caso originale, indichi solo le novità e resti cortese.',
        },
        diversify: {
          title: 'Distribuire le vendite su più canali',
          why: 'Dipendere meno da un solo marketplace la protegge da una nuova messa in attesa.',
          detail:
            "Altri marketplace, il suo negozio online, la vendita all'ingrosso, una mailing list dei suoi clienti.",
        },
      },
    },
    prevention: {
      title: 'Routine di prevenzione',
      intro:
        'Di solito un account viene messo in attesa dopo un avvertimento. Una breve routine individua questi avvertimenti in tempo.',
      items: {
        'health-routine': {
          title: "Controllare lo Stato dell'account ogni giorno, o almeno ogni settimana",
          why: "Gli elementi segnalati come “A rischio” si correggono più facilmente prima che l'account venga messo in attesa.",
        },
        notifications: {
          title: 'Leggere le nuove notifiche sulle prestazioni',
          why: 'Gli avvisi sul suo account arrivano prima di tutto qui.',
          detail: 'Configuri le notifiche per ricevere un avviso a ogni cambiamento nella situazione del suo account.',
        },
        'policy-updates': {
          title: 'Seguire gli aggiornamenti delle politiche',
          why: 'Non conoscere una regola non è una giustificazione, e le regole cambiano.',
          detail:
            'Legga le politiche delle sue categorie di prodotti; segua da vicino autenticità, sicurezza dei prodotti e recensioni.',
        },
        'listing-audit': {
          title: 'Verificare le offerte',
          why: "Affermazioni fuorvianti, immagini prese da altri e termini di marchi protetti possono far mettere in attesa l'account.",
          detail:
            'Descrizioni accurate, immagini di cui detiene i diritti, nessun marchio registrato nelle parole chiave senza autorizzazione.',
          evidencePrompt: 'Annoti la data di ogni verifica e che cosa ha cambiato.',
        },
        'answer-24h': {
          title: 'Rispondere ai clienti entro 24 ore',
          why: "Risposte rapide e una gestione corretta dei resi mantengono buone le metriche sull'esperienza dei clienti.",
        },
        'stock-accuracy': {
          title: 'Mantenere corrette le giacenze',
          why: 'Giacenze errate causano spedizioni in ritardo e annullamenti.',
        },
        'quality-control': {
          title: 'Effettuare controlli di qualità',
          why: "I problemi di qualità dei prodotti, soprattutto quelli di sicurezza, portano rapidamente alla messa in attesa dell'account.",
          detail:
            'Concordi i controlli di qualità con i fornitori, ispezioni campioni anche se usa FBA e analizzi ' +
            'ogni reclamo sui prodotti.',
          evidencePrompt: 'Documenti i controlli di qualità per poterli mostrare ad Amazon su richiesta.',
        },
      },
    },
  },
  exportLabels: {
    marketplace: 'Marketplace',
    generated: 'Generato',
    progress: 'Avanzamento: {done} su {total} ({percent} %)',
    tickedAt: 'spuntato {time}',
    notTicked: 'non ancora fatto',
    evidence: 'Prove da conservare',
    link: 'Apri in Seller Central',
    timeline: 'Cronologia del caso',
    timelineEmpty: 'Nessun contatto registrato per il caso.',
    caseLabel: 'caso',
    sent: 'inviato',
    received: 'ricevuto',
    accountHistory: 'Cronologia dell’account',
    accountTimeline: 'Situazione dell’account, violazioni per politica e notifiche',
    accountTimelineEmpty: 'Nessun cambiamento della situazione dell’account o delle violazioni, nessuna notifica.',
    timelineNotice: 'Notifica sulle prestazioni: {title}',
    timelinePolicy: '{policy}: {from} → {to}',
    noticesFolded: '{count} notifiche precedenti, riassunte',
    policyChangesFolded: '{count} variazioni precedenti del numero di violazioni, riassunte',
    policies: 'Conformità alle politiche',
    policiesEmpty: 'Nessun elenco delle politiche letto.',
    policiesAsOf: 'Come le mostrava Stato dell’account il {date}.',
    policyName: 'Politica',
    policyCount: 'Violazioni',
    summarizedChanges: '{count} cambiamenti precedenti, riassunti',
    ratings: 'Valutazione dello stato dell’account',
    ratingsEmpty: 'Nessuna valutazione letta.',
    ratingDay: 'Giorno',
    ratingValue: 'Valutazione',
    ratingStatus: 'Stato',
    ratingMonth: '{month} ({days} giorni)',
    footer: 'Esportato con Seller Central Companion (estensione non affiliata ad Amazon).',
  },
};
