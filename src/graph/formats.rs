//! The network as files other programs read: GraphML (Gephi, yEd, Cytoscape, networkx), GEXF
//! (Gephi), DOT (Graphviz), JSON (nodes and links, as d3 and networkx's node_link_graph read
//! it) and the places as GeoJSON. Each writer takes the nodes, then the edges, one at a time.

use std::io::{self, Write};

use quick_xml::escape::escape;
use serde_json::json;

use super::{Edge, Node, NodeType, Place};

/// A file format written node by node, then edge by edge.
pub trait GraphWriter {
    fn start(&mut self, title: &str) -> io::Result<()>;
    fn node(&mut self, node: &Node) -> io::Result<()>;
    /// Called once, after the last node and before the first edge.
    fn edges(&mut self) -> io::Result<()>;
    fn edge(&mut self, edge: &Edge) -> io::Result<()>;
    fn finish(&mut self) -> io::Result<()>;
}

/// Text for an XML attribute or element: escaped, without the characters XML 1.0 forbids
/// (control characters other than tab and line breaks), which no XML reader would accept.
fn xml(s: &str) -> String {
    let allowed: String = s
        .chars()
        .filter(|&c| matches!(c, '\t' | '\n' | '\r') || !c.is_control())
        .filter(|&c| !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        .collect();
    escape(allowed.as_str()).into_owned()
}

/// Colours shared by every picture and file that carries them: people blue, organizations orange.
pub fn colour(kind: NodeType) -> (&'static str, (u8, u8, u8)) {
    match kind {
        NodeType::Person => ("#4C78A8", (76, 120, 168)),
        NodeType::Organization => ("#F58518", (245, 133, 24)),
    }
}

pub struct GraphMl<W: Write> {
    pub out: W,
}

impl<W: Write> GraphWriter for GraphMl<W> {
    fn start(&mut self, title: &str) -> io::Result<()> {
        let keys = [
            ("label", "node", "label", "string"),
            ("key", "node", "key", "string"),
            ("type", "node", "type", "string"),
            ("country", "node", "country", "string"),
            ("meetings", "node", "meetings", "int"),
            ("weight", "edge", "weight", "double"),
            ("edge_meetings", "edge", "meetings", "int"),
            ("first_date", "edge", "first_date", "string"),
            ("last_date", "edge", "last_date", "string"),
            ("kinds", "edge", "kinds", "string"),
        ];
        writeln!(self.out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            self.out,
            r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
        )?;
        writeln!(self.out, "  <desc>{}</desc>", xml(title))?;
        for (id, on, name, ty) in keys {
            writeln!(
                self.out,
                r#"  <key id="{id}" for="{on}" attr.name="{name}" attr.type="{ty}"/>"#
            )?;
        }
        writeln!(
            self.out,
            r#"  <graph id="diplocat" edgedefault="undirected">"#
        )
    }

    fn node(&mut self, n: &Node) -> io::Result<()> {
        writeln!(self.out, r#"    <node id="{}">"#, xml(&n.id))?;
        writeln!(
            self.out,
            r#"      <data key="label">{}</data>"#,
            xml(&n.name)
        )?;
        writeln!(self.out, r#"      <data key="key">{}</data>"#, xml(&n.key))?;
        writeln!(
            self.out,
            r#"      <data key="type">{}</data>"#,
            n.kind.as_str()
        )?;
        if let Some(c) = &n.country {
            writeln!(self.out, r#"      <data key="country">{}</data>"#, xml(c))?;
        }
        writeln!(
            self.out,
            r#"      <data key="meetings">{}</data>"#,
            n.meetings
        )?;
        writeln!(self.out, "    </node>")
    }

    fn edges(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn edge(&mut self, e: &Edge) -> io::Result<()> {
        writeln!(
            self.out,
            r#"    <edge source="{}" target="{}">"#,
            xml(&e.source),
            xml(&e.target)
        )?;
        writeln!(
            self.out,
            r#"      <data key="weight">{}</data>"#,
            e.meetings
        )?;
        writeln!(
            self.out,
            r#"      <data key="edge_meetings">{}</data>"#,
            e.meetings
        )?;
        for (key, value) in [("first_date", &e.first_date), ("last_date", &e.last_date)] {
            if let Some(v) = value {
                writeln!(self.out, r#"      <data key="{key}">{}</data>"#, xml(v))?;
            }
        }
        writeln!(
            self.out,
            r#"      <data key="kinds">{}</data>"#,
            xml(&e.kinds.join(","))
        )?;
        writeln!(self.out, "    </edge>")
    }

    fn finish(&mut self) -> io::Result<()> {
        writeln!(self.out, "  </graph>\n</graphml>")
    }
}

/// GEXF 1.2, the version Gephi writes and networkx reads, with the nodes' size and colour.
pub struct Gexf<W: Write> {
    pub out: W,
    pub next_edge: u64,
}

impl<W: Write> GraphWriter for Gexf<W> {
    fn start(&mut self, title: &str) -> io::Result<()> {
        writeln!(self.out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            self.out,
            r#"<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">"#
        )?;
        writeln!(
            self.out,
            "  <meta>\n    <creator>diplocat {}</creator>\n    <description>{}</description>\n  </meta>",
            env!("CARGO_PKG_VERSION"),
            xml(title)
        )?;
        writeln!(
            self.out,
            r#"  <graph mode="static" defaultedgetype="undirected">"#
        )?;
        // Attribute ids are the positions in these lists, which node() and edge() use.
        for (class, attributes) in [
            (
                "node",
                [
                    ("key", "string"),
                    ("type", "string"),
                    ("country", "string"),
                    ("meetings", "integer"),
                ],
            ),
            (
                "edge",
                [
                    ("meetings", "integer"),
                    ("first_date", "string"),
                    ("last_date", "string"),
                    ("kinds", "string"),
                ],
            ),
        ] {
            writeln!(self.out, r#"    <attributes class="{class}">"#)?;
            for (i, (name, ty)) in attributes.iter().enumerate() {
                writeln!(
                    self.out,
                    r#"      <attribute id="{i}" title="{name}" type="{ty}"/>"#
                )?;
            }
            writeln!(self.out, "    </attributes>")?;
        }
        writeln!(self.out, "    <nodes>")
    }

    fn node(&mut self, n: &Node) -> io::Result<()> {
        let (_, (r, g, b)) = colour(n.kind);
        writeln!(
            self.out,
            r#"      <node id="{}" label="{}">"#,
            xml(&n.id),
            xml(&n.name)
        )?;
        writeln!(self.out, "        <attvalues>")?;
        writeln!(
            self.out,
            r#"          <attvalue for="0" value="{}"/>"#,
            xml(&n.key)
        )?;
        writeln!(
            self.out,
            r#"          <attvalue for="1" value="{}"/>"#,
            n.kind.as_str()
        )?;
        if let Some(c) = &n.country {
            writeln!(
                self.out,
                r#"          <attvalue for="2" value="{}"/>"#,
                xml(c)
            )?;
        }
        writeln!(
            self.out,
            r#"          <attvalue for="3" value="{}"/>"#,
            n.meetings
        )?;
        writeln!(self.out, "        </attvalues>")?;
        writeln!(
            self.out,
            r#"        <viz:size value="{:.1}"/>"#,
            node_size(n.meetings)
        )?;
        writeln!(self.out, r#"        <viz:color r="{r}" g="{g}" b="{b}"/>"#)?;
        writeln!(self.out, "      </node>")
    }

    fn edges(&mut self) -> io::Result<()> {
        writeln!(self.out, "    </nodes>\n    <edges>")
    }

    fn edge(&mut self, e: &Edge) -> io::Result<()> {
        writeln!(
            self.out,
            r#"      <edge id="{}" source="{}" target="{}" weight="{}">"#,
            self.next_edge,
            xml(&e.source),
            xml(&e.target),
            e.meetings
        )?;
        self.next_edge += 1;
        writeln!(self.out, "        <attvalues>")?;
        writeln!(
            self.out,
            r#"          <attvalue for="0" value="{}"/>"#,
            e.meetings
        )?;
        for (i, value) in [(1, &e.first_date), (2, &e.last_date)] {
            if let Some(v) = value {
                writeln!(
                    self.out,
                    r#"          <attvalue for="{i}" value="{}"/>"#,
                    xml(v)
                )?;
            }
        }
        writeln!(
            self.out,
            r#"          <attvalue for="3" value="{}"/>"#,
            xml(&e.kinds.join(","))
        )?;
        writeln!(self.out, "        </attvalues>\n      </edge>")
    }

    fn finish(&mut self) -> io::Result<()> {
        writeln!(self.out, "    </edges>\n  </graph>\n</gexf>")
    }
}

/// A node's size in pictures and in GEXF: grows with the square root of its meetings.
pub fn node_size(meetings: i64) -> f64 {
    4.0 + 4.0 * (meetings.max(0) as f64).sqrt()
}

/// A quoted DOT identifier or string.
fn dot(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Graphviz DOT, laid out by neato (a network, not a hierarchy): `dot -Tsvg graph.dot`.
pub struct Dot<W: Write> {
    pub out: W,
}

impl<W: Write> GraphWriter for Dot<W> {
    fn start(&mut self, title: &str) -> io::Result<()> {
        writeln!(self.out, "graph diplocat {{")?;
        writeln!(
            self.out,
            "  graph [layout=neato, overlap=false, splines=true, outputorder=edgesfirst, fontname=\"Helvetica\", label={}, labelloc=t];",
            dot(title)
        )?;
        writeln!(
            self.out,
            "  node [style=filled, fontname=\"Helvetica\", fontsize=10, fontcolor=\"#222222\", color=\"#ffffff\"];"
        )?;
        writeln!(self.out, "  edge [color=\"#99999988\"];")
    }

    fn node(&mut self, n: &Node) -> io::Result<()> {
        let (fill, _) = colour(n.kind);
        let shape = match n.kind {
            NodeType::Person => "ellipse",
            NodeType::Organization => "box",
        };
        writeln!(
            self.out,
            "  {} [label={}, key={}, type={}, country={}, meetings={}, shape={shape}, fillcolor=\"{fill}66\"];",
            dot(&n.id),
            dot(&n.name),
            dot(&n.key),
            dot(n.kind.as_str()),
            dot(n.country.as_deref().unwrap_or("")),
            n.meetings
        )
    }

    fn edges(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn edge(&mut self, e: &Edge) -> io::Result<()> {
        writeln!(
            self.out,
            "  {} -- {} [weight={}, penwidth={:.1}, meetings={}, first_date={}, last_date={}, kinds={}];",
            dot(&e.source),
            dot(&e.target),
            e.meetings,
            edge_width(e.meetings),
            e.meetings,
            dot(e.first_date.as_deref().unwrap_or("")),
            dot(e.last_date.as_deref().unwrap_or("")),
            dot(&e.kinds.join(","))
        )
    }

    fn finish(&mut self) -> io::Result<()> {
        writeln!(self.out, "}}")
    }
}

/// An edge's width in pictures: grows with the number of meetings, within reason.
pub fn edge_width(meetings: i64) -> f64 {
    (1.0 + (meetings.max(1) as f64).ln() * 1.5).min(8.0)
}

/// `{"directed": false, "nodes": [...], "links": [...]}`: d3's and networkx's node-link form.
pub struct Json<W: Write> {
    pub out: W,
    pub first: bool,
}

impl<W: Write> Json<W> {
    fn item(&mut self, value: serde_json::Value) -> io::Result<()> {
        let sep = if self.first { "\n" } else { ",\n" };
        self.first = false;
        write!(self.out, "{sep}    ")?;
        serde_json::to_writer(&mut self.out, &value).map_err(crate::output::json_io)
    }
}

impl<W: Write> GraphWriter for Json<W> {
    fn start(&mut self, title: &str) -> io::Result<()> {
        write!(
            self.out,
            "{{\n  \"directed\": false,\n  \"multigraph\": false,\n  \"graph\": {},\n  \"nodes\": [",
            json!({ "name": title })
        )?;
        self.first = true;
        Ok(())
    }

    fn node(&mut self, n: &Node) -> io::Result<()> {
        self.item(json!({
            "id": n.id,
            "key": n.key,
            "name": n.name,
            "type": n.kind.as_str(),
            "country": n.country,
            "meetings": n.meetings,
        }))
    }

    fn edges(&mut self) -> io::Result<()> {
        write!(self.out, "\n  ],\n  \"links\": [")?;
        self.first = true;
        Ok(())
    }

    fn edge(&mut self, e: &Edge) -> io::Result<()> {
        self.item(json!({
            "source": e.source,
            "target": e.target,
            "meetings": e.meetings,
            "first_date": e.first_date,
            "last_date": e.last_date,
            "kinds": e.kinds,
        }))
    }

    fn finish(&mut self) -> io::Result<()> {
        writeln!(self.out, "\n  ]\n}}")
    }
}

/// The places as a GeoJSON FeatureCollection of points (longitude, latitude), streamed.
pub struct GeoJson<W: Write> {
    pub out: W,
    pub first: bool,
}

impl<W: Write> GeoJson<W> {
    pub fn start(&mut self) -> io::Result<()> {
        write!(
            self.out,
            "{{\"type\": \"FeatureCollection\", \"features\": ["
        )?;
        self.first = true;
        Ok(())
    }

    /// Writes one place; false when it has no coordinates (then nothing is written).
    pub fn place(&mut self, p: &Place) -> io::Result<bool> {
        let (Some(lat), Some(lon)) = (p.latitude, p.longitude) else {
            return Ok(false);
        };
        let feature = json!({
            "type": "Feature",
            "id": p.id,
            "geometry": { "type": "Point", "coordinates": [lon, lat] },
            "properties": {
                "key": p.key,
                "name": p.name,
                "kind": p.kind,
                "country": p.country,
                "meetings": p.meetings,
                "first_date": p.first_date,
                "last_date": p.last_date,
            },
        });
        let sep = if self.first { "\n" } else { ",\n" };
        self.first = false;
        write!(self.out, "{sep}  ")?;
        serde_json::to_writer(&mut self.out, &feature).map_err(crate::output::json_io)?;
        Ok(true)
    }

    pub fn finish(&mut self) -> io::Result<()> {
        writeln!(self.out, "\n]}}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Vec<Node>, Vec<Edge>) {
        let nodes = vec![
            Node {
                id: "p1".into(),
                key: "ingrid-dahl".into(),
                name: "Ingrid \"Inga\" Dahl & <co>\u{1}".into(),
                kind: NodeType::Person,
                country: Some("Norway".into()),
                meetings: 3,
            },
            Node {
                id: "o2".into(),
                key: "nordic-council".into(),
                name: "Nordic Council".into(),
                kind: NodeType::Organization,
                country: None,
                meetings: 1,
            },
        ];
        let edges = vec![Edge {
            source: "p1".into(),
            target: "o2".into(),
            meetings: 1,
            first_date: Some("2023-01-01".into()),
            last_date: None,
            kinds: vec!["meeting".into(), "signing".into()],
        }];
        (nodes, edges)
    }

    fn write(w: &mut dyn GraphWriter) -> io::Result<()> {
        let (nodes, edges) = sample();
        w.start("test")?;
        for n in &nodes {
            w.node(n)?;
        }
        w.edges()?;
        for e in &edges {
            w.edge(e)?;
        }
        w.finish()
    }

    #[test]
    fn xml_formats_escape_names_and_drop_forbidden_characters() -> io::Result<()> {
        let mut g = GraphMl { out: Vec::new() };
        write(&mut g)?;
        let text = String::from_utf8(g.out).map_err(io::Error::other)?;
        assert!(text.contains("Ingrid &quot;Inga&quot; Dahl &amp; &lt;co&gt;</data>"));
        assert!(!text.contains('\u{1}'));
        assert!(text.contains(r#"<edge source="p1" target="o2">"#));
        let mut g = Gexf {
            out: Vec::new(),
            next_edge: 0,
        };
        write(&mut g)?;
        let text = String::from_utf8(g.out).map_err(io::Error::other)?;
        assert!(text.contains(r#"label="Ingrid &quot;Inga&quot; Dahl &amp; &lt;co&gt;""#));
        assert!(text.contains(r#"<edge id="0" source="p1" target="o2" weight="1">"#));
        Ok(())
    }

    #[test]
    fn dot_quotes_names() -> io::Result<()> {
        let mut g = Dot { out: Vec::new() };
        write(&mut g)?;
        let text = String::from_utf8(g.out).map_err(io::Error::other)?;
        assert!(text.contains(r#"label="Ingrid \"Inga\" Dahl & <co>""#));
        assert!(text.contains(r#""p1" -- "o2""#));
        Ok(())
    }

    #[test]
    fn json_is_one_document_with_nodes_and_links() -> Result<(), Box<dyn std::error::Error>> {
        let mut g = Json {
            out: Vec::new(),
            first: true,
        };
        write(&mut g)?;
        let v: serde_json::Value = serde_json::from_slice(&g.out)?;
        assert_eq!(v["nodes"].as_array().map(Vec::len), Some(2));
        assert_eq!(v["links"][0]["source"], "p1");
        assert_eq!(v["links"][0]["kinds"][1], "signing");
        Ok(())
    }

    #[test]
    fn geojson_leaves_out_places_without_coordinates() -> Result<(), Box<dyn std::error::Error>> {
        let place = |lat: Option<f64>| Place {
            id: 1,
            key: "oslo".into(),
            name: "Oslo".into(),
            kind: "city".into(),
            country: Some("Norway".into()),
            latitude: lat,
            longitude: lat.map(|_| 10.75),
            meetings: 2,
            first_date: None,
            last_date: None,
        };
        let mut g = GeoJson {
            out: Vec::new(),
            first: true,
        };
        g.start()?;
        assert!(g.place(&place(Some(59.91)))?);
        assert!(!g.place(&place(None))?);
        g.finish()?;
        let v: serde_json::Value = serde_json::from_slice(&g.out)?;
        assert_eq!(v["features"].as_array().map(Vec::len), Some(1));
        assert_eq!(v["features"][0]["geometry"]["coordinates"][0], 10.75);
        Ok(())
    }
}
