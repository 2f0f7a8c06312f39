//! The network as a picture: laid out by ForceAtlas2 (the `fa2` crate, Gephi's default layout),
//! drawn as SVG with plotters. Node size follows the number of meetings, edge width the
//! meetings together, colour the node's type; a legend says so.

use std::collections::HashMap;
use std::io;

use fa2::{FA2Data, FA2Settings};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::formats::{colour, edge_width, node_size};
use super::{Edge, Node, NodeType};

const WIDTH: u32 = 1200;
const HEIGHT: u32 = 900;
const MARGIN: f64 = 90.0;
/// Nodes with more meetings than most are labelled; at most this many labels.
const MAX_LABELS: usize = 40;

/// Node positions in [0, 1] x [0, 1], in the order of `nodes`. Deterministic: the layout
/// starts from a circle and runs a fixed number of rounds.
pub fn layout(nodes: &[Node], edges: &[Edge]) -> Vec<(f64, f64)> {
    let index: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let mut data = FA2Data::<f64>::with_capacity(nodes.len(), edges.len());
    for _ in nodes {
        data.add_node();
    }
    for e in edges {
        if let (Some(&a), Some(&b)) = (index.get(e.source.as_str()), index.get(e.target.as_str())) {
            data.add_edge_with_weight(a, b, e.meetings as f64);
        }
    }
    if nodes.len() < 2 {
        return vec![(0.5, 0.5); nodes.len()];
    }
    data.apply_circular_layout();
    let mut fa2 = FA2Settings::from_graph_order(nodes.len())
        .edge_weight_influence(0.5)
        .build(data);
    fa2.run(if nodes.len() > 500 { 300 } else { 1000 });
    let points: Vec<(f64, f64)> = fa2.data().positions().collect();
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(x, y) in &points {
        x0 = x0.min(x);
        x1 = x1.max(x);
        y0 = y0.min(y);
        y1 = y1.max(y);
    }
    let span = |lo: f64, hi: f64| if hi - lo > f64::EPSILON { hi - lo } else { 1.0 };
    points
        .iter()
        .map(|&(x, y)| {
            let px = (x - x0) / span(x0, x1);
            let py = (y - y0) / span(y0, y1);
            (
                if px.is_finite() { px } else { 0.5 },
                if py.is_finite() { py } else { 0.5 },
            )
        })
        .collect()
}

/// Text for a picture: without control characters, which an SVG reader refuses.
pub(crate) fn printable(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

fn draw_error<E: std::error::Error + Send + Sync>(
    e: plotters::drawing::DrawingAreaErrorKind<E>,
) -> io::Error {
    io::Error::other(format!("cannot draw the picture: {e}"))
}

/// The picture as SVG text. `left_out` counts the nodes not drawn (beyond --limit), said in
/// the caption.
pub fn svg(title: &str, nodes: &[Node], edges: &[Edge], left_out: u64) -> io::Result<String> {
    let points = layout(nodes, edges);
    let at = |i: usize| -> (i32, i32) {
        let (x, y) = points.get(i).copied().unwrap_or((0.5, 0.5));
        let w = f64::from(WIDTH) - 2.0 * MARGIN;
        let h = f64::from(HEIGHT) - 2.0 * MARGIN - 40.0;
        (
            (MARGIN + x * w).round() as i32,
            (MARGIN + 40.0 + y * h).round() as i32,
        )
    };
    let index: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(draw_error)?;
        for e in edges {
            let (Some(&a), Some(&b)) = (index.get(e.source.as_str()), index.get(e.target.as_str()))
            else {
                continue;
            };
            let style = ShapeStyle {
                color: RGBColor(120, 120, 120).mix(0.45),
                filled: false,
                stroke_width: edge_width(e.meetings).round() as u32,
            };
            root.draw(&PathElement::new(vec![at(a), at(b)], style))
                .map_err(draw_error)?;
        }
        // Smaller nodes on top, so a hub does not hide its neighbours.
        let mut order: Vec<usize> = (0..nodes.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(nodes[i].meetings));
        for &i in &order {
            let n = &nodes[i];
            let (_, (r, g, b)) = colour(n.kind);
            let fill = RGBColor(r, g, b).mix(0.85).filled();
            let radius = node_size(n.meetings).min(36.0);
            let (x, y) = at(i);
            match n.kind {
                NodeType::Person => root
                    .draw(&Circle::new((x, y), radius.round() as i32, fill))
                    .map_err(draw_error)?,
                NodeType::Organization => {
                    let s = (radius * 0.9).round() as i32;
                    root.draw(&Rectangle::new([(x - s, y - s), (x + s, y + s)], fill))
                        .map_err(draw_error)?
                }
            }
        }
        let labelled = order.iter().take(MAX_LABELS);
        for &i in labelled {
            let n = &nodes[i];
            let (x, y) = at(i);
            let radius = node_size(n.meetings).min(36.0).round() as i32;
            let mut name = printable(&n.name);
            if name.chars().count() > 40 {
                name = name.chars().take(38).collect::<String>() + "…";
            }
            // Right of the node, or left of it near the right edge, so no label is cut.
            let style = ("sans-serif", 13).into_font().color(&RGBColor(30, 30, 30));
            let (style, at) = if x > (WIDTH as i32) * 3 / 4 {
                (
                    style.pos(Pos::new(HPos::Right, VPos::Center)),
                    (x - radius - 4, y),
                )
            } else {
                (
                    style.pos(Pos::new(HPos::Left, VPos::Center)),
                    (x + radius + 4, y),
                )
            };
            root.draw(&Text::new(name, at, style)).map_err(draw_error)?;
        }
        // Title, legend and caption.
        let title_style = ("sans-serif", 22).into_font().color(&BLACK);
        root.draw(&Text::new(printable(title), (20, 16), title_style))
            .map_err(draw_error)?;
        let legend_style = ("sans-serif", 14).into_font().color(&BLACK);
        let (_, (r, g, b)) = colour(NodeType::Person);
        root.draw(&Circle::new(
            (WIDTH as i32 - 200, 30),
            7,
            RGBColor(r, g, b).filled(),
        ))
        .map_err(draw_error)?;
        root.draw(&Text::new(
            "person",
            (WIDTH as i32 - 185, 22),
            legend_style.clone(),
        ))
        .map_err(draw_error)?;
        let (_, (r, g, b)) = colour(NodeType::Organization);
        root.draw(&Rectangle::new(
            [(WIDTH as i32 - 207, 48), (WIDTH as i32 - 193, 62)],
            RGBColor(r, g, b).filled(),
        ))
        .map_err(draw_error)?;
        root.draw(&Text::new(
            "organization",
            (WIDTH as i32 - 185, 47),
            legend_style.clone(),
        ))
        .map_err(draw_error)?;
        let mut caption = format!(
            "{} nodes, {} links. Node size: meetings; line width: meetings together.",
            nodes.len(),
            edges
                .iter()
                .filter(|e| index.contains_key(e.source.as_str())
                    && index.contains_key(e.target.as_str()))
                .count()
        );
        if left_out > 0 {
            caption.push_str(&format!(
                " {left_out} participants with fewer meetings left out (see --limit)."
            ));
        }
        root.draw(&Text::new(
            caption,
            (20, HEIGHT as i32 - 28),
            ("sans-serif", 13).into_font().color(&RGBColor(80, 80, 80)),
        ))
        .map_err(draw_error)?;
        root.present().map_err(draw_error)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str, meetings: i64) -> Node {
        Node {
            id: id.into(),
            key: id.into(),
            name: format!("Name <{id}>"),
            kind: if id.starts_with('p') {
                NodeType::Person
            } else {
                NodeType::Organization
            },
            country: None,
            meetings,
        }
    }

    fn edge(a: &str, b: &str) -> Edge {
        Edge {
            source: a.into(),
            target: b.into(),
            meetings: 1,
            first_date: None,
            last_date: None,
            kinds: vec!["meeting".into()],
        }
    }

    #[test]
    fn layout_is_deterministic_and_inside_the_frame() {
        let nodes = vec![node("p1", 3), node("p2", 1), node("o3", 2), node("p4", 1)];
        let edges = vec![edge("p1", "p2"), edge("p1", "o3"), edge("o3", "p4")];
        let a = layout(&nodes, &edges);
        let b = layout(&nodes, &edges);
        assert_eq!(a, b);
        assert!(a
            .iter()
            .all(|&(x, y)| (0.0..=1.0).contains(&x) && (0.0..=1.0).contains(&y)));
        // Linked nodes end closer than unlinked ones.
        let d = |i: usize, j: usize| ((a[i].0 - a[j].0).powi(2) + (a[i].1 - a[j].1).powi(2)).sqrt();
        assert!(d(0, 1) < d(1, 3));
    }

    #[test]
    fn picture_has_labels_legend_and_escaped_names() -> io::Result<()> {
        let nodes = vec![node("p1", 3), node("o2", 1)];
        let svg = svg("Who met whom", &nodes, &[edge("p1", "o2")], 5)?;
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("Name &lt;p1&gt;"));
        assert!(svg.contains("\nperson\n") && svg.contains("\norganization\n"));
        assert!(svg.contains("5 participants with fewer meetings left out"));
        Ok(())
    }

    #[test]
    fn one_node_or_none_is_drawn_without_a_layout() -> io::Result<()> {
        assert!(layout(&[], &[]).is_empty());
        assert_eq!(layout(&[node("p1", 1)], &[]), vec![(0.5, 0.5)]);
        svg("empty", &[], &[], 0)?;
        Ok(())
    }
}
