//! Where a host received a guest when the text does not say: in the country the host's post is
//! of, or where the guests who are envoys are posted.

use super::cues::PersonCue;
use super::events::{Context, Encounter};
use crate::model::{MeetingKind, Role};

/// The catalog's place of the country an adjective of nationality gives a person's post in
/// the article's cues ("the Norwegian King A"), or the country the post is of ("the Acting
/// Head of State of the Republic of Vanuatu, A"; not an envoy's: "Ambassador of X" serves
/// abroad).
pub(crate) fn country_of_post(cues: &[PersonCue], ctx: &Context, person: i64) -> Option<i64> {
    let theirs = || cues.iter().filter(|c| c.person == Some(person));
    let is_a_country = |p: i64| ctx.country_place.values().any(|&c| c == p);
    let envoy = |key: &str| {
        [
            "ambassador",
            "envoy",
            "commissioner",
            "consul",
            "representative",
            "charg",
            "delegation",
            "mission",
        ]
        .iter()
        .any(|w| key.to_lowercase().contains(w))
    };
    theirs()
        .find_map(|c| c.country)
        .and_then(|iso| ctx.country_place.get(iso).copied())
        .or_else(|| {
            theirs()
                .filter(|c| !envoy(&c.title))
                .find_map(|c| c.place.filter(|&p| is_a_country(p)))
        })
}

/// "The Qatari Emir received the Saudi envoy", no place told and no dateline: the host
/// received the guest in the country the host is named by; else, a guest who is an envoy
/// "to Kuwait" was received where the envoy is posted.
pub(super) fn in_the_hosts_country(out: &mut [Encounter], cues: &[PersonCue], ctx: &Context) {
    for e in out
        .iter_mut()
        .filter(|e| e.kind == MeetingKind::Reception && e.place.is_none() && !e.place_unknown)
    {
        e.place = e
            .people
            .iter()
            .filter(|(_, r)| *r == Role::Host)
            .find_map(|(h, _)| country_of_post(cues, ctx, *h))
            .or_else(|| envoys_post(e, cues));
    }
}

/// Where the guests of a reception who are envoys are posted ("Japan's Ambassador to Kuwait
/// A"), when they all are posted to one place.
fn envoys_post(e: &Encounter, cues: &[PersonCue]) -> Option<i64> {
    let posts: Vec<Option<i64>> = e
        .people
        .iter()
        .filter(|(_, r)| *r != Role::Host)
        .filter_map(|(p, _)| {
            cues.iter()
                .find(|c| c.person == Some(*p) && c.posted_to.is_some())
                .map(|c| c.posted_to)
        })
        .collect();
    let first = *posts.first()?;
    posts.iter().all(|p| *p == first).then_some(first).flatten()
}
