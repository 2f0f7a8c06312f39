//! Which sections of lexicon/triggers.txt a sentence matches, found in one pass.
//!
//! Reading a sentence asks of it whether it matches a dozen sections (a meeting's verbs, a
//! visit's, a hedge, a plan, ...); each asked alone is a pass over the sentence, and most
//! sentences match none. One set of them all is read once per sentence; only the sections it
//! matched are searched again, for where. `Hits::has(s)` is exactly `s`'s regular expression
//! matching the sentence: the set holds the same patterns.
//!
//! Not every section is in the set: one with a long gap of any characters ("[^.;]{0,80}?",
//! as in [not_happened] and [list_continues]) makes the set's automaton so large that the
//! search falls back to a slower engine, and every sentence pays for it (extraction of 10,000
//! generated articles took 35 s instead of 5). Those are searched alone, as before.

use std::sync::LazyLock;

use regex::{RegexSet, SetMatches};

use super::trigger_phrases::pattern;

/// The sections a sentence is read for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Section {
    PassiveReception,
    PassiveReceptionParticiple,
    Credentials,
    ReceptionParticiple,
    Reception,
    Meeting,
    Visit,
    SignedDocument,
    PlannedEncounter,
    Credence,
    Hedge,
    Anaphor,
    JointSubject,
    Happened,
    PresentAt,
    DelegationListed,
    Companions,
}

impl Section {
    pub(crate) const ALL: [Section; 17] = [
        Section::PassiveReception,
        Section::PassiveReceptionParticiple,
        Section::Credentials,
        Section::ReceptionParticiple,
        Section::Reception,
        Section::Meeting,
        Section::Visit,
        Section::SignedDocument,
        Section::PlannedEncounter,
        Section::Credence,
        Section::Hedge,
        Section::Anaphor,
        Section::JointSubject,
        Section::Happened,
        Section::PresentAt,
        Section::DelegationListed,
        Section::Companions,
    ];

    /// Its section's name in lexicon/triggers.txt.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Section::PassiveReception => "passive_reception",
            Section::PassiveReceptionParticiple => "passive_reception_participle",
            Section::Credentials => "credentials",
            Section::ReceptionParticiple => "reception_participle",
            Section::Reception => "reception",
            Section::Meeting => "meeting",
            Section::Visit => "visit",
            Section::SignedDocument => "signed_document",
            Section::PlannedEncounter => "planned_encounter",
            Section::Credence => "credence",
            Section::Hedge => "hedge",
            Section::Anaphor => "anaphor",
            Section::JointSubject => "joint_subject",
            Section::Happened => "happened",
            Section::PresentAt => "present_at",
            Section::DelegationListed => "delegation_listed",
            Section::Companions => "companions",
        }
    }

    /// Whether its phrases report an encounter (the sections `triggers` searches).
    pub(crate) fn reports_an_encounter(self) -> bool {
        (self as usize) <= Section::SignedDocument as usize
    }

    /// Its pattern, as its own regular expression has it.
    pub(crate) fn pattern(self) -> String {
        pattern(self.name())
    }
}

static SET: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new(Section::ALL.map(Section::pattern))
        .expect("lexicon/triggers.txt compiles (checked by a test)")
});

/// The sections one sentence matches.
pub(crate) struct Hits(SetMatches);

impl Hits {
    pub(crate) fn of(sentence: &str) -> Hits {
        Hits(SET.matches(sentence))
    }

    /// Whether the section's pattern matches anywhere in the sentence.
    pub(crate) fn has(&self, section: Section) -> bool {
        self.0.matched(section as usize)
    }

    /// Whether any section that reports an encounter matches.
    pub(crate) fn any_encounter(&self) -> bool {
        Section::ALL
            .iter()
            .any(|&s| s.reports_an_encounter() && self.has(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_is_where_its_index_says() {
        for (i, s) in Section::ALL.iter().enumerate() {
            assert_eq!(*s as usize, i, "{s:?}");
        }
    }

    #[test]
    fn the_sections_that_report_an_encounter_come_first() {
        let reporting: Vec<&str> = Section::ALL
            .iter()
            .filter(|s| s.reports_an_encounter())
            .map(|s| s.name())
            .collect();
        assert_eq!(
            reporting,
            [
                "passive_reception",
                "passive_reception_participle",
                "credentials",
                "reception_participle",
                "reception",
                "meeting",
                "visit",
                "signed_document"
            ]
        );
    }

    #[test]
    fn a_sentence_hits_exactly_the_sections_whose_expression_matches_it() {
        let sentences = [
            "The Minister received the Ambassador of Peru on Monday.",
            "He was received by the President, who met with the delegation.",
            "The two sides signed a memorandum of understanding.",
            "The visit will not take place, officials said.",
            "The envoys who presented their credentials today were:",
            "Also present at the meeting were A and B.",
            "It is expected that they will meet next week.",
            "Nothing happens here at all.",
            "",
        ];
        for text in sentences {
            let hits = Hits::of(text);
            for s in Section::ALL {
                let alone = regex::Regex::new(&s.pattern()).expect("section compiles");
                assert_eq!(hits.has(s), alone.is_match(text), "{s:?} on {text:?}");
            }
        }
    }
}
