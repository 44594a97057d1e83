import { type GoodSample, type LanguageSamples, padded, variant } from './types';

const lateShipments: GoodSample = {
  name: 'envios atrasados (envio pelo vendedor)',
  sections: {
    acknowledgement:
      'Nos 30 dias encerrados em 12/03/2024, nossa taxa de envio atrasado chegou a 8,7%, bem acima do limite de 4% ' +
      'exigido pela Amazon. Assumimos total responsabilidade pelos atrasos que nossos clientes sofreram.',
    'root-cause':
      'A impressão das etiquetas de envio ficava com um único funcionário do estoque, uma vez por dia, às 16h. Nos ' +
      'dias com mais de 60 pedidos, os pacotes não ficavam prontos para a coleta dos Correios às 17h e só eram ' +
      'postados no dia seguinte.',
    'immediate-actions':
      'Em 13/03, postamos todos os 41 pedidos pendentes com código de rastreio e confirmamos a data de entrega com ' +
      'cada cliente. No mesmo dia, criamos uma segunda rodada de impressão de etiquetas às 11h.',
    'preventive-measures':
      'Desde 14/03, um segundo embalador trabalha todas as tardes, e o nosso ERP envia um alerta ao supervisor de ' +
      'expedição quando um pedido está a 12 horas do prazo de envio. Também aumentamos o tempo de manuseio de todos ' +
      'os SKUs para 2 dias úteis.',
    evidence:
      'Anexamos a nova escala de trabalho assinada em 14/03, um print da configuração de alertas e o relatório de ' +
      'envios de 14/03 a 28/03, sem nenhum envio atrasado.',
  },
};

const inauthentic: GoodSample = {
  name: 'reclamações de produto não autêntico',
  sections: {
    acknowledgement:
      'Em fevereiro, a Amazon recebeu duas reclamações de produto não autêntico referentes ao ASIN B08K3QZ7T2. ' +
      'Entendemos que o cliente precisa sempre receber produtos originais.',
    'root-cause':
      'Em janeiro compramos 200 unidades de um distribuidor novo sem pedir a carta de autorização da marca, e a ' +
      'nossa conferência de recebimento não comparava a embalagem com unidades compradas direto do fabricante.',
    'immediate-actions':
      'Em 20/02 tiramos o anúncio do ar, criamos uma ordem de remoção para as 143 unidades restantes no centro de ' +
      'distribuição e reembolsamos integralmente os dois clientes.',
    'preventive-measures':
      'Desde 22/02, só compramos de distribuidores listados no site oficial da marca, e o nosso gerente de compras ' +
      'confere a carta de autorização e a nota fiscal antes de cada pedido. Cada lote recebido é comparado com uma ' +
      'unidade de referência antes de seguir para a Amazon.',
    evidence:
      'Seguem em anexo as notas fiscais eletrônicas do distribuidor autorizado emitidas em 24/02, a carta de ' +
      'autorização da marca e o nosso checklist de homologação de fornecedores.',
  },
};

const defects: GoodSample = {
  name: 'taxa de defeitos por produtos quebrados',
  sections: {
    acknowledgement:
      'Nossa taxa de defeitos em pedidos subiu para 1,6% em abril, principalmente por avaliações negativas sobre ' +
      'copos de vidro que chegaram quebrados. Reconhecemos que a falha estava na forma como embalávamos esses itens.',
    'root-cause':
      'Não havia um padrão de uso de plástico bolha na bancada de embalagem, então 37 pedidos com itens frágeis ' +
      'foram embalados só com papel amassado e quebraram durante o transporte.',
    'immediate-actions':
      'Entre 2 e 4 de maio, entramos em contato com os 37 clientes, enviamos um produto novo ou fizemos o reembolso ' +
      'total, e trocamos o papel por caixas de papelão de parede dupla com plástico bolha.',
    'preventive-measures':
      'Criamos uma instrução de embalagem com fotos para cada SKU frágil e, desde 5 de maio, o líder de turno ' +
      'libera cada pacote frágil antes do envio. Também implantamos um teste de queda de 1 metro para todo produto ' +
      'novo.',
    evidence:
      'Anexamos a instrução de embalagem, o registro de liberação de 5 a 19 de maio e o relatório de avaliações, ' +
      'que não mostra nenhuma nova reclamação de avaria desde 6 de maio.',
  },
};

const trademark: GoodSample = {
  name: 'violação de marca registrada',
  sections: {
    acknowledgement:
      'Recebemos uma notificação de violação de marca porque uma marca registrada de terceiros aparecia no título ' +
      'de três dos nossos anúncios. Respeitamos o titular dos direitos e reconhecemos que esse uso não era ' +
      'autorizado.',
    'root-cause':
      'Nosso redator colocava nomes de outras marcas nos títulos como palavras-chave de busca, sem checar o registro ' +
      'da marca, porque o nosso fluxo de criação de anúncios não tinha nenhuma etapa de revisão jurídica.',
    'immediate-actions':
      'Em 8 de junho, removemos o nome da marca dos três títulos e de todos os termos de pesquisa ocultos, e ' +
      'confirmamos as alterações por e-mail ao titular da marca.',
    'preventive-measures':
      'Desde 10 de junho, a nossa responsável de compliance consulta a base de marcas do INPI antes de publicar ' +
      'qualquer anúncio novo ou alterado. O redator concluiu em 12 de junho um treinamento de duas horas sobre ' +
      'propriedade intelectual.',
    evidence:
      'Enviamos os prints dos anúncios corrigidos, o modelo de checklist de palavras-chave e o certificado do ' +
      'treinamento de 12 de junho.',
  },
};

const safety: GoodSample = {
  name: 'reclamação de segurança do produto',
  sections: {
    acknowledgement:
      'Um cliente informou que o carregador do ASIN B09T5W1LQX superaqueceu durante o uso. A segurança do produto ' +
      'é responsabilidade nossa, e o nosso controle de qualidade não detectou esse defeito.',
    'root-cause':
      'O lote recebido em 3 de julho veio de uma nova linha de produção, e nós o liberamos apenas com base no ' +
      'certificado do fornecedor, sem testar por conta própria 5 unidades de amostra.',
    'immediate-actions':
      'Em 15 de julho, suspendemos as vendas do ASIN, bloqueamos as 320 unidades em estoque e mandamos 10 unidades ' +
      'para um laboratório acreditado, que confirmou uma falha no fusível térmico.',
    'preventive-measures':
      'Desde 20 de julho, todo lote novo fica bloqueado até que um laboratório acreditado teste 5 unidades, e o ' +
      'nosso gerente de qualidade confere o laudo e o selo de homologação da Anatel antes de enviar as unidades ' +
      'para o centro de distribuição da Amazon.',
    evidence:
      'Anexamos o laudo do laboratório de 18 de julho, o novo procedimento de liberação de lotes e o relatório de ' +
      'ação corretiva do fornecedor, datado de 19 de julho.',
  },
};

const usedAsNew: GoodSample = {
  name: 'usado vendido como novo',
  sections: {
    acknowledgement:
      'Entre 1º e 20 de agosto, quatro clientes relataram que itens anunciados como novos tinham marcas de uso. ' +
      'Reconhecemos que isso enganou os nossos clientes.',
    'root-cause':
      'Em agosto, 11 unidades devolvidas voltaram ao estoque vendável depois de uma simples inspeção visual, e ' +
      'ninguém conferiu o lacre ou os acessórios antes de anunciá-las de novo como novas.',
    'immediate-actions':
      'Em 21 de agosto, tiramos do estoque vendável todas as 58 unidades devolvidas, inspecionamos uma por uma e ' +
      'recadastramos 12 delas na condição de usado.',
    'preventive-measures':
      'Desde 22 de agosto, as devoluções ficam em uma prateleira separada, e o responsável por devoluções confere o ' +
      'lacre, os acessórios e o número de série de cada unidade antes que ela possa ser vendida como nova. Unidades ' +
      'com lacre rompido agora são sempre vendidas como usadas.',
    evidence:
      'Anexamos o checklist de inspeção de devoluções, fotos da prateleira separada e o registro de inspeções de ' +
      '22 de agosto a 5 de setembro.',
  },
};

const expired: GoodSample = {
  name: 'protetor solar vencido',
  sections: {
    acknowledgement:
      'Clientes receberam protetor solar com o prazo de validade vencido no ASIN B07Q1MZ9RC. Sabemos o quanto isso ' +
      'é grave para um produto que vai direto na pele.',
    'root-cause':
      'Enviamos ao centro de distribuição 400 frascos com apenas 45 dias de validade restante, porque a nossa ' +
      'planilha de estoque não registrava a data de validade de cada lote.',
    'immediate-actions':
      'Em 2 de outubro, criamos uma ordem de remoção para todas as unidades restantes, reembolsamos os 6 clientes ' +
      'afetados e verificamos a validade de todos os outros ASINs de cosméticos.',
    'preventive-measures':
      'Desde 4 de outubro, a planilha de estoque registra a validade de cada lote, e não enviamos mais à Amazon ' +
      'nenhum produto com menos de 180 dias de validade. O gerente de estoque revisa o relatório de vencimentos ' +
      'toda segunda-feira.',
    evidence:
      'Anexamos a confirmação da ordem de remoção, a planilha atualizada com as datas de validade e os relatórios ' +
      'de segunda-feira dos dias 9 e 16 de outubro.',
  },
};

const tracking: GoodSample = {
  name: 'taxa de rastreamento válido',
  sections: {
    acknowledgement:
      'Nossa taxa de rastreamento válido caiu para 87% em novembro, abaixo dos 95% exigidos. Assumimos a ' +
      'responsabilidade por ter enviado pedidos sem informar o código de rastreio.',
    'root-cause':
      'Pedidos com menos de 300 g eram enviados por carta simples dos Correios, sem rastreamento, e a nossa ' +
      'plataforma de vendas não transmitia nenhum código de rastreio para essa modalidade.',
    'immediate-actions':
      'A partir de 3 de dezembro, passamos todos os itens pequenos para o Mini Envios dos Correios, que tem ' +
      'rastreamento, e informamos o código de rastreio dos 52 pedidos que ainda estavam em trânsito.',
    'preventive-measures':
      'Alteramos o modelo padrão de envio na nossa plataforma para bloquear qualquer modalidade sem rastreamento. ' +
      'Desde 5 de dezembro, a nossa coordenadora de pedidos confere às 14h o relatório diário de pedidos não ' +
      'enviados, procurando pedidos sem código de rastreio.',
    evidence:
      'Anexamos as novas configurações do modelo de envio, o contrato do Mini Envios com os Correios e o relatório ' +
      'de rastreamento de 5 a 19 de dezembro, com taxa de rastreamento válido de 99%.',
  },
};

export const ptSamples: LanguageSamples = {
  good: [lateShipments, inauthentic, defects, trademark, safety, usedAsNew, expired, tracking],
  bad: [
    variant(inauthentic, 'seção de evidências vazia', 'missing-section', { evidence: '' }),
    variant(lateShipments, 'muito além de uma página', 'too-long', {
      'root-cause': padded(
        lateShipments.sections['root-cause'],
        (n) =>
          `O pedido 701-5551234-${String(n).padStart(5, '0')} saiu do nosso estoque um dia depois da data limite de envio.`,
        60,
      ),
    }),
    variant(defects, 'promessas vagas', 'vague-promise', {
      'preventive-measures':
        'Vamos melhorar o nosso controle de qualidade e ter mais cuidado com os itens frágeis. A equipe de embalagem ' +
        'também foi orientada a prestar mais atenção e a trabalhar com mais cuidado.',
    }),
    variant(lateShipments, 'culpa os Correios e os clientes', 'blaming', {
      'root-cause':
        'Os atrasos foram culpa dos Correios, que não fizeram a coleta no horário, e vários clientes mentiram só ' +
        'para conseguir o reembolso.',
    }),
    variant(inauthentic, 'reconhecimento emocional', 'emotional', {
      acknowledgement:
        'Estamos extremamente revoltados com essa decisão injusta, que não faz o menor sentido depois de 6 anos ' +
        'vendendo apenas produtos originais.',
    }),
    variant(trademark, 'ações apenas prometidas', 'future-only', {
      'immediate-actions':
        'Vamos remover o nome da marca dos três títulos e revisar todos os termos de pesquisa ocultos. No futuro, ' +
        'entraremos em contato com o titular antes de qualquer alteração.',
    }),
    variant(safety, 'causa raiz colada nas ações', 'duplicate-text', {
      'immediate-actions': `${safety.sections['root-cause']} ${safety.sections['immediate-actions']}`,
    }),
    variant(usedAsNew, 'causa raiz sem problema concreto', 'generic-root-cause', {
      'root-cause':
        'Cometemos um erro nos nossos processos e não seguimos as regras com o devido cuidado. Agora entendemos ' +
        'o que deu errado e por quê.',
    }),
    variant(expired, 'reconhecimento colado 5 vezes', 'repeated-sentence', {
      acknowledgement: Array.from({ length: 5 }, () => expired.sections.acknowledgement).join(' '),
    }),
    variant(tracking, 'evidências sem documentos', 'evidence-unnamed', {
      evidence:
        'Temos certeza de que a nova forma de trabalhar já faz parte da rotina da equipe e está dando bons resultados ' +
        'para os nossos clientes.',
    }),
  ],
};
