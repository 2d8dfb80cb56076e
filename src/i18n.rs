//! The merchant's language. Every sentence the app shows comes from Fluent files
//! (`i18n/<language>/p2p-cancel-review.ftl`, built into the binary) through [`crate::fl!`],
//! which checks message ids and arguments against the English file at compile time. The
//! language follows the system (or `--lang`, or the one picked in Settings); regional variants
//! fall back to the language: es-MX to Latin American Spanish, pt-PT to Brazilian Portuguese,
//! zh-HK to Traditional Chinese. Numbers are written the locale's way ([`crate::format`]).
//!
//! Not translated: flags, `--json` output, what the merchant typed, and Bybit's own messages
//! (shown as received, after the app's explanation).

use std::borrow::Cow;
use std::sync::{LazyLock, RwLock};

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::unic_langid::LanguageIdentifier;

#[derive(rust_embed::RustEmbed)]
#[folder = "i18n"]
#[include = "*.ftl"]
struct Localizations;

/// The loaded messages, English until a language is chosen.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    // The English file is built in and checked by the tests: it loads.
    if let Err(e) = loader.load_fallback_language(&Localizations) {
        tracing::error!("the English messages could not be loaded: {e}");
    }
    // No Unicode isolation marks around arguments: they would end up in copied text, logs
    // and the command line's output (no right-to-left language is offered).
    loader.set_use_isolating(false);
    loader
});

/// A message in the current language: `fl!("id")`, or `fl!("id", name = value, ...)` with
/// strings or numbers (numbers choose plural forms; amounts are passed as formatted text).
#[macro_export]
macro_rules! fl {
    ($id:literal) => {{
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id)
    }};
    ($id:literal, $($args:expr),+ $(,)?) => {{
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id, $($args),+)
    }};
}

/// A language the app speaks.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    /// BCP 47, as the folder under `i18n/` is named.
    pub tag: &'static str,
    /// The language's name in itself, for the picker.
    pub name: &'static str,
}

/// Every language offered, English first. Right-to-left languages (Arabic, Persian, Urdu,
/// Hebrew) wait until egui can lay out right-to-left text.
pub const LANGUAGES: [Language; 11] = [
    Language {
        tag: "en",
        name: "English",
    },
    Language {
        tag: "ru",
        name: "Русский",
    },
    Language {
        tag: "uk",
        name: "Українська",
    },
    Language {
        tag: "es-419",
        name: "Español (Latinoamérica)",
    },
    Language {
        tag: "pt-BR",
        name: "Português (Brasil)",
    },
    Language {
        tag: "tr",
        name: "Türkçe",
    },
    Language {
        tag: "vi",
        name: "Tiếng Việt",
    },
    Language {
        tag: "id",
        name: "Bahasa Indonesia",
    },
    Language {
        tag: "zh-TW",
        name: "繁體中文",
    },
    Language {
        tag: "zh-CN",
        name: "简体中文",
    },
    Language {
        tag: "fr",
        name: "Français",
    },
];

impl Language {
    /// The locale whose number format the language uses (the pseudo-language writes numbers
    /// as English does).
    pub fn number_locale(&self) -> &'static str {
        if *self == PSEUDO { "en" } else { self.tag }
    }
}

/// A pseudo-language for checking the app itself: English, accented and 40 % longer, so text
/// that escaped translation stands out and tight layouts show (the tests drive the window in it).
pub const PSEUDO: Language = Language {
    tag: "en-XA",
    name: "Ëñğľíšħ (pseudo)",
};

/// The language in use.
static CURRENT: RwLock<&'static Language> = RwLock::new(&LANGUAGES[0]);

/// The language in use.
pub fn current() -> &'static Language {
    *CURRENT.read().unwrap_or_else(|e| e.into_inner())
}

/// The language the app speaks for a requested one, if any: the language itself, or the
/// variant offered for its family.
pub fn offered_for(requested: &LanguageIdentifier) -> Option<&'static Language> {
    let script = requested.script.as_ref().map(|s| s.as_str());
    let region = requested.region.as_ref().map(|r| r.as_str());
    let tag = match requested.language.as_str() {
        "en" => "en",
        "ru" => "ru",
        "uk" => "uk",
        "es" => "es-419",
        "pt" => "pt-BR",
        "tr" => "tr",
        "vi" => "vi",
        // "in" is the old code for Indonesian.
        "id" | "in" => "id",
        "zh" => match (script, region) {
            (Some("Hant"), _) | (None, Some("TW" | "HK" | "MO")) => "zh-TW",
            _ => "zh-CN",
        },
        "fr" => "fr",
        _ => return None,
    };
    LANGUAGES.iter().find(|l| l.tag == tag)
}

/// The first requested language the app speaks, else English.
pub fn pick(requested: &[LanguageIdentifier]) -> &'static Language {
    requested
        .iter()
        .find_map(offered_for)
        .unwrap_or(&LANGUAGES[0])
}

/// The language for a code a merchant typed or Settings saved: "ru", "uk-UA", "pt_PT",
/// "zh-Hant", or the pseudo-language's tag.
pub fn parse(code: &str) -> Option<&'static Language> {
    let code = code.trim();
    if code.eq_ignore_ascii_case(PSEUDO.tag) {
        return Some(&PSEUDO);
    }
    // POSIX spells them uk_UA.UTF-8 or sr_RS@latin.
    let bare = code
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    offered_for(&bare.parse().ok()?)
}

/// The system's languages, in the order the system prefers them (on Unix from `LANGUAGE`,
/// `LC_ALL`, `LC_MESSAGES` and `LANG`).
pub fn system() -> &'static Language {
    pick(&i18n_embed::DesktopLanguageRequester::requested_languages())
}

/// Speaks `language` from now on (English where a message is missing).
pub fn set(language: &'static Language) {
    // Already spoken: nothing to load again (the window's start sets it more than once).
    if current() == language {
        return;
    }
    let Ok(id) = language.tag.parse::<LanguageIdentifier>() else {
        return;
    };
    let loaded = if *language == PSEUDO {
        LOADER.load_languages(&Localizations, &["en".parse().unwrap_or(id)])
    } else {
        LOADER.load_languages(&Localizations, &[id])
    };
    if let Err(e) = loaded {
        tracing::error!("the {} messages could not be loaded: {e}", language.tag);
        return;
    }
    // Loading makes new bundles: both settings apply to them, not to the old ones.
    LOADER.set_use_isolating(false);
    let pseudo = *language == PSEUDO;
    LOADER.with_bundles_mut(|bundle| {
        bundle.set_transform(if pseudo { Some(pseudo_text) } else { None })
    });
    *CURRENT.write().unwrap_or_else(|e| e.into_inner()) = language;
}

/// English made strange but readable: accented letters and 40 % more length, so a sentence that
/// escaped translation (still plain English) or a layout too tight for longer languages shows.
/// Every letter used here is in egui's built-in font.
fn pseudo_text(text: &str) -> Cow<'_, str> {
    const SMALL: [char; 26] = [
        'á', 'ƀ', 'ç', 'ď', 'é', 'ƒ', 'ğ', 'ĥ', 'í', 'ĵ', 'ķ', 'ľ', 'м', 'ñ', 'ó', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'ú', 'ѵ', 'ŵ', 'χ', 'ý', 'ž',
    ];
    const CAPITAL: [char; 26] = [
        'Å', 'Ɓ', 'Ç', 'Ď', 'É', 'Ƒ', 'Ğ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ľ', 'М', 'Ñ', 'Ó', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Ú', 'Ѵ', 'Ŵ', 'Χ', 'Ý', 'Ž',
    ];
    let mut out = String::with_capacity(text.len() * 2);
    let mut letters = 0usize;
    for c in text.chars() {
        match c {
            'a'..='z' => {
                out.push(SMALL[c as usize - 'a' as usize]);
                letters += 1;
            }
            'A'..='Z' => {
                out.push(CAPITAL[c as usize - 'A' as usize]);
                letters += 1;
            }
            _ => out.push(c),
        }
    }
    if letters > 0 {
        // Longer by 40 % of its letters, at the end (where a clipped label loses it first).
        out.push(' ');
        out.extend(std::iter::repeat_n('·', (letters * 2).div_ceil(5)));
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(tags: &[&str]) -> &'static str {
        let requested: Vec<LanguageIdentifier> = tags.iter().map(|t| t.parse().unwrap()).collect();
        pick(&requested).tag
    }

    #[test]
    fn regional_variants_fall_back_to_their_language() {
        assert_eq!(asked(&["es-MX"]), "es-419");
        assert_eq!(asked(&["es-AR"]), "es-419");
        assert_eq!(asked(&["es"]), "es-419");
        assert_eq!(asked(&["pt-PT"]), "pt-BR");
        assert_eq!(asked(&["zh-HK"]), "zh-TW");
        assert_eq!(asked(&["zh-Hant"]), "zh-TW");
        assert_eq!(asked(&["zh-Hant-HK"]), "zh-TW");
        assert_eq!(asked(&["zh-SG"]), "zh-CN");
        assert_eq!(asked(&["zh-Hans-CN"]), "zh-CN");
        assert_eq!(asked(&["uk-UA"]), "uk");
        assert_eq!(asked(&["fr-CA"]), "fr");
        assert_eq!(asked(&["de-DE", "tr-TR"]), "tr", "the first one offered");
        assert_eq!(asked(&["de-DE"]), "en", "else English");
        assert_eq!(asked(&[]), "en");
    }

    #[test]
    fn codes_from_the_command_line_and_the_environment() {
        assert_eq!(parse("uk_UA.UTF-8").map(|l| l.tag), Some("uk"));
        assert_eq!(parse("sr_RS@latin"), None);
        assert_eq!(parse("vi").map(|l| l.tag), Some("vi"));
        assert_eq!(parse("zh_TW").map(|l| l.tag), Some("zh-TW"));
        assert_eq!(parse("EN-xa"), Some(&PSEUDO));
        assert_eq!(parse("klingon"), None);
    }

    #[test]
    fn pseudo_text_is_accented_and_longer() {
        let text = pseudo_text("Refuse the cancellation");
        assert!(text.starts_with("Ŕéƒúšé ţĥé"), "{text}");
        assert!(text.chars().count() >= "Refuse the cancellation".len() * 13 / 10);
        assert!(!text.contains("Refuse"));
    }
}
