import type { PoaLanguagePack } from '../types';

export const poaText: PoaLanguagePack = {
  language: 'ja',
  title: '改善計画書',
  sections: {
    acknowledgement: {
      heading: '問題の認識',
      hint: '1～2文で：Amazonが指摘した問題と、その責任が自社にあると認めていることを書きます。',
    },
    'root-cause': {
      heading: '根本原因',
      hint: '自社のプロセスのどこに問題があったのか。該当するASIN、注文、指標を挙げてください。',
    },
    'immediate-actions': {
      heading: '実施済みの是正措置',
      hint: 'この問題を解決するためにすでに行ったことを、日付とともに書きます。',
    },
    'preventive-measures': {
      heading: '恒久的な再発防止策',
      hint: '継続的な変更：誰が、何を、どのくらいの頻度で、どのツールを使って、いつから行っているか。',
    },
    evidence: {
      heading: '変更が実施済みであることの証拠',
      hint: '変更がすでに機能していることを示す添付書類。',
    },
  },
  rules: {
    'missing-section': {
      message: '「{section}」が空欄です。',
      fix: '事実に基づく文を2～3文書いてください。Amazonはすべての項目を確認します。',
    },
    'short-section': {
      message: 'このセクションは{words}語しかありません。',
      fix: '誰が、いつ、何をして、何が変わったのかを書いてください。',
    },
    'too-long': {
      message: '計画書は{words}語あり、1ページに収まるのは約{limit}語です。{over}語超過しています。',
      fix: '背景の説明や繰り返しを削り、事実、数値、日付を残してください。',
    },
    'vague-promise': {
      message: '「{phrase}」は、方法を示さずに約束しています。',
      fix: '同じ文の中に数値、日付、担当者、ツール、頻度のいずれかを加えてください（例：「すべての荷物を出荷前に計量しています」）。',
    },
    blaming: {
      message: '「{phrase}」は、責任を他者に転嫁しています。',
      fix: '自社のプロセスで何がうまくいかなかったのかを説明してください。Amazonは、原因を自社の責任として受け止めることを求めています。',
    },
    emotional: {
      message: '「{phrase}」は感情的な印象を与えます。',
      fix: '中立的で事実に基づく文面を保ってください。審査担当者は感情ではなく証拠をもとに判断します。',
    },
    'future-only': {
      message: 'このセクションには、今後の予定しか書かれていません。',
      fix: 'すでに実施したことと、いつから行っているかを書き（例：「3月3日より…を確認しています」）、証拠を添付してください。',
    },
    'duplicate-text': {
      message: '同じ文章が「{section}」にもあります。',
      fix: '各セクションはそれぞれの問いに答えるものです。この項目に合った文章を書いてください。',
    },
    'repeated-sentence': {
      message: 'この文は、このセクションに{count}回出てきます。',
      fix: '1回で十分です。同じ文が繰り返されると、審査担当者は丁寧に読まなくなります。',
    },
    'generic-root-cause': {
      message: '根本原因に、具体的な問題、ASIN、注文、指標が挙げられていません。',
      fix: 'Amazonが指摘した内容を正確に書いてください：ASIN、注文番号、または指標とその値。',
    },
    'evidence-unnamed': {
      message: 'このセクションには、どの書類を添付するかが書かれていません。',
      fix: '証拠を1つずつ挙げてください：請求書、新しいチェックリスト、設定画面のスクリーンショット、日付入りのレポートなど。',
    },
  },
  lengthWithin: '{words}/{limit}語（残り{remaining}語）',
  lengthOver: '{words}/{limit}語（{over}語超過）',
};
