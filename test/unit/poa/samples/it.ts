import { type GoodSample, type LanguageSamples, padded, variant } from './types';

const lateShipments: GoodSample = {
  name: 'spedizioni in ritardo (FBM)',
  sections: {
    acknowledgement:
      'Nei 30 giorni terminati il 5 maggio il nostro tasso di spedizioni in ritardo ha raggiunto il 7,2%, ben ' +
      'oltre la soglia del 4% richiesta da Amazon. Ci assumiamo la piena responsabilità dei disagi causati ai ' +
      "clienti che hanno ricevuto l'ordine in ritardo.",
    'root-cause':
      'Durante il ponte tra il 25 aprile e il 1° maggio due dei tre addetti al magazzino erano in ferie e non ' +
      'avevamo organizzato alcuna sostituzione. Gli ordini arrivati dopo le 12:00 venivano preparati solo il ' +
      'giorno seguente, e 64 pacchi hanno perso il ritiro del corriere delle 15:30.',
    'immediate-actions':
      'Il 6 maggio abbiamo spedito tutti i 38 ordini ancora in sospeso con un servizio espresso a nostre spese e ' +
      'abbiamo scritto a ciascun cliente indicando il numero di tracciamento. Abbiamo inoltre portato il tempo di ' +
      'gestione da 1 a 2 giorni lavorativi per tutte le SKU.',
    'preventive-measures':
      'Dal 7 maggio il piano ferie del magazzino viene approvato dal titolare solo se ogni giorno restano in ' +
      "servizio almeno due addetti, e per i periodi di picco abbiamo un accordo con un'agenzia interinale per un " +
      'magazziniere in più. Il gestionale invia ogni giorno alle 11:00 al responsabile di magazzino l’elenco ' +
      'degli ordini da spedire entro la giornata.',
    evidence:
      "Alleghiamo il piano ferie firmato per i mesi da maggio ad agosto, il contratto con l'agenzia interinale del " +
      "9 maggio, uno screenshot dell'avviso automatico e il report delle spedizioni dal 7 al 21 maggio, con 0 " +
      'ordini in ritardo.',
  },
};

const inauthentic: GoodSample = {
  name: 'reclami per articoli non autentici',
  sections: {
    acknowledgement:
      'A marzo Amazon ha ricevuto tre reclami di clienti secondo cui il siero viso venduto con l’ASIN B0C4RT8KPL ' +
      'non era autentico. Comprendiamo che chi acquista su Amazon deve avere la certezza di ricevere prodotti ' +
      'originali, e noi non abbiamo garantito questa certezza.',
    'root-cause':
      'A febbraio, per coprire una rottura di stock, abbiamo acquistato 120 flaconi da un grossista di Milano con ' +
      'cui non avevamo mai lavorato, senza chiedere la lettera di autorizzazione del marchio. Al ricevimento non ' +
      'abbiamo confrontato i codici lotto con quelli dei flaconi forniti dal distributore ufficiale.',
    'immediate-actions':
      "Il 18 marzo abbiamo chiuso l'offerta, creato un ordine di rimozione per le 74 unità rimaste nei centri " +
      'logistici e rimborsato integralmente i tre clienti. Abbiamo inviato al marchio i codici lotto sospetti e ' +
      'sospeso ogni acquisto da quel grossista.',
    'preventive-measures':
      'Dal 20 marzo acquistiamo solo dai distributori elencati sul sito del produttore, e il responsabile acquisti ' +
      'archivia fattura e lettera di autorizzazione prima di confermare ogni ordine. A ogni arrivo un addetto ' +
      "confronta confezione e codice lotto di 3 unità a campione con un'unità di riferimento del distributore.",
    evidence:
      'Alleghiamo le fatture del distributore autorizzato del 22 marzo e del 4 aprile, la lettera di ' +
      "autorizzazione del marchio, la conferma dell'ordine di rimozione e la nostra checklist di accettazione merce.",
  },
};

const notAsDescribed: GoodSample = {
  name: 'tasso di difettosità degli ordini (taglie sbagliate)',
  sections: {
    acknowledgement:
      "A giugno il nostro tasso di difettosità degli ordini è salito all'1,9%, soprattutto per richieste di " +
      'rimborso tramite la Garanzia dalla A alla Z su scarpe non conformi alla descrizione. Riconosciamo che le ' +
      'indicazioni sulle taglie nelle nostre pagine prodotto erano sbagliate.',
    'root-cause':
      'Per la nuova linea di sneaker in 14 varianti abbiamo caricato la tabella taglie europea, mentre il ' +
      'fornitore aveva etichettato le scatole con le taglie UK. Chi ordinava il 42 riceveva in realtà un 43 e ' +
      'mezzo, e nessuno di noi aveva provato un paio campione prima della messa in vendita.',
    'immediate-actions':
      'Tra il 2 e il 5 luglio abbiamo contattato i 27 clienti coinvolti offrendo il cambio gratuito o il rimborso ' +
      'completo, e abbiamo corretto titoli, tabella taglie e varianti di tutte le 14 ASIN. Le 410 paia in ' +
      'magazzino sono state rietichettate con la taglia europea corretta.',
    'preventive-measures':
      'Prima di pubblicare un nuovo modello il nostro responsabile catalogo misura la soletta di 2 paia campione ' +
      'per ogni taglia e confronta le misure con la tabella del fornitore. Dal 6 luglio la scheda di controllo ' +
      "taglie è obbligatoria e il gestionale non permette di attivare l'offerta se non è stata compilata.",
    evidence:
      'In allegato la scheda di controllo taglie compilata, gli screenshot delle pagine prodotto corrette, ' +
      "l'elenco dei 27 clienti con l'esito del contatto e il report sul tasso di difettosità dal 6 al 31 luglio.",
  },
};

const safety: GoodSample = {
  name: 'sicurezza di un giocattolo',
  sections: {
    acknowledgement:
      "Amazon ha rimosso l'ASIN B0BX7M2QWD dopo la segnalazione di un cliente: gli occhi di plastica del peluche " +
      'si staccavano con facilità. È un prodotto per bambini piccoli e verificarne la sicurezza era una nostra ' +
      'responsabilità.',
    'root-cause':
      'Il lotto arrivato il 10 settembre proveniva da un nuovo stabilimento del fornitore, e lo abbiamo messo in ' +
      'vendita sulla base del rapporto di prova EN 71-1 del lotto precedente. Non avevamo una procedura che ' +
      'richiedesse una prova di trazione sui componenti per ogni nuovo lotto.',
    'immediate-actions':
      'Il 24 settembre abbiamo interrotto la vendita, bloccato le 560 unità in magazzino e fatto testare 12 pezzi ' +
      'da un laboratorio accreditato, che ha confermato il distacco degli occhi con una forza inferiore ai 90 N ' +
      'previsti dalla norma. Abbiamo scritto a tutti i 143 acquirenti del lotto chiedendo di non usare più il ' +
      'peluche e offrendo il rimborso.',
    'preventive-measures':
      'Dal 1° ottobre ogni nuovo lotto resta bloccato finché un laboratorio accreditato non ha eseguito le prove ' +
      "EN 71-1 su 10 campioni, e la nostra responsabile qualità firma il rapporto prima dell'invio ai centri " +
      'logistici Amazon. Il fornitore ha sostituito gli occhi incollati con occhi di sicurezza a rondella, che ' +
      'abbiamo verificato sui campioni del lotto successivo.',
    evidence:
      'Alleghiamo il rapporto di prova del laboratorio del 29 settembre, la nuova procedura di rilascio dei lotti ' +
      'firmata, il piano di azioni correttive del fornitore e le foto del nuovo sistema di fissaggio.',
  },
};

const trademark: GoodSample = {
  name: 'violazione di marchio',
  sections: {
    acknowledgement:
      'Abbiamo ricevuto una segnalazione di violazione di marchio perché il titolo e le immagini di due nostre ' +
      'offerte di guarnizioni per caffettiera riportavano un marchio registrato di cui non siamo licenziatari. ' +
      'Riconosciamo che questo uso non era consentito e rispettiamo i diritti del titolare.',
    'root-cause':
      'La persona che cura le nostre schede prodotto ha inserito il logo del marchio nella foto principale e il ' +
      'nome del marchio in apertura del titolo, per comparire nelle ricerche dei clienti. Il nostro processo di ' +
      'pubblicazione non prevedeva alcuna verifica legale sui marchi di terzi.',
    'immediate-actions':
      'Il 12 giugno abbiamo eliminato il logo da tutte le immagini e tolto il nome del marchio dai titoli e dai ' +
      'termini di ricerca nascosti delle 2 offerte. Lo stesso giorno abbiamo comunicato le modifiche al titolare ' +
      'del marchio via e-mail.',
    'preventive-measures':
      'Dal 14 giugno ogni scheda nuova o modificata passa dalla nostra consulente legale, che controlla i nomi ' +
      "presenti nel titolo e nelle immagini sulle banche dati dell'UIBM e dell'EUIPO. Il 18 giugno i due addetti " +
      'al catalogo hanno seguito un corso di 3 ore sull’uso dei marchi altrui nelle inserzioni.',
    evidence:
      'In allegato gli screenshot delle offerte corrette, la corrispondenza con il titolare del marchio del ' +
      '12 giugno, la checklist di verifica legale e gli attestati del corso del 18 giugno.',
  },
};

const usedAsNew: GoodSample = {
  name: 'articoli usati venduti come nuovi',
  sections: {
    acknowledgement:
      'Tra il 3 e il 24 ottobre cinque clienti hanno segnalato di aver ricevuto come nuovi dei robot da cucina ' +
      "con evidenti segni d'uso e accessori mancanti. Ammettiamo di aver venduto come nuovi prodotti che non lo " +
      'erano.',
    'root-cause':
      'I resi dei clienti rientravano nel nostro magazzino e, dopo un rapido controllo esterno della scatola, ' +
      'venivano rimessi tra la merce vendibile. Nessuno apriva la confezione per verificare sigilli, accessori e ' +
      "tracce d'uso, e a ottobre 9 unità rese sono state rispedite come nuove.",
    'immediate-actions':
      'Il 25 ottobre abbiamo tolto dalla merce vendibile tutte le 46 unità provenienti da resi, le abbiamo aperte ' +
      'e controllate una per una, e 15 sono state rimesse in vendita come usate con la condizione descritta. Ai ' +
      "cinque clienti abbiamo offerto la sostituzione con un'unità sigillata oppure il rimborso.",
    'preventive-measures':
      'Dal 27 ottobre i resi vanno su uno scaffale separato e il nostro addetto ai resi apre ogni confezione, ' +
      "controlla sigillo, accessori e numero di serie e annota l'esito sul registro. Un'unità con il sigillo " +
      'rotto o accessori mancanti viene messa in vendita solo come usata, mai come nuova.',
    evidence:
      'Alleghiamo la procedura di controllo dei resi, le foto dello scaffale dedicato e il registro dei controlli ' +
      'dal 27 ottobre al 15 novembre, con 31 unità verificate.',
  },
};

const expired: GoodSample = {
  name: 'capsule di caffè scadute',
  sections: {
    acknowledgement:
      "Alcuni clienti hanno ricevuto capsule di caffè oltre la data di scadenza, vendute con l'ASIN B07ZK4N9TR. " +
      'Sappiamo quanto sia grave spedire un alimento scaduto e ce ne assumiamo la responsabilità.',
    'root-cause':
      'A novembre abbiamo inviato ai centri logistici Amazon 900 confezioni prelevate in fondo al nostro ' +
      'magazzino, con meno di 40 giorni di vita residua. Il nostro foglio di inventario non registrava la ' +
      'scadenza per lotto e il prelievo non seguiva il criterio FEFO.',
    'immediate-actions':
      'Il 3 dicembre abbiamo creato un ordine di rimozione per tutte le unità rimaste, rimborsato gli 8 clienti ' +
      'coinvolti e controllato la scadenza delle altre 23 ASIN alimentari presenti nei centri logistici.',
    'preventive-measures':
      'Dal 5 dicembre il nostro gestionale registra lotto e scadenza di ogni confezione e propone il prelievo ' +
      'secondo il criterio FEFO. Non spediamo più ad Amazon alimenti con meno di 120 giorni di vita residua, e ' +
      'ogni lunedì il responsabile di magazzino controlla il report delle scadenze.',
    evidence:
      "Alleghiamo la conferma dell'ordine di rimozione, l'estratto del gestionale con lotti e scadenze e i report " +
      "del lunedì dell'11 e del 18 dicembre.",
  },
};

const tracking: GoodSample = {
  name: 'tasso di tracciabilità valido',
  sections: {
    acknowledgement:
      "A gennaio il nostro tasso di tracciabilità valido è sceso all'88%, al di sotto del 95% richiesto per le " +
      'spedizioni gestite dal venditore. Ci assumiamo la responsabilità di aver confermato ordini con dati di ' +
      'tracciamento che Amazon non poteva verificare.',
    'root-cause':
      'Dal 2 gennaio spediamo con un nuovo corriere, ma il nostro software di spedizione trasmetteva i numeri di ' +
      'tracciamento con il nome del corriere impostato su «Altro». Amazon non riusciva a collegare i numeri al ' +
      'corriere e 312 ordini risultavano senza tracciamento valido.',
    'immediate-actions':
      'Il 29 gennaio abbiamo corretto la mappatura del corriere nel software e aggiornato a mano i dati di ' +
      "tracciamento dei 47 ordini ancora in transito. L'assistenza del software ci ha confermato per iscritto che " +
      "l'integrazione ora trasmette il nome corretto.",
    'preventive-measures':
      'Ogni volta che aggiungiamo un corriere, il responsabile logistica crea un ordine di prova e controlla su ' +
      'Seller Central che il tracciamento risulti valido prima di usarlo con i clienti. Dal 30 gennaio controlla ' +
      'inoltre ogni mattina alle 9:00 il report degli ordini spediti il giorno precedente.',
    evidence:
      "In allegato lo screenshot della nuova mappatura del corriere, la conferma dell'assistenza del software del " +
      '30 gennaio e il report di tracciabilità dal 30 gennaio al 13 febbraio, con un tasso valido del 99,2%.',
  },
};

const cancellations: GoodSample = {
  name: "tasso di cancellazione prima dell'evasione",
  sections: {
    acknowledgement:
      "Nei 7 giorni fino al 20 novembre il nostro tasso di cancellazione prima dell'evasione è arrivato al 4,1%, " +
      'oltre il limite del 2,5%. Abbiamo annullato ordini già pagati perché i prodotti non erano disponibili, e ' +
      'questo è un errore nostro.',
    'root-cause':
      'Vendiamo gli stessi articoli anche sul nostro sito e in un negozio a Bologna, ma le giacenze venivano ' +
      'sincronizzate con Amazon solo ogni 6 ore. Durante il Black Friday il negozio ha venduto 58 pezzi che su ' +
      'Amazon risultavano ancora disponibili.',
    'immediate-actions':
      'Il 21 novembre abbiamo messo in pausa le 35 offerte con meno di 5 pezzi in giacenza e abbiamo scritto a ' +
      'tutti i 44 clienti con ordini annullati per scusarci e segnalare un prodotto equivalente disponibile.',
    'preventive-measures':
      'Dal 23 novembre il gestionale aggiorna le giacenze su Amazon ogni 15 minuti e la cassa del negozio scarica ' +
      'la merce in tempo reale. Per le SKU con meno di 3 pezzi la quantità su Amazon viene azzerata in automatico, ' +
      'e la responsabile e-commerce controlla ogni mattina il report delle cancellazioni.',
    evidence:
      'Alleghiamo gli screenshot delle impostazioni di sincronizzazione, la regola di azzeramento sotto i 3 pezzi ' +
      'e il report delle cancellazioni dal 23 novembre al 7 dicembre, pari allo 0,3%.',
  },
};

const reviews: GoodSample = {
  name: 'manipolazione delle recensioni',
  sections: {
    acknowledgement:
      'Amazon ha sospeso il nostro account perché nelle confezioni del tappetino yoga (ASIN B09PLX6V3S) ' +
      'inserivamo un cartoncino che offriva un buono regalo in cambio di una recensione a 5 stelle. Riconosciamo ' +
      'che questa pratica viola le norme sulle recensioni dei clienti e falsa il giudizio di chi acquista.',
    'root-cause':
      "Il cartoncino è stato preparato a gennaio dalla nostra agenzia di marketing e l'ho approvato io senza " +
      'leggere le norme di Amazon sulle recensioni. Nessuno in azienda aveva il compito di verificare i materiali ' +
      'inseriti nei pacchi, e in 4 mesi ne abbiamo spediti circa 2.300.',
    'immediate-actions':
      'Il 9 maggio abbiamo distrutto i 1.150 cartoncini rimasti in magazzino, creato un ordine di rimozione per ' +
      "le 480 unità nei centri logistici per togliere quelli già inseriti e chiuso il contratto con l'agenzia. " +
      'Non abbiamo erogato nessun buono ai clienti che avevano risposto al cartoncino.',
    'preventive-measures':
      'Dal 12 maggio ogni materiale inserito nelle confezioni o inviato ai clienti deve essere approvato per ' +
      'iscritto dal nostro responsabile conformità, che lo confronta con le norme sulle recensioni dei clienti. ' +
      'Per chiedere recensioni usiamo soltanto il pulsante «Richiedi una recensione» di Seller Central.',
    evidence:
      'Alleghiamo la foto del cartoncino ritirato, il verbale di distruzione del 9 maggio, la lettera di recesso ' +
      "dal contratto con l'agenzia e la nuova procedura di approvazione dei materiali.",
  },
};

export const itSamples: LanguageSamples = {
  good: [
    lateShipments,
    inauthentic,
    notAsDescribed,
    safety,
    trademark,
    usedAsNew,
    expired,
    tracking,
    cancellations,
    reviews,
  ],
  bad: [
    variant(inauthentic, 'sezione prove vuota', 'missing-section', { evidence: '' }),
    variant(lateShipments, 'molto più lungo di una pagina', 'too-long', {
      'root-cause': padded(
        lateShipments.sections['root-cause'],
        (n) =>
          `L'ordine 406-5551234-${String(n).padStart(5, '0')} è partito dal nostro magazzino un giorno dopo la data ` +
          'di spedizione prevista.',
        60,
      ),
    }),
    variant(notAsDescribed, 'promesse generiche', 'vague-promise', {
      'preventive-measures':
        'Miglioreremo il controllo qualità e staremo più attenti alle taglie dei nuovi modelli. Abbiamo anche ' +
        'chiesto al personale di fare maggiore attenzione quando pubblica le schede.',
    }),
    variant(lateShipments, 'la colpa al corriere e ai clienti', 'blaming', {
      'root-cause':
        'I ritardi sono stati causati dal corriere, che passava a ritirare quando gli pareva, e diversi clienti si ' +
        'sono inventati di non aver ricevuto il pacco solo per farsi rimborsare.',
    }),
    variant(inauthentic, 'premessa piena di rabbia', 'emotional', {
      acknowledgement:
        "Siamo indignati e profondamente amareggiati per questa sospensione, un'assurdità per un'azienda che da " +
        '8 anni vende solo prodotti originali.',
    }),
    variant(trademark, 'azioni solo promesse', 'future-only', {
      'immediate-actions':
        'Elimineremo il logo da tutte le immagini e toglieremo il nome del marchio dai titoli delle due offerte. ' +
        'In futuro contatteremo il titolare del marchio prima di ogni modifica.',
    }),
    variant(safety, 'causa principale copiata nelle azioni', 'duplicate-text', {
      'immediate-actions': `${safety.sections['root-cause']} ${safety.sections['immediate-actions']}`,
    }),
    variant(usedAsNew, 'causa principale senza un problema concreto', 'generic-root-cause', {
      'root-cause':
        'Abbiamo commesso un errore nelle nostre procedure interne e non abbiamo rispettato le regole come ' +
        'avremmo dovuto. Adesso abbiamo capito cosa è andato storto e perché.',
    }),
    variant(expired, 'premessa incollata 5 volte', 'repeated-sentence', {
      acknowledgement: Array.from({ length: 5 }, () => expired.sections.acknowledgement).join(' '),
    }),
    variant(tracking, 'prove senza documenti', 'evidence-unnamed', {
      evidence:
        'Riteniamo che ormai il problema sia risolto del tutto e che i clienti siano di nuovo soddisfatti del ' +
        'nostro servizio.',
    }),
  ],
};
