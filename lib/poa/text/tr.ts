import type { PoaLanguagePack } from '../types';

export const poaText: PoaLanguagePack = {
  language: 'tr',
  title: 'Eylem Planı',
  sections: {
    acknowledgement: {
      heading: 'Sorunun kabulü',
      hint: "Bir veya iki cümleyle: Amazon'un hangi sorunu bildirdiği ve bunun sorumluluğunu üstlendiğiniz.",
    },
    'root-cause': {
      heading: 'Temel neden',
      hint: "Kendi süreçlerinizde buna neyin yol açtığı. İlgili ASIN'leri, siparişleri veya metriği belirtin.",
    },
    'immediate-actions': {
      heading: 'Hemen atılan adımlar',
      hint: 'Bu sorunu çözmek için şimdiye kadar yaptıklarınız, tarihleriyle birlikte.',
    },
    'preventive-measures': {
      heading: 'Uzun vadeli önleyici tedbirler',
      hint: 'Kalıcı değişiklikler: kim, neyi, hangi sıklıkla, hangi araçla ve ne zamandan beri yapıyor.',
    },
    evidence: {
      heading: 'Değişikliklerin uygulandığının kanıtı',
      hint: 'Eklediğiniz ve değişikliklerin şimdiden işe yaradığını gösteren belgeler.',
    },
  },
  rules: {
    'missing-section': {
      message: '“{section}” bölümü boş.',
      fix: 'Buraya olgulara dayalı iki üç cümle yazın; Amazon her bölümü arar.',
    },
    'short-section': {
      message: 'Bu bölümde yalnızca {words} kelime var.',
      fix: 'Kimin, neyi, ne zaman yaptığını ve neyin değiştiğini yazın.',
    },
    'too-long': {
      message: 'Plan {words} kelimeden oluşuyor; bir sayfaya yaklaşık {limit} kelime sığar. Yani {over} kelime fazla.',
      fix: 'Arka plan bilgilerini ve tekrarları çıkarın; olguları, sayıları ve tarihleri koruyun.',
    },
    'vague-promise': {
      message: '“{phrase}” bir söz veriyor ama nasıl yapılacağını söylemiyor.',
      fix:
        'Aynı cümleye bir sayı, tarih, sorumlu kişi, araç veya sıklık ekleyin; örneğin “her koli gönderimden önce ' +
        'tartılır”.',
    },
    blaming: {
      message: '“{phrase}” suçu başkasına yüklüyor.',
      fix: 'Kendi süreçlerinizde neyin aksadığını anlatın; Amazon nedenin sorumluluğunu üstlenmenizi bekler.',
    },
    emotional: {
      message: '“{phrase}” kulağa duygusal geliyor.',
      fix: 'Tarafsız ve olgulara dayalı bir üslup koruyun; inceleme ekipleri duygulara değil kanıtlara bakar.',
    },
    'future-only': {
      message: 'Bu bölüm yalnızca gelecekteki planları anlatıyor.',
      fix: "Neyin zaten yapıldığını ve ne zamandan beri uygulandığını yazın (örneğin “3 Mart'tan beri kontrol ediyoruz…”) ve kanıt ekleyin.",
    },
    'duplicate-text': {
      message: 'Aynı metin “{section}” bölümünde de geçiyor.',
      fix: 'Her bölüm kendi sorusunu yanıtlar; bu bölüme uyan bir metin yazın.',
    },
    'repeated-sentence': {
      message: 'Bu cümle bu bölümde {count} kez geçiyor.',
      fix: 'Bir kez söyleyin; aynı cümleyle yeniden karşılaşan bir inceleme uzmanı dikkatle okumayı bırakır.',
    },
    'generic-root-cause': {
      message: 'Temel neden bölümünde belirli bir sorun, ASIN, sipariş veya metrik belirtilmiyor.',
      fix: "Amazon'un bildirdiği şeyi tam olarak yazın: ASIN'ler, sipariş numaraları ya da metrik ve değeri.",
    },
    'evidence-unnamed': {
      message: 'Bu bölüm hangi belgeleri eklediğinizi söylemiyor.',
      fix: 'Her kanıtı adıyla belirtin: faturalar, yeni kontrol listesi, ayarın ekran görüntüsü, tarihleri içeren rapor.',
    },
  },
  lengthWithin: '{words} / {limit} kelime, {remaining} kelime kaldı',
  lengthOver: '{words} / {limit} kelime, {over} kelime fazla',
};
