//! Cohort pages (SPEC 8), learner pages of a build target: each cohort's dated agenda
//! with every time a `<time datetime>` carrying its offset, its trainers and where or
//! how to join, its `cohort.ics`; and the list of the target's cohorts on the course
//! home, in order of their first session (the site never reads the clock).

use crate::agenda::Agenda;
use crate::delivery::calendar::{self, CalendarText};
use crate::delivery::dated::{self, DatedSession};
use crate::delivery::zone::{Placed, offset_hm};
use crate::delivery::{Cohort, Delivery, Role};
use crate::l10n::dates;
use crate::workspace::Workspace;
use fluent::FluentArgs;
use serde_json::{Value, json};

/// What the cohort views of one target need.
pub struct CohortContext<'a> {
    pub ws: &'a Workspace,
    pub target: &'a super::pages::Target<'a>,
    pub agenda: &'a Agenda,
}

impl CohortContext<'_> {
    fn message(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let catalog = self.ws.catalog_of(&self.target.course.id);
        catalog.format(&self.target.chain, id, args).unwrap_or_default()
    }

    fn cohorts(&self) -> impl Iterator<Item = &Cohort> {
        let t = self.target;
        self.ws.deliveries.of_target(&t.course.id, &t.region.id, &t.locale)
    }

    /// The cohort's name: its `title`, else the course and region.
    pub fn title(&self, cohort: &Cohort) -> String {
        if let Some(title) = &cohort.title {
            return title.clone();
        }
        let catalog = self.ws.catalog_of(&self.target.course.id);
        let mut args = FluentArgs::new();
        args.set("course", self.target.course.meta.title.clone());
        args.set("region", super::region_name(catalog, &self.target.chain, self.target.region));
        self.message("cohort-default-title", Some(&args))
    }

    fn delivery_label(&self, delivery: Delivery) -> String {
        self.message(&format!("delivery-{}", delivery.id()), None)
    }

    /// The course home's list: each cohort with its dates and how it is delivered.
    pub fn summaries(&self) -> Vec<Value> {
        let lang = &self.target.locale;
        self.cohorts()
            .map(|c| {
                let mut count = FluentArgs::new();
                count.set("count", c.sessions.len());
                json!({
                    "id": c.id,
                    "title": self.title(c),
                    "url": format!("cohorts/{}/index.html", c.id),
                    "delivery": self.delivery_label(c.delivery),
                    "first": c.first_date().map(|d| dates::medium(lang, d)),
                    "first_iso": c.first_date().map(|d| d.to_string()),
                    "last": c.last_date().map(|d| dates::medium(lang, d)),
                    "last_iso": c.last_date().map(|d| d.to_string()),
                    "sessions": self.message("cohort-sessions-count", Some(&count)),
                    "location": c.location,
                })
            })
            .collect()
    }

    /// Each cohort of the target: its page's context and its calendar file (none when
    /// no session could be placed: a calendar needs an event).
    pub fn pages(&self) -> Vec<(String, Value, Option<Vec<u8>>)> {
        self.cohorts()
            .map(|c| {
                let sessions = dated::sessions(c, self.agenda);
                let view = self.view(c, &sessions);
                let ics = (!sessions.is_empty()).then(|| calendar::ics(&self.calendar_text(c), &sessions));
                (c.id.clone(), view, ics)
            })
            .collect()
    }

    fn view(&self, c: &Cohort, sessions: &[DatedSession]) -> Value {
        let lang = &self.target.locale;
        let trainers: Vec<Value> = c
            .trainers
            .iter()
            .filter_map(|(id, role)| {
                let t = self.ws.deliveries.trainer(id)?;
                let role = self.message(if *role == Role::Lead { "role-lead" } else { "role-co-trainer" }, None);
                Some(json!({ "name": t.name, "role": role }))
            })
            .collect();
        let sessions: Vec<Value> = sessions.iter().map(|s| self.session(s)).collect();
        let mut participants = FluentArgs::new();
        participants.set("count", c.participants.unwrap_or(0));
        let mut count = FluentArgs::new();
        count.set("count", c.sessions.len());
        let digits = crate::l10n::numbers::NumberFormat::for_locale(lang);
        // Scripts format the reader's times with the page's digits too.
        let intl = if digits.native_digits("0") == "0" { lang.clone() } else { format!("{lang}-u-nu-arab") };
        json!({
            "id": c.id,
            "title": self.title(c),
            "delivery": self.delivery_label(c.delivery),
            "remote": c.delivery.remote(),
            "location": c.location,
            "join_url": c.join_url,
            "timezone": c.timezone,
            "intl_locale": intl,
            "participants": c.participants.map(|_| self.message("cohort-participants", Some(&participants))),
            "first": c.first_date().map(|d| dates::medium(lang, d)),
            "first_iso": c.first_date().map(|d| d.to_string()),
            "last": c.last_date().map(|d| dates::medium(lang, d)),
            "last_iso": c.last_date().map(|d| d.to_string()),
            "sessions_count": self.message("cohort-sessions-count", Some(&count)),
            "trainers": trainers,
            "sessions": sessions,
        })
    }

    fn session(&self, s: &DatedSession) -> Value {
        let mut number = FluentArgs::new();
        number.set("number", s.number);
        let title = if s.title.is_empty() { self.message("cohort-session", Some(&number)) } else { s.title.clone() };
        let items: Vec<Value> = s
            .items
            .iter()
            .map(|i| {
                json!({
                    "kind": i.item.kind,
                    "title": i.item.title,
                    "module": i.item.module,
                    "lesson": i.item.lesson,
                    "minutes": i.item.minutes,
                    "start": time(&i.start),
                    "end": time(&i.end),
                })
            })
            .collect();
        json!({
            "number": s.number,
            "title": title,
            "date": s.date.to_string(),
            "date_text": dates::long(&self.target.locale, s.date),
            "start": time(&s.start),
            "end": time(&s.end),
            "offset": format!("UTC{}", offset_hm(s.start.offset)),
            "items": items,
        })
    }

    fn calendar_text<'c>(&'c self, c: &'c Cohort) -> CalendarText<'c> {
        let base = super::pages::base_url(&self.ws.config.base_url);
        let host = base.split("://").nth(1).and_then(|rest| rest.split('/').next()).filter(|h| !h.is_empty());
        let mut description: Vec<String> = c
            .trainers
            .iter()
            .filter_map(|(id, role)| {
                let t = self.ws.deliveries.trainer(id)?;
                let role = self.message(if *role == Role::Lead { "role-lead" } else { "role-co-trainer" }, None);
                Some(format!("{} ({role})", t.name))
            })
            .collect();
        if let Some(url) = &c.join_url {
            description.push(format!("{}: {url}", self.message("cohort-join", None)));
        }
        if !base.is_empty() {
            description.push(format!("{base}{}cohorts/{}/", self.target.dir(), c.id));
        }
        CalendarText {
            name: self.title(c),
            timezone: &c.timezone,
            location: c.location.as_deref(),
            join_url: c.join_url.as_deref(),
            description,
            uid_base: format!("{}/{}/{}", c.course, c.region, c.id),
            host: host.map(str::to_string),
            lang: &self.target.locale,
        }
    }
}

/// A time as a page shows it: `HH:MM` on the cohort's clock, and the instant with its
/// offset for `<time datetime>` and the reader's-time script.
fn time(p: &Placed) -> Value {
    json!({ "datetime": p.rfc3339(), "time": p.local.strftime("%H:%M").to_string(), "date": p.local.date().to_string() })
}
