//! Numbers in Fluent messages formatted for the page's language (fluent-rs formats
//! them the same everywhere): digit grouping, decimal sign and, for Arabic, Arabic-Indic
//! digits, as CLDR gives them for the languages glocal ships.

use fluent::FluentValue;
use fluent::memoizer::MemoizerKind;
use fluent::types::FluentNumber;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// How a language writes numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberFormat {
    group: &'static str,
    decimal: &'static str,
    /// Grouping starts at this many integer digits (Spanish writes 1234 but 12 345).
    group_from: usize,
    digits: Option<[char; 10]>,
}

const ARABIC_INDIC: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];

impl NumberFormat {
    pub fn for_language(lang: &str) -> NumberFormat {
        let (group, decimal, group_from, digits) = match lang {
            "de" | "vi" | "pt" | "id" | "it" | "nl" | "tr" | "da" => (".", ",", 4, None),
            "es" => (".", ",", 5, None),
            "fr" => ("\u{202f}", ",", 4, None),
            "ru" | "uk" | "pl" | "cs" | "sv" | "fi" | "nb" => ("\u{a0}", ",", 4, None),
            "ar" => ("٬", "٫", 4, Some(ARABIC_INDIC)),
            _ => (",", ".", 4, None),
        };
        NumberFormat { group, decimal, group_from, digits }
    }

    /// How the language of a BCP 47 tag (`pt-BR`, `ar`) writes numbers.
    pub fn for_locale(tag: &str) -> NumberFormat {
        NumberFormat::for_language(tag.split('-').next().unwrap_or(tag))
    }

    /// `text` with its ASCII digits in the language's own (a clock time `08:30` on an
    /// Arabic page is `٠٨:٣٠`, as its durations are), so that one line never mixes two
    /// numbering systems.
    pub fn native_digits(&self, text: &str) -> String {
        match self.digits {
            Some(d) => text
                .chars()
                .map(|c| c.to_digit(10).filter(|_| c.is_ascii_digit()).map_or(c, |n| d[n as usize]))
                .collect(),
            None => text.to_string(),
        }
    }

    /// Formats Fluent's plain rendering (`1234.5`, `-3`, `0.25`) for the language.
    pub fn format(&self, plain: &str) -> String {
        let (sign, rest) = plain.strip_prefix('-').map_or(("", plain), |r| ("-", r));
        let (int, frac) = rest.split_once('.').map_or((rest, None), |(i, f)| (i, Some(f)));
        let mut out = String::from(sign);
        let len = int.len();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && len >= self.group_from && (len - i) % 3 == 0 {
                out.push_str(self.group);
            }
            out.push(c);
        }
        if let Some(f) = frac {
            out.push_str(self.decimal);
            out.push_str(f);
        }
        match self.digits {
            Some(d) => out.chars().map(|c| c.to_digit(10).map_or(c, |n| d[n as usize])).collect(),
            None => out,
        }
    }
}

impl Memoizable for NumberFormat {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(NumberFormat::for_language(lang.language.as_str()))
    }
}

/// The formatter hook of every bundle: numbers in the bundle's language, other values
/// as Fluent formats them.
pub fn formatter<M: MemoizerKind>(value: &FluentValue, memoizer: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            memoizer.with_try_get_threadsafe::<NumberFormat, _, _>((), |f| f.format(&plain(n))).ok()
        }
        _ => None,
    }
}

fn plain(n: &FluentNumber) -> String {
    n.as_string().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_take_the_languages_own_digits() {
        assert_eq!(NumberFormat::for_language("ar").native_digits("08:30–09:15"), "٠٨:٣٠–٠٩:١٥");
        assert_eq!(NumberFormat::for_language("de").native_digits("08:30"), "08:30");
    }

    #[test]
    fn grouping_and_decimal_signs_follow_the_language() {
        assert_eq!(NumberFormat::for_language("en").format("1234567.5"), "1,234,567.5");
        assert_eq!(NumberFormat::for_language("de").format("1234567.5"), "1.234.567,5");
        assert_eq!(NumberFormat::for_language("vi").format("-1200"), "-1.200");
        assert_eq!(NumberFormat::for_language("es").format("1234"), "1234");
        assert_eq!(NumberFormat::for_language("es").format("12345"), "12.345");
        assert_eq!(NumberFormat::for_language("fr").format("12345,5".replace(',', ".").as_str()), "12\u{202f}345,5");
        assert_eq!(NumberFormat::for_language("ar").format("1234.5"), "١٬٢٣٤٫٥");
        assert_eq!(NumberFormat::for_language("ja").format("999"), "999");
    }
}
