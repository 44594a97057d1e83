import type { PoaLanguagePack } from '../types';

export const poaText: PoaLanguagePack = {
  language: 'zh',
  title: '行动计划',
  sections: {
    acknowledgement: {
      heading: '承认问题',
      hint: '用一两句话说明：Amazon 指出了什么问题，并表明您对此承担责任。',
    },
    'root-cause': {
      heading: '根本原因',
      hint: '您自身流程中的哪个环节导致了问题的发生。请写明涉及的 ASIN、订单或指标。',
    },
    'immediate-actions': {
      heading: '已采取的即时措施',
      hint: '您为解决这一问题已经做了哪些事，并注明日期。',
    },
    'preventive-measures': {
      heading: '长期预防措施',
      hint: '持久的改进：由谁负责、做什么、多久一次、使用什么工具、从何时开始。',
    },
    evidence: {
      heading: '改进措施已落实的证据',
      hint: '您随附的、能证明改进措施已经生效的文件。',
    },
  },
  rules: {
    'missing-section': {
      message: '“{section}”部分为空。',
      fix: '请在此写两三句基于事实的内容；Amazon 会逐一查看每个部分。',
    },
    'short-section': {
      message: '此部分只有 {words} 个词。',
      fix: '写明谁在何时做了什么，以及带来了哪些变化。',
    },
    'too-long': {
      message: '计划共 {words} 个词；一页大约容纳 {limit} 个词，超出了 {over} 个词。',
      fix: '删去背景介绍和重复内容；保留事实、数字和日期。',
    },
    'vague-promise': {
      message: '“{phrase}”做出了承诺，却没有说明如何做到。',
      fix: '在同一句中加上数量、日期、负责人、工具或频率，例如“每个包裹发货前都要称重”。',
    },
    blaming: {
      message: '“{phrase}”把责任推给了别人。',
      fix: '描述您自身流程中哪里出了问题；Amazon 希望您承担起原因所在的责任。',
    },
    emotional: {
      message: '“{phrase}”听起来带有情绪。',
      fix: '保持中立、客观的语气；审核人员看重的是证据，而不是情绪。',
    },
    'future-only': {
      message: '此部分只描述了未来的计划。',
      fix: '写明哪些已经完成、从何时开始，例如“自 3 月 3 日起，我们已对……进行检查”，并附上证据。',
    },
    'duplicate-text': {
      message: '同样的内容也出现在“{section}”中。',
      fix: '每个部分回答各自的问题；请写出与这一部分相符的内容。',
    },
    'repeated-sentence': {
      message: '这句话在此部分中出现了 {count} 次。',
      fix: '只说一次即可；审核人员再次读到同一句话时，就不会再仔细看了。',
    },
    'generic-root-cause': {
      message: '根本原因没有指出具体的问题、ASIN、订单或指标。',
      fix: '准确写出 Amazon 指出的内容：ASIN、订单编号，或指标及其数值。',
    },
    'evidence-unnamed': {
      message: '此部分没有说明您附上了哪些文件。',
      fix: '逐一列出每项证据：发票、新的检查清单、相关设置的截图、带日期的报告。',
    },
  },
  lengthWithin: '{words} / {limit} 个词，还剩 {remaining} 个',
  lengthOver: '{words} / {limit} 个词，超出 {over} 个',
};
