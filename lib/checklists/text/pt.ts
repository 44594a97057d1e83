import type { ChecklistLanguagePack } from '../types';

export const checklistText: ChecklistLanguagePack = {
  language: 'pt',
  checklists: {
    hold: {
      title: 'Conta em espera',
      intro:
        'Uma conta em espera é um aviso ao qual você ainda pode responder. Siga estas etapas na ordem e guarde tudo o que encontrar.',
      items: {
        'read-notice': {
          title: 'Leia a notificação da Amazon',
          why: 'A Amazon explica em uma mensagem por que colocou a conta em espera; a redação exata mostra o que precisa ser corrigido.',
          detail:
            'Verifique a caixa de entrada do e-mail cadastrado no Seller Central e as Notificações de desempenho.',
        },
        'check-health': {
          title: 'Abra a Saúde da conta',
          why: 'A Saúde da conta costuma mostrar com mais detalhes a política, a métrica ou o anúncio que deixou a conta em espera.',
        },
        'name-cause': {
          title: 'Anote a causa exata',
          why: 'Seus documentos e seu Plano de Ação precisam tratar exatamente desse problema, e não de uma suposição.',
          detail:
            'Exemplos: informações do vendedor incompletas, problema com a forma de pagamento, taxa de envios atrasados, uma reclamação.',
          evidencePrompt:
            'Anote a política, os ASINs, os IDs de pedido ou a métrica citados na notificação, com a data dela.',
        },
        'gather-documents': {
          title: 'Reúna os documentos que essa causa exige',
          why: 'A Amazon decide com base em provas; documentos claros e pertinentes encurtam a análise.',
          detail:
            'Comprovante de entrega para pedidos dados como não entregues; certificados do produto ou aprovações de segurança; ' +
            'notas fiscais de fornecedores que comprovem a autenticidade; extratos financeiros ou bancários para questões de pagamento.',
          evidencePrompt: 'Liste cada arquivo e o que ele comprova. Confira se todas as páginas estão legíveis.',
        },
        'write-poa': {
          title: 'Escreva um Plano de Ação',
          why: 'O plano mostra à Amazon que você entende a causa e já a corrigiu.',
          detail:
            'Reconheça o problema, explique a causa raiz, liste as ações já tomadas e as mudanças permanentes. ' +
            'Seja objetivo e breve.',
        },
        'contact-support': {
          title: 'Envie pelo Registro de casos',
          why: 'Responder pelo canal indicado na notificação mantém tudo em um único caso.',
          detail: 'Seja cordial, breve e coerente. Abra um caso por problema, e não vários para a mesma questão.',
          evidencePrompt: 'Anote o número do caso e a data de envio.',
        },
      },
    },
    review: {
      title: 'Conta em análise',
      intro:
        'A Amazon está verificando algo antes de decidir. Responda exatamente ao que for pedido, sem demora, e continue vendendo dentro das regras enquanto aguarda.',
      items: {
        'read-notice': {
          title: 'Veja o que a Amazon está analisando',
          why: 'A notificação cita a política, o anúncio ou a informação em análise; tudo o que você enviar deve responder a isso.',
          detail:
            'Verifique as Notificações de desempenho e a caixa de entrada do e-mail cadastrado no Seller Central.',
        },
        'check-health': {
          title: 'Abra a Saúde da conta',
          why: 'Ela mostra se a análise envolve uma política, uma métrica ou anúncios específicos.',
        },
        'gather-documents': {
          title: 'Prepare os documentos pedidos na análise',
          why: 'Análises são decididas com base em provas; documentos claros, legíveis e pertinentes as encurtam.',
          evidencePrompt:
            'Liste cada arquivo e o que ele mostra; confira se nomes e endereços coincidem com os da conta.',
        },
        'respond-case': {
          title: 'Responda pelo canal indicado na notificação',
          why: 'Um caso por problema mantém sua resposta e os retornos da Amazon no mesmo lugar.',
          evidencePrompt: 'Anote o número do caso e a data da sua resposta.',
        },
        'keep-fulfilling': {
          title: 'Continue enviando os pedidos em aberto no prazo',
          why: 'Pedidos já feitos ainda precisam chegar aos compradores; atrasos e cancelamentos pesam na análise.',
        },
        'follow-up': {
          title: 'Retome o contato só após 48 horas, citando o número do caso',
          why: 'Lembretes antecipados não aceleram a análise; o número do caso liga o seu lembrete à sua resposta.',
        },
        'write-poa': {
          title: 'Escreva um Plano de Ação se a Amazon pedir',
          why: 'Quando uma análise termina com o pedido de um plano, um plano objetivo é o caminho mais rápido para voltar a vender.',
        },
      },
    },
    verification: {
      title: 'Verificação necessária',
      intro:
        'A Amazon precisa confirmar quem você é ou algum dado da sua conta. Vendas ou repasses podem ficar pausados até lá; os documentos certos resolvem a situação.',
      items: {
        'read-notice': {
          title: 'Veja quais informações a Amazon quer confirmar',
          why: 'A notificação diz exatamente qual dado ou documento está faltando; envie isso, e não tudo o que você tem.',
        },
        'check-details': {
          title: 'Compare suas informações de vendedor com seus documentos',
          why: 'Nome, endereço e dados bancários precisam coincidir exatamente com os documentos, senão a verificação falha de novo.',
        },
        'gather-documents': {
          title: 'Reúna os documentos citados na notificação',
          why: 'Documentos completos, legíveis e atualizados costumam ser aceitos já na primeira tentativa.',
          detail:
            'Digitalize páginas inteiras, em cores; confira se todos os documentos ainda são válidos e trazem o mesmo nome.',
          evidencePrompt: 'Liste cada arquivo, a data dele e o que ele confirma.',
        },
        'submit-documents': {
          title: 'Envie-os pelo canal indicado na notificação',
          why: 'Documentos enviados por outro canal podem nunca chegar à equipe que os verifica.',
          evidencePrompt: 'Anote a data de envio e o número do caso, se houver.',
        },
        'follow-up': {
          title: 'Retome o contato só após 48 horas, citando o número do caso',
          why: 'Verificações levam tempo; um lembrete tranquilo com o número do caso é respondido mais rápido do que um caso novo.',
        },
        'keep-fulfilling': {
          title: 'Continue enviando os pedidos em aberto no prazo',
          why: 'Os compradores continuam esperando seus pedidos durante a verificação.',
        },
      },
    },
    deactivated: {
      title: 'Conta desativada',
      intro:
        'É possível entrar com recurso contra uma desativação. Um recurso calmo, específico e com provas oferece a melhor chance.',
      items: {
        'read-reason': {
          title: 'Leia o motivo informado',
          why: 'A Amazon sempre informa um motivo, mesmo quando ele parece genérico; o seu recurso depende dele.',
        },
        'check-health': {
          title: 'Abra a Saúde da conta',
          why: 'A política ou métrica por trás da desativação e o botão para entrar com recurso aparecem lá.',
        },
        'name-cause': {
          title: 'Descreva a causa exata em uma frase',
          why: 'Um recurso voltado para o problema errado é recusado, por mais bem escrito que seja.',
          evidencePrompt:
            'Anote a política, os ASINs, os IDs de pedido ou a métrica citados pela Amazon, e a data da notificação.',
        },
        'write-poa': {
          title: 'Escreva um Plano de Ação com todas as partes',
          why: 'A Amazon procura cada uma das partes; a falta de uma delas pode bastar para uma recusa.',
          detail:
            'Reconhecimento sem desculpas, a causa raiz nos seus próprios processos, as ações já tomadas, ' +
            'as mudanças permanentes e a prova de que elas estão em vigor. No máximo uma página.',
        },
        'prove-changes': {
          title: 'Mostre que as mudanças já estão em vigor',
          why: 'Planos, sozinhos, não convencem; uma mudança que você consegue documentar, sim.',
          evidencePrompt:
            'Reúna provas datadas: um novo checklist, um contrato com fornecedor, registros de treinamento, capturas de tela.',
        },
        'attach-documents': {
          title: 'Prepare os documentos de apoio',
          why: 'Os documentos sustentam cada afirmação do seu plano.',
          detail:
            'Use os formatos de arquivo aceitos pelo formulário de recurso e confira se todas as páginas estão legíveis.',
          evidencePrompt: 'Liste cada arquivo e a afirmação do plano que ele sustenta.',
        },
        'submit-appeal': {
          title: 'Entre com recurso pela Saúde da conta',
          why: 'O recurso é feito pelo Seller Central, seguindo as instruções que a Amazon dá lá.',
          detail: 'Mantenha um tom profissional da primeira à última linha.',
          evidencePrompt: 'Guarde uma cópia do que enviou, com a data e a hora do envio.',
        },
        'expect-answer': {
          title: 'Conte com uma resposta em cerca de 48 horas',
          why: 'Os recursos costumam ser avaliados em até dois dias; casos complexos podem levar mais tempo.',
          detail: 'Não reenvie o mesmo recurso enquanto aguarda.',
        },
      },
    },
    'first-days': {
      title: 'Primeiros dias após uma desativação',
      intro:
        'O que você faz e o que evita nos primeiros dias influencia o recurso. Respire fundo e avance passo a passo.',
      items: {
        'one-channel': {
          title: 'Use um único canal, não vários',
          why: 'Escrever à Amazon repetidamente por canais diferentes atrasa o seu caso.',
        },
        'calm-tone': {
          title: 'Não envie mensagens irritadas nem acusatórias',
          why: 'Os analistas se baseiam em fatos; a irritação só dificulta que eles ajudem você.',
        },
        'no-new-account': {
          title: 'Não abra uma nova conta de vendedor',
          why: 'Uma segunda conta para contornar a desativação viola as regras e pode fechar todas as portas.',
        },
        'do-not-ignore': {
          title: 'Não ignore a situação',
          why: 'Uma desativação não se resolve sozinha; a chance de reativação depende da sua resposta.',
        },
        'open-orders': {
          title: 'Cuide dos pedidos em aberto',
          why: 'Os compradores continuam esperando suas mercadorias, e a forma como você os trata conta no recurso.',
          detail:
            'FBA: a Amazon continua enviando seus pedidos. FBM: você ainda precisa enviar todos os pedidos confirmados, com rastreamento.',
          evidencePrompt: 'Guarde os códigos de rastreamento e as confirmações de entrega de cada pedido enviado.',
        },
        'read-policies': {
          title: 'Leia as políticas envolvidas',
          why: 'Você precisa saber exatamente qual regra foi violada antes de explicar como corrigiu o problema.',
          detail:
            'Leia as seções das políticas ligadas ao seu problema; casos de vendedores com desativações parecidas também ajudam.',
        },
        'consider-help': {
          title: 'Considere buscar ajuda profissional',
          why: 'Especialistas costumam perceber o que passou despercebido e sabem como os recursos são lidos.',
          detail:
            'Por exemplo, consultores com experiência em reativação de contas ou advogados que atuam com e-commerce.',
        },
        'plan-scenarios': {
          title: 'Planeje o melhor, o intermediário e o pior cenário',
          why: 'Um plano para cada desfecho mantém o negócio funcionando, seja qual for a decisão da Amazon.',
          detail:
            'Melhor: conta reativada após o primeiro recurso. Intermediário: novos recursos com informações melhores. ' +
            'Pior: o último recurso é recusado; outros marketplaces ou sua própria loja virtual assumem as vendas.',
          evidencePrompt: 'Escreva uma ou duas ações para cada cenário, com uma data.',
        },
      },
    },
    'while-on-hold': {
      title: 'Enquanto a conta estiver em espera',
      intro: 'Esperar é difícil. Aproveite bem o tempo: cumpra suas obrigações e prepare o seu caso.',
      items: {
        'fulfil-orders': {
          title: 'Atenda todos os pedidos pendentes',
          why: 'Pedidos feitos antes de a conta ficar em espera ainda precisam ser enviados; o descuido agrava a situação.',
        },
        'answer-buyers': {
          title: 'Continue respondendo aos compradores',
          why: 'Perguntas sem resposta viram reclamações justamente quando a Amazon está observando.',
        },
        'keep-funds': {
          title: 'Mantenha saldo disponível para as tarifas',
          why: 'As tarifas continuam sendo cobradas; um pagamento recusado cria um segundo problema.',
          detail:
            'Mantenha suas formas de pagamento válidas. Não tente sacar dinheiro enquanto o saldo estiver negativo.',
        },
        'keep-log': {
          title: 'Mantenha um registro datado de cada contato e alteração',
          why: 'Um registro claro desfaz mal-entendidos e sustenta um futuro recurso.',
          detail: 'Guarde cópias de todas as mensagens trocadas com a Amazon e de cada alteração que você fizer.',
          evidencePrompt: 'Para cada entrada: data, hora, canal, número do caso e o que foi dito ou alterado.',
        },
        'screenshot-health': {
          title: 'Faça capturas de tela da Saúde da conta',
          why: 'Capturas de tela datadas mostram como as métricas e os avisos mudaram.',
          evidencePrompt: 'Salve cada captura com a data no nome do arquivo.',
        },
        'fix-listings': {
          title: 'Revise seus anúncios',
          why: 'A pausa é uma oportunidade de encontrar outros anúncios que possam violar alguma política.',
        },
        'fix-processes': {
          title: 'Melhore os processos por trás do problema',
          why: 'Seus dados de desempenho mostram onde o mesmo problema poderia se repetir.',
        },
        'follow-up': {
          title: 'Retome o contato só após 48 horas',
          why: 'Retomar o contato cedo demais ou com frequência demais atrasa o seu caso.',
          detail: 'Cite o número original do caso, diga apenas o que há de novo e mantenha a cordialidade.',
        },
        diversify: {
          title: 'Distribua suas vendas por mais canais',
          why: 'Depender menos de um único marketplace protege você se a conta voltar a ficar em espera.',
          detail:
            'Outros marketplaces, sua própria loja virtual, vendas no atacado, uma lista de e-mails dos seus próprios clientes.',
        },
      },
    },
    prevention: {
      title: 'Rotina de prevenção',
      intro:
        'Na maioria dos casos, a conta recebe um aviso antes de ficar em espera. Uma rotina curta identifica esses avisos cedo.',
      items: {
        'health-routine': {
          title: 'Confira a Saúde da conta todo dia, ou ao menos uma vez por semana',
          why: 'Itens marcados como “Em risco” são mais fáceis de corrigir antes que a conta fique em espera.',
        },
        notifications: {
          title: 'Leia as novas Notificações de desempenho',
          why: 'Os avisos sobre a sua conta chegam primeiro por lá.',
          detail: 'Configure as notificações para receber avisos sobre mudanças no status da sua conta.',
        },
        'policy-updates': {
          title: 'Acompanhe as atualizações das políticas',
          why: 'Desconhecer uma regra não serve de defesa, e as regras mudam.',
          detail:
            'Leia as políticas das suas categorias de produto; dê atenção especial à autenticidade, à segurança e às avaliações dos produtos.',
        },
        'listing-audit': {
          title: 'Faça uma auditoria dos seus anúncios',
          why: 'Alegações enganosas, imagens de terceiros e termos de marcas protegidas podem deixar a conta em espera.',
          detail:
            'Descrições corretas, imagens sobre as quais você tem direitos e nenhum termo de marca registrada nas palavras-chave sem autorização.',
          evidencePrompt: 'Anote a data de cada auditoria e o que você alterou.',
        },
        'answer-24h': {
          title: 'Responda aos clientes em até 24 horas',
          why: 'Respostas rápidas e um tratamento justo das devoluções mantêm saudáveis as métricas de experiência do cliente.',
        },
        'stock-accuracy': {
          title: 'Mantenha o estoque sempre correto',
          why: 'Estoque errado leva a envios atrasados e cancelamentos.',
        },
        'quality-control': {
          title: 'Faça controle de qualidade',
          why: 'Problemas de qualidade, sobretudo de segurança, deixam a conta em espera rapidamente.',
          detail:
            'Combine verificações de qualidade com seus fornecedores, inspecione amostras mesmo usando o FBA e investigue ' +
            'toda reclamação sobre produtos.',
          evidencePrompt: 'Documente suas verificações de qualidade para poder mostrá-las à Amazon quando ela pedir.',
        },
      },
    },
  },
  exportLabels: {
    marketplace: 'Marketplace',
    generated: 'Gerado em',
    progress: 'Progresso: {done} de {total} concluídos ({percent}%)',
    tickedAt: 'marcado em {time}',
    notTicked: 'ainda não concluído',
    evidence: 'Provas a guardar',
    link: 'Abrir no Seller Central',
    timeline: 'Linha do tempo do caso',
    timelineEmpty: 'Nenhum contato de caso registrado.',
    caseLabel: 'caso',
    sent: 'enviada',
    received: 'recebida',
    accountHistory: 'Histórico da conta',
    accountTimeline: 'Situação da conta, violações por política e notificações',
    accountTimelineEmpty: 'Nenhuma mudança na situação da conta ou no número de violações, nenhuma notificação.',
    timelineNotice: 'Notificação de desempenho: {title}',
    timelinePolicy: '{policy}: {from} → {to}',
    noticesFolded: '{count} notificações anteriores, resumidas',
    policyChangesFolded: '{count} mudanças anteriores no número de violações, resumidas',
    policies: 'Conformidade com as políticas',
    policiesEmpty: 'Nenhuma lista de políticas lida.',
    policiesAsOf: 'Como Saúde da conta as listava em {date}.',
    policyName: 'Política',
    policyCount: 'Violações',
    summarizedChanges: '{count} mudanças anteriores, resumidas',
    ratings: 'Classificação de Saúde da conta',
    ratingsEmpty: 'Nenhuma classificação lida.',
    ratingDay: 'Dia',
    ratingValue: 'Classificação',
    ratingStatus: 'Status',
    ratingMonth: '{month} ({days} dias)',
    footer: 'Exportado com o Seller Central Companion (sem vínculo com a Amazon).',
  },
};
