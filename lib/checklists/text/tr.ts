import type { ChecklistLanguagePack } from '../types';

export const checklistText: ChecklistLanguagePack = {
  language: 'tr',
  checklists: {
    hold: {
      title: 'Hesap beklemeye alındı',
      intro:
        'Beklemeye alınma, hâlâ yanıt verebileceğiniz bir uyarıdır. Bu adımları sırayla izleyin ve bulduklarınızı kaydedin.',
      items: {
        'read-notice': {
          title: "Amazon'dan gelen bildirimi okuyun",
          why: 'Amazon her beklemeye alma işlemini bir mesajla açıklar; mesajın tam ifadesi neyi düzeltmeniz gerektiğini gösterir.',
          detail:
            "Seller Central'a kayıtlı e-posta adresinin gelen kutusuna ve Performans Bildirimleri sayfasına bakın.",
        },
        'check-health': {
          title: "Hesap Sağlığı'nı açın",
          why: 'Hesap Sağlığı, beklemeye alınmanın ardındaki politikayı, metriği veya liste kaydını çoğu zaman daha ayrıntılı gösterir.',
        },
        'name-cause': {
          title: 'Nedeni tam olarak not edin',
          why: 'Belgeleriniz ve Eylem Planınız bir tahmine değil, tam olarak bu soruna yanıt vermelidir.',
          detail: 'Örnekler: eksik satıcı bilgileri, ödeme yöntemi sorunu, geç gönderim oranı, bir şikâyet.',
          evidencePrompt:
            "Bildirimde geçen politikayı, ASIN'leri, sipariş numaralarını veya metriği, bildirimin tarihiyle birlikte not edin.",
        },
        'gather-documents': {
          title: 'Bu nedenin gerektirdiği belgeleri toplayın',
          why: 'Amazon kanıta göre karar verir; açık ve konuyla ilgili belgeler incelemeyi kısaltır.',
          detail:
            'Teslim edilmediği söylenen siparişler için teslimat kanıtı; ürün sertifikaları veya güvenlik onayları; ' +
            'orijinalliği kanıtlayan tedarikçi faturaları; ödeme soruları için mali tablolar veya banka hesap özetleri.',
          evidencePrompt:
            'Her dosyayı neyi kanıtladığıyla birlikte listeleyin. Her sayfanın okunaklı olduğunu kontrol edin.',
        },
        'write-poa': {
          title: 'Bir Eylem Planı yazın',
          why: "Plan, Amazon'a nedeni anladığınızı ve sorunu zaten giderdiğinizi gösterir.",
          detail:
            'Sorunu kabul edin, temel nedeni açıklayın, hâlihazırda attığınız adımları ve kalıcı değişiklikleri sıralayın. ' +
            'Olgulara dayalı ve kısa yazın.',
        },
        'contact-support': {
          title: 'Destek Talebi Günlüğü üzerinden gönderin',
          why: 'Bildirimde belirtilen kanaldan yanıt vermek her şeyi tek bir destek talebinde toplar.',
          detail:
            'Nazik, kısa ve tutarlı olun. Her sorun için bir destek talebi açın; aynı sorun için birden fazla talep açmayın.',
          evidencePrompt: 'Destek talebi numarasını ve gönderdiğiniz tarihi not edin.',
        },
      },
    },
    review: {
      title: 'Hesap inceleme altında',
      intro:
        'Amazon karar vermeden önce bir konuyu kontrol ediyor. Tam olarak istenenleri vakit kaybetmeden yanıtlayın; beklerken kurallara uygun şekilde satışa devam edin.',
      items: {
        'read-notice': {
          title: "Amazon'un neyi incelediğini okuyun",
          why: 'Bildirim, inceleme altındaki politikayı, liste kaydını veya bilgiyi belirtir; gönderdiğiniz her şey buna yanıt vermelidir.',
          detail:
            "Performans Bildirimleri sayfasını ve Seller Central'a kayıtlı e-posta adresinin gelen kutusunu kontrol edin.",
        },
        'check-health': {
          title: "Hesap Sağlığı'nı açın",
          why: 'İncelemenin bir politikayla mı, bir metrikle mi yoksa belirli liste kayıtlarıyla mı ilgili olduğunu burada görürsünüz.',
        },
        'gather-documents': {
          title: 'İncelemede istenen belgeleri hazırlayın',
          why: 'İncelemeler kanıta göre sonuçlanır; açık, okunaklı ve konuyla ilgili belgeler süreci kısaltır.',
          evidencePrompt:
            'Her dosyayı ve neyi gösterdiğini listeleyin; ad ve adreslerin hesapla uyuştuğunu kontrol edin.',
        },
        'respond-case': {
          title: 'Bildirimde belirtilen kanaldan yanıt verin',
          why: "Her sorun için tek bir destek talebi açmak, yanıtınızı ve Amazon'un cevaplarını bir arada tutar.",
          evidencePrompt: 'Destek talebi numarasını ve yanıt verdiğiniz tarihi not edin.',
        },
        'keep-fulfilling': {
          title: 'Açık siparişleri zamanında göndermeye devam edin',
          why: 'Verilmiş siparişlerin alıcılara yine de ulaşması gerekir; geciken veya iptal edilen siparişler incelemeyi olumsuz etkiler.',
        },
        'follow-up': {
          title: 'En erken 48 saat sonra, destek talebi numarasıyla takip edin',
          why: 'Daha erken hatırlatmalar incelemeyi hızlandırmaz; destek talebi numarası hatırlatmanızı yanıtınıza bağlar.',
        },
        'write-poa': {
          title: 'Amazon isterse bir Eylem Planı yazın',
          why: 'İnceleme bir plan talebiyle sonuçlanırsa, olgulara dayalı bir plan satışa geri dönmenin en hızlı yoludur.',
        },
      },
    },
    verification: {
      title: 'Doğrulama gerekli',
      intro:
        'Amazon kimliğinizi veya hesabınızdaki bir bilgiyi doğrulamak istiyor. O zamana kadar satışlar veya ödemeler duraklatılabilir; doğru belgeler süreci bitirir.',
      items: {
        'read-notice': {
          title: "Amazon'un hangi bilgiyi doğrulamak istediğini okuyun",
          why: 'Bildirim hangi bilginin veya belgenin eksik olduğunu tam olarak söyler; elinizdeki her şeyi değil, yalnızca onu gönderin.',
        },
        'check-details': {
          title: 'Satıcı bilgilerinizi belgelerinizle karşılaştırın',
          why: 'Ad, adres ve banka bilgileri belgelerinizle birebir uyuşmalıdır; aksi hâlde doğrulama yeniden başarısız olur.',
        },
        'gather-documents': {
          title: 'Bildirimde belirtilen belgeleri toplayın',
          why: 'Eksiksiz, okunaklı ve güncel belgelerin ilk denemede kabul edilme olasılığı daha yüksektir.',
          detail:
            'Sayfaları eksiksiz ve renkli tarayın; her belgenin hâlâ geçerli olduğunu ve aynı adı gösterdiğini kontrol edin.',
          evidencePrompt: 'Her dosyayı, tarihini ve neyi doğruladığını listeleyin.',
        },
        'submit-documents': {
          title: 'Belgeleri bildirimde belirtilen yere gönderin',
          why: 'Başka bir kanaldan gönderilen belgeler, onları kontrol eden ekibe hiç ulaşmayabilir.',
          evidencePrompt: 'Gönderdiğiniz tarihi ve varsa destek talebi numarasını not edin.',
        },
        'follow-up': {
          title: 'En erken 48 saat sonra, destek talebi numarasıyla takip edin',
          why: 'Kontroller zaman alır; destek talebi numarasını içeren sakin bir hatırlatma, yeni bir talepten daha hızlı yanıtlanır.',
        },
        'keep-fulfilling': {
          title: 'Açık siparişleri zamanında göndermeye devam edin',
          why: 'Kontrol sürerken de alıcılar siparişlerini bekler.',
        },
      },
    },
    deactivated: {
      title: 'Hesap devre dışı bırakıldı',
      intro:
        'Devre dışı bırakma kararına itiraz edilebilir. Kanıtlarla desteklenen sakin ve somut bir itiraz size en iyi şansı verir.',
      items: {
        'read-reason': {
          title: 'Belirtilen nedeni okuyun',
          why: 'Amazon, kulağa genel gelse bile her zaman bir neden belirtir; itirazınız buna dayanır.',
        },
        'check-health': {
          title: "Hesap Sağlığı'nı açın",
          why: 'Devre dışı bırakılmaya yol açan politika veya metrik ile itiraz düğmesi burada yer alır.',
        },
        'name-cause': {
          title: 'Nedeni tek cümleyle tam olarak belirtin',
          why: 'Yanlış soruna yönelik bir itiraz, ne kadar iyi yazılmış olursa olsun reddedilir.',
          evidencePrompt:
            "Amazon'un belirttiği politikayı, ASIN'leri, sipariş numaralarını veya metriği ve bildirimin tarihini not edin.",
        },
        'write-poa': {
          title: 'Tüm bölümleriyle bir Eylem Planı yazın',
          why: 'Amazon her bölümü arar; tek bir bölümün eksik olması bile itirazın reddedilmesine yetebilir.',
          detail:
            'Mazeret öne sürmeden sorunun kabulü, kendi süreçlerinizdeki temel neden, hâlihazırda atılan adımlar, ' +
            'kalıcı değişiklikler ve bunların uygulandığının kanıtı. En fazla bir sayfa.',
        },
        'prove-changes': {
          title: 'Değişikliklerin zaten uygulandığını gösterin',
          why: 'Tek başına planlar ikna etmez; belgeleyebildiğiniz bir değişiklik ikna eder.',
          evidencePrompt:
            'Tarihli kanıtlar toplayın: yeni bir kontrol listesi, tedarikçi sözleşmesi, eğitim kayıtları, ekran görüntüleri.',
        },
        'attach-documents': {
          title: 'Destekleyici belgeleri hazırlayın',
          why: 'Belgeler, planınızdaki her iddiayı destekler.',
          detail: 'İtiraz formunun kabul ettiği dosya biçimlerini kullanın ve her sayfanın okunabildiğinden emin olun.',
          evidencePrompt: 'Her dosyayı ve planınızda desteklediği iddiayı listeleyin.',
        },
        'submit-appeal': {
          title: 'Hesap Sağlığı sayfasından itiraz edin',
          why: "İtiraz, Amazon'un orada verdiği talimatlar izlenerek Seller Central üzerinden yapılır.",
          detail: 'İlk satırdan son satıra kadar profesyonel bir üslup koruyun.',
          evidencePrompt: 'Gönderdiğiniz metnin bir kopyasını ve gönderim tarihi ile saatini saklayın.',
        },
        'expect-answer': {
          title: 'Yaklaşık 48 saat içinde yanıt bekleyin',
          why: 'İtirazlar genellikle iki gün içinde ele alınır; karmaşık durumlar daha uzun sürebilir.',
          detail: 'Beklerken aynı itirazı yeniden göndermeyin.',
        },
      },
    },
    'first-days': {
      title: 'Devre dışı bırakılmanın ardından ilk günler',
      intro:
        'İlk günlerde yaptıklarınız ve kaçındıklarınız itirazı şekillendirir. Derin bir nefes alın ve adım adım ilerleyin.',
      items: {
        'one-channel': {
          title: 'Birden fazla değil, tek bir kanal kullanın',
          why: "Amazon'a farklı kanallardan tekrar tekrar yazmak süreci yavaşlatır.",
        },
        'calm-tone': {
          title: 'Öfkeli veya suçlayıcı mesajlar göndermeyin',
          why: 'İnceleme ekipleri olgulara göre hareket eder; öfke size yardım etmelerini zorlaştırır.',
        },
        'no-new-account': {
          title: 'Yeni bir satıcı hesabı açmayın',
          why: 'Devre dışı bırakılmayı aşmak için açılan ikinci bir hesap kurallara aykırıdır ve tüm kapıları kapatabilir.',
        },
        'do-not-ignore': {
          title: 'Durumu görmezden gelmeyin',
          why: 'Devre dışı bırakılma kendiliğinden düzelmez; hesabın yeniden etkinleştirilme şansı vereceğiniz yanıta bağlıdır.',
        },
        'open-orders': {
          title: 'Açık siparişlerle ilgilenin',
          why: 'Alıcılar ürünlerini yine de bekler ve onlara nasıl davrandığınız itirazda dikkate alınır.',
          detail:
            'FBA: Amazon siparişlerinizi göndermeye devam eder. FBM: onaylanmış her siparişi yine de takip numarasıyla göndermeniz gerekir.',
          evidencePrompt: 'Gönderdiğiniz her sipariş için takip numaralarını ve teslimat onaylarını saklayın.',
        },
        'read-policies': {
          title: 'İlgili politikaları okuyun',
          why: 'Sorunu nasıl giderdiğinizi açıklayabilmek için hangi kuralın ihlal edildiğini tam olarak bilmeniz gerekir.',
          detail:
            'Sorununuza uyan politika bölümlerini okuyun; benzer şekilde devre dışı bırakılmış satıcıların deneyimleri de yardımcı olur.',
        },
        'consider-help': {
          title: 'Profesyonel yardım almayı düşünün',
          why: 'Uzmanlar gözden kaçırdığınız noktaları çoğu zaman fark eder ve itirazların nasıl okunduğunu bilir.',
          detail:
            'Örneğin hesapların yeniden etkinleştirilmesinde deneyimli danışmanlar veya e-ticaret alanında çalışan avukatlar.',
        },
        'plan-scenarios': {
          title: 'En iyi, orta ve en kötü senaryoyu planlayın',
          why: 'Her olası sonuç için bir plan, Amazon ne karar verirse versin işinizin sürmesini sağlar.',
          detail:
            'En iyi: ilk itirazdan sonra hesap yeniden etkinleştirilir. Orta: daha iyi bilgilerle yeni itirazlar. ' +
            'En kötü: son itiraz reddedilir; diğer pazar yerleri veya kendi web mağazanız devreye girer.',
          evidencePrompt: 'Her senaryo için tarihiyle birlikte bir veya iki adım yazın.',
        },
      },
    },
    'while-on-hold': {
      title: 'Hesap beklemedeyken',
      intro:
        'Beklemek zordur. Bu süreyi iyi değerlendirin: yükümlülüklerinizi yerine getirin ve dosyanızı güçlendirin.',
      items: {
        'fulfil-orders': {
          title: 'Bekleyen tüm siparişleri gönderin',
          why: 'Hesap beklemeye alınmadan önce verilen siparişlerin yine de gönderilmesi gerekir; ihmal durumu kötüleştirir.',
        },
        'answer-buyers': {
          title: 'Alıcılara yanıt vermeye devam edin',
          why: 'Amazon hesabı yakından izlerken yanıtsız kalan sorular şikâyete dönüşür.',
        },
        'keep-funds': {
          title: 'Ücretler için yeterli bakiye bulundurun',
          why: 'Ücretler alınmaya devam eder; başarısız bir ödeme ikinci bir sorun yaratır.',
          detail: 'Ödeme yöntemlerinizi geçerli tutun. Bakiye eksideyken para çekmeye çalışmayın.',
        },
        'keep-log': {
          title: 'Her iletişimin ve değişikliğin tarihli bir kaydını tutun',
          why: 'Açık bir kayıt yanlış anlamaları giderir ve sonraki bir itirazı destekler.',
          detail:
            "Amazon'a gönderilen ve Amazon'dan gelen her mesajın ve yaptığınız her değişikliğin kopyasını saklayın.",
          evidencePrompt:
            'Her kayıt için: tarih, saat, kanal, destek talebi numarası ve ne söylendiği ya da neyin değiştirildiği.',
        },
        'screenshot-health': {
          title: 'Hesap Sağlığı sayfasının ekran görüntülerini alın',
          why: 'Tarihli ekran görüntüleri metriklerin ve uyarıların nasıl değiştiğini gösterir.',
          evidencePrompt: 'Her ekran görüntüsünü dosya adında tarih olacak şekilde kaydedin.',
        },
        'fix-listings': {
          title: 'Liste kayıtlarınızı gözden geçirin',
          why: 'Bu bekleme süresi, bir politikayı ihlal edebilecek başka liste kayıtlarını bulmak için bir fırsattır.',
        },
        'fix-processes': {
          title: 'Sorunun ardındaki süreçleri iyileştirin',
          why: 'Performans verileriniz aynı sorunun nerede yeniden yaşanabileceğini gösterir.',
        },
        'follow-up': {
          title: 'Takip mesajını en erken 48 saat sonra gönderin',
          why: 'Çok erken veya çok sık gönderilen takip mesajları süreci yavaşlatır.',
          detail: 'İlk destek talebi numaranızı belirtin, yalnızca yeni bilgileri yazın ve nazik kalın.',
        },
        diversify: {
          title: 'Satışlarınızı daha fazla kanala yayın',
          why: 'Tek bir pazar yerine daha az bağımlı olmak sizi bir sonraki beklemeye alınmanın etkilerinden korur.',
          detail:
            'Diğer pazar yerleri, kendi web mağazanız, toptan satış, kendi müşterilerinizden oluşan bir e-posta listesi.',
        },
      },
    },
    prevention: {
      title: 'Önleme rutini',
      intro: 'Beklemeye alınmaların çoğu bir uyarıyla başlar. Kısa bir rutin bunları erkenden yakalar.',
      items: {
        'health-routine': {
          title: "Hesap Sağlığı'nı mümkünse her gün, en az haftada bir kontrol edin",
          why: '“Risk altında” olarak işaretlenen konuları, hesap beklemeye alınmadan önce düzeltmek daha kolaydır.',
        },
        notifications: {
          title: 'Yeni Performans Bildirimlerini okuyun',
          why: 'Hesabınızla ilgili bildirimler önce buraya gelir.',
          detail: 'Hesap durumunuzdaki değişikliklerden haberdar olmak için bildirim ayarlarını yapın.',
        },
        'policy-updates': {
          title: 'Politika güncellemelerini takip edin',
          why: 'Bir kuralı bilmemek mazeret değildir ve kurallar değişir.',
          detail:
            'Ürün kategorilerinize ait politikaları okuyun; ürün orijinalliği, güvenlik ve değerlendirmelerle ilgili kurallara özellikle dikkat edin.',
        },
        'listing-audit': {
          title: 'Liste kayıtlarınızı denetleyin',
          why: 'Yanıltıcı iddialar, başkasına ait görseller ve koruma altındaki marka ifadeleri hesabın beklemeye alınmasına yol açar.',
          detail:
            'Açıklamalar doğru olmalı, görsellerin hakları size ait olmalı, izin alınmadan tescilli marka ifadeleri anahtar kelimelerde kullanılmamalı.',
          evidencePrompt: 'Her denetimin tarihini ve neleri değiştirdiğinizi not edin.',
        },
        'answer-24h': {
          title: 'Müşterilere 24 saat içinde yanıt verin',
          why: 'Hızlı yanıtlar ve iadelerin adil şekilde ele alınması müşteri deneyimi metriklerini sağlıklı tutar.',
        },
        'stock-accuracy': {
          title: 'Stok seviyelerini doğru tutun',
          why: 'Yanlış stok bilgisi geç gönderimlere ve iptallere yol açar.',
        },
        'quality-control': {
          title: 'Kalite kontrolü yapın',
          why: 'Ürün kalitesi sorunları, özellikle de güvenlik sorunları, hızla beklemeye alınmaya yol açar.',
          detail:
            'Tedarikçilerinizle kalite kontrolleri üzerinde anlaşın, FBA kullansanız bile numuneleri kontrol edin ve ' +
            'her ürün şikâyetini araştırın.',
          evidencePrompt: "Kalite kontrollerinizi belgeleyin; böylece istendiğinde Amazon'a gösterebilirsiniz.",
        },
      },
    },
  },
  exportLabels: {
    marketplace: 'Pazar yeri',
    generated: 'Oluşturulma tarihi',
    progress: 'İlerleme: {total} adımın {done} tanesi tamamlandı (%{percent})',
    tickedAt: 'işaretlenme: {time}',
    notTicked: 'henüz yapılmadı',
    evidence: 'Saklanacak kanıtlar',
    link: "Seller Central'da aç",
    timeline: 'Destek talebi zaman çizelgesi',
    timelineEmpty: 'Destek talepleriyle ilgili kayıtlı yazışma yok.',
    caseLabel: 'destek talebi',
    sent: 'gönderildi',
    received: 'alındı',
    accountHistory: 'Hesabın geçmişi',
    accountTimeline: 'Hesabın durumu, politika sayıları ve bildirimler',
    accountTimelineEmpty: 'Hesabın durumunda veya politika sayılarında değişiklik görülmedi; bildirim de görülmedi.',
    timelineNotice: 'Performans bildirimi: {title}',
    timelinePolicy: '{policy}: {from} → {to}',
    noticesFolded: '{count} önceki bildirim, özetlendi',
    policyChangesFolded: '{count} önceki politika sayısı değişikliği, özetlendi',
    policies: 'Politika uyumluluğu',
    policiesEmpty: 'Okunan politika listesi yok.',
    policiesAsOf: "Hesap Sağlığı'nın {date} tarihinde listelediği şekliyle.",
    policyName: 'Politika',
    policyCount: 'İhlaller',
    summarizedChanges: '{count} önceki değişiklik, özetlendi',
    ratings: 'Hesap Sağlığı Derecelendirmesi',
    ratingsEmpty: 'Okunan derecelendirme yok.',
    ratingDay: 'Gün',
    ratingValue: 'Derecelendirme',
    ratingStatus: 'Durum',
    ratingMonth: '{month} ({days} gün)',
    footer: 'Seller Central Companion ile dışa aktarıldı (Amazon ile bağlantılı değildir).',
  },
};
