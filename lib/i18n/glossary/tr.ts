import type { Glossary } from './types';

/**
 * Turkish (amazon.com.tr). Text is lower-cased with JavaScript's toLowerCase(), which is not
 * Turkish-aware: a capital "İ" becomes "i" + U+0307 (combining dot), so forms that may start a
 * sentence or a label allow that dot ("i\u0307?").
 */
export const glossary: Glossary = {
  removalOrder: {
    term: 'kaldırma siparişi',
    forms: 'kaldırma sipariş',
    avoid: ['geri çekme sipariş', 'çıkarma sipariş', 'kaldırma emr', 'kaldırma talimat'],
  },
  disposal: {
    term: 'imha',
    forms: 'i\u0307?mha',
    avoid: ['elden çıkar', 'bertaraf', 'yok edil'],
  },
  accountHealth: {
    term: 'Hesap Sağlığı',
    forms: 'hesap sağlığ',
    avoid: ['hesap sıhhat', 'hesap sağlık durumu', 'hesap sağlığı puan'],
  },
  caseLog: {
    term: 'Destek Talebi Günlüğü',
    forms: 'destek talebi günlüğ',
    avoid: ['vaka', 'dava günlüğ', 'destek kaydı günlüğ'],
  },
  planOfAction: {
    term: 'Eylem Planı',
    forms: 'eylem plan',
    avoid: ['aksiyon plan', 'faaliyet plan', 'hareket plan'],
  },
  performanceNotifications: {
    term: 'Performans Bildirimleri',
    forms: 'performans bildirim',
    avoid: ['performans uyarı', 'performans mesaj', 'performans bildirge'],
  },
  deactivation: {
    term: 'devre dışı bırakma',
    forms: 'devre dışı',
    avoid: ['deaktif', 'deaktive', 'pasifleştir', 'askıya'],
  },
  onHold: {
    term: 'beklemede (beklemeye alınma)',
    forms: 'beklemede|beklemeye al',
    avoid: ['bloke', 'dondurul', 'askıda', 'bekletmeye al'],
  },
  underReview: {
    term: 'inceleme altında',
    forms: 'i\u0307?nceleme altında',
    avoid: ['denetim altında', 'soruşturma', 'değerlendirme altında'],
  },
  atRisk: {
    term: 'risk altında',
    forms: 'risk altında',
    avoid: ['tehlikede', 'tehlike altında', 'risk taşıyor'],
  },
  appeal: {
    term: 'itiraz',
    forms: 'i\u0307?tiraz',
    avoid: ['temyiz', 'apel'],
  },
};
