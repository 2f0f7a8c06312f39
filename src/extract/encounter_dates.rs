//! The day of an encounter a sentence tells: a date the sentence states before the encounter's
//! words end, leaving out dates in clauses that look back, report, plan or describe something
//! else; or the article's own day when the sentence tells it as today's news.

use std::cell::OnceCell;

use super::clauses::{relative_clauses, report_dates, told_as_of_today};
use super::context::Context;
use super::dates::{dates_in_article, pick_date, FoundDate};
use super::to_come::future_dates;
use super::triggers::{char_index, LOOKING_BACK};
use crate::model::date::PartialDate;
use crate::model::DateBasis;

/// The dates of one sentence and the clauses that keep a date from being an encounter's.
pub(crate) struct SentenceDates<'a> {
    text: &'a str,
    ctx: &'a Context<'a>,
    found: Vec<FoundDate>,
    /// Where a clause that looks back from the encounter begins ("first visit since taking
    /// office in January").
    looking_back: Vec<usize>,
    /// Dates of the report or of a plan, not of the encounter.
    of_report: Vec<usize>,
    relative: Vec<(usize, usize)>,
    /// The words that tell the sentence as the article's own day's news, read once.
    today: OnceCell<Option<String>>,
}

impl<'a> SentenceDates<'a> {
    pub(crate) fn of(text: &'a str, ctx: &'a Context<'a>) -> SentenceDates<'a> {
        let found = dates_in_article(text, ctx.article_date, ctx.article_partial.as_ref());
        let looking_back = LOOKING_BACK
            .find_iter(text)
            .map(|m| char_index(text, m.start()))
            .collect();
        let mut of_report = report_dates(text, &found);
        of_report.extend(future_dates(text, &found));
        SentenceDates {
            text,
            ctx,
            relative: relative_clauses(text),
            found,
            looking_back,
            of_report,
            today: OnceCell::new(),
        }
    }

    /// The date of the encounter whose words begin at `at` and end at `upto`: a date after
    /// them is its topic's ("A and B emphasised the session held yesterday").
    pub(crate) fn date_for(
        &self,
        at: usize,
        upto: usize,
    ) -> (Option<PartialDate>, Option<String>, DateBasis) {
        let own: Vec<FoundDate> = self
            .found
            .iter()
            .filter(|f| f.start < upto)
            .filter(|f| !self.looking_back.iter().any(|&b| at <= b && b < f.start))
            // "A, who is visiting for the first time since taking office in November,
            // held talks with B": nor a date in such a clause before the verb.
            .filter(|f| {
                !self
                    .looking_back
                    .iter()
                    .any(|&b| b < f.start && f.start < at)
            })
            .filter(|f| !self.of_report.contains(&f.start))
            .filter(|f| {
                !self
                    .relative
                    .iter()
                    .any(|&(o, c)| o < f.start && f.start < c && !(o < at && at < c))
            })
            .cloned()
            .collect();
        match pick_date(&own, at) {
            Some(f) => (Some(f.date), Some(f.text.clone()), DateBasis::Stated),
            // Told as the article's own day's news, once per sentence.
            None => match (
                self.ctx.article_date,
                self.today.get_or_init(|| told_as_of_today(self.text)),
            ) {
                (Some(a), Some(words)) => (Some(a.into()), Some(words.clone()), DateBasis::Article),
                _ => (None, None, DateBasis::Unknown),
            },
        }
    }
}
