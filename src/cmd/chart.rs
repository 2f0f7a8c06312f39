//! `diplocat chart timeline|contacts [-p KEY=VALUE ...] [-o FILE.svg]`: charts as SVG.

use std::path::Path;

use crate::chart::{Contacts, Period, Timeline};
use crate::cli::{ChartArgs, ChartKind, Param};
use crate::graph::{titled, Selection};
use crate::query::ReadOnly;
use crate::Error;
use rusqlite::OptionalExtension;

pub fn run(db: &Path, args: &ChartArgs) -> anyhow::Result<()> {
    if let Some(format) = &args.format {
        return Err(Error::usage(format!(
            "charts are SVG, and --format {format} is not one: leave --format out (for the counts as a table: `diplocat report timeline --format {format}`, or `report person` for one person's meetings)"
        ))
        .into());
    }
    // `by` is the timeline's own; every other parameter is a filter of the meetings.
    let (by, filters): (Vec<&Param>, Vec<&Param>) = args.params.iter().partition(|p| p.key == "by");
    let by = match (args.chart, by.as_slice()) {
        (_, []) => Period::Year,
        (ChartKind::Timeline, [p]) => match p.value.as_str() {
            "year" => Period::Year,
            "month" => Period::Month,
            other => {
                return Err(Error::usage(format!(
                    "chart timeline: -p by={other:?} is not allowed here: use one of: year, month"
                ))
                .into())
            }
        },
        (ChartKind::Timeline, _) => {
            return Err(Error::usage("chart timeline: -p by= is given twice; give it once").into())
        }
        (ChartKind::Contacts, _) => {
            return Err(Error::usage(
                "chart contacts: -p by= belongs to chart timeline; contacts are drawn by year",
            )
            .into())
        }
    };
    let filters: Vec<Param> = filters.into_iter().cloned().collect();
    if args.chart == ChartKind::Contacts && !filters.iter().any(|p| p.key == "person") {
        return Err(Error::usage(
            "chart contacts draws one person's counterparts: give -p person=NAME (any name, alias or key, as for report person)",
        )
        .into());
    }
    // The chart is SVG, whatever the file is named.
    if let Some(path) = &args.output {
        let svg = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
        if !svg && path.extension().is_some() {
            return Err(Error::usage(format!(
                "charts are SVG: name the file .svg (not {}), and convert it with a program such as rsvg-convert if you need another format",
                path.display()
            ))
            .into());
        }
    }
    let command = match args.chart {
        ChartKind::Timeline => "chart timeline",
        ChartKind::Contacts => "chart contacts",
    };
    let catalog = ReadOnly::open(db)?;
    let conn = catalog.connection();
    let selection = Selection::new(conn, command, &filters).map_err(Error::from)?;
    let svg = match args.chart {
        ChartKind::Timeline => {
            let per = match by {
                Period::Year => "Meetings per year, by kind",
                Period::Month => "Meetings per month, by kind",
            };
            Timeline::read(conn, &selection, by)?.svg(&titled(per, filters.iter()))?
        }
        ChartKind::Contacts => {
            // The person's name, not the words typed for them ("AlMalik").
            let typed = filters
                .iter()
                .find(|p| p.key == "person")
                .map(|p| p.value.clone())
                .unwrap_or_default();
            let who = match selection.resolved(":person") {
                Some(id) => conn
                    .query_row("SELECT name FROM people WHERE id = ?1", [id], |r| {
                        r.get::<_, String>(0)
                    })
                    .optional()
                    .map_err(Error::from)?
                    .unwrap_or(typed),
                None => typed,
            };
            let title = titled(
                &format!("Whom {who} met, by year"),
                filters.iter().filter(|p| p.key != "person"),
            );
            Contacts::read(conn, &selection)?.svg(&title)?
        }
    };
    super::to_destination(
        args.output.as_deref(),
        |_| "chart".to_string(),
        |out| {
            out.write_all(svg.as_bytes())
                .and_then(|()| writeln!(out))
                .map_err(Error::io("cannot write the chart"))?;
            Ok(1)
        },
    )
}
