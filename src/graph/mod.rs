//! Who met whom, read for pictures: the meetings chosen by the reports' filters, their people and
//! organizations as nodes, the pairs who met as edges, the places as points. Everything is
//! counted in SQL (src/graph/*.sql); rows are handed on one at a time, never every meeting at once.

pub mod formats;
pub mod picture;

use rusqlite::types::Value;
use rusqlite::Connection;

use crate::report::{self, Report, ReportError};

const CHOSEN: &str = include_str!("chosen.sql");
const NODES: &str = include_str!("nodes.sql");
const EDGES: &str = include_str!("edges.sql");
const PLACES: &str = include_str!("places.sql");

/// A person or an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeType {
    Person,
    Organization,
}

impl NodeType {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeType::Person => "person",
            NodeType::Organization => "organization",
        }
    }
}

/// One participant of the chosen meetings. `id` is `p12` for person 12, `o5` for
/// organization 5, so that people and organizations never share one.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub id: String,
    pub key: String,
    pub name: String,
    pub kind: NodeType,
    pub country: Option<String>,
    pub meetings: i64,
}

/// Two participants who met, with how often, when first and last, and in which kinds of meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub source: String,
    pub target: String,
    pub meetings: i64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub kinds: Vec<String>,
}

/// A place where chosen meetings took place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub id: i64,
    pub key: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub meetings: i64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
}

/// A picture's title with the filters it was drawn with: "Who met whom (person=AlMalik)".
pub fn titled<'a>(what: &str, filters: impl Iterator<Item = &'a crate::cli::Param>) -> String {
    let f: Vec<String> = filters.map(|p| format!("{}={}", p.key, p.value)).collect();
    if f.is_empty() {
        what.to_string()
    } else {
        format!("{what} ({})", f.join(", "))
    }
}

/// The filters, as a report declares its parameters: `diplocat report` lists the same ones.
pub fn filters() -> Result<Report, ReportError> {
    report::parse_report("src/graph/chosen.sql", CHOSEN)
}

/// The `-p` filters checked and resolved (a person's name to its id, a partial date to its
/// bounds), ready to bind.
pub struct Selection {
    binds: Vec<(String, Value)>,
}

impl Selection {
    /// `command` names the command in messages ("graph", "chart timeline").
    pub fn new(
        conn: &Connection,
        command: &str,
        given: &[crate::cli::Param],
    ) -> Result<Selection, ReportError> {
        let mut filters = filters()?;
        filters.label = command.to_string();
        Ok(Selection {
            binds: filters.bind(conn, given)?,
        })
    }

    /// The id a parameter was resolved to (`:person`: the person's), if it was given.
    pub fn resolved(&self, name: &str) -> Option<i64> {
        self.binds.iter().find_map(|(n, v)| match v {
            Value::Integer(id) if n == name => Some(*id),
            _ => None,
        })
    }

    /// Runs a query over the chosen meetings (the common table `chosen`: id, kind,
    /// date_earliest, date_latest, place_id), handing each row to `each`.
    pub fn each<T, E: From<rusqlite::Error>>(
        &self,
        conn: &Connection,
        query: &str,
        read: impl Fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
        mut each: impl FnMut(T) -> Result<(), E>,
    ) -> Result<u64, E> {
        let sql = format!("WITH chosen AS ({CHOSEN})\n{query}");
        let mut stmt = conn.prepare(&sql)?;
        for (name, value) in &self.binds {
            if let Some(i) = stmt.parameter_index(name)? {
                stmt.raw_bind_parameter(i, value)?;
            }
        }
        let mut rows = stmt.raw_query();
        let mut n = 0;
        while let Some(row) = rows.next()? {
            each(read(row)?)?;
            n += 1;
        }
        Ok(n)
    }

    /// Every node, most meetings first.
    pub fn nodes<E: From<rusqlite::Error>>(
        &self,
        conn: &Connection,
        each: impl FnMut(Node) -> Result<(), E>,
    ) -> Result<u64, E> {
        self.each(
            conn,
            NODES,
            |r| {
                let kind: String = r.get(3)?;
                Ok(Node {
                    id: r.get(0)?,
                    key: r.get(1)?,
                    name: r.get(2)?,
                    kind: if kind == "person" {
                        NodeType::Person
                    } else {
                        NodeType::Organization
                    },
                    country: r.get(4)?,
                    meetings: r.get(5)?,
                })
            },
            each,
        )
    }

    /// Every pair who met, most meetings first.
    pub fn edges<E: From<rusqlite::Error>>(
        &self,
        conn: &Connection,
        each: impl FnMut(Edge) -> Result<(), E>,
    ) -> Result<u64, E> {
        self.each(
            conn,
            EDGES,
            |r| {
                let kinds: Option<String> = r.get(5)?;
                let mut kinds: Vec<String> = kinds
                    .unwrap_or_default()
                    .split(',')
                    .filter(|k| !k.is_empty())
                    .map(str::to_string)
                    .collect();
                kinds.sort();
                Ok(Edge {
                    source: r.get(0)?,
                    target: r.get(1)?,
                    meetings: r.get(2)?,
                    first_date: r.get(3)?,
                    last_date: r.get(4)?,
                    kinds,
                })
            },
            each,
        )
    }

    /// Every place of a chosen meeting, most meetings first.
    pub fn places<E: From<rusqlite::Error>>(
        &self,
        conn: &Connection,
        each: impl FnMut(Place) -> Result<(), E>,
    ) -> Result<u64, E> {
        self.each(
            conn,
            PLACES,
            |r| {
                Ok(Place {
                    id: r.get(0)?,
                    key: r.get(1)?,
                    name: r.get(2)?,
                    kind: r.get(3)?,
                    country: r.get(4)?,
                    latitude: r.get(5)?,
                    longitude: r.get(6)?,
                    meetings: r.get(7)?,
                    first_date: r.get(8)?,
                    last_date: r.get(9)?,
                })
            },
            each,
        )
    }
}
