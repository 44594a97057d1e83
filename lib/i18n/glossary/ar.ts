import type { Glossary } from './types';

/**
 * Arabic (Modern Standard Arabic as Seller Central shows it on amazon.sa, amazon.ae and
 * amazon.eg). Arabic glues و/ف/ب/ل and the article ال to the front of a word and pronouns to
 * its end, so `forms` are stems matched anywhere in the text; the UI texts carry no diacritics
 * on these words, and alef and teh marbuta variants are allowed for.
 */
export const glossary: Glossary = {
  removalOrder: {
    term: 'طلب إزالة',
    forms: 'طلب(?:ات)? (?:ال)?[إا]زال[ةه]',
    avoid: ['[أا]وامر (?:ال)?[إا]زال', '[أا]مر (?:ال)?[إا]زال', 'طلب(?:ات)? (?:ال)?سحب (?:ال)?مخزون'],
  },
  disposal: {
    term: 'التخلص',
    forms: 'تخلص',
    avoid: ['[إا]تلاف', 'تدمير', '[إا]عدام (?:ال)?(?:مخزون|وحدات|بضاع)'],
  },
  accountHealth: {
    term: 'صحة الحساب',
    forms: 'صح[ةه] (?:ال)?حساب',
    avoid: ['سلام[ةه] (?:ال)?حساب', 'عافي[ةه] (?:ال)?حساب'],
  },
  caseLog: {
    term: 'سجل الحالات',
    forms: 'سجل (?:ال)?حالات',
    avoid: ['سجل (?:ال)?قضايا', 'سجل (?:ال)?تذاكر', 'تاريخ (?:ال)?حالات'],
  },
  planOfAction: {
    term: 'خطة العمل',
    forms: 'خط[ةه] (?:ال)?عمل',
    avoid: ['خط[ةه] (?:ال)?[إا]جراء', 'خط[ةه] (?:ال)?تصحيح', 'خط[ةه] تصحيحي[ةه]'],
  },
  performanceNotifications: {
    term: 'إشعارات الأداء',
    forms: '[إا]شعار(?:ات)? (?:ال)?[أا]داء',
    avoid: ['تنبيهات (?:ال)?[أا]داء', 'رسائل (?:ال)?[أا]داء', 'بلاغات (?:ال)?[أا]داء'],
  },
  deactivation: {
    term: 'إلغاء التنشيط',
    // إلغاء التنشيط, ألغت/أُلغي تنشيط, ملغى التنشيط (the state label).
    forms: 'لغ(?:اء|ى|ي|ت) (?:ال)?تنشيط',
    avoid: [
      'تعطيل (?:ال)?حساب',
      'حساب(?:ك)? معطل',
      '[إا]غلاق (?:ال)?حساب',
      'حظر (?:ال)?حساب',
      '[إا]يقاف (?:ال)?حساب',
      'حساب(?:ك)? موقوف',
    ],
  },
  onHold: {
    term: 'معلق',
    // معلق (the state) and تعليق (the hold itself, as in رفع التعليق).
    forms: 'معلق|تعليق',
    avoid: ['تجميد (?:ال)?حساب', 'حساب(?:ك)? مجمد', 'حساب(?:ك)? محجوز'],
  },
  underReview: {
    term: 'قيد المراجعة',
    forms: 'مراجع',
    avoid: ['قيد (?:ال)?تحقيق', 'قيد (?:ال)?فحص', 'قيد (?:ال)?تدقيق'],
  },
  atRisk: {
    term: 'معرض للخطر',
    forms: 'معرض(?:[ةه])? للخطر',
    avoid: ['في خطر', 'مهدد(?:[ةه])? (?:ب|بال)', 'تحت (?:ال)?خطر'],
  },
  appeal: {
    term: 'استئناف',
    forms: 'ستئناف|ستأنف',
    avoid: ['تظلم', '(?:ال)?طعن (?:في|على) (?:ال)?قرار', 'اعتراض على (?:ال)?قرار', 'التماس'],
  },
};
