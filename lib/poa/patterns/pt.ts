import { oneOf, type PoaPatternSet } from './types';

const r = String.raw;

const MONTHS = 'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro';
const WEEKDAYS =
  '(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|(?:segundas|terças|quartas|quintas|sextas)(?:-feiras)?|' +
  'sábados?|domingos?';
const ARTICLE = '(?:o |a |os |as |nosso |nossa |nossos |nossas |meu |minha |meus |minhas )?';
const AREAS = oneOf(
  'controle de qualidade',
  'controles de qualidade',
  'qualidade',
  'processos',
  'processo',
  'procedimentos',
  'procedimento',
  'monitoramento',
  'controles',
  'controle',
  'verificações',
  'conferências',
  'comunicação',
  'atendimento ao cliente',
  'atendimento',
  'operações',
  'padrões',
  'logística',
);
const OVERSIGHT = oneOf(
  'monitoramento',
  'controle',
  'controles',
  'controle de qualidade',
  'fiscalização',
  'supervisão',
  'acompanhamento',
  'verificações',
  'conferências',
  'atenção',
  'cuidado',
  'rigor',
);
const STRICTER = oneOf(
  'mais rigorosos?',
  'mais rigorosas?',
  'mais rígidos?',
  'mais rígidas?',
  'mais próximos?',
  'mais próximas?',
  'mais atentos?',
  'mais atentas?',
  'mais frequentes?',
  'mais eficientes?',
  'mais eficazes?',
  'reforçad[oa]s?',
  'aprimorad[oa]s?',
  'intensificad[oa]s?',
  'redobrad[oa]s?',
);
const CAREFUL = oneOf(
  'cuidados[oa]s?',
  'atent[oa]s?',
  'vigilantes?',
  'diligentes?',
  'cautelos[oa]s?',
  'rigoros[oa]s?',
  'criterios[oa]s?',
);
const THIS_PROBLEM = oneOf(
  'isso',
  'isto',
  'o problema',
  'este problema',
  'esse problema',
  'o erro',
  'este erro',
  'esse erro',
  'a falha',
  'esta falha',
  'essa falha',
  'a situação',
  'esta situação',
  'essa situação',
  'tal situação',
  'o ocorrido',
);
/** Buyers, customers, carriers and competitors, with the article Portuguese puts before them. */
const OTHERS = oneOf(
  'o cliente',
  'a cliente',
  'os clientes',
  'as clientes',
  'o comprador',
  'a compradora',
  'os compradores',
  'as compradoras',
  'clientes',
  'compradores',
  'a transportadora',
  'as transportadoras',
  'os correios',
  'o entregador',
  'os entregadores',
  'o motorista',
  'a empresa de entrega',
  'o concorrente',
  'os concorrentes',
  'a concorrência',
  'concorrentes',
);
/** "da Amazon", "do cliente", "dos correios": whose fault it was. */
const OF_OTHERS = oneOf(
  'da amazon',
  'do cliente',
  'da cliente',
  'dos clientes',
  'do comprador',
  'da compradora',
  'dos compradores',
  'da transportadora',
  'das transportadoras',
  'dos correios',
  'do entregador',
  'do motorista',
  'do concorrente',
  'dos concorrentes',
  'da concorrência',
  'do sistema',
  'do seu sistema',
  'da sua equipe',
  'de vocês',
);
const FEELINGS = oneOf(
  'irritad[oa]s?',
  'furios[oa]s?',
  'revoltad[oa]s?',
  'chatead[oa]s?',
  'frustrad[oa]s?',
  'indignad[oa]s?',
  'chocad[oa]s?',
  'decepcionad[oa]s?',
  'desapontad[oa]s?',
  'inconformad[oa]s?',
  'perplex[oa]s?',
  'injustiçad[oa]s?',
  'magoad[oa]s?',
);
const INTENSIFIER = '(?: muito| extremamente| profundamente| bastante| totalmente| tão| realmente| muitíssimo)?';
/** First person plural preterite of the verbs a Plan of Action reports with (same form as the present, but read as done). */
const DONE_WE =
  'implementamos|introduzimos|contratamos|treinamos|capacitamos|substituímos|removemos|retiramos|corrigimos|' +
  'atualizamos|instalamos|criamos|adotamos|revisamos|excluímos|reembolsamos|assinamos|encerramos|concluímos|' +
  'fizemos|tomamos|enviamos|começamos|iniciamos|nomeamos|designamos|compramos|adquirimos|trocamos|suspendemos|' +
  'cancelamos|investigamos|auditamos|documentamos|definimos|elaboramos|estabelecemos|passamos a|deixamos de';
/** First person singular preterite, for plans written by a sole trader ("contratei", "corrigi"). */
const DONE_I =
  'implementei|contratei|treinei|troquei|substituí|corrigi|removi|retirei|enviei|atualizei|criei|instalei|revisei|' +
  'comecei|passei a|deixei de|fiz|tomei|reembolsei|cancelei|excluí|assinei|adotei|defini|conferi|verifiquei|comprei';
const DONE_PARTICIPLES =
  'implementad|introduzid|concluíd|finalizad|instalad|treinad|capacitad|removid|substituíd|reembolsad|' +
  'atualizad|corrigid|assinad|criad|adotad|contratad|cancelad|encerrad|excluíd|aplicad|realizad|feit';
const MODAL_BEFORE =
  '(?<!(?:será|serão|seria|seriam|vai ser|vão ser|irá ser|irão ser|deverá ser|deverão ser|deve ser|devem ser|' +
  'precisa ser|precisam ser|pode ser|podem ser|possa ser|possam ser) )';

export const poaPatterns: PoaPatternSet = {
  language: 'pt',
  vague: [
    r`(?:melhorar|aprimorar|aperfeiçoar|otimizar|reforçar|fortalecer|intensificar) ${ARTICLE}${AREAS}`,
    r`(?:mais|maior|melhor|melhores) ${OVERSIGHT}`,
    r`${OVERSIGHT} ${STRICTER}`,
    r`(?:ser|seremos|sermos|ficar|ficaremos|estar|estaremos) (?:mais|ainda mais|extremamente|bem mais) ${CAREFUL}`,
    r`(?:ter|teremos|tomar|tomaremos) (?:mais|maior|redobrado) (?:cuidado|atenção)`,
    r`(?:prestar|prestaremos|dar|daremos) (?:mais|maior) atenção`,
    r`(?:garantir|garantiremos|garantimos|assegurar|asseguramos|assegurar-nos de|nos certificar de|certificar-nos de)` +
      r`(?: que| de que)? ${THIS_PROBLEM}(?: \p{L}+)? (?:não|nunca|jamais) (?:volte|voltará|vai voltar|torne|tornará)` +
      r` a (?:acontecer|ocorrer|se repetir|repetir)`,
    r`(?:não|nunca|jamais) (?:volte|voltará|vai voltar|voltem|voltarão|vão voltar|torne|tornará|torne-se) a ` +
      r`(?:acontecer|ocorrer|se repetir|repetir)`,
    r`(?:não|nunca|jamais) (?:aconteça|aconteçam|acontecerá|acontecerão|ocorra|ocorram|ocorrerá|ocorrerão|` +
      r`se repita|se repitam|se repetirá|se repetirão) (?:novamente|de novo|outra vez|mais)`,
    r`regularmente|periodicamente|constantemente|continuamente|de tempos em tempos|de vez em quando`,
    r`quando (?:for )?necessário|sempre que necessário|conforme necessário|conforme a necessidade`,
    r`com mais (?:frequência|cuidado|atenção|rigor)|mais de perto|com mais afinco`,
    r`(?:fazer|faremos|dar|daremos) (?:o )?(?:nosso|meu) melhor|(?:fazer|faremos) o possível`,
    r`(?:nos esforçar|me esforçar|esforçar-nos|nos esforçaremos|trabalhar) (?:mais|ainda mais|com mais empenho)`,
    r`(?:levar|levamos|levo|levaremos|tratar|tratamos|tratamos) (?:isso|isto|o assunto|a questão|este assunto|` +
      r`esta questão|o caso|este caso) (?:muito |extremamente |com toda a )?(?:a sério|seriedade)`,
  ],
  specifics: [
    MONTHS,
    WEEKDAYS,
    r`diariamente|diári[oa]s?|semanalmente|semana(?:l|is)|quinzenalmente|quinzena(?:l|is)|mensalmente|mensa(?:l|is)`,
    r`trimestralmente|trimestra(?:l|is)|anualmente|anua(?:l|is)|de hora em hora|a cada|cada|por (?:dia|semana|mês|hora|turno)`,
    r`(?:uma|duas|três) vez(?:es)? (?:por|ao|a cada)|todos os dias|todas as semanas|todo dia|toda semana|todo mês`,
    r`no máximo|no mínimo|pelo menos|dentro de|em até|até o dia|até o final de|até o fim de|antes de cada|antes do envio`,
    r`dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte|trinta|cinquenta|cem|cento|por cento`,
    r`gerentes?|responsáve(?:l|is)|supervisor(?:a|es|as)?|coordenador(?:a|es|as)?|inspetor(?:a|es|as)?|` +
      r`auditor(?:a|es|as)?|analistas?|especialistas?|diretor(?:a|es|as)?|encarregad[oa]s?|proprietári[oa]s?|sóci[oa]s?`,
    r`contador(?:a|es|as)?|líder(?:es)?|chefe(?:s)?|contratad[oa]s?|nomead[oa]s?|designad[oa]s?`,
    r`software|sistema|planilhas?|checklists?|listas? de verificação|modelos?|templates?|procedimento operacional padrão`,
    r`pop|banco de dados|scanners?|leitor(?:es)? de código de barras|códigos? de barras|câmeras?|fotos?|aplicativos?`,
    r`app|crm|erp|excel|etiquetas?|balanças?`,
  ],
  blaming: [
    r`não (?:foi|é|era) (?:nossa|minha) culpa|não (?:temos|tenho|tivemos|tive) culpa|sem (?:nenhuma )?culpa (?:nossa|minha)`,
    r`(?:culpa|erro|falha|responsabilidade) (?:exclusiva |total )?${OF_OTHERS}`,
    r`(?:a amazon|${OTHERS})(?: \p{L}+)? (?:mentiu|mentiram|mente|mentem|está mentindo|estão mentindo|enganou|` +
      r`enganaram|fraudou|fraudaram|sabotou|sabotaram|agiu de má-fé|agiram de má-fé)`,
    r`(?:reclamaç(?:ão|ões)|denúncias?|acusaç(?:ão|ões)|alegaç(?:ão|ões)|queixas?|avaliaç(?:ão|ões)) ` +
      r`(?:falsas?|infundadas?|mentirosas?|fraudulentas?|maliciosas?|sem fundamento|inventadas?)`,
    r`(?:falsas?|supostas?|infundadas?) (?:reclamaç(?:ão|ões)|denúncias?|acusaç(?:ão|ões)|alegaç(?:ão|ões)|queixas?)`,
    r`(?:não fizemos|não fiz|não cometemos|não cometi) nada (?:de )?errado|não (?:fizemos|cometemos|fiz|cometi) ` +
      r`(?:nenhum|qualquer) erro`,
    r`(?:culpar|culpamos|culpo|culpando) (?:a amazon|${OTHERS})`,
    r`(?:a amazon|o sistema da amazon|o seu sistema|seu sistema|o algoritmo|o robô|a sua equipe|sua equipe|vocês)` +
      r` (?:errou|erraram|se enganou|se enganaram|cometeu um erro|cometeram um erro|falhou|falharam|` +
      r`está errada|estava errada|estão errados|decidiu errado)`,
    r`(?:os )?concorrentes? (?:nos )?(?:atacou|atacaram|sabotou|sabotaram|denunciou|denunciaram)`,
    // "a transportadora foi a culpada", "a culpa é dos correios"
    r`(?:a amazon|${OTHERS})(?: \p{L}+)? (?:foi|foram|é|são|teve|tiveram|tem|têm) (?:a |o |os |as )?` +
      r`(?:culpad[oa]s?|culpa|responsáveis pelo erro|responsável pelo erro)`,
    r`a culpa (?:é|foi|era) ${OF_OTHERS}`,
    // "o centro de distribuição da Amazon perdeu nosso estoque", "a transportadora danificou"
    r`(?:a amazon|${OTHERS}|o (?:centro de distribuição|armazém|depósito) da amazon|os centros de distribuição da amazon)` +
      r` (?:perdeu|perderam|danificou|danificaram|extraviou|extraviaram|quebrou|quebraram|destruiu|destruíram|` +
      r`trocou|trocaram|misturou|misturaram|etiquetou errado|etiquetaram errado)`,
    // "os clientes abusam da política de devolução"
    r`(?:${OTHERS})(?: \p{L}+)? (?:abusa|abusam|abusou|abusaram|abusando|se aproveita|se aproveitam|se aproveitou|` +
      r`se aproveitaram|aplicam golpes?|aplicou golpes?|aplicaram golpes?|dão golpes?|deu golpe|deram golpe)`,
    r`(?:clientes?|compradore?s?) golpistas?`,
  ],
  emotional: [
    r`injust[oa]s?|injustamente|injustiça|ridícul[oa]s?|absurd[oa]s?|absurdamente|ultrajante|escandalos[oa]s?`,
    r`vergonhos[oa]s?|uma vergonha|revoltante|indignante|inadmissíve(?:l|is)|um descaso|uma palhaçada|uma piada`,
    r`(?:estou|estamos|fiquei|ficamos|me sinto|nos sentimos|sinto-me|sentimo-nos|estávamos|estava)${INTENSIFIER} ` +
      FEELINGS,
    r`não faz (?:o menor |nenhum )?sentido|sem (?:o menor |nenhum )?sentido|(?:isso|isto) é (?:um absurdo|ridículo)`,
  ],
  future: [
    r`vamos|iremos|vou|irei|vai|vão|irá|irão|pretendemos|pretendo|planejamos|planejo|temos a intenção|tenho a intenção`,
    r`nossa intenção|no futuro|futuramente|daqui em diante|daqui para frente|de agora em diante|a partir de agora`,
    r`doravante|nos próximos (?:dias|meses)|\p{L}+(?:aremos|eremos|iremos|arei|erei|irei|ará|erá|irá|arão|erão|irão)`,
  ],
  done: [
    r`já|desde (?:${MONTHS}|o dia|a data|então|o início|\p{N}+)|a partir de (?:${MONTHS}|\p{N}+)|atualmente`,
    r`(?:está|estão) em (?:vigor|funcionamento|uso|operação)|em vigor desde|entrou em vigor|entraram em vigor`,
    r`(?:foi|foram|estão|está|ficou|ficaram)(?: \p{L}+mente| já| agora| também| todos| todas)? ` +
      r`\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas)`,
    r`(?:temos|tenho|tem|têm|tínhamos|tinha|havíamos|havia)(?: \p{L}+)? \p{L}+(?:ado|ido)`,
    r`${DONE_WE}`,
    // Preterite: "contratei", "corrigi", "substituiu", "implementaram"
    r`(?:eu|nós|nossa equipe|nossa empresa|o gerente|a gerente|o responsável|a responsável)(?: \p{L}+mente)? ` +
      r`\p{L}+(?:ei|ou|eu|iu|aram|eram|iram)`,
    r`(?!(?:estou|you|thou)(?![\p{L}]))\p{L}{2,24}ou|\p{L}{2,24}(?:aram|eram|iram)`,
    r`\p{L}{3,24}(?:iu|eu)|${DONE_I}`,
    `${MODAL_BEFORE}(?:${DONE_PARTICIPLES})[oa]s?`,
  ],
  issueTerms: [
    r`asins?|skus?|números? do pedido|números? de pedido|ids? do pedido|ids? de pedido|id da ordem`,
    r`taxa de envios? atrasados?|envios? atrasados?|entregas? atrasadas?|atrasos? (?:no|na|de) (?:envio|entrega|expedição)`,
    r`taxa de cancelamento|cancelamentos?|cancelamento antes do envio|taxa de defeitos? (?:em|de|nos) pedidos|odr`,
    r`taxa de rastreamento válido|rastreamento|códigos? de rastreio|a-to-z|garantia de a a z|estornos?|chargebacks?`,
    r`feedbacks? negativos?|avaliaç(?:ão|ões) negativas?|falsificad[oa]s?|falsificaç(?:ão|ões)|contrafeit[oa]s?`,
    r`autenticidade|inautêntic[oa]s?|marcas? registradas?|direitos? autora(?:l|is)|patentes?|propriedade intelectual`,
    // "sem checar o registro da marca", "nomes de outras marcas", "marca de terceiros", "o titular da marca"
    r`registros? (?:da|de|das|do) marcas?|nomes? (?:da|de|das) (?:outras? )?marcas?|marcas? (?:de terceiros|alheias?|concorrentes?)`,
    r`titular(?:es)? (?:da|das) marcas?|uso indevido (?:da|de|das) marcas?|infraç(?:ão|ões) (?:de|à) marcas?|contrafaç(?:ão|ões)`,
    r`palavras-chave|termos de (?:busca|pesquisa)|títulos? (?:do|dos|de) anúncios?`,
    r`violaç(?:ão|ões)|segurança do produto|reclamaç(?:ão|ões) de segurança|vencid[oa]s?|prazo de validade|data de validade`,
    r`usad[oa]s? vendid[oa]s? como nov[oa]s?|diferente do anunciado|não corresponde à descrição|condição do produto`,
    r`atrasos|devoluç(?:ão|ões)|itens devolvidos|pacotes? extraviados?|não entregues?|condição de usad[oa]`,
    r`produtos? restrit[oa]s?|produtos? proibid[oa]s?|produtos? perigosos?|mercadorias? perigosas?|produtos? irregulares?`,
    r`manipulação de avaliações|avaliações incentivadas|notas? fiscais?|faturas?|extratos? bancários?|identidade`,
    r`verificação|forma de pagamento|método de pagamento|cartão de crédito|anvisa|inmetro|anatel`,
  ],
  evidenceTerms: [
    r`anex[oa]s?|anexad[oa]s?|anexamos|anexei|em anexo|segue(?:m)? (?:em )?anexo|notas? fiscais?|faturas?|recibos?`,
    r`comprovantes?|fotos?|fotografias?|imagens?|capturas? de tela|prints?|screenshots?|relatórios?|registros?`,
    r`planilhas?|certificados?|laudos?|contratos?|cartas?|declaraç(?:ão|ões)|documentos?|documentação|certidões?`,
    r`códigos? de rastreio|números? de rastreamento|e-mails?|emails?|escalas?|cronogramas?|checklists?`,
    r`listas? de verificação|modelos?|resultados? de (?:testes?|laboratório|ensaios?)|cartas? de autorização`,
    r`histórico de (?:compras|pedidos)|confirmaç(?:ão|ões)|vídeos?|manuais?|instruç(?:ão|ões)|extratos?|atas?`,
  ],
};
