//! Time zones for deliveries. IANA names are looked up in the tz database compiled
//! into glocal (jiff's bundled copy), never the machine's, so every machine places a
//! session on the same instant. A wall-clock start is placed on its date across
//! daylight-saving changes: a time the clocks skip is refused, a time they show twice
//! is the first of the two (as RFC 5545 reads a repeated local time).

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use jiff::tz::{AmbiguousOffset, Offset, TimeZone};

/// A time zone by its IANA name, from the compiled database.
pub fn get(name: &str) -> Option<TimeZone> {
    // Fixed offsets and POSIX rules parse too; a cohort names a place's zone.
    if !name.contains('/') && name != "UTC" {
        return None;
    }
    jiff::tz::db().get(name).ok()
}

/// Every IANA name the database knows, for "did you mean" hints.
pub fn names() -> Vec<String> {
    jiff::tz::db().available().map(|n| n.as_str().to_string()).collect()
}

/// A wall-clock time on a date, in a zone: where it falls on the world's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub local: DateTime,
    pub offset: Offset,
    pub utc: Timestamp,
}

impl Placed {
    /// RFC 3339 with the offset, as `<time datetime>` and scripts read it.
    pub fn rfc3339(&self) -> String {
        format!("{}{}", self.local.strftime("%Y-%m-%dT%H:%M:%S"), offset_hm(self.offset))
    }
}

/// `+07:00`, `-03:00`, `+05:30`: the offset as RFC 3339 writes it.
pub fn offset_hm(offset: Offset) -> String {
    let s = offset.seconds();
    let sign = if s < 0 { '-' } else { '+' };
    let s = s.unsigned_abs();
    format!("{sign}{:02}:{:02}", s / 3600, s / 60 % 60)
}

/// Why a wall-clock time cannot be placed, or placed only with a choice made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// The clocks skip from `from` to `to` that night; the time never shows.
    Skipped { from: DateTime, to: DateTime, before: Offset, after: Offset },
    /// The clocks show the time twice; the first (at `first`) is taken.
    Twice { first: Offset, second: Offset },
}

impl Trouble {
    /// The problem in a trainer's words.
    pub fn describe(&self, local: DateTime, zone: &str) -> String {
        let at = local.strftime("%Y-%m-%d %H:%M");
        match self {
            Trouble::Skipped { from, to, before, after } => format!(
                "{at} does not exist in {zone}: the clocks go from {} to {} that night (UTC{} to UTC{})",
                from.strftime("%H:%M"),
                to.strftime("%H:%M"),
                offset_hm(*before),
                offset_hm(*after)
            ),
            Trouble::Twice { first, second } => format!(
                "{at} happens twice in {zone} as the clocks go back (UTC{} then UTC{}); the calendar uses the first",
                offset_hm(*first),
                offset_hm(*second)
            ),
        }
    }
}

/// Places a wall-clock time in a zone. A skipped time is an error; a repeated one is
/// placed at its first occurrence and told.
pub fn place(tz: &TimeZone, local: DateTime) -> Result<(Placed, Option<Trouble>), Trouble> {
    let ambiguous = tz.to_ambiguous_timestamp(local);
    match ambiguous.offset() {
        AmbiguousOffset::Unambiguous { offset } => Ok((at(local, offset), None)),
        AmbiguousOffset::Fold { before, after } => {
            Ok((at(local, before), Some(Trouble::Twice { first: before, second: after })))
        }
        AmbiguousOffset::Gap { before, after } => {
            // The change happens at the first instant the later offset applies.
            let change = before.to_timestamp(local).ok().and_then(|t| {
                tz.preceding(t.checked_add(jiff::SignedDuration::from_secs(1)).ok()?).next().map(|tr| tr.timestamp())
            });
            let change = change.unwrap_or_else(|| before.to_timestamp(local).unwrap_or(Timestamp::UNIX_EPOCH));
            Err(Trouble::Skipped { from: before.to_datetime(change), to: after.to_datetime(change), before, after })
        }
    }
}

/// What comes `minutes` after `start`, on the real timeline: a session that runs
/// through a change of the clocks lasts its minutes, and its items never overlap.
pub fn after(tz: &TimeZone, start: &Placed, minutes: u32) -> Option<Placed> {
    let utc = start.utc.checked_add(jiff::SignedDuration::from_mins(i64::from(minutes))).ok()?;
    let offset = tz.to_offset(utc);
    Some(Placed { local: offset.to_datetime(utc), offset, utc })
}

fn at(local: DateTime, offset: Offset) -> Placed {
    let utc = offset.to_timestamp(local).unwrap_or(Timestamp::UNIX_EPOCH);
    Placed { local, offset, utc }
}

/// One change of a zone's offset, as a VTIMEZONE lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observance {
    pub daylight: bool,
    /// The local time of the change, on the clock before it.
    pub onset: DateTime,
    pub from: Offset,
    pub to: Offset,
    pub name: String,
}

/// The offsets a calendar needs to read local times from `first` to `last`: the
/// change in force at `first`, then every change up to `last`.
pub fn observances(tz: &TimeZone, first: Timestamp, last: Timestamp) -> Vec<Observance> {
    let one_second = jiff::SignedDuration::from_secs(1);
    let observance = |tr: jiff::tz::TimeZoneTransition| {
        let before = tr.timestamp().checked_sub(one_second).map_or(tr.offset(), |t| tz.to_offset(t));
        Observance {
            daylight: tr.dst().is_dst(),
            onset: before.to_datetime(tr.timestamp()),
            from: before,
            to: tr.offset(),
            name: tr.abbreviation().to_string(),
        }
    };
    let mut out: Vec<Observance> =
        first.checked_add(one_second).ok().and_then(|t| tz.preceding(t).next()).map(observance).into_iter().collect();
    if out.is_empty() {
        // A zone that never changed: one observance since the epoch.
        let offset = tz.to_offset(first);
        let onset = Date::constant(1970, 1, 1).at(0, 0, 0, 0);
        out.push(Observance { daylight: false, onset, from: offset, to: offset, name: String::new() });
    }
    out.extend(tz.following(first).take_while(|tr| tr.timestamp() <= last).map(observance));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn berlin() -> TimeZone {
        get("Europe/Berlin").expect("in the compiled database")
    }

    #[test]
    fn a_start_in_the_spring_forward_gap_is_refused_naming_the_gap() {
        let err = place(&berlin(), date(2027, 3, 28).at(2, 30, 0, 0)).unwrap_err();
        let text = err.describe(date(2027, 3, 28).at(2, 30, 0, 0), "Europe/Berlin");
        assert_eq!(
            text,
            "2027-03-28 02:30 does not exist in Europe/Berlin: the clocks go from 02:00 to 03:00 that night (UTC+01:00 to UTC+02:00)"
        );
    }

    #[test]
    fn a_start_the_clocks_show_twice_takes_the_first_and_says_so() {
        let (placed, trouble) = place(&berlin(), date(2027, 10, 31).at(2, 30, 0, 0)).unwrap();
        assert_eq!(placed.rfc3339(), "2027-10-31T02:30:00+02:00");
        assert_eq!(trouble, Some(Trouble::Twice { first: Offset::constant(2), second: Offset::constant(1) }));
    }

    #[test]
    fn the_same_wall_clock_time_moves_in_utc_across_a_change() {
        let before = place(&berlin(), date(2027, 3, 27).at(9, 0, 0, 0)).unwrap().0;
        let after = place(&berlin(), date(2027, 3, 28).at(9, 0, 0, 0)).unwrap().0;
        assert_eq!(before.utc.to_string(), "2027-03-27T08:00:00Z");
        assert_eq!(after.utc.to_string(), "2027-03-28T07:00:00Z");
        assert_eq!(after.rfc3339(), "2027-03-28T09:00:00+02:00");
    }

    #[test]
    fn minutes_after_a_start_are_counted_on_the_timeline_across_a_change() {
        let (start, _) = place(&berlin(), date(2027, 3, 28).at(1, 0, 0, 0)).unwrap();
        assert_eq!(after(&berlin(), &start, 90).unwrap().rfc3339(), "2027-03-28T03:30:00+02:00");
        assert_eq!(after(&berlin(), &start, 150).unwrap().rfc3339(), "2027-03-28T04:30:00+02:00");
        let (autumn, _) = place(&berlin(), date(2027, 10, 31).at(1, 30, 0, 0)).unwrap();
        assert_eq!(after(&berlin(), &autumn, 60).unwrap().rfc3339(), "2027-10-31T02:30:00+02:00");
        assert_eq!(after(&berlin(), &autumn, 120).unwrap().rfc3339(), "2027-10-31T02:30:00+01:00", "the second 02:30");
    }

    #[test]
    fn offsets_are_written_with_hours_and_minutes() {
        assert_eq!(offset_hm(Offset::constant(-3)), "-03:00");
        assert_eq!(offset_hm(Offset::from_seconds(19_800).unwrap()), "+05:30");
        assert_eq!(offset_hm(Offset::UTC), "+00:00");
    }

    #[test]
    fn observances_cover_the_change_in_force_and_each_change_in_range() {
        let tz = berlin();
        let first = place(&tz, date(2027, 3, 2).at(9, 0, 0, 0)).unwrap().0.utc;
        let last = place(&tz, date(2027, 10, 31).at(17, 0, 0, 0)).unwrap().0.utc;
        let list = observances(&tz, first, last);
        let onsets: Vec<String> =
            list.iter().map(|o| format!("{} {} {}", o.onset, offset_hm(o.to), o.daylight)).collect();
        assert_eq!(
            onsets,
            ["2026-10-25T03:00:00 +01:00 false", "2027-03-28T02:00:00 +02:00 true", "2027-10-31T03:00:00 +01:00 false"]
        );
    }

    #[test]
    fn a_zone_without_changes_has_one_observance() {
        let tz = get("Asia/Ho_Chi_Minh").unwrap();
        let first = place(&tz, date(2027, 3, 2).at(9, 0, 0, 0)).unwrap().0.utc;
        let list = observances(&tz, first, first);
        assert_eq!(list.len(), 1);
        assert_eq!(offset_hm(list[0].to), "+07:00");
    }

    #[test]
    fn the_compiled_database_is_the_current_one_not_the_machines() {
        // IANA 2026f: Morocco left UTC+01 for UTC+00 on 20 September 2026. Debian 12's
        // system copy (2025b) still says +01, which the calendar check once caught.
        let tz = get("Africa/Casablanca").unwrap();
        let (may, _) = place(&tz, date(2027, 5, 18).at(9, 0, 0, 0)).unwrap();
        assert_eq!(may.rfc3339(), "2027-05-18T09:00:00+00:00");
    }

    #[test]
    fn names_come_from_the_compiled_database_and_abbreviations_are_refused() {
        assert!(get("America/Sao_Paulo").is_some());
        assert!(get("Europe/Berln").is_none());
        assert!(get("+07:00").is_none(), "a fixed offset is not a place's zone");
        assert!(names().iter().any(|n| n == "Asia/Ho_Chi_Minh"));
    }
}
