//! Charts as SVG, drawn with plotters: meetings over time stacked by kind (`timeline`), and one
//! person's counterparts over time (`contacts`). The counts come from SQL over the meetings the
//! filters choose (src/chart/*.sql); a chart holds periods and counterparts, never meetings.

use std::collections::BTreeMap;
use std::io;

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use rusqlite::Connection;

use crate::graph::picture::printable;
use crate::graph::Selection;
use crate::Error;

const TIMELINE: &str = include_str!("timeline.sql");
const CONTACTS: &str = include_str!("contacts.sql");

/// At most this many counterparts in a contacts chart: those met most often.
pub const MAX_COUNTERPARTS: usize = 25;

/// Kinds in the order they are stacked, with their colours.
const KINDS: [(&str, RGBColor); 5] = [
    ("meeting", RGBColor(76, 120, 168)),
    ("reception", RGBColor(245, 133, 24)),
    ("visit", RGBColor(84, 162, 75)),
    ("signing", RGBColor(228, 87, 86)),
    ("conference", RGBColor(114, 183, 178)),
];

fn draw_error<E: std::error::Error + Send + Sync>(
    e: plotters::drawing::DrawingAreaErrorKind<E>,
) -> Error {
    Error::io("cannot draw the chart")(io::Error::other(e.to_string()))
}

/// A chart with nothing to draw: its title and why, instead of empty axes.
fn nothing_to_draw(title: &str, why: &str) -> Result<String, Error> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (1100, 300)).into_drawing_area();
        root.fill(&WHITE).map_err(draw_error)?;
        root.draw(&Text::new(
            printable(title),
            (20, 20),
            ("sans-serif", 22).into_font().color(&BLACK),
        ))
        .map_err(draw_error)?;
        root.draw(&Text::new(
            why.to_string(),
            (20, 120),
            ("sans-serif", 16).into_font().color(&RGBColor(80, 80, 80)),
        ))
        .map_err(draw_error)?;
        root.present().map_err(draw_error)?;
    }
    crate::output::note(why);
    Ok(out)
}

/// Year or month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    #[default]
    Year,
    Month,
}

/// Meeting counts per period and kind, with every period between the first and the last
/// (an empty year is a gap on the chart, not left out), and what could not be placed.
#[derive(Debug, Default, PartialEq)]
pub struct Timeline {
    pub periods: Vec<String>,
    /// counts[i][k]: meetings of kind KINDS[k] in periods[i].
    pub counts: Vec<[i64; 5]>,
    /// Meetings without a known year (or, by month, without a known month).
    pub unplaced: i64,
    pub by: Period,
}

/// The periods from `first` to `last`, both included: years `2019`, or months `2019-11`.
fn every_period(first: &str, last: &str, by: Period) -> Vec<String> {
    let parse = |p: &str| -> Option<(i32, u32)> {
        let year = p.get(0..4)?.parse().ok()?;
        let month = match by {
            Period::Year => 1,
            Period::Month => p.get(5..7)?.parse().ok()?,
        };
        Some((year, month))
    };
    let (Some(mut at), Some(end)) = (parse(first), parse(last)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    while at <= end && out.len() < 100_000 {
        out.push(match by {
            Period::Year => format!("{:04}", at.0),
            Period::Month => format!("{:04}-{:02}", at.0, at.1),
        });
        at = match by {
            Period::Year => (at.0 + 1, 1),
            Period::Month if at.1 == 12 => (at.0 + 1, 1),
            Period::Month => (at.0, at.1 + 1),
        };
    }
    out
}

impl Timeline {
    pub fn read(conn: &Connection, selection: &Selection, by: Period) -> Result<Timeline, Error> {
        let mut counts: BTreeMap<String, [i64; 5]> = BTreeMap::new();
        let mut unplaced = 0;
        selection.each(
            conn,
            TIMELINE,
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            },
            |(period, kind, n)| {
                let key = match (by, period.len()) {
                    (_, 4 | 7) if period != "unknown" => match by {
                        Period::Year => Some(period[..4].to_string()),
                        Period::Month if period.len() == 7 => Some(period),
                        Period::Month => None,
                    },
                    _ => None,
                };
                let k = KINDS.iter().position(|(name, _)| *name == kind);
                match (key, k) {
                    (Some(key), Some(k)) => counts.entry(key).or_default()[k] += n,
                    _ => unplaced += n,
                }
                Ok::<(), Error>(())
            },
        )?;
        let (Some(first), Some(last)) = (counts.keys().next(), counts.keys().next_back()) else {
            return Ok(Timeline {
                unplaced,
                by,
                ..Timeline::default()
            });
        };
        let periods = every_period(first, last, by);
        let counts = periods
            .iter()
            .map(|p| counts.get(p).copied().unwrap_or_default())
            .collect();
        Ok(Timeline {
            periods,
            counts,
            unplaced,
            by,
        })
    }

    /// The chart: one bar per period, stacked by kind, with a legend.
    pub fn svg(&self, title: &str) -> Result<String, Error> {
        if self.periods.is_empty() {
            let unit = if self.by == Period::Month {
                "month"
            } else {
                "year"
            };
            return nothing_to_draw(
                title,
                &format!(
                    "No meeting with a known {unit} to draw ({} meeting(s) chosen without one).",
                    self.unplaced
                ),
            );
        }
        // A segmented range a..b has a segment for b too: the last segment is n - 1. One
        // period alone still needs a range of two (0..0 has no width: no bar was drawn).
        let n = (self.periods.len() as i32 - 1).max(1);
        let top = self
            .counts
            .iter()
            .map(|c| c.iter().sum::<i64>())
            .max()
            .unwrap_or(0)
            .max(1);
        let mut out = String::new();
        {
            let root = SVGBackend::with_string(&mut out, (1100, 600)).into_drawing_area();
            root.fill(&WHITE).map_err(draw_error)?;
            let mut chart = ChartBuilder::on(&root)
                .caption(printable(title), ("sans-serif", 22))
                .margin(20)
                .x_label_area_size(60)
                .y_label_area_size(50)
                .build_cartesian_2d((0..n).into_segmented(), 0i64..(top + top / 8 + 1))
                .map_err(draw_error)?;
            let periods = &self.periods;
            let label = |v: &SegmentValue<i32>| match v {
                SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => usize::try_from(*i)
                    .ok()
                    .and_then(|i| periods.get(i))
                    .cloned()
                    .unwrap_or_default(),
                SegmentValue::Last => String::new(),
            };
            let caption = if self.unplaced > 0 {
                format!(
                    "meetings ({} without a known {} left out)",
                    self.unplaced,
                    if self.by == Period::Month {
                        "month"
                    } else {
                        "year"
                    }
                )
            } else {
                "meetings".to_string()
            };
            chart
                .configure_mesh()
                .disable_x_mesh()
                .x_labels(self.periods.len().clamp(1, 24))
                .x_label_formatter(&label)
                .y_desc(caption)
                .axis_desc_style(("sans-serif", 14))
                .label_style(("sans-serif", 12))
                .draw()
                .map_err(draw_error)?;
            let mut base = vec![0i64; self.periods.len()];
            for (k, (kind, colour)) in KINDS.iter().enumerate() {
                if self.counts.iter().all(|c| c[k] == 0) {
                    continue;
                }
                let bars: Vec<Rectangle<(SegmentValue<i32>, i64)>> = self
                    .counts
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c[k] > 0)
                    .map(|(i, c)| {
                        let lo = base[i];
                        base[i] += c[k];
                        let x = i as i32;
                        let mut bar = Rectangle::new(
                            [
                                (SegmentValue::Exact(x), lo),
                                (SegmentValue::Exact(x + 1), lo + c[k]),
                            ],
                            colour.filled(),
                        );
                        bar.set_margin(0, 0, 2, 2);
                        bar
                    })
                    .collect();
                let colour = *colour;
                chart
                    .draw_series(bars)
                    .map_err(draw_error)?
                    .label(*kind)
                    .legend(move |(x, y)| {
                        Rectangle::new([(x, y - 6), (x + 12, y + 6)], colour.filled())
                    });
            }
            chart
                .configure_series_labels()
                .position(SeriesLabelPosition::UpperLeft)
                .background_style(WHITE.mix(0.85))
                .border_style(RGBColor(180, 180, 180))
                .label_font(("sans-serif", 13))
                .draw()
                .map_err(draw_error)?;
            root.present().map_err(draw_error)?;
        }
        Ok(out)
    }
}

/// One person's counterparts: meetings per year with each of those they met most often.
#[derive(Debug, Default, PartialEq)]
pub struct Contacts {
    /// (name, meetings per year, meetings without a date), most meetings first.
    pub rows: Vec<(String, BTreeMap<i32, i64>, i64)>,
    /// Counterparts beyond MAX_COUNTERPARTS, left out.
    pub left_out: usize,
}

impl Contacts {
    pub fn read(conn: &Connection, selection: &Selection) -> Result<Contacts, Error> {
        let mut by_id: BTreeMap<String, (String, BTreeMap<i32, i64>, i64)> = BTreeMap::new();
        selection.each(
            conn,
            CONTACTS,
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<i32>>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            },
            |(id, name, year, n)| {
                let entry = by_id
                    .entry(id)
                    .or_insert_with(|| (name, BTreeMap::new(), 0));
                match year {
                    Some(y) => *entry.1.entry(y).or_default() += n,
                    None => entry.2 += n,
                }
                Ok::<(), Error>(())
            },
        )?;
        let mut rows: Vec<_> = by_id.into_values().collect();
        let total = |r: &(String, BTreeMap<i32, i64>, i64)| r.1.values().sum::<i64>() + r.2;
        rows.sort_by(|a, b| total(b).cmp(&total(a)).then_with(|| a.0.cmp(&b.0)));
        let left_out = rows.len().saturating_sub(MAX_COUNTERPARTS);
        rows.truncate(MAX_COUNTERPARTS);
        Ok(Contacts { rows, left_out })
    }

    /// The chart: a row per counterpart, a circle per year they met, sized by the meetings.
    pub fn svg(&self, title: &str) -> Result<String, Error> {
        let years: Vec<i32> = self.rows.iter().flat_map(|r| r.1.keys().copied()).collect();
        if years.is_empty() {
            let undated: i64 = self.rows.iter().map(|r| r.2).sum();
            return nothing_to_draw(
                title,
                &format!(
                    "No dated meeting with a counterpart to draw ({} counterpart(s), {undated} undated meeting(s)).",
                    self.rows.len()
                ),
            );
        }
        let first = years.iter().min().copied().unwrap_or(2000);
        let last = years.iter().max().copied().unwrap_or(first);
        let n = self.rows.len().max(1) as i32;
        let height = (140 + 28 * n).max(300) as u32;
        let mut out = String::new();
        {
            let root = SVGBackend::with_string(&mut out, (1100, height)).into_drawing_area();
            root.fill(&WHITE).map_err(draw_error)?;
            let mut chart = ChartBuilder::on(&root)
                .caption(printable(title), ("sans-serif", 22))
                .margin(20)
                .x_label_area_size(40)
                .y_label_area_size(300)
                .build_cartesian_2d(
                    (f64::from(first) - 0.6)..(f64::from(last) + 0.6),
                    -0.5..(f64::from(n) - 0.5),
                )
                .map_err(draw_error)?;
            let rows = &self.rows;
            // The counterpart met most often is the top row (y = n - 1); labels fall on whole
            // numbers.
            let name = |v: &f64| match v {
                v if (v - v.round()).abs() < 1e-6 && *v >= 0.0 => rows
                    .len()
                    .checked_sub(1 + v.round() as usize)
                    .and_then(|i| rows.get(i))
                    .map(|(name, _, undated)| {
                        let name = printable(name);
                        if *undated > 0 {
                            format!("{name} (+{undated} undated)")
                        } else {
                            name
                        }
                    })
                    .unwrap_or_default(),
                _ => String::new(),
            };
            let span = usize::try_from(last - first + 1).unwrap_or(1);
            let mut caption = "year; circle size: meetings that year".to_string();
            if self.left_out > 0 {
                caption.push_str(&format!(
                    "; {} counterparts met less often left out",
                    self.left_out
                ));
            }
            chart
                .configure_mesh()
                .light_line_style(TRANSPARENT)
                .x_labels(span.clamp(2, 20))
                .x_label_formatter(&|x| {
                    if (x - x.round()).abs() < 1e-6 {
                        format!("{:.0}", x)
                    } else {
                        String::new()
                    }
                })
                .y_labels(self.rows.len().max(1))
                .y_label_formatter(&name)
                .x_desc(caption)
                .axis_desc_style(("sans-serif", 14))
                .label_style(("sans-serif", 12))
                .draw()
                .map_err(draw_error)?;
            let colour = RGBColor(76, 120, 168);
            let points = self
                .rows
                .iter()
                .enumerate()
                .flat_map(|(i, (_, per_year, _))| {
                    per_year.iter().map(move |(&y, &count)| {
                        let r = (4.0 + 4.0 * (count as f64).sqrt()).min(20.0).round() as i32;
                        Circle::new(
                            (f64::from(y), (n - 1) as f64 - i as f64),
                            r,
                            colour.mix(0.75).filled(),
                        )
                    })
                });
            chart.draw_series(points).map_err(draw_error)?;
            let labels = self
                .rows
                .iter()
                .enumerate()
                .flat_map(|(i, (_, per_year, _))| {
                    per_year
                        .iter()
                        .filter(|(_, &count)| count > 1)
                        .map(move |(&y, &count)| {
                            Text::new(
                                count.to_string(),
                                (f64::from(y), (n - 1) as f64 - i as f64),
                                ("sans-serif", 11).into_font().color(&WHITE),
                            )
                        })
                });
            chart.draw_series(labels).map_err(draw_error)?;
            root.present().map_err(draw_error)?;
        }
        Ok(out)
    }
}

/// Every kind a timeline stacks is a meeting kind of the catalog.
pub fn kinds() -> impl Iterator<Item = &'static str> {
    KINDS.iter().map(|(k, _)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MeetingKind;

    #[test]
    fn periods_run_without_gaps() {
        assert_eq!(
            every_period("2019", "2021", Period::Year),
            ["2019", "2020", "2021"]
        );
        assert_eq!(
            every_period("2019-11", "2020-02", Period::Month),
            ["2019-11", "2019-12", "2020-01", "2020-02"]
        );
        assert!(every_period("x", "2020", Period::Year).is_empty());
    }

    #[test]
    fn the_stacked_kinds_are_the_catalogs() {
        for k in kinds() {
            assert!(k.parse::<MeetingKind>().is_ok(), "{k}");
        }
        assert_eq!(kinds().count(), MeetingKind::allowed().split(", ").count());
    }

    #[test]
    fn charts_draw_with_legend_and_labels() -> Result<(), Error> {
        let t = Timeline {
            periods: vec!["2019".into(), "2020".into()],
            counts: vec![[1, 0, 2, 0, 0], [0, 0, 0, 0, 0]],
            unplaced: 3,
            by: Period::Year,
        };
        let svg = t.svg("Meetings <per year>")?;
        assert!(svg.contains("Meetings &lt;per year&gt;"));
        assert!(svg.contains("\nmeeting\n") && svg.contains("\nvisit\n"));
        assert!(
            !svg.contains("\nsigning\n"),
            "a kind with no meeting is no legend entry"
        );
        assert!(svg.contains("3 without a known year left out"));
        // One year alone: its bar has a width.
        let one = Timeline {
            periods: vec!["2024".into()],
            counts: vec![[3, 0, 0, 0, 0]],
            unplaced: 0,
            by: Period::Year,
        };
        let svg = one.svg("One year")?;
        assert!(
            !svg.contains("width=\"-") && !svg.contains("width=\"0\""),
            "a bar of no width"
        );
        assert!(svg.contains(">2024<") || svg.contains("\n2024\n"), "{svg}");
        let c = Contacts {
            rows: vec![("Ingrid Dahl".into(), BTreeMap::from([(2019, 2)]), 1)],
            left_out: 0,
        };
        let svg = c.svg("Contacts")?;
        assert!(svg.contains("Ingrid Dahl (+1 undated)"));
        Ok(())
    }
}
