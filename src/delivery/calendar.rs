//! `cohort.ics` (RFC 5545): one VEVENT per session with its local start and end in
//! the cohort's time zone, and a VTIMEZONE for that zone listing each offset change
//! the events need, generated from the compiled tz database (no calendar has to know
//! the zone). UIDs are made of ids, and nothing is read from the clock: `DTSTAMP` is
//! the fixed instant [`STAMP`], so builds of the same sources are byte-identical.

use super::dated::DatedSession;
use super::zone::{self, Observance, offset_hm};
use jiff::civil::DateTime;

/// RFC 5545 requires a DTSTAMP on every event; a build must not read the clock, so
/// every event carries this one (the Unix epoch). Calendars identify an event by UID.
pub const STAMP: &str = "19700101T000000Z";

/// What a cohort's calendar says besides its dates.
pub struct CalendarText<'a> {
    /// The calendar's name, and the start of each event's summary.
    pub name: String,
    pub timezone: &'a str,
    pub location: Option<&'a str>,
    pub join_url: Option<&'a str>,
    /// Lines of the description: trainers, the cohort page's address.
    pub description: Vec<String>,
    /// `course/region/cohort`, the stable part of each UID.
    pub uid_base: String,
    /// The site's host, for UIDs that are unique across calendars.
    pub host: Option<String>,
    pub lang: &'a str,
}

/// The calendar file, CRLF lines folded at 75 octets.
pub fn ics(text: &CalendarText, sessions: &[DatedSession]) -> Vec<u8> {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:-//glocal//glocal {}//EN", env!("CARGO_PKG_VERSION")),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape(&text.name)),
        format!("X-WR-TIMEZONE:{}", text.timezone),
    ];
    if let (Some(first), Some(last)) = (sessions.first(), sessions.last())
        && let Some(tz) = zone::get(text.timezone)
    {
        lines.extend(vtimezone(text.timezone, &zone::observances(&tz, first.start.utc, last.end.utc)));
    }
    for s in sessions {
        lines.extend(event(text, s));
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    out.into_bytes()
}

fn event(text: &CalendarText, s: &DatedSession) -> Vec<String> {
    let uid = match &text.host {
        Some(host) => format!("{}/session-{}@{host}", text.uid_base, s.number),
        None => format!("{}/session-{}", text.uid_base, s.number),
    };
    let summary = if s.title.is_empty() { text.name.clone() } else { format!("{}: {}", text.name, s.title) };
    let mut lines = vec![
        "BEGIN:VEVENT".into(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{STAMP}"),
        format!("DTSTART;TZID={}:{}", text.timezone, local(s.start.local)),
    ];
    // An empty session is an instant: RFC 5545 wants DTEND after DTSTART, or none.
    if s.end.utc > s.start.utc {
        lines.push(format!("DTEND;TZID={}:{}", text.timezone, local(s.end.local)));
    }
    lines.push(format!("SUMMARY;LANGUAGE={}:{}", text.lang, escape(&summary)));
    if let Some(place) = text.location {
        lines.push(format!("LOCATION:{}", escape(place)));
    }
    if let Some(url) = text.join_url {
        lines
            .push(format!("URL:{}", url.chars().filter(|c| !c.is_control() && !c.is_whitespace()).collect::<String>()));
    }
    if !text.description.is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape(&text.description.join("\n"))));
    }
    lines.push("TRANSP:OPAQUE".into());
    lines.push("END:VEVENT".into());
    lines
}

fn vtimezone(name: &str, observances: &[Observance]) -> Vec<String> {
    let mut lines = vec!["BEGIN:VTIMEZONE".into(), format!("TZID:{name}")];
    for o in observances {
        let kind = if o.daylight { "DAYLIGHT" } else { "STANDARD" };
        lines.push(format!("BEGIN:{kind}"));
        lines.push(format!("DTSTART:{}", local(o.onset)));
        lines.push(format!("TZOFFSETFROM:{}", offset_hm(o.from).replace(':', "")));
        lines.push(format!("TZOFFSETTO:{}", offset_hm(o.to).replace(':', "")));
        if !o.name.is_empty() {
            lines.push(format!("TZNAME:{}", escape(&o.name)));
        }
        lines.push(format!("END:{kind}"));
    }
    lines.push("END:VTIMEZONE".into());
    lines
}

/// A local date-time as RFC 5545 writes it: `20270302T090000`.
fn local(dt: DateTime) -> String {
    dt.strftime("%Y%m%dT%H%M%S").to_string()
}

/// TEXT values escape backslash, semicolon and comma, and write line breaks as `\n`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded so no line exceeds 75 octets (RFC 5545 3.1), never inside a
/// UTF-8 character; each continuation starts with a space.
pub fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "Đào tạo ".repeat(12));
        fold(&line, &mut out);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets: {physical}", physical.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }

    #[test]
    fn text_values_escape_what_rfc_5545_reserves() {
        assert_eq!(escape("Room 3, floor 2; north\\wing\nbring ID"), "Room 3\\, floor 2\\; north\\\\wing\\nbring ID");
        assert_eq!(escape("a\r\u{7}b\tc"), "abc", "no control characters in TEXT");
    }
}
