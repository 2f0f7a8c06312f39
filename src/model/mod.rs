//! The domain's closed vocabularies, defined once: the CSV loader checks curated values against
//! them, the extractor produces them, the writer stores them and the reports offer them. A test
//! holds each one against the CHECK list of its column in the schema.

pub mod date;

use std::fmt;
use std::str::FromStr;

use rusqlite::types::{ToSql, ToSqlOutput};

pub use date::PartialDate;

/// A value outside a closed vocabulary: what was given, and what is allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value:?} is not a {what}; use one of: {allowed}")]
pub struct NotInVocabulary {
    pub value: String,
    pub what: &'static str,
    pub allowed: String,
}

/// Defines a closed vocabulary: an enum with its stored words, FromStr, Display and ToSql.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $what:literal { $($variant:ident = $word:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($variant,)+
        }

        impl $name {
            /// Every value, in the order the schema lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];
            /// What a value of this vocabulary is, for messages.
            pub const WHAT: &'static str = $what;

            /// The word stored in the catalog.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)+
                }
            }

            /// The stored words, comma-separated, for messages.
            pub fn allowed() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl FromStr for $name {
            type Err = NotInVocabulary;
            fn from_str(s: &str) -> Result<Self, NotInVocabulary> {
                match s {
                    $($word => Ok($name::$variant),)+
                    _ => Err(NotInVocabulary {
                        value: s.to_string(),
                        what: $what,
                        allowed: Self::allowed(),
                    }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }
    };
}

vocabulary!(
    /// What happened: `meetings.kind`.
    MeetingKind, "meeting kind" {
        Meeting = "meeting",
        Reception = "reception",
        Visit = "visit",
        Signing = "signing",
        Conference = "conference",
    }
);

vocabulary!(
    /// What a participant did in a meeting: `participants.role`.
    Role, "role" {
        Host = "host",
        Visitor = "visitor",
        Signatory = "signatory",
        Participant = "participant",
    }
);

vocabulary!(
    /// Where a meeting's date comes from: `meetings.date_basis`.
    DateBasis, "date basis" {
        Stated = "stated",
        Context = "context",
        Article = "article",
        Unknown = "unknown",
    }
);

vocabulary!(
    /// Who put a fact in the catalog: a person (curated CSV) or the extractor.
    Method, "method" {
        Curated = "curated",
        Extracted = "extracted",
    }
);

vocabulary!(
    /// `decisions.action`: what a person decided about a meeting or an entity.
    DecisionAction, "decision" {
        Reject = "reject",
        Accept = "accept",
        Merge = "merge",
        Distinct = "distinct",
        SetDate = "set-date",
        SetPlace = "set-place",
        SetKind = "set-kind",
        AddParticipant = "add-participant",
        RemoveParticipant = "remove-participant",
        AddAlias = "add-alias",
        Rename = "rename",
    }
);

vocabulary!(
    /// `places.kind`.
    PlaceKind, "place kind" {
        Country = "country",
        Region = "region",
        City = "city",
        Site = "site",
    }
);

vocabulary!(
    /// `organizations.kind`.
    OrganizationKind, "organization kind" {
        Intergovernmental = "intergovernmental",
        Government = "government",
        Foundation = "foundation",
        Parliament = "parliament",
        Military = "military",
        Media = "media",
        Other = "other",
    }
);

vocabulary!(
    /// What a name is to its entity: `person_names.kind` and the other name tables.
    NameKind, "name kind" {
        Official = "official",
        Acronym = "acronym",
        Alias = "alias",
        Former = "former",
        Spelling = "spelling",
    }
);

vocabulary!(
    /// The CAMEO event code of a meeting: `meetings.cameo_code`.
    CameoCode, "CAMEO code" {
        Consult = "040",
        MakeVisit = "042",
        HostVisit = "043",
        MeetAtThirdLocation = "044",
        SignAgreement = "057",
    }
);

impl MeetingKind {
    /// The CAMEO code a meeting of this kind gets when none is given.
    pub fn default_cameo(self) -> CameoCode {
        match self {
            MeetingKind::Meeting | MeetingKind::Conference => CameoCode::Consult,
            MeetingKind::Reception => CameoCode::HostVisit,
            MeetingKind::Visit => CameoCode::MakeVisit,
            MeetingKind::Signing => CameoCode::SignAgreement,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of `CHECK (column IN (...))` in a table's final schema.
    fn check_list(conn: &rusqlite::Connection, table: &str, column: &str) -> Vec<String> {
        let sql: String = conn
            .query_row(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap_or_default();
        let marker = format!("{column} IN (");
        let Some(start) = sql.find(&marker) else {
            return Vec::new();
        };
        let rest = &sql[start + marker.len()..];
        let list = &rest[..rest.find(')').unwrap_or(rest.len())];
        list.split(',')
            .map(|w| w.trim().trim_matches('\'').to_string())
            .collect()
    }

    fn words<T: Copy + fmt::Display>(all: &[T]) -> Vec<String> {
        all.iter().map(|v| v.to_string()).collect()
    }

    #[test]
    fn every_vocabulary_is_the_check_list_of_its_columns() -> Result<(), Box<dyn std::error::Error>>
    {
        let conn = crate::catalog::open_in_memory()?;
        let cases: &[(&str, &str, Vec<String>)] = &[
            ("meetings", "kind", words(MeetingKind::ALL)),
            ("meetings", "cameo_code", words(CameoCode::ALL)),
            ("meetings", "date_basis", words(DateBasis::ALL)),
            ("meetings", "method", words(Method::ALL)),
            ("participants", "role", words(Role::ALL)),
            ("participants", "method", words(Method::ALL)),
            ("evidence", "method", words(Method::ALL)),
            ("people", "method", words(Method::ALL)),
            ("places", "kind", words(PlaceKind::ALL)),
            ("decisions", "action", words(DecisionAction::ALL)),
            ("organizations", "kind", words(OrganizationKind::ALL)),
            ("person_names", "kind", words(NameKind::ALL)),
            ("organization_names", "kind", words(NameKind::ALL)),
            ("place_names", "kind", words(NameKind::ALL)),
        ];
        for (table, column, ours) in cases {
            assert_eq!(&check_list(&conn, table, column), ours, "{table}.{column}");
        }
        Ok(())
    }

    #[test]
    fn words_read_back_as_their_values_and_others_are_refused() {
        for k in MeetingKind::ALL {
            assert_eq!(k.as_str().parse::<MeetingKind>(), Ok(*k));
        }
        let e = "summit".parse::<MeetingKind>().err();
        assert_eq!(
            e.map(|e| e.to_string()),
            Some("\"summit\" is not a meeting kind; use one of: meeting, reception, visit, signing, conference".to_string())
        );
        assert_eq!(MeetingKind::Signing.default_cameo().as_str(), "057");
    }
}
