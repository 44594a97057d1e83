import { type GoodSample, type LanguageSamples, padded, variant } from './types';

const lateShipments: GoodSample = {
  name: 'geç gönderimler (satıcı gönderimli)',
  sections: {
    acknowledgement:
      "Geç gönderim oranımız 3 Şubat 2025'te sona eren 30 günlük dönemde %6,8'e çıktı ve %4 olan hedefin üzerine " +
      'geçti. Alıcılarımızın siparişlerini geç almasının sorumluluğu tamamen bize aittir.',
    'root-cause':
      "Ocak ayındaki indirim kampanyası nedeniyle günlük sipariş sayımız 40'tan 110'a çıktı, ancak depoda paketleme " +
      "yapan yalnızca iki kişi vardı. Yurtiçi Kargo'nun saat 17.00'deki son teslim alma saatine yetişemeyen 96 " +
      'sipariş ertesi gün kargoya verildi.',
    'immediate-actions':
      "4 Şubat'ta bekleyen 58 siparişin tamamını aynı gün kargoya verdik ve takip numaralarını sisteme yükledik. " +
      'Siparişi gecikmiş alıcıların her birine mesaj atarak yeni teslim tarihlerini bildirdik.',
    'preventive-measures':
      "10 Şubat'tan itibaren depoda üçüncü bir paketleme personeli tam zamanlı çalışıyor. Kargo firmasıyla " +
      "anlaşarak teslim alma saatini 18.30'a çektik ve tüm ürünlerde hazırlık süresini 1 günden 2 güne çıkardık. " +
      "Depo sorumlumuz her gün saat 15.00'te gönderilmemiş siparişler raporunu kontrol ediyor.",
    evidence:
      'Ekte yeni personelin 10 Şubat tarihli iş sözleşmesini, kargo firmasıyla imzaladığımız protokolü, hazırlık ' +
      'süresi ayarlarının ekran görüntüsünü ve 10–24 Şubat dönemine ait, hiç geç gönderim içermeyen sevkiyat ' +
      'raporunu sunuyoruz.',
  },
};

const inauthentic: GoodSample = {
  name: 'orijinal olmayan ürün şikâyetleri',
  sections: {
    acknowledgement:
      "Mart ayında B0C7XK2M4P ASIN'li parfüm için iki alıcı, ürünün orijinal olmadığı yönünde şikâyette bulundu. " +
      "Alıcıların Amazon'dan her zaman orijinal ürün almayı beklediğini biliyor ve bu şikâyetleri çok ciddiye " +
      'alıyoruz.',
    'root-cause':
      'Şubat ayında 150 adet ürünü, markanın yetkili distribütörü olup olmadığını doğrulamadığımız yeni bir ' +
      'toptancıdan aldık. Mal kabulde ambalajları markanın orijinal ürünleriyle karşılaştırmadığımız için farklı ' +
      'barkod etiketini fark etmedik.',
    'immediate-actions':
      "18 Mart'ta ilanı satışa kapattık, depodaki 112 adet için kaldırma talebi oluşturduk ve iki alıcıya da " +
      'ödedikleri tutarın tamamını iade ettik. Söz konusu toptancıyla çalışmayı aynı gün sonlandırdık.',
    'preventive-measures':
      "20 Mart'tan bu yana yalnızca marka sahibinin internet sitesinde yetkili olarak listelenen distribütörlerden " +
      'alım yapıyoruz. Satın alma müdürümüz her siparişten önce yetki belgesini ve faturayı kontrol ediyor; gelen ' +
      'her parti elimizdeki referans ürünle karşılaştırılıyor.',
    evidence:
      'Yetkili distribütörden aldığımız 22 Mart tarihli faturaları, distribütörün yetki belgesini ve tedarikçi onay ' +
      'kontrol listemizi ekte bulabilirsiniz.',
  },
};

const defects: GoodSample = {
  name: 'kırık ürünler nedeniyle sipariş hata oranı',
  sections: {
    acknowledgement:
      "Nisan ayında sipariş hata oranımız %1,9'a yükseldi; olumsuz geri bildirimlerin çoğu kırık gelen seramik " +
      'kupalarla ilgiliydi. Ürünlerin bu şekilde paketlenmesinin sorumluluğu bize aittir.',
    'root-cause':
      'Paketleme masamızda kırılabilir ürünler için yazılı bir standart yoktu. Yeni başlayan iki çalışanımız 43 ' +
      'siparişte kupaları balonlu naylon yerine yalnızca buruşturulmuş gazete kâğıdıyla paketledi ve ürünler ' +
      'taşıma sırasında kırıldı.',
    'immediate-actions':
      '2–5 Mayıs arasında 43 alıcının hepsiyle iletişime geçip yeni ürün gönderdik ya da bedelini iade ettik. Gazete ' +
      'kâğıdını tamamen bıraktık; kupaları artık balonlu naylona sarılmış olarak çift oluklu kolilerde gönderiyoruz.',
    'preventive-measures':
      "Her kırılabilir stok kodu için fotoğraflı bir paketleme talimatı hazırladık. 6 Mayıs'tan itibaren vardiya " +
      'amirimiz kırılabilir ürün içeren her paketi kapatılmadan önce kontrol edip imzalıyor. Yeni ürünlere 1 metre ' +
      'yükseklikten düşürme testi uyguluyoruz.',
    evidence:
      "Ekte paketleme talimatını, 6–20 Mayıs tarihli paket kontrol formlarını ve 6 Mayıs'tan bu yana kırık ürün " +
      'şikâyeti gelmediğini gösteren geri bildirim raporunu sunuyoruz.',
  },
};

const trademark: GoodSample = {
  name: 'marka hakkı ihlali bildirimi',
  sections: {
    acknowledgement:
      'Dört ilanımızın başlığında tescilli bir marka adını kullandığımız için marka hakkı ihlali bildirimi aldık. ' +
      'Marka sahibinin haklarına saygı duyuyoruz ve bu kullanımın izinsiz olduğunu kabul ediyoruz.',
    'root-cause':
      'İlan metinlerini yazan çalışanımız, daha çok aramada çıkmak için başka bir markanın adını dört ilanın ' +
      'başlığına ve arama terimlerine ekledi. İlan hazırlama sürecimizde marka hakkı açısından bir kontrol adımı ' +
      'bulunmuyordu.',
    'immediate-actions':
      "9 Haziran'da marka adını dört ilanın başlığından ve tüm gizli arama terimlerinden sildik, yaptığımız " +
      'değişiklikleri marka sahibine e-postayla bildirdik.',
    'preventive-measures':
      "11 Haziran'dan itibaren uyum sorumlumuz her yeni ya da güncellenen ilanı yayına almadan önce Türk Patent ve " +
      "Marka Kurumu veri tabanında kontrol ediyor. İlan metinlerini yazan çalışanımız 13 Haziran'da marka hukuku " +
      'üzerine iki saatlik bir eğitimi tamamladı.',
    evidence:
      'Düzeltilmiş ilanların ekran görüntülerini, arama terimi kontrol şablonunu ve 13 Haziran tarihli eğitim ' +
      'sertifikasını ekliyoruz.',
  },
};

const safety: GoodSample = {
  name: 'ürün güvenliği şikâyeti',
  sections: {
    acknowledgement:
      "Bir alıcı, B0BZ8R1TQW ASIN'li taşınabilir şarj cihazının şarj sırasında aşırı ısındığını bildirdi. Ürün " +
      'güvenliği bizim sorumluluğumuzdadır ve kontrollerimiz bu kusuru yakalayamadı.',
    'root-cause':
      "2 Temmuz'da teslim aldığımız parti, üreticinin yeni kurduğu bir üretim hattından geliyordu. Bu partiyi " +
      'yalnızca tedarikçinin uygunluk belgesine dayanarak satışa açtık ve kendi numune testimizi yapmadık.',
    'immediate-actions':
      "14 Temmuz'da ürünü satışa kapattık, depodaki 280 adedi karantinaya aldık ve 10 adedi akredite bir " +
      'laboratuvarda test ettirdik. Laboratuvar, aşırı ısınma koruma devresinin hatalı olduğunu doğruladı.',
    'preventive-measures':
      "21 Temmuz'dan itibaren her yeni parti, akredite laboratuvar 5 numuneyi test edene kadar depoda bloke " +
      "bekliyor. Kalite müdürümüz test raporunu onaylamadan hiçbir ürün Amazon Lojistik'e gönderilmiyor.",
    evidence:
      'Ekte 18 Temmuz tarihli laboratuvar raporunu, yeni parti onay prosedürümüzü ve tedarikçinin 19 Temmuz tarihli ' +
      'düzeltici faaliyet raporunu sunuyoruz.',
  },
};

const usedAsNew: GoodSample = {
  name: 'kullanılmış ürünün sıfır olarak satılması',
  sections: {
    acknowledgement:
      '1–20 Ağustos arasında beş alıcı, sıfır olarak satın aldıkları kulaklıkların kullanılmış olduğunu bildirdi. ' +
      'Bunun alıcılarımızı yanılttığını kabul ediyoruz.',
    'root-cause':
      'Ağustos ayında iade edilen 14 kulaklık yalnızca göz kontrolünden geçirilerek satılabilir stoğa geri alındı. ' +
      'Kutu mührünü, aksesuarları ve kulak yastıklarını kimse kontrol etmediği için bu ürünler yeniden sıfır olarak ' +
      'satıldı.',
    'immediate-actions':
      "21 Ağustos'ta iade edilen 63 ürünün tamamını satılabilir stoktan çıkardık, her birini tek tek inceledik ve 17 " +
      'adedini ikinci el olarak yeniden listeledik.',
    'preventive-measures':
      "22 Ağustos'tan bu yana iadeler ayrı bir rafta tutuluyor. İade sorumlumuz mührü, aksesuarları ve seri " +
      'numarasını kontrol etmeden hiçbir ürün sıfır olarak satışa çıkmıyor; mührü açılmış ürünler her zaman ikinci ' +
      'el olarak listeleniyor.',
    evidence:
      'İade kontrol listesini, iade rafının fotoğraflarını ve 22 Ağustos–5 Eylül dönemine ait kontrol kayıtlarını ' +
      'ekliyoruz.',
  },
};

const expired: GoodSample = {
  name: 'son kullanma tarihi geçmiş gıda',
  sections: {
    acknowledgement:
      "B07WQ4N2HD ASIN'li devam sütünü satın alan alıcılara son kullanma tarihi geçmiş ürünler ulaştı. Bir gıda " +
      'ürününde, hele bebekler için üretilmiş bir üründe bunun ne kadar ciddi olduğunun farkındayız.',
    'root-cause':
      "Amazon Lojistik'e son kullanma tarihine yalnızca 40 gün kalmış 360 kutu gönderdik, çünkü stok takip " +
      'tablomuzda son kullanma tarihi parti bazında tutulmuyordu.',
    'immediate-actions':
      "2 Ekim'de kalan tüm ürünler için kaldırma talebi oluşturduk, etkilenen 7 alıcıya ödedikleri tutarı iade " +
      "ettik ve diğer tüm gıda ASIN'lerimizi kısa tarihli ürün açısından kontrol ettik.",
    'preventive-measures':
      "4 Ekim'den itibaren stok tablomuzda her partinin son kullanma tarihi ayrı bir sütunda tutuluyor ve son " +
      "kullanma tarihine 120 günden az kalan hiçbir gıda ürününü Amazon Lojistik'e göndermiyoruz. Depo sorumlumuz " +
      'her pazartesi son kullanma tarihi raporunu inceliyor.',
    evidence:
      'Kaldırma talebi onayını, son kullanma tarihlerini içeren güncel stok tablosunu ve 9 ve 16 Ekim tarihli ' +
      'pazartesi raporlarını ekte sunuyoruz.',
  },
};

const tracking: GoodSample = {
  name: 'geçerli takip oranı',
  sections: {
    acknowledgement:
      "Geçerli takip oranımız Kasım ayında %88'e düştü ve istenen %95'in altında kaldı. Takip numarası " +
      'yüklenmeden kargoya verilen siparişlerin sorumluluğunu üstleniyoruz.',
    'root-cause':
      '500 gramın altındaki siparişleri takip numarası olmayan adi posta ile gönderiyorduk ve e-ticaret yazılımımız ' +
      "bu gönderim yöntemi için Amazon'a herhangi bir takip numarası aktarmıyordu.",
    'immediate-actions':
      "3 Aralık'tan itibaren tüm küçük ürünleri PTT Kargo ile takipli olarak göndermeye başladık ve yolda olan 52 " +
      'siparişin takip numaralarını tek tek sisteme girdik.',
    'preventive-measures':
      'Gönderim şablonumuzu, takip numarası olmayan hiçbir gönderim yöntemi seçilemeyecek şekilde değiştirdik. ' +
      "5 Aralık'tan bu yana sipariş koordinatörümüz her gün saat 14.00'te gönderilmemiş siparişler raporunda eksik " +
      'takip numarası olup olmadığına bakıyor.',
    evidence:
      'Yeni şablon ayarlarının ekran görüntüsünü, PTT Kargo ile imzaladığımız sözleşmeyi ve geçerli takip oranının ' +
      "%99'a ulaştığı 5–19 Aralık dönemine ait takip raporunu ekliyoruz.",
  },
};

const cancellations: GoodSample = {
  name: 'gönderim öncesi iptal oranı',
  sections: {
    acknowledgement:
      'Gönderim öncesi iptal oranımız Ocak ayında %4,1 oldu ve %2,5 olan sınırı aştı. İptal edilen her siparişin, ' +
      'ürünü bekleyen bir alıcı için kötü bir deneyim olduğunun farkındayız.',
    'root-cause':
      "Aynı stoğu hem kendi web sitemizde hem de Amazon'da satıyoruz. Stok eşitlemesi 6 saatte bir çalıştığı için " +
      "web sitesinde tükenen 37 ürün Amazon'da satılmaya devam etti ve bu siparişleri iptal etmek zorunda kaldık.",
    'immediate-actions':
      "27 Ocak'ta stoğu 3 adedin altına düşen 22 ilanın stok miktarını elle sıfırladık. Bekleyen 6 siparişin " +
      'ürünlerini aynı gün tedarikçiden temin edip kargoya verdik.',
    'preventive-measures':
      "30 Ocak'ta stok eşitlemesini 15 dakikada bir çalışacak şekilde ayarladık ve her ilana 2 adetlik güvenlik " +
      "stoğu tanımladık. E-ticaret sorumlumuz her sabah 09.00'da iki kanal arasındaki stok farkı raporunu kontrol " +
      'ediyor.',
    evidence:
      'Eşitleme ayarlarının ekran görüntüsünü, güvenlik stoklarını gösteren stok dökümünü ve 30 Ocak–13 Şubat ' +
      'döneminde hiç iptal olmadığını gösteren sipariş raporunu ekte sunuyoruz.',
  },
};

export const trSamples: LanguageSamples = {
  good: [lateShipments, inauthentic, defects, trademark, safety, usedAsNew, expired, tracking, cancellations],
  bad: [
    variant(inauthentic, 'kanıtlar bölümü boş', 'missing-section', { evidence: '' }),
    variant(lateShipments, 'bir sayfanın çok üzerinde', 'too-long', {
      'root-cause': padded(
        lateShipments.sections['root-cause'],
        (n) =>
          `407-3318264-${String(n).padStart(5, '0')} numaralı sipariş, son gönderim tarihinden bir gün sonra depomuzdan çıktı.`,
        60,
      ),
    }),
    variant(defects, 'muğlak sözler', 'vague-promise', {
      'preventive-measures':
        'Kalite kontrolümüzü iyileştireceğiz ve kırılabilir ürünleri paketlerken daha dikkatli olacağız. ' +
        'Paketleme ekibine de bundan sonra daha özenli çalışması gerektiği söylendi.',
    }),
    variant(lateShipments, 'suçu kargo firmasına ve alıcılara atıyor', 'blaming', {
      'root-cause':
        'Gönderilerin geç kalması tamamen kargo firmasının suçuydu; üstelik bazı alıcılar paralarını geri almak ' +
        'için yalan söyledi.',
    }),
    variant(inauthentic, 'duygusal kabul', 'emotional', {
      acknowledgement:
        '6 yıldır yalnızca orijinal ürün satan bir mağaza olarak bu haksız karar karşısında büyük bir hayal ' +
        'kırıklığı yaşıyoruz; verilen karar hiçbir mantığa sığmıyor.',
    }),
    variant(trademark, 'önlemler yalnızca vaat ediliyor', 'future-only', {
      'immediate-actions':
        'Marka adını dört ilanın başlığından kaldıracağız ve tüm gizli arama terimlerini temizleyeceğiz. ' +
        'Bundan sonra her değişiklikten önce marka sahibiyle iletişime geçilecek.',
    }),
    variant(safety, 'kök neden önlemlere kopyalanmış', 'duplicate-text', {
      'immediate-actions': `${safety.sections['root-cause']} ${safety.sections['immediate-actions']}`,
    }),
    variant(usedAsNew, 'somut sorun içermeyen kök neden', 'generic-root-cause', {
      'root-cause':
        'Süreçlerimizde bir hata yaptık ve kurallara gereken özeni göstermedik. Neyin yanlış gittiğini ve neden ' +
        'böyle olduğunu artık anlıyoruz.',
    }),
    variant(expired, 'kabul metni 5 kez yapıştırılmış', 'repeated-sentence', {
      acknowledgement: Array.from({ length: 5 }, () => expired.sections.acknowledgement).join(' '),
    }),
    variant(tracking, 'belge adı geçmeyen kanıtlar', 'evidence-unnamed', {
      evidence: 'Yeni çalışma düzenimizin yerleştiğine ve alıcılarımız için sorunsuz işlediğine inanıyoruz.',
    }),
  ],
};
