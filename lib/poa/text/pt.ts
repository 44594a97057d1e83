import type { PoaLanguagePack } from '../types';

export const poaText: PoaLanguagePack = {
  language: 'pt',
  title: 'Plano de Ação',
  sections: {
    acknowledgement: {
      heading: 'Reconhecimento do problema',
      hint: 'Em uma ou duas frases: qual problema a Amazon apontou e que você assume a responsabilidade por ele.',
    },
    'root-cause': {
      heading: 'Causa raiz',
      hint: 'O que, nos seus próprios processos, permitiu que isso acontecesse. Cite os ASINs, pedidos ou a métrica envolvidos.',
    },
    'immediate-actions': {
      heading: 'Ações imediatas tomadas',
      hint: 'O que você já fez para resolver o problema, com datas.',
    },
    'preventive-measures': {
      heading: 'Medidas preventivas de longo prazo',
      hint: 'Mudanças duradouras: quem faz o quê, com que frequência, com qual ferramenta e desde quando.',
    },
    evidence: {
      heading: 'Provas de que as mudanças estão em vigor',
      hint: 'Os documentos anexados que mostram que as mudanças já funcionam.',
    },
  },
  rules: {
    'missing-section': {
      message: 'A seção “{section}” está vazia.',
      fix: 'Escreva aqui duas ou três frases objetivas; a Amazon verifica cada parte.',
    },
    'short-section': {
      message: 'Esta seção é curta demais ({words} palavras).',
      fix: 'Diga quem fez o quê, quando e o que mudou.',
    },
    'too-long': {
      message: 'O plano tem {words} palavras; cabem cerca de {limit} em uma página. São {over} palavras a mais.',
      fix: 'Corte contexto e repetições; mantenha fatos, números e datas.',
    },
    'vague-promise': {
      message: '“{phrase}” promete algo sem dizer como.',
      fix:
        'Na mesma frase, inclua um número, uma data, um responsável, uma ferramenta ou uma frequência, por exemplo ' +
        '“cada pacote é pesado antes do envio”.',
    },
    blaming: {
      message: '“{phrase}” põe a culpa em outra pessoa.',
      fix: 'Descreva o que falhou nos seus próprios processos; a Amazon espera que você assuma a causa.',
    },
    emotional: {
      message: '“{phrase}” soa emotivo.',
      fix: 'Mantenha um tom neutro e objetivo; os analistas respondem a provas, não a sentimentos.',
    },
    'future-only': {
      message: 'Esta seção só descreve planos para o futuro.',
      fix: 'Diga o que já foi feito e desde quando, por exemplo “Desde 3 de março verificamos…”, e anexe comprovantes.',
    },
    'duplicate-text': {
      message: 'O mesmo texto também aparece em “{section}”.',
      fix: 'Cada seção responde à sua própria pergunta; escreva um texto adequado a esta parte.',
    },
    'repeated-sentence': {
      message: 'Esta frase aparece {count} vezes nesta seção.',
      fix: 'Diga uma vez só; um analista que encontra a mesma frase de novo deixa de ler com atenção.',
    },
    'generic-root-cause': {
      message: 'A causa raiz não cita nenhum problema, ASIN, pedido ou métrica específicos.',
      fix: 'Diga exatamente o que a Amazon apontou: os ASINs, os IDs de pedido ou a métrica e o valor dela.',
    },
    'evidence-unnamed': {
      message: 'Esta seção não diz quais documentos você anexa.',
      fix: 'Cite cada prova: as notas fiscais, o novo checklist, uma captura de tela da configuração, o relatório com as datas.',
    },
  },
  lengthWithin: '{words} de {limit} palavras, restam {remaining}',
  lengthOver: '{words} de {limit} palavras, {over} a mais',
};
