//! Calendar dates as each language writes them ("Tuesday, 2 March 2027", "Thứ Ba, 2
//! tháng 3, 2027", "2027年3月2日火曜日"), from the CLDR data ICU4X compiles in, with the
//! language's own digits. Times of day stay `HH:MM` and take the `digits` filter.

use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDE};
use icu_datetime::input::Date;
use icu_locale_core::Locale;

fn locale(tag: &str) -> Locale {
    tag.parse().unwrap_or_else(|_| "en".parse().expect("en is a locale"))
}

/// In the digits glocal writes every other number of the language in (CLDR now
/// defaults Arabic dates to Latin digits; the pages use Arabic-Indic throughout).
fn native(tag: &str, text: &str) -> String {
    let primary = tag.split('-').next().unwrap_or("");
    super::numbers::NumberFormat::for_language(primary).native_digits(text)
}

/// The weekday and the full date: the heading of a session.
pub fn long(tag: &str, date: jiff::civil::Date) -> String {
    let Ok(d) = Date::try_new_iso(i32::from(date.year()), date.month() as u8, date.day() as u8) else {
        return date.to_string();
    };
    DateTimeFormatter::try_new(locale(tag).into(), YMDE::long())
        .map(|f| native(tag, &f.format(&d).to_string()))
        .unwrap_or_else(|_| date.to_string())
}

/// A short date without the weekday, for lists of dates.
pub fn medium(tag: &str, date: jiff::civil::Date) -> String {
    let Ok(d) = Date::try_new_iso(i32::from(date.year()), date.month() as u8, date.day() as u8) else {
        return date.to_string();
    };
    DateTimeFormatter::try_new(locale(tag).into(), YMD::medium())
        .map(|f| native(tag, &f.format(&d).to_string()))
        .unwrap_or_else(|_| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_date_is_written_in_each_languages_own_way() {
        let d = date(2027, 3, 2);
        assert_eq!(long("en", d), "Tuesday, March 2, 2027");
        assert_eq!(long("de", d), "Dienstag, 2. März 2027");
        assert!(long("vi", d).contains("tháng 3"), "{}", long("vi", d));
        assert!(long("ja", d).starts_with("2027年3月2日"), "{}", long("ja", d));
        assert_eq!(medium("pt-BR", d), "2 de mar. de 2027");
    }

    #[test]
    fn arabic_dates_use_arabic_indic_digits_like_the_rest_of_the_page() {
        let text = long("ar", date(2027, 3, 2));
        assert!(text.contains('٢'), "{text}");
        assert!(!text.chars().any(|c| c.is_ascii_digit()), "{text}");
    }
}
