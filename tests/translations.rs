//! The translations: every language the app offers has every English message and no stray
//! one, uses no argument English does not give, leaves no sentence in English, parses without
//! errors, loads, and is named in itself; the .desktop file names and describes the app in each
//! language.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use p2p_cancel_review::i18n::LANGUAGES;

const DOMAIN: &str = "p2p-cancel-review";

fn i18n_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n")
}

fn variables_in(expression: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for positional in &arguments.positional {
                variables_in(positional, found);
            }
            for named in &arguments.named {
                variables_in(&named.value, found);
            }
        }
        InlineExpression::Placeable { expression } => variables_of(expression, found),
        _ => {}
    }
}

fn variables_of(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            variables_in(selector, found);
            for variant in variants {
                variables_of_pattern(&variant.value, found);
            }
        }
        Expression::Inline(inline) => variables_in(inline, found),
    }
}

fn variables_of_pattern(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_of(expression, found);
        }
    }
}

/// Each message of a language ("id" or "id.attribute") with the variables it uses.
/// The plain text of a pattern, without its placeables.
fn text_of(pattern: &Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .filter_map(|element| match element {
            PatternElement::TextElement { value } => Some(*value),
            PatternElement::Placeable { .. } => None,
        })
        .collect()
}

/// Each message's (and attribute's) variables, by id.
fn messages(language: &str) -> BTreeMap<String, BTreeSet<String>> {
    texts_and_variables(language)
        .into_iter()
        .map(|(id, (_, variables))| (id, variables))
        .collect()
}

/// Each message's (and attribute's) text and variables, by id.
fn texts_and_variables(language: &str) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let path = i18n_dir().join(language).join(format!("{DOMAIN}.ftl"));
    let source =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
        panic!("{language}: syntax errors (those messages would be dropped): {errors:?}")
    });
    let mut found = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            let mut text = String::new();
            if let Some(value) = &message.value {
                variables_of_pattern(value, &mut variables);
                text = text_of(value);
            }
            let id = message.id.name.to_owned();
            assert!(
                found.insert(id.clone(), (text, variables)).is_none(),
                "{language}: {id} twice"
            );
            for attribute in &message.attributes {
                let mut variables = BTreeSet::new();
                variables_of_pattern(&attribute.value, &mut variables);
                found.insert(
                    format!("{id}.{}", attribute.id.name),
                    (text_of(&attribute.value), variables),
                );
            }
        }
    }
    found
}

fn folders() -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(i18n_dir())
        .unwrap()
        .filter_map(|entry| {
            let entry = entry.unwrap();
            entry
                .file_type()
                .unwrap()
                .is_dir()
                .then(|| entry.file_name().into_string().unwrap())
        })
        .collect();
    found.sort();
    found
}

#[test]
fn the_languages_offered_are_the_folders_and_the_names_are_in_each_language() {
    let mut offered: Vec<String> = LANGUAGES.iter().map(|l| l.tag.to_owned()).collect();
    offered.sort();
    assert_eq!(folders(), offered);
    for language in &LANGUAGES {
        // A folder named otherwise than its tag would make the library fail to load it.
        let id: i18n_embed::unic_langid::LanguageIdentifier = language.tag.parse().unwrap();
        assert_eq!(id.to_string(), language.tag);
        assert!(
            messages(language.tag).contains_key("language-name"),
            "{}: language-name",
            language.tag
        );
    }
}

#[test]
fn every_language_has_every_message_and_no_stray_one() {
    let english = messages("en");
    assert!(english.len() > 300, "{} English messages", english.len());
    for language in LANGUAGES.iter().map(|l| l.tag).filter(|t| *t != "en") {
        let translated = messages(language);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        let stray: Vec<&String> = translated
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty() && stray.is_empty(),
            "{language}: missing {missing:?}, stray {stray:?}"
        );
        for (id, variables) in &translated {
            let unknown: Vec<&String> = variables.difference(&english[id]).collect();
            assert!(
                unknown.is_empty(),
                "{language}: {id} uses {unknown:?}, which the app does not give"
            );
        }
    }
}

/// Words of three letters or more, leaving out addresses (`bytick.com`, links): a sentence has
/// several, a product name or a code has few.
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|token| !token.contains('.') || token.ends_with('.'))
        .flat_map(|token| token.split(|c: char| !c.is_alphabetic()))
        .filter(|word| word.chars().count() >= 3)
        .collect()
}

#[test]
fn no_translation_leaves_a_sentence_in_english() {
    let english = texts_and_variables("en");
    for language in LANGUAGES.iter().map(|l| l.tag).filter(|t| *t != "en") {
        let translated = texts_and_variables(language);
        let left: Vec<&String> = translated
            .iter()
            .filter(|(id, (text, _))| {
                english.get(*id).is_some_and(|(source, _)| source == text) && words(text).len() >= 3
            })
            .map(|(id, _)| id)
            .collect();
        assert!(left.is_empty(), "{language}: still in English: {left:?}");
    }
}

/// One test switches the app's language (it is one per process), so nothing races it.
#[test]
fn every_language_loads_and_the_desktop_file_speaks_each() {
    let desktop = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("dist/linux/p2p-cancel-review.desktop"),
    )
    .unwrap();
    for language in &LANGUAGES {
        p2p_cancel_review::i18n::set(language);
        assert_eq!(p2p_cancel_review::i18n::current(), language);
        assert_eq!(p2p_cancel_review::fl!("language-name"), language.name);
        if language.tag == "en" {
            // The product's name where the system keeps one name (packages, the .exe, eframe).
            assert_eq!(
                p2p_cancel_review::fl!("app-title"),
                p2p_cancel_review::ui::APP_NAME
            );
        }
        // Desktop files spell locales the POSIX way, and Latin American Spanish as plain "es";
        // English is the untranslated line.
        let locale = match language.tag {
            "en" => String::new(),
            "es-419" => "[es]".to_owned(),
            tag => format!("[{}]", tag.replace('-', "_")),
        };
        // The practice action's name is in its own section, after the entry.
        let (entry, action) = desktop
            .split_once("[Desktop Action practice]")
            .expect("the practice action");
        for (section, key, message) in [
            (entry, "Name", p2p_cancel_review::fl!("app-title")),
            (
                entry,
                "GenericName",
                p2p_cancel_review::fl!("desktop-generic-name"),
            ),
            (entry, "Comment", p2p_cancel_review::fl!("desktop-comment")),
            (
                entry,
                "Keywords",
                p2p_cancel_review::fl!("desktop-keywords"),
            ),
            (
                action,
                "Name",
                p2p_cancel_review::fl!("desktop-action-practice"),
            ),
        ] {
            let line = format!("{key}{locale}={message}");
            assert!(section.lines().any(|l| l == line), "missing: {line}");
        }
        assert!(
            p2p_cancel_review::fl!("desktop-keywords").ends_with(';'),
            "{}: keywords end with ';'",
            language.tag
        );
    }
    p2p_cancel_review::i18n::set(&LANGUAGES[0]);
}
