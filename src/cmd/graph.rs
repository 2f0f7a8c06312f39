//! `diplocat graph [-p KEY=VALUE ...] [--format F] [-o FILE]`: who met whom as a network file,
//! a picture, or the places as GeoJSON.

use std::path::Path;

use crate::cli::{GraphArgs, GraphFormat};
use crate::graph::formats::{Dot, GeoJson, Gexf, GraphMl, GraphWriter, Json};
use crate::graph::{picture, Edge, Node, Selection};
use crate::query::ReadOnly;
use crate::Error;

pub fn run(db: &Path, args: &GraphArgs) -> anyhow::Result<()> {
    let format = match (args.format, &args.output) {
        (Some(f), _) => f,
        (None, Some(path)) => GraphFormat::from_extension(path).ok_or_else(|| {
            Error::usage(format!(
                "cannot tell the format from the name {}: give --format graphml, gexf, dot, json, svg or geojson, or name the file .graphml, .gexf, .dot, .json, .svg or .geojson",
                path.display()
            ))
        })?,
        (None, None) => GraphFormat::Graphml,
    };
    if args.limit == 0 {
        return Err(Error::usage("--limit 0 would draw nothing: give 1 or more").into());
    }
    let catalog = ReadOnly::open(db)?;
    let conn = catalog.connection();
    let selection = Selection::new(conn, "graph", &args.params).map_err(Error::from)?;
    let title = crate::graph::titled("Who met whom", args.params.iter());
    let write_error = |what: &'static str| move |e: std::io::Error| Error::io(what)(e);
    super::to_destination(
        args.output.as_deref(),
        |n| format!("{n} {}", unit(format)),
        |out| {
            let n = match format {
                GraphFormat::Graphml => network(conn, &selection, &title, &mut GraphMl { out })?,
                GraphFormat::Gexf => {
                    network(conn, &selection, &title, &mut Gexf { out, next_edge: 0 })?
                }
                GraphFormat::Dot => network(conn, &selection, &title, &mut Dot { out })?,
                GraphFormat::Json => {
                    network(conn, &selection, &title, &mut Json { out, first: true })?
                }
                GraphFormat::Geojson => {
                    let mut g = GeoJson { out, first: true };
                    g.start().map_err(write_error("cannot write the map"))?;
                    let mut without = 0u64;
                    let mut written = 0u64;
                    selection.places(conn, |p| {
                        if g.place(&p).map_err(write_error("cannot write the map"))? {
                            written += 1;
                        } else {
                            without += 1;
                        }
                        Ok::<(), Error>(())
                    })?;
                    g.finish().map_err(write_error("cannot write the map"))?;
                    if without > 0 {
                        crate::output::note(&format!(
                        "{without} place(s) without coordinates left out of the map (places the gazetteer does not know; `diplocat report meetings_by_place` lists them)"
                    ));
                    }
                    written
                }
                GraphFormat::Svg => {
                    let (nodes, edges, left_out) = top(conn, &selection, args.limit)?;
                    let svg = picture::svg(&title, &nodes, &edges, left_out)
                        .map_err(write_error("cannot draw the picture"))?;
                    out.write_all(svg.as_bytes())
                        .map_err(write_error("cannot write the picture"))?;
                    writeln!(out).map_err(write_error("cannot write the picture"))?;
                    nodes.len() as u64
                }
            };
            Ok(n)
        },
    )
}

fn unit(format: GraphFormat) -> &'static str {
    match format {
        GraphFormat::Geojson => "place(s)",
        _ => "node(s)",
    }
}

/// Streams every node, then every edge, into a network format; returns the number of nodes.
fn network(
    conn: &rusqlite::Connection,
    selection: &Selection,
    title: &str,
    w: &mut dyn GraphWriter,
) -> Result<u64, Error> {
    let io = |e| Error::io("cannot write the graph")(e);
    w.start(title).map_err(io)?;
    let n = selection.nodes(conn, |node| w.node(&node).map_err(io))?;
    w.edges().map_err(io)?;
    selection.edges(conn, |edge| w.edge(&edge).map_err(io))?;
    w.finish().map_err(io)?;
    Ok(n)
}

/// The `limit` nodes with most meetings and the edges among them, for a picture; and how many
/// nodes were left out.
fn top(
    conn: &rusqlite::Connection,
    selection: &Selection,
    limit: u64,
) -> Result<(Vec<Node>, Vec<Edge>, u64), Error> {
    let mut nodes = Vec::new();
    let mut left_out = 0u64;
    selection.nodes(conn, |n| {
        if (nodes.len() as u64) < limit {
            nodes.push(n);
        } else {
            left_out += 1;
        }
        Ok::<(), Error>(())
    })?;
    let kept: std::collections::HashSet<String> = nodes.iter().map(|n| n.id.clone()).collect();
    let mut edges = Vec::new();
    selection.edges(conn, |e| {
        if kept.contains(&e.source) && kept.contains(&e.target) {
            edges.push(e);
        }
        Ok::<(), Error>(())
    })?;
    Ok((nodes, edges, left_out))
}
