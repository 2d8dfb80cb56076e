//! Signs of the best-known P2P scam in a seller's own words.
//!
//! A seller who wants a paid order cancelled often says that a system error made the payment
//! fail, promises to refund once the buyer cancels, and asks to go on talking on Telegram or
//! WhatsApp, where Bybit no longer sees the conversation. Once the buyer cancels, the crypto is
//! back with the seller and the promised refund does not come.
//!
//! [`find`] looks for one [`Sign`] in a cancel reason or an order chat, in the app's 11
//! languages. The text is first normalised (lowercase, accents and "ё" folded, one space
//! between words, separating punctuation read as a space), then compared with short stems
//! listed per language, so inflected forms match ("отмен" matches "отмените"). Phone numbers are
//! read digit by digit. What is found is a sign for the merchant to weigh, not proof: the
//! excerpt returned is the seller's text as written, to be shown as it is.

use std::ops::Range;

/// What a seller's words may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Sign {
    /// Asks the buyer to cancel first and promises to refund / pay back / return the money later.
    CancelFirst,
    /// Claims a system error, a technical problem, a failed or frozen payment, a bank/platform glitch.
    SystemError,
    /// Moves the talk off Bybit: Telegram, WhatsApp, WeChat, Viber, Signal, Line, Zalo, t.me/, wa.me/, "call me", a phone number.
    OffPlatform,
}

/// The first piece of `text` that shows `sign`, as written in `text` (a short excerpt, at most
/// about 60 characters, cut at char boundaries, around the match), or None.
///
/// The excerpt is a verbatim part of `text` of at most 60 characters, with "…" before and
/// after it where `text` goes on, so a reader knows it was cut.
///
/// [`Sign::CancelFirst`] is shown by an explicit phrase ("cancel first", "сначала отмените",
/// "önce iptal", "先取消", "hủy trước"…), or by a word for cancelling and a word for giving the
/// money back within 80 characters of each other, in either order and in any of the languages
/// ("cancel dulu, nanti saya refund"). Either word alone shows nothing: "please cancel" is an
/// ordinary request, and so is "I will refund" after a mistake.
pub fn find(sign: Sign, text: &str) -> Option<String> {
    let norm = normalise(text);
    let found = match sign {
        Sign::CancelFirst => cancel_first(&norm.text),
        Sign::SystemError => earliest(occurrences(&norm.text, phrases(|lang| lang.error))),
        Sign::OffPlatform => {
            let named = occurrences(
                &norm.text,
                APPS.iter().copied().chain(phrases(|lang| lang.contact)),
            );
            earliest(named.into_iter().chain(phone_number(&norm.text)))
        }
    }?;
    Some(excerpt(text, norm.source(found)))
}

/// One language's words, in normalised form (see [`normalise`]).
///
/// A phrase is a stem: it matches where a word starts, so "отмен" matches "отмените" but
/// "huy" does not match inside "chuyển". A trailing space asks for the whole word: "bug " is
/// not the start of Turkish "bugün" ("today"). A phrase that starts with a Chinese character
/// matches anywhere, Chinese having no spaces between words. A phrase may sit in two lists
/// (Spanish and Portuguese share stems): each list reads as that language's own.
struct Lang {
    /// Words for cancelling an order.
    cancel: &'static [&'static str],
    /// Words for giving the money back: refund, return, pay back, send back.
    refund: &'static [&'static str],
    /// Phrases that ask to cancel first on their own, with or without a promise.
    cancel_first: &'static [&'static str],
    /// Claims of a system error, a technical problem, a failed or frozen payment.
    error: &'static [&'static str],
    /// Asking to be called, or written to elsewhere, in this language's own words.
    contact: &'static [&'static str],
}

/// English.
const ENGLISH: Lang = Lang {
    cancel: &["cancel", "cancle", "cansel"],
    refund: &[
        "refund",
        "reimburs",
        "pay you back",
        "pay back",
        "paying back",
        "send back",
        "send it back",
        "send you back",
        "send the money back",
        "send your money back",
        "give back",
        "give it back",
        "give you back",
        "return the money",
        "return your money",
        "return the funds",
        "return your funds",
        "return the payment",
        "return your payment",
        "return it to you",
        "return you",
        "money back",
        "funds back",
        "be returned",
        "get it back",
    ],
    cancel_first: &[
        "cancel first",
        "cancel it first",
        "cancel the order first",
        "cancel order first",
        "cancel this order first",
        "cancel the trade first",
        "first cancel",
    ],
    error: &[
        "system error",
        "system issue",
        "system problem",
        "system glitch",
        "system bug",
        "system failure",
        "system is down",
        "system down",
        "error in the system",
        "error on the system",
        "error in system",
        "technical error",
        "technical problem",
        "technical issue",
        "technical glitch",
        "technical difficult",
        "technical fault",
        "tech issue",
        "tech problem",
        "glitch",
        "bug ",
        "bugs ",
        "buggy",
        "payment failed",
        "payment has failed",
        "payment failure",
        "failed payment",
        "transaction failed",
        "failed transaction",
        "transfer failed",
        "failed transfer",
        "payment error",
        "transaction error",
        "transfer error",
        "bank error",
        "server error",
        "network error",
        "payment stuck",
        "payment is stuck",
        "transfer stuck",
        "transfer is stuck",
        "froze",
        "freez",
    ],
    contact: &["call me", "give me a call"],
};

/// Spanish (Latin America).
const SPANISH: Lang = Lang {
    cancel: &["cancel", "anul"],
    refund: &[
        "reembols",
        "rembols",
        "devolv",
        "devuelv",
        "devoluc",
        "reintegr",
        "regreso el dinero",
        "regreso tu dinero",
        "te lo regreso",
        "regresar el dinero",
        "regresarte",
    ],
    cancel_first: &[
        "primero cancel",
        "primero anul",
        "cancela primero",
        "cancele primero",
        "cancelar primero",
        "cancelen primero",
        "cancelas primero",
        "anula primero",
        "anule primero",
        "cancela la orden primero",
        "cancela el pedido primero",
    ],
    error: &[
        "error del sistema",
        "error de sistema",
        "error en el sistema",
        "error tecnico",
        "problema tecnico",
        "problemas tecnicos",
        "inconveniente tecnico",
        "falla",
        "fallo ",
        "fallid",
        "error en el pago",
        "error de pago",
        "error en la transaccion",
        "error en la transferencia",
        "error del banco",
        "error bancario",
        "sistema caido",
        "se cayo el sistema",
        "congel",
    ],
    contact: &["llamame", "me llamas", "marcame"],
};

/// French.
const FRENCH: Lang = Lang {
    cancel: &["annul"],
    refund: &[
        "rembours",
        "rendrai",
        "je vous rends",
        "je te rends",
        "vous rendre l'argent",
        "te rendre l'argent",
        "renverrai",
        "renvoyer l'argent",
        "renvoie l'argent",
        "restitu",
    ],
    cancel_first: &[
        "annulez d'abord",
        "annule d'abord",
        "annuler d'abord",
        "annulez dabord",
        "annule dabord",
        "d'abord annul",
        "dabord annul",
        "annulez en premier",
        "annule en premier",
        "annulez la commande d'abord",
        "annulez l'ordre d'abord",
        "annulez la transaction d'abord",
    ],
    error: &[
        "erreur systeme",
        "erreur du systeme",
        "erreur de systeme",
        "erreur dans le systeme",
        "erreur technique",
        "probleme technique",
        "problemes techniques",
        "souci technique",
        "soucis technique",
        "incident technique",
        "dysfonctionnement",
        "panne",
        "beug",
        "echou",
        "echec",
        "erreur bancaire",
        "erreur de la banque",
        "gele",
    ],
    contact: &["appelle-moi", "appelle moi", "appelez-moi", "appelez moi"],
};

/// Indonesian.
const INDONESIAN: Lang = Lang {
    cancel: &["batal", "membatal", "dibatal", "pembatal", "cancel"],
    refund: &[
        "refund",
        "kembalikan",
        "dikembalikan",
        "mengembalikan",
        "pengembalian",
        "kembaliin",
        "balikin",
        "transfer balik",
        "kirim balik",
        "tf balik",
        "uang kembali",
    ],
    cancel_first: &[
        "batalkan dulu",
        "batalin dulu",
        "dibatalkan dulu",
        "batalkan terlebih",
        "batalkan saja dulu",
        "batalkan aja dulu",
        "cancel dulu",
        "cancel aja dulu",
        "cancel saja dulu",
    ],
    // Not "gangguan" alone: "maaf atas gangguannya" is "sorry for the bother".
    error: &[
        "kesalahan sistem",
        "sistem error",
        "sistem eror",
        "error sistem",
        "eror sistem",
        "ada gangguan",
        "sedang gangguan",
        "lagi gangguan",
        "gangguan sistem",
        "gangguan bank",
        "gangguan jaringan",
        "gangguan teknis",
        "gangguan server",
        "masalah teknis",
        "kendala teknis",
        "kendala sistem",
        "pembayaran gagal",
        "transaksi gagal",
        "transfer gagal",
        "gagal transfer",
        "tf gagal",
        "gagal tf",
        "lagi error",
        "lagi eror",
        "sedang error",
        "sedang eror",
        "dibekukan",
        "bekukan",
        "beku ",
    ],
    contact: &[
        "telepon saya",
        "telpon saya",
        "hubungi saya di",
        "hubungi nomor",
    ],
};

/// Portuguese (Brazil).
const PORTUGUESE: Lang = Lang {
    cancel: &["cancel", "anul"],
    refund: &[
        "reembols",
        "estorn",
        "devolv",
        "devoluc",
        "ressarc",
        "pago de volta",
        "mando de volta",
        "envio de volta",
        "transfiro de volta",
    ],
    cancel_first: &[
        "primeiro cancel",
        "cancela primeiro",
        "cancele primeiro",
        "cancelar primeiro",
        "cancelem primeiro",
        "cancela a ordem primeiro",
        "cancela o pedido primeiro",
    ],
    error: &[
        "erro do sistema",
        "erro no sistema",
        "erro de sistema",
        "erro tecnico",
        "problema tecnico",
        "problemas tecnicos",
        "falha",
        "falhou",
        "erro no pagamento",
        "erro na transacao",
        "erro na transferencia",
        "erro no pix",
        "erro no banco",
        "erro do banco",
        "instabilidade",
        "sistema caiu",
        "sistema fora do ar",
        "congel",
        "bugou",
        "bugad",
        "travou",
        "travad",
    ],
    contact: &["me liga", "me ligue", "liga pra mim", "me chama no"],
};

/// Russian.
const RUSSIAN: Lang = Lang {
    cancel: &["отмен", "аннулир"],
    // Whole words for "верну" and "вернут": "верный" is "correct", "вернусь" is "I'll be back".
    refund: &[
        "верну ",
        "вернем",
        "вернуть",
        "вернут ",
        "вернутся",
        "вернется",
        "возврат",
        "возвращ",
        "переведу обратно",
        "отправлю обратно",
        "скину обратно",
        "кину обратно",
        "компенсир",
    ],
    cancel_first: &[
        "сначала отмен",
        "сперва отмен",
        "отмените сначала",
        "отмени сначала",
        "отменяйте сначала",
        "отмените ордер сначала",
        "отмените заказ сначала",
        "отмените сделку сначала",
    ],
    // Not "технич" alone: "техническая поддержка" (support) is ordinary. Not "завис" as a
    // stem: "зависит" is "depends".
    error: &[
        "ошибка систем",
        "ошибки систем",
        "ошибка в систем",
        "системная ошибка",
        "сбой",
        "сбоя",
        "сбои",
        "сбое",
        "технические проблем",
        "техническая проблем",
        "технических проблем",
        "техническая ошибк",
        "технической ошибк",
        "неполадк",
        "глюк",
        "глюч",
        "баг ",
        "баги",
        "платеж не прош",
        "перевод не прош",
        "оплата не прош",
        "ошибка платеж",
        "ошибка перевод",
        "ошибка оплат",
        "ошибка банк",
        "ошибка в банке",
        "заморож",
        "завис ",
        "зависла",
        "зависли",
        "зависло",
    ],
    contact: &["позвони", "перезвони", "набери мне"],
};

/// Turkish, folded to plain Latin letters: sellers often type "hatasi" for "hatası".
const TURKISH: Lang = Lang {
    cancel: &["iptal"],
    refund: &[
        "iade",
        "geri gonder",
        "geri ode",
        "geri yolla",
        "geri atar",
        "geri ver",
        "geri transfer",
        "parani geri",
        "parayi geri",
        "paranizi geri",
    ],
    cancel_first: &[
        "once iptal",
        "once siparisi iptal",
        "once islemi iptal",
        "once emri iptal",
        "iptal edin once",
        "iptal et once",
    ],
    // "dondu " whole: "dondurma" is ice cream.
    error: &[
        "sistem hata",
        "sistemsel hata",
        "sistemde hata",
        "sistem sorun",
        "sistemsel sorun",
        "sistemsel bir sorun",
        "sistemde sorun",
        "teknik sorun",
        "teknik hata",
        "teknik problem",
        "teknik bir sorun",
        "teknik bir hata",
        "aksaklik",
        "odeme basarisiz",
        "islem basarisiz",
        "transfer basarisiz",
        "havale basarisiz",
        "basarisiz odeme",
        "basarisiz islem",
        "odeme hata",
        "banka hata",
        "bankada hata",
        "bankada sorun",
        "donduruldu",
        "dondu ",
    ],
    contact: &["beni ara", "ara beni"],
};

/// Ukrainian.
const UKRAINIAN: Lang = Lang {
    // Not "відмін" as a stem: "відмінно" is "excellent".
    cancel: &[
        "скасу",
        "скасов",
        "відмініть",
        "відмінити",
        "відміни ",
        "анулю",
    ],
    refund: &[
        "поверн",
        "поверта",
        "відправлю назад",
        "перекажу назад",
        "надішлю назад",
        "скину назад",
        "відшкоду",
    ],
    cancel_first: &[
        "спочатку скасу",
        "спершу скасу",
        "скасуйте спочатку",
        "скасуй спочатку",
        "скасуйте ордер спочатку",
    ],
    error: &[
        "помилка систем",
        "помилки систем",
        "помилка в систем",
        "системна помилка",
        "збій",
        "збою",
        "збої",
        "технічна проблем",
        "технічні проблем",
        "технічних проблем",
        "технічна помилк",
        "технічної помилк",
        "неполадк",
        "несправн",
        "глюк",
        "глюч",
        "баг ",
        "баги",
        "платіж не пройш",
        "переказ не пройш",
        "оплата не пройш",
        "помилка платеж",
        "помилка переказ",
        "помилка оплат",
        "помилка банк",
        "заморож",
        "завис ",
        "зависла",
        "зависли",
        "зависло",
    ],
    contact: &["зателефонуй", "подзвони", "передзвони"],
};

/// Vietnamese, folded to plain Latin letters ("hủy" is "huy", "lỗi" is "loi"), so that text
/// written with or without its diacritics matches alike.
const VIETNAMESE: Lang = Lang {
    // Whole word: "huyện", "Huỳnh" start the same way.
    cancel: &["huy "],
    refund: &[
        "hoan tien",
        "hoan lai",
        "hoan tra",
        "tra lai",
        "tra tien lai",
        "chuyen lai",
        "gui lai tien",
        "gui tra",
    ],
    cancel_first: &[
        "huy truoc",
        "huy don truoc",
        "huy lenh truoc",
        "huy giao dich truoc",
        "truoc tien huy",
    ],
    // Not "loi" alone: "xin lỗi" is "sorry".
    error: &[
        "loi he thong",
        "he thong loi",
        "he thong dang loi",
        "loi ky thuat",
        "loi ki thuat",
        "van de ky thuat",
        "van de ki thuat",
        "su co ",
        "bi loi",
        "dang loi",
        "loi ngan hang",
        "ngan hang loi",
        "loi thanh toan",
        "loi giao dich",
        "loi chuyen khoan",
        "thanh toan that bai",
        "giao dich that bai",
        "chuyen khoan that bai",
        "chuyen tien that bai",
        "bi treo",
        "dong bang",
    ],
    contact: &[
        "goi cho toi",
        "goi cho minh",
        "goi dien",
        "so dien thoai",
        "sdt ",
    ],
};

/// Simplified Chinese.
const CHINESE_SIMPLIFIED: Lang = Lang {
    cancel: &["取消", "撤销", "撤单"],
    refund: &[
        "退款",
        "退钱",
        "退还",
        "退回",
        "返还",
        "还钱",
        "还给你",
        "还你",
        "转回",
        "打回",
    ],
    cancel_first: &["先取消", "先撤单", "先撤销", "先把订单取消", "先把单取消"],
    // Not "出错" alone: "信息出错" is "the details were wrong".
    error: &[
        "系统错误",
        "系统问题",
        "系统异常",
        "系统出错",
        "系统出问题",
        "技术问题",
        "故障",
        "付款失败",
        "支付失败",
        "转账失败",
        "交易失败",
        "汇款失败",
        "冻结",
        "卡单",
    ],
    contact: &["打电话", "打给我", "电话号码", "联系电话"],
};

/// Traditional Chinese.
const CHINESE_TRADITIONAL: Lang = Lang {
    cancel: &["取消", "撤銷", "撤單"],
    refund: &[
        "退款",
        "退錢",
        "退還",
        "退回",
        "返還",
        "還錢",
        "還給你",
        "還你",
        "轉回",
        "打回",
    ],
    cancel_first: &["先取消", "先撤單", "先撤銷", "先把訂單取消", "先把單取消"],
    error: &[
        "系統錯誤",
        "系統問題",
        "系統異常",
        "系統出錯",
        "系統出問題",
        "技術問題",
        "故障",
        "付款失敗",
        "支付失敗",
        "轉帳失敗",
        "轉賬失敗",
        "交易失敗",
        "匯款失敗",
        "凍結",
        "卡單",
    ],
    contact: &["打電話", "打給我", "電話號碼", "聯絡電話"],
};

/// The app's 11 languages.
static LANGUAGES: [Lang; 11] = [
    ENGLISH,
    SPANISH,
    FRENCH,
    INDONESIAN,
    PORTUGUESE,
    RUSSIAN,
    TURKISH,
    UKRAINIAN,
    VIETNAMESE,
    CHINESE_SIMPLIFIED,
    CHINESE_TRADITIONAL,
];

/// Messengers and their links, in any language. "Line" and "Signal" are ordinary English
/// words, so only their app forms count ("line id", "加line"); "飞机" (plane) is Chinese slang
/// for Telegram only with "纸" or "加" before it; "wa", "wsp", "wpp" and "zap" are WhatsApp in
/// Indonesian, Spanish and Brazilian chat.
const APPS: &[&str] = &[
    "telegram",
    "t.me/",
    "tg ",
    "телеграм",
    "телег",
    "тг ",
    "电报",
    "電報",
    "纸飞机",
    "加飞机",
    "紙飛機",
    "加飛機",
    "whatsap",
    "whats app",
    "watsap",
    "wasap",
    "guasap",
    "wa.me/",
    "wa ",
    "wsp ",
    "wpp ",
    "zap ",
    "zapzap",
    "ватсап",
    "вотсап",
    "вацап",
    "ватцап",
    "wechat",
    "we chat",
    "weixin",
    "微信",
    "vx ",
    "viber",
    "вайбер",
    "signal app",
    "signal messenger",
    "line id",
    "line app",
    "add me on line",
    "加line",
    "加賴",
    "zalo",
];

/// The longest gap, in characters, between a cancel word and a refund word that still reads as
/// one request: a sentence or two, not two unrelated messages of a long chat.
const PAIR_WINDOW: usize = 80;

/// The longest excerpt, in characters, without its ellipses.
const EXCERPT_CHARS: usize = 60;

/// Marks where the excerpt cuts the text.
const ELLIPSIS: char = '…';

/// A phone number has at least this many digits (a local number with its area code)…
const MIN_PHONE_DIGITS: usize = 9;

/// …and at most this many (E.164). Order numbers (19 digits) and card numbers (16 and more)
/// are longer.
const MAX_PHONE_DIGITS: usize = 15;

/// What may sit between a phone number's digit groups ("8 999 123-45-67", "0812.3456.7890";
/// parentheses are already spaces).
const PHONE_SEPARATORS: [char; 3] = [' ', '-', '.'];

/// The most separators in a row inside a phone number ("999 - 123").
const MAX_GAP: usize = 3;

/// Punctuation read as a space: it separates words but never changes them. Dots, commas,
/// slashes, dashes, "+", "@" and ":" stay, for links, phone numbers, amounts and times.
const SEPARATORS: &str = ";!?\"()[]{}<>«»“”„…·•|*~，。！？；、「」『』（）【】《》";

/// Invisible characters, dropped: a zero-width space can hide a word from a plain search.
const IGNORED: &str = "\u{ad}\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}";

/// Apostrophes, all read as "'" ("d’abord" is "d'abord").
const APOSTROPHES: &str = "\u{2018}\u{2019}\u{2bc}`\u{b4}";

/// Accented lowercase letters and the plain letter each is read as: Vietnamese, Turkish,
/// Spanish, Portuguese and French sellers often leave accents out, so phrases are listed
/// without them and match either way.
const ACCENTS: [(char, &str); 11] = [
    ('a', "àáâãäåāăąạảấầẩẫậắằẳẵặ"),
    ('c', "çćč"),
    ('d', "đď"),
    ('e', "èéêëēĕėęěẹẻẽếềểễệ"),
    ('g', "ğ"),
    ('i', "ìíîïĩīĭįıỉị"),
    ('n', "ñń"),
    ('o', "òóôõöøōŏőơọỏốồổỗộớờởỡợ"),
    ('s', "şšś"),
    ('u', "ùúûüũūŭůűųưụủứừửữự"),
    ('y', "ýÿỳỵỷỹ"),
];

/// Text prepared for matching, with the way back to the original.
struct Normalised {
    /// Lowercase, without accents, one space between words.
    text: String,
    /// For each byte of `text`, the byte range of the original char it came from.
    origin: Vec<(usize, usize)>,
}

impl Normalised {
    /// The original bytes behind `found`, a non-empty range of `text`.
    fn source(&self, found: Range<usize>) -> Range<usize> {
        self.origin[found.start].0..self.origin[found.end - 1].1
    }
}

/// `text` lowercased and folded (see [`fold`]), each char remembering where it came from, so a
/// match can be shown as the seller wrote it.
fn normalise(text: &str) -> Normalised {
    let mut norm = Normalised {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    for (at, c) in text.char_indices() {
        let source = (at, at + c.len_utf8());
        // "İ" lowercases to "i" and a combining dot, which `fold` drops.
        for lower in c.to_lowercase() {
            let Some(folded) = fold(lower) else { continue };
            // One space between words, none at the start.
            if folded == ' ' && (norm.text.is_empty() || norm.text.ends_with(' ')) {
                continue;
            }
            norm.text.push(folded);
            norm.origin
                .extend(std::iter::repeat_n(source, folded.len_utf8()));
        }
    }
    norm
}

/// How one lowercase char is read: whitespace and separating punctuation as a space, accented
/// letters as plain ones, "ё" as "е", combining accents and invisible characters not at all.
fn fold(c: char) -> Option<char> {
    if c.is_whitespace() || SEPARATORS.contains(c) {
        Some(' ')
    } else if IGNORED.contains(c) || ('\u{300}'..='\u{36f}').contains(&c) {
        None
    } else if APOSTROPHES.contains(c) {
        Some('\'')
    } else if c == 'ё' {
        Some('е')
    } else {
        Some(
            ACCENTS
                .iter()
                .find(|(_, letters)| letters.contains(c))
                .map_or(c, |&(base, _)| base),
        )
    }
}

/// Chinese characters (and Japanese kana): words are not separated by spaces there.
fn is_cjk(c: char) -> bool {
    matches!(
        c,
        '\u{3040}'..='\u{30ff}'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{f900}'..='\u{faff}'
    )
}

/// A char that continues a word in a script that separates words with spaces.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// Every phrase of one kind, in every language: sellers mix languages ("cancel dulu"), and a
/// Russian seller may write in English.
fn phrases(kind: fn(&Lang) -> &'static [&'static str]) -> impl Iterator<Item = &'static str> {
    LANGUAGES
        .iter()
        .flat_map(move |lang| kind(lang).iter().copied())
}

/// Where `phrases` occur in `norm`, by the rules of [`Lang`], as byte ranges of `norm`.
fn occurrences(norm: &str, phrases: impl IntoIterator<Item = &'static str>) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for phrase in phrases {
        let (stem, whole_word) = match phrase.strip_suffix(' ') {
            Some(stem) => (stem, true),
            None => (phrase, false),
        };
        for (at, _) in norm.match_indices(stem) {
            let end = at + stem.len();
            let starts_word =
                !stem.starts_with(is_word_char) || !norm[..at].ends_with(is_word_char);
            let ends_word = !whole_word || !norm[end..].starts_with(is_word_char);
            if starts_word && ends_word {
                found.push(at..end);
            }
        }
    }
    found
}

/// The match that starts first (the shorter one of two that start together).
fn earliest(found: impl IntoIterator<Item = Range<usize>>) -> Option<Range<usize>> {
    found.into_iter().min_by_key(|span| (span.start, span.end))
}

/// The first request to cancel first: an explicit phrase, or a cancel word and a refund word
/// close together (see [`find`]), covering both words.
fn cancel_first(norm: &str) -> Option<Range<usize>> {
    let mut found = occurrences(norm, phrases(|lang| lang.cancel_first));
    let cancels = occurrences(norm, phrases(|lang| lang.cancel));
    let refunds = occurrences(norm, phrases(|lang| lang.refund));
    for cancel in &cancels {
        for refund in &refunds {
            if gap(norm, cancel, refund) <= PAIR_WINDOW {
                found.push(cancel.start.min(refund.start)..cancel.end.max(refund.end));
            }
        }
    }
    earliest(found)
}

/// The characters between two matches (none if they overlap).
fn gap(norm: &str, a: &Range<usize>, b: &Range<usize>) -> usize {
    let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
    norm.get(first.end..second.start)
        .map_or(0, |between| between.chars().count())
}

/// The first phone number in `norm`: 9 to 15 digits, in groups separated by spaces, dashes or
/// dots, perhaps after a "+". Not a phone number: a longer run (an order or card number), a
/// number that goes on as a word, a decimal or a time ("…789abc", "…789,50", "…12:30"), an
/// amount with cents ("1500000.00") or written in thousands ("150.000.000", "150 000 000").
fn phone_number(norm: &str) -> Option<Range<usize>> {
    let chars: Vec<(usize, char)> = norm.char_indices().collect();
    let digit_at = |i: usize| chars.get(i).is_some_and(|&(_, c)| c.is_ascii_digit());
    let mut i = 0;
    while i < chars.len() {
        let plus = chars[i].1 == '+';
        let first_digit = if plus { i + 1 } else { i };
        let starts_word = i == 0 || !is_word_char(chars[i - 1].1);
        if !starts_word || !digit_at(first_digit) {
            i += 1;
            continue;
        }
        // The digit groups, and the first char other than a space in each gap between them.
        let mut groups = Vec::new();
        let mut separators = Vec::new();
        let mut j = first_digit;
        loop {
            let group_start = j;
            while digit_at(j) {
                j += 1;
            }
            groups.push(j - group_start);
            let mut k = j;
            while k - j < MAX_GAP
                && chars
                    .get(k)
                    .is_some_and(|&(_, c)| PHONE_SEPARATORS.contains(&c))
            {
                k += 1;
            }
            if k == j || !digit_at(k) {
                break;
            }
            separators.push(
                chars[j..k]
                    .iter()
                    .map(|&(_, c)| c)
                    .find(|&c| c != ' ')
                    .unwrap_or(' '),
            );
            j = k;
        }
        let next = chars.get(j).map(|&(_, c)| c);
        let goes_on =
            next.is_some_and(is_word_char) || (matches!(next, Some(',' | ':')) && digit_at(j + 1));
        if !goes_on && looks_like_phone(plus, &groups, &separators) {
            let end = chars.get(j).map_or(norm.len(), |&(at, _)| at);
            return Some(chars[i].0..end);
        }
        i = j;
    }
    None
}

/// Whether digit groups read as a phone number rather than an amount (see [`phone_number`]).
fn looks_like_phone(plus: bool, groups: &[usize], separators: &[char]) -> bool {
    let digits: usize = groups.iter().sum();
    if !(MIN_PHONE_DIGITS..=MAX_PHONE_DIGITS).contains(&digits) {
        return false;
    }
    // Nobody writes an amount after a "+".
    if plus {
        return true;
    }
    let cents = separators.last() == Some(&'.') && groups.last() == Some(&2);
    // Đồng, rupiah and rubles are written in thousands; phone numbers are not grouped in
    // threes after the first group, or not with dashes.
    let thousands = groups.len() > 1
        && groups[0] <= 3
        && groups[1..].iter().all(|&group| group == 3)
        && !separators.contains(&'-');
    !cents && !thousands
}

/// At most [`EXCERPT_CHARS`] characters of `text` around `found` (a range of `text`), cut
/// between words where the text has spaces, with [`ELLIPSIS`] where text was left out.
fn excerpt(text: &str, found: Range<usize>) -> String {
    let matched = text[found.clone()].chars().count();
    let (mut start, mut end) = if matched > EXCERPT_CHARS {
        (found.start, forward(text, found.start, EXCERPT_CHARS))
    } else {
        let room = EXCERPT_CHARS - matched;
        let start = back(text, found.start, room / 2);
        // Room unused before the match (near the start of the text) goes after it.
        let used = text[start..found.start].chars().count();
        (start, forward(text, found.end, room - used))
    };
    // Not inside a word: Chinese, with no spaces, is cut anywhere.
    if start > 0
        && !text[..start].ends_with(char::is_whitespace)
        && let Some((at, space)) = text[start..found.start]
            .char_indices()
            .find(|&(_, c)| c.is_whitespace())
    {
        start += at + space.len_utf8();
    }
    if end < text.len()
        && !text[end..].starts_with(char::is_whitespace)
        && let Some(at) = text
            .get(found.end..end)
            .and_then(|after| after.rfind(char::is_whitespace))
    {
        end = found.end + at;
    }
    let mut out = String::new();
    if !text[..start].trim().is_empty() {
        out.push(ELLIPSIS);
    }
    out.push_str(text[start..end].trim());
    if !text[end..].trim().is_empty() {
        out.push(ELLIPSIS);
    }
    out
}

/// The byte index `chars` characters after `from`, or the end of `text`.
fn forward(text: &str, from: usize, chars: usize) -> usize {
    text[from..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(at, _)| from + at)
}

/// The byte index `chars` characters before `from`, or the start of `text`.
fn back(text: &str, from: usize, chars: usize) -> usize {
    text[..from]
        .char_indices()
        .rev()
        .take(chars)
        .map(|(at, _)| at)
        .min()
        .unwrap_or(from)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The excerpt for `sign` in `text`, checked to be part of `text` as written and short.
    fn shows(sign: Sign, text: &str) -> String {
        let Some(excerpt) = find(sign, text) else {
            panic!("{sign:?} not found in {text:?}");
        };
        let verbatim = excerpt
            .trim_start_matches(ELLIPSIS)
            .trim_end_matches(ELLIPSIS);
        assert!(!verbatim.is_empty(), "empty excerpt for {text:?}");
        assert!(
            text.contains(verbatim),
            "{excerpt:?} is not part of {text:?}"
        );
        assert!(
            verbatim.chars().count() <= EXCERPT_CHARS,
            "{excerpt:?} is too long"
        );
        excerpt
    }

    #[test]
    fn cancel_first_in_every_language() {
        for text in [
            // English
            "Sorry bro, please cancel the order and I will refund you right away",
            "Cancel first, the money comes later",
            // Spanish
            "Por favor cancela la orden y te devuelvo el dinero enseguida",
            // French
            "Annulez d’abord la commande, je vous rembourse tout de suite",
            // Indonesian
            "Tolong batalkan dulu pesanannya, nanti uangnya saya kembalikan",
            // Portuguese
            "Cancela a ordem que eu faço o estorno na hora",
            // Russian
            "Отмените ордер, я верну деньги",
            "Сначала отмените сделку, потом разберёмся",
            // Turkish, with and without its letters, and in capitals
            "Lütfen önce iptal edin, parayı hemen iade ederim",
            "lutfen iptal edin, parayi geri gonderecegim",
            "ÖNCE İPTAL EDİN",
            // Ukrainian
            "Скасуйте ордер, я поверну гроші протягом години",
            // Vietnamese, with and without diacritics
            "Bạn hủy đơn trước đi, mình sẽ hoàn tiền lại ngay",
            "ban huy don giup minh, minh hoan tien lien",
            // Simplified Chinese
            "请先取消订单，我马上退款给你",
            // Traditional Chinese
            "請先取消訂單，我會馬上退款給你",
            // Two languages in one message
            "Bro cancel dulu ya, nanti saya refund",
        ] {
            shows(Sign::CancelFirst, text);
        }
    }

    #[test]
    fn system_error_in_every_language() {
        for text in [
            // English
            "There is a system error at my bank, the payment failed",
            // Spanish
            "Hubo un error del sistema y el pago falló",
            // French
            "Il y a une erreur système, le paiement a échoué",
            // Indonesian
            "Maaf ada gangguan sistem di bank, transaksi gagal",
            // Portuguese
            "Deu erro no sistema do banco, o Pix falhou",
            // Russian
            "Произошла ошибка системы, платёж не прошёл",
            // Turkish, with and without its letters
            "Bankada sistem hatası var, ödeme başarısız oldu",
            "sistem hatasi var, bekleyin",
            // Ukrainian
            "У банку збій, технічна проблема з переказом",
            // Vietnamese, with and without diacritics
            "Hệ thống ngân hàng bị lỗi, giao dịch thất bại",
            "loi he thong, chuyen khoan that bai roi",
            // Simplified Chinese
            "系统错误，付款失败了",
            // Traditional Chinese
            "銀行系統故障，轉帳失敗",
        ] {
            shows(Sign::SystemError, text);
        }
    }

    #[test]
    fn off_platform_in_several_languages() {
        for text in [
            // English
            "Write me on Telegram: t.me/fastseller",
            "https://t.me/fastseller",
            // Spanish
            "Escríbeme al WhatsApp por favor",
            // French
            "Contactez-moi sur Telegram",
            // Indonesian
            "Hubungi saya di WA 0812-3456-7890",
            // Portuguese
            "Me chama no zap que resolvo",
            "wa.me/5511912345678",
            // Russian
            "Напишите мне в телеграм @seller",
            // Turkish
            "Telegramdan yazın",
            // Ukrainian
            "Напишіть у вайбер",
            // Vietnamese
            "Kết bạn Zalo với mình nhé",
            // Simplified Chinese
            "加我微信详聊",
            // Traditional Chinese
            "加LINE聊",
            // A zero-width space inside the name
            "tele\u{200b}gram",
        ] {
            shows(Sign::OffPlatform, text);
        }
    }

    #[test]
    fn phone_numbers_are_off_platform() {
        for (text, number) in [
            ("My number is +44 7911 123456", "+44 7911 123456"),
            ("Позвоните мне 8 999 123-45-67", "8 999 123-45-67"),
            ("номер +7 (999) 123-45-67", "+7 (999) 123-45-67"),
            ("电话13812345678", "13812345678"),
            ("sdt 0912345678", "0912345678"),
        ] {
            let excerpt = shows(Sign::OffPlatform, text);
            assert!(excerpt.contains(number), "{excerpt:?} lacks {number:?}");
        }
    }

    #[test]
    fn order_card_numbers_and_amounts_are_not_phone_numbers() {
        for text in [
            "Order 1923847561209344007 amount 50,000.00 RUB",
            "Карта 2202 2000 1234 5678",
            "Сумма 1500000.00",
            "Số tiền 150.000.000 VND",
            "Tổng 150 000 000 đ",
            "Valor R$ 1.500.000,00",
            "Paid at 2024-05-01 12:30",
            "ref 1234567890abc",
        ] {
            assert_eq!(find(Sign::OffPlatform, text), None, "{text:?}");
        }
    }

    #[test]
    fn neutral_text_shows_nothing() {
        for text in [
            "I have not received the payment",
            "Payment details were wrong",
            "Please release the crypto",
            "Order 1923847561209344007 amount 50,000.00 RUB",
            "Я не получил оплату",
            "我没有收到付款",
            // Turkish: "I haven't received the payment yet, please wait a little."
            "Ödemeyi henüz almadım, lütfen biraz bekleyin",
            // Turkish: "I will pay today." ("bugün" is not "bug")
            "Bugün ödeme yapacağım",
            // Vietnamese: "I haven't received the money, please wait a little longer."
            "Tôi chưa nhận được tiền, vui lòng chờ thêm",
            // Vietnamese: "I have transferred the money." ("chuyển" holds "huy")
            "Mình đã chuyển tiền rồi",
            // Indonesian: "Sorry to bother you."
            "Maaf atas gangguannya",
            // Russian: "It depends on the bank; the details are correct."
            "Зависит от банка, реквизиты верные",
        ] {
            for sign in [Sign::CancelFirst, Sign::SystemError, Sign::OffPlatform] {
                assert_eq!(find(sign, text), None, "{sign:?} in {text:?}");
            }
        }
    }

    #[test]
    fn cancelling_or_refunding_alone_is_not_cancel_first() {
        assert_eq!(find(Sign::CancelFirst, "Please cancel the order"), None);
        assert_eq!(
            find(Sign::CancelFirst, "I will refund the difference"),
            None
        );
        let far = format!(
            "Please cancel the order. {}I will refund.",
            "ok ".repeat(40)
        );
        assert_eq!(find(Sign::CancelFirst, &far), None);
    }

    #[test]
    fn a_long_text_gives_a_short_excerpt_around_the_match() {
        let filler = "The weather is nice today and the market is calm. ".repeat(4);
        let text = format!("{filler}Отмените ордер, я верну деньги. {filler}");
        let excerpt = shows(Sign::CancelFirst, &text);
        assert!(
            excerpt.starts_with(ELLIPSIS) && excerpt.ends_with(ELLIPSIS),
            "{excerpt:?}"
        );
        assert!(excerpt.contains("Отмените ордер, я верну"), "{excerpt:?}");

        let filler = "今天天气很好，市场很平静。".repeat(10);
        let text = format!("{filler}请先取消订单，我马上退款给你。{filler}");
        let excerpt = shows(Sign::CancelFirst, &text);
        assert!(excerpt.contains("先取消"), "{excerpt:?}");

        // A match longer than the excerpt is cut after its start.
        let text = format!(
            "Please cancel the order now, {} and then I will refund you",
            "x".repeat(40)
        );
        let excerpt = shows(Sign::CancelFirst, &text);
        assert!(
            excerpt.starts_with("…cancel the order") && excerpt.ends_with(ELLIPSIS),
            "{excerpt:?}"
        );
    }

    #[test]
    fn a_short_text_is_shown_whole() {
        let text = "Отмените ордер, я верну деньги";
        assert_eq!(find(Sign::CancelFirst, text).as_deref(), Some(text));
    }

    #[test]
    fn phrases_are_normalised_and_not_empty() {
        let lists = LANGUAGES.iter().flat_map(|lang| {
            [
                lang.cancel,
                lang.refund,
                lang.cancel_first,
                lang.error,
                lang.contact,
            ]
        });
        for phrase in lists.flatten().chain(APPS) {
            assert!(
                !phrase.trim().is_empty() && !phrase.starts_with(' '),
                "{phrase:?}"
            );
            assert_eq!(
                normalise(phrase).text,
                *phrase,
                "{phrase:?} would never match"
            );
        }
    }
}
