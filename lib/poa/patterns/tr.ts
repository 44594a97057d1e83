import { oneOf, type PoaPatternSet } from './types';

const r = String.raw;

/**
 * Turkish. The linter lower-cases with toLowerCase(), which is not Turkish-aware: "I" becomes
 * "i", and "İ" is either kept as it is or becomes "i" + U+0307. Words that often start a
 * sentence with "İ" therefore begin with I_UPPER.
 */
const I_UPPER = r`(?:i\u0307?|\u0130)`;
/** Case endings after an apostrophe: "Mart'tan", "Amazon'un", "ASIN'ler". */
const APOSTROPHE_SUFFIX = r`(?:'\p{L}{1,8})?`;

const MONTHS = oneOf(
  'ocak',
  'şubat',
  'mart',
  'nisan',
  'mayıs',
  'haziran',
  'temmuz',
  'ağustos',
  'eylül',
  'ekim',
  'kasım',
  'aralık',
);
const WEEKDAYS = oneOf('pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar(?!yer)(?! yer)');
/** What a vague promise improves: noun stems, any case or possessive ending. */
const AREAS = oneOf(
  'kalite kontrol',
  'kalite',
  'süre[cç]',
  'süreçler',
  'prosedür',
  'kontrol',
  'denetim',
  'iletişim',
  'müşteri hizmet',
  'operasyon',
  'standar[td]',
  'izleme',
  'taki[pb]',
  'iş akış',
  'yöntem',
);
/** "improve", "strengthen", "tighten" as a promise: future, infinitive, present, or bare. */
const IMPROVE = oneOf(
  'iyileştir',
  'geliştir',
  'güçlendir',
  'sıkılaştır',
  'artır',
  'optimize ed',
  'gözden geçir',
  'sıkı takip ed',
);
const PROMISE_ENDING = oneOf(
  'eceğiz',
  'acağız',
  'eceğim',
  'acağım',
  'ecektir',
  'acaktır',
  'ecek',
  'acak',
  'ilecek',
  'ılacak',
  'ilecektir',
  'ılacaktır',
  'mek',
  'mak',
  'meye',
  'maya',
  'meyi',
  'mayı',
  'iyoruz',
  'ıyoruz',
  'me',
  'ma',
);
/** Amazon, buyers, carriers, competitors: the stem, with any ending attached. */
const OTHERS = oneOf(
  "amazon'?",
  'müşteri',
  'alıcı',
  'kargo firma',
  'kargo şirket',
  'kargocu',
  'kurye',
  'taşıyıcı',
  'nakliye firma',
  'rakip',
  'rakib',
  'sisteminiz',
  'algoritmanız',
  'ekibiniz',
);
/** Possessive "X's" before "fault", "mistake". */
const OTHERS_GENITIVE = oneOf(
  "amazon'un",
  'amazonun',
  'sizin',
  'müşterinin',
  'müşterilerin',
  'alıcının',
  'alıcıların',
  'kargo firmasının',
  'kargo şirketinin',
  'kargocunun',
  'kuryenin',
  'taşıyıcının',
  'rakibimizin',
  'rakiplerimizin',
  'rakiplerin',
  'rakibin',
  'sisteminizin',
  'algoritmanızın',
  'ekibinizin',
);
/** Feelings, with the personal ending: "öfkeliyiz", "şok olduk", "hayal kırıklığına uğradık". */
const FEELINGS = oneOf(
  r`öfkeli\p{L}{0,6}`,
  r`sinirli\p{L}{0,6}`,
  r`kızgın\p{L}{0,6}`,
  r`şaşkın\p{L}{0,6}`,
  r`çaresiz\p{L}{0,6}`,
  r`perişan\p{L}{0,6}`,
  r`isyan\p{L}{0,6}`,
  r`şoke? ol\p{L}{0,8}`,
  r`şoktayı[zm]`,
  r`hayal kırıklığına uğra(?:dık|dım|mış\p{L}{0,5}|yan)`,
  r`hayal kırıklığı (?:içindeyiz|içindeyim|yaşıyoruz|yaşadık)`,
);

/**
 * Nouns and pronouns that end like a past or perfect verb ("adım" step, "yardım" help, "kendi"
 * own, "geçmiş" history with any ending, "altmış" sixty): never a sign that something is done.
 */
const NOT_A_VERB = r`(?!(?:adım|tadım|yardım|satım|kendi|efendi|sandık|yastık|altmış|yetmiş|yemiş)(?![\p{L}])|geçmiş)`;

export const poaPatterns: PoaPatternSet = {
  language: 'tr',
  vague: [
    // "kalite kontrolümüzü iyileştireceğiz", "süreçlerimiz gözden geçirilecek"
    r`${AREAS}\p{L}{0,10} (?:daha da |daha |sürekli |önemli ölçüde |büyük ölçüde )?${IMPROVE}${PROMISE_ENDING}?`,
    // "daha sıkı kontrol", "daha yakından takip"
    r`(?:çok )?daha (?:sıkı|yakın|yakından|dikkatli|sık|iyi|fazla|kapsamlı|titiz|özenli|düzenli|etkin|etkili) ` +
      r`(?:kontrol|denetim|taki[pb]|izleme|gözetim|dikkat|özen)\p{L}{0,10}`,
    // "daha dikkatli olacağız", "daha özenli davranacağız"
    r`daha (?:da )?(?:dikkatli|özenli|titiz|tedbirli|hassas|duyarlı|özenle|dikkatle) (?:ol|davran|çalış|hareket ed)\p{L}{0,12}`,
    r`daha (?:fazla|çok) (?:dikkat|özen) (?:ed|et|göster)\p{L}{0,12}`,
    // "bunun bir daha yaşanmamasını sağlayacağız", "tekrarlanmayacaktır"
    r`(?:bir daha|tekrar|yeniden)(?: asla| kesinlikle)? (?:yaşanma|olma|tekrarlanma|meydana gelme|yaşatma)\p{L}{0,12}`,
    r`tekrarlanma(?:yacak\p{L}{0,4}|ması\p{L}{0,3})`,
    r`düzenli olarak|düzenli aralıklarla|belirli aralıklarla|periyodik olarak|zaman zaman|gerektiğinde|gerekli görüldüğünde`,
    r`ihtiyaç duyulduğunda|sürekli olarak|sürekli|devamlı olarak|daha sık|daha yakından`,
    r`elimizden gele(?:ni|nin en iyisini)|elimden gele(?:ni|nin en iyisini)|en iyisini yap\p{L}{0,12}`,
    r`daha (?:çok|fazla|sıkı) çalış\p{L}{0,12}|azami (?:özen|dikkat|çaba)\p{L}{0,6}`,
    r`(?:bu konuyu|konuyu|bunu|durumu|bu durumu|meseleyi|bu meseleyi)(?: çok| son derece| oldukça)? ciddiye al\p{L}{0,10}`,
    // "gerekli önlemleri alacağız", "her türlü tedbiri alacağız"
    r`(?:gerekli|her türlü|tüm|bütün)(?: tüm)? (?:önlem|tedbir|adım|düzenleme)\p{L}{0,6} (?:al|at|yap)\p{L}{0,12}`,
  ],
  specifics: [
    MONTHS + APOSTROPHE_SUFFIX,
    r`${WEEKDAYS}\p{L}{0,5}`,
    r`günlük|haftalık|aylık|yıllık|saatlik|günde|haftada|ayda|yılda|saatte|başına|en az|en geç|en fazla|yüzde`,
    r`her (?!zaman(?![\p{L}])|türlü|şey|biri|ikisi|halükarda|koşulda)\p{L}+`,
    r`(?:bir|iki|üç|dört|beş) (?:kez|kere|defa)`,
    r`${I_UPPER}ki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|altmış|yüz|bin`,
    r`müdür\p{L}{0,8}|sorumlu(?!luk|luğ)\p{L}{0,8}|yönetici\p{L}{0,8}|şef\p{L}{0,6}|denetçi\p{L}{0,8}`,
    r`kontrolör\p{L}{0,6}|uzman\p{L}{0,8}|koordinatör\p{L}{0,6}|muhasebeci\p{L}{0,6}|danışman\p{L}{0,8}`,
    r`amir\p{L}{0,6}|ekip lider\p{L}{0,6}|sahibi|atandı|atadık|görevlendir\p{L}{0,10}|işe al\p{L}{0,8}`,
    r`yazılım\p{L}{0,8}|e-tablo\p{L}{0,6}|excel\p{L}{0,6}|kontrol liste\p{L}{0,6}|şablon\p{L}{0,8}|veritaban\p{L}{0,6}|veri taban\p{L}{0,6}`,
    r`barkod\p{L}{0,8}|kamera\p{L}{0,6}|fotoğraf\p{L}{0,8}|tartı\p{L}{0,6}|terazi\p{L}{0,6}|crm|erp|sop|otomatik\p{L}{0,6}`,
    r`mobil uygulama\p{L}{0,6}|stok takip sistem\p{L}{0,6}|kayıt defter\p{L}{0,6}|günlüğ\p{L}{0,6}`,
  ],
  blaming: [
    // "bizim hatamız değil", "kusurumuz yok"
    r`(?:bizim |benim )?(?:hatamız|suçumuz|kusurumuz|hatam|suçum|kusurum) (?:değil|yok|olmadığı|olmadan|bulunmamakta|bulunmuyor)\p{L}{0,6}`,
    r`kendi (?:kusurumuz|hatamız|suçumuz) olmadan`,
    // "Amazon'un hatası", "kargo firmasının ihmali"
    r`${OTHERS_GENITIVE} (?:hatası|suçu|kusuru|ihmali|yanlışı)\p{L}{0,6}`,
    // "sorun kargo firmasından kaynaklandı", "müşterilerden kaynaklanan"
    r`${OTHERS}\p{L}{0,10} kaynaklan\p{L}{0,10}`,
    r`(?:hata|kusur|suç|sorumluluk) (?:tamamen )?${OTHERS}\p{L}{0,10} ait\p{L}{0,4}`,
    r`${OTHERS}\p{L}{0,8} (?:sorumludur|sorumluydu|suçludur|suçluydu|hatalıdır|hatalıydı)`,
    // "müşteri yalan söyledi", "rakipler bizi sabote etti"
    r`${OTHERS}\p{L}{0,10} (?:bize |bizi |bizim )?(?:yalan söyl|bizi dolandır|dolandır|sabote et|bizi kandır|iftira at|kötüye kullan|suistimal et|istismar et)\p{L}{0,10}`,
    r`(?:iade|iade hakkı|iade politikası|a-z garanti|garanti)\p{L}{0,8} (?:kötüye kullan|suistimal et|istismar et)\p{L}{0,10}`,
    r`(?:sahte|asılsız|uydurma|kötü niyetli|yersiz|gerçek dışı|temelsiz) ` +
      r`(?:şikâyet|şikayet|iddia|bildirim|talep|suçlama|ihbar|değerlendirme|yorum)\p{L}{0,8}`,
    r`(?:hiçbir|herhangi bir) (?:yanlış|hata|kusur|ihlal) (?:yapmadık|yapmadım|işlemedik|işlemedim|yapmadığımız)`,
    r`yanlış bir şey yapmadı[km]`,
    r`(?:amazon'?u|müşteriyi|müşterileri|alıcıyı|alıcıları|kargo firmasını|kuryeyi|rakipleri) suçl\p{L}{0,10}`,
    r`suçu (?:amazon|müşteri|alıcı|kargo|kurye|rakip|taşıyıcı)\p{L}{0,12}`,
    r`(?:amazon|sisteminiz|algoritmanız|ekibiniz|botunuz)(?: bir)? ` +
      r`(?:hata yaptı|yanıldı|yanlış karar verdi|yanlış değerlendirdi|hatalı karar verdi)`,
    // "Amazon deposu ürünlerimizi kaybetti", "kargo firması paketleri hasarlı teslim etti"
    r`(?:amazon|amazon'?un deposu|amazon deposu|lojistik merkezi|kargo firması|kargo şirketi|kurye|taşıyıcı)` +
      r`(?: ürünlerimizi| paketlerimizi| paketleri| ürünleri| stoğumuzu| envanterimizi| siparişleri)?` +
      r` (?:kaybetti|kaybetmiş|hasar verdi|zarar verdi|karıştırdı|yanlış etiketledi|bozdu|kırdı|hasarlı teslim etti|geç teslim etti|teslim etmedi)`,
  ],
  emotional: [
    r`haksız\p{L}{0,6}|adaletsiz\p{L}{0,6}|saçma\p{L}{0,6}|gülünç\p{L}{0,4}|rezalet\p{L}{0,4}|skandal\p{L}{0,5}`,
    r`kabul edilemez|anlamsız\p{L}{0,4}|mantıksız\p{L}{0,4}|akıl almaz|utanç verici|yüz kızartıcı|insafsız\p{L}{0,4}`,
    r`keyfi\p{L}{0,4}|zulüm|çileden çık\p{L}{0,10}|bıktık|bıktım|yıkıldık|yıkıldım`,
    r`(?:çok |son derece |gerçekten |tamamen )?${FEELINGS}`,
    r`(?:hiçbir|hiç) (?:mantığı|anlamı) (?:yok|olmayan)|(?:bu|bu durum) (?:bir )?şaka`,
  ],
  future: [
    r`(?!yiyecek|içecek|giyecek)\p{L}+(?:ecek|acak)(?:tır|tir|lar|ler|sınız|siniz)?`,
    r`\p{L}+(?:eceğiz|acağız|eceğim|acağım)`,
    r`planlıyoruz|planlamaktayız|niyetindeyiz|niyetimiz|hedefliyoruz|hedefimiz|amaçlıyoruz|düşünüyoruz|istiyoruz|isteriz`,
    r`gelecekte|${I_UPPER}leride|ileriki dönemde|bundan sonra|bundan böyle|önümüzdeki (?:dönemde|günlerde|haftalarda|aylarda)`,
  ],
  done: [
    // simple past, we/I: "değiştirdik", "yaptık", "gönderdim", "ettik"
    r`${NOT_A_VERB}\p{L}+(?:dık|duk|dük|tık|tuk|tük|dım|düm|tım)`,
    r`\p{L}+(?<!meto|metho|perio|periyo)dik`,
    r`\p{L}+(?:ttik|ştik|çtik|rdim|ldim|ndim|ttim|ştim|çtim)`,
    // passive and third person past: "yapıldı", "gönderildi", "tamamlandı", "değişti"
    r`${NOT_A_VERB}\p{L}+(?:ıldı|ildi|uldu|üldü|ndı|ndi|ndu|ndü|ldı|ldu|ldü|rdı|rdu|rdü|ştı|ştu|ştü|çtı|çtu|çtü|ttı|ttu|ttü)(?:lar|ler|r)?`,
    r`\p{L}+(?:ldi|rdi|şti|çti|tti)(?:ler|r)?`,
    // perfect: "tamamlanmıştır", "başlamıştık"
    r`${NOT_A_VERB}\p{L}+(?:mış|miş|muş|müş)\p{L}{0,5}`,
    // in place now: "her koliyi tartıyoruz", "kontrol edilmektedir"
    r`(?!planl|düşün|iste|isti|hedefl|amaçl|öngör)\p{L}+(?:ıyoruz|iyoruz|uyoruz|üyoruz|ıyor|iyor|uyor|üyor)`,
    r`\p{L}+(?:mektedir|maktadır|mekteyiz|maktayız|mekteyim|maktayım)`,
    r`zaten|hâlihazırda|halihazırda|artık|şu anda|şu an|itibaren|itibarıyla|itibariyle|beri|bu yana`,
    r`yürürlükte|yürürlüğe (?:girdi|konuldu|koyduk)|devrede|devreye (?:aldık|alındı|girdi)`,
  ],
  issueTerms: [
    r`asin\p{L}{0,8}|sku\p{L}{0,8}|sipariş numara\p{L}{0,6}|sipariş kimli\p{L}{0,6}|sipariş no`,
    // late shipping in any form: "geç gönderim", "geciken siparişler", "gönderilerin geç kalması", "paketler geç çıktı"
    r`geç (?:gönderi|kargolama|kargoya|teslim|sevk|ulaş|çık)\p{L}{0,8}|gecik(?:me|mel|en|ti|miş|ir)\p{L}{0,8}`,
    r`(?:gönderi|sipariş|kargo|paket|teslimat|sevkiyat|ürün)\p{L}{0,10} geç (?:kal|ulaş|teslim ed|teslim edil|çık|gönderil|veril|kargoya veril)\p{L}{0,8}`,
    r`geç kal(?:an|mış|dı)\p{L}{0,6} (?:gönderi|sipariş|kargo|paket|teslimat|sevkiyat|ürün)\p{L}{0,8}`,
    r`${I_UPPER}ptal oran\p{L}{0,4}|sipariş öncesi iptal\p{L}{0,6}|${I_UPPER}ptaller\p{L}{0,4}|${I_UPPER}ade oran\p{L}{0,4}`,
    r`(?:sipariş )?kusur oran\p{L}{0,4}|geçerli takip oran\p{L}{0,4}|takip numara\p{L}{0,6}|kargo takip\p{L}{0,6}`,
    r`a'dan z'ye|a-z garanti\p{L}{0,4}|ters ibraz\p{L}{0,6}|olumsuz (?:geri bildirim|değerlendirme|yorum)\p{L}{0,6}`,
    r`sahte\p{L}{0,6}|taklit\p{L}{0,6}|orijinallik\p{L}{0,4}|orijinal olmayan|özgünlük\p{L}{0,4}|ticari marka\p{L}{0,6}`,
    r`marka hakk\p{L}{0,6}|telif hakk\p{L}{0,6}|patent\p{L}{0,6}|fikri mülkiyet\p{L}{0,6}|${I_UPPER}hlal\p{L}{0,8}`,
    r`ürün güvenliğ\p{L}{0,4}|güvenlik şik[âa]yet\p{L}{0,6}|son kullanma tarih\p{L}{0,6}|miadı dol\p{L}{0,6}`,
    r`tarihi geçmiş|kullanılmış ürün\p{L}{0,4}|açıklandığı gibi değil|açıklamaya uymayan|durum şik[âa]yet\p{L}{0,6}`,
    r`kısıtlı ürün\p{L}{0,6}|kısıtlanmış ürün\p{L}{0,6}|yasaklı ürün\p{L}{0,6}|tehlikeli (?:madde|ürün)\p{L}{0,6}`,
    r`(?:değerlendirme|yorum) manipülasyon\p{L}{0,4}|fatura\p{L}{0,6}|banka hesap özet\p{L}{0,4}|banka döküm\p{L}{0,4}`,
    r`kimlik\p{L}{0,6}|doğrulama\p{L}{0,6}|ödeme yöntem\p{L}{0,6}|kredi kart\p{L}{0,6}`,
  ],
  evidenceTerms: [
    r`ekte\p{L}{0,4}|ekli\p{L}{0,4}|ekler\p{L}{0,6}|iliştir\p{L}{0,10}|ekliyoruz|eklenmiştir|ekleniyor\p{L}{0,4}`,
    r`(?:e-)?fatura\p{L}{0,8}|makbuz\p{L}{0,6}|fiş\p{L}{0,6}|fotoğraf\p{L}{0,8}|görsel\p{L}{0,8}|resim\p{L}{0,6}`,
    r`ekran görüntü\p{L}{0,6}|rapor\p{L}{0,8}|kayıt\p{L}{0,6}|kayd\p{L}{0,8}|tablo\p{L}{0,8}|sertifika\p{L}{0,8}`,
    r`belge\p{L}{0,8}|sözleşme\p{L}{0,8}|dekont\p{L}{0,6}|hesap özet\p{L}{0,6}|döküm\p{L}{0,6}|takip numara\p{L}{0,6}`,
    r`e-posta\p{L}{0,6}|çizelge\p{L}{0,6}|kontrol liste\p{L}{0,6}|şablon\p{L}{0,6}|test sonu[cç]\p{L}{0,6}`,
    r`laboratuvar\p{L}{0,8}|yetki belge\p{L}{0,6}|onay\p{L}{0,8}|video\p{L}{0,6}|kılavuz\p{L}{0,6}|talimat\p{L}{0,8}`,
    r`tutanak\p{L}{0,6}|form(?:u|un|unu|lar|ları|larını)|liste\p{L}{0,6}|mektu[pb]\p{L}{0,4}|yazı\p{L}{0,6}`,
  ],
};
