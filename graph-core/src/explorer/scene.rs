//! What the explorer draws: the view's nodes and edges turned into a few SVG paths (one per kind,
//! so a 5,000-node drawing is a handful of elements), labels placed so they never pile up, and the
//! geometry of pointer and keyboard navigation (hit testing, the neighbour in an arrow's direction).

use crate::sort::SharedSort;

use crate::band::Band;
use crate::explorer::explore::{ExploreView, NodeKind};
use crate::explorer::layout::LayoutGraph;
use crate::landscape::Relation;

/// The visible window onto the drawing: its size in screen units, and the zoom and centre chosen
/// by the user on top of the fit to the visible nodes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Width in screen units.
    pub width: f32,
    /// Height in screen units.
    pub height: f32,
    /// Zoom on top of the fit; 1 shows every visible node.
    pub zoom: f32,
    /// Offset of the view's centre from the middle of the visible nodes, in layout units.
    pub centre: (f32, f32),
}

/// Maps layout coordinates to screen coordinates: `screen = layout · scale + offset`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transform {
    /// Screen units per layout unit.
    pub scale: f32,
    /// Screen position of the layout origin.
    pub offset: [f32; 2],
}

impl Transform {
    /// The transform that fits `points` in the viewport with a margin, then applies its zoom and
    /// centre.
    pub fn fit<'a>(
        points: impl IntoIterator<Item = &'a [f32; 2]>,
        viewport: &Viewport,
    ) -> Transform {
        let (mut min, mut max) = ([f32::MAX; 2], [f32::MIN; 2]);
        for p in points {
            if p[0].is_finite() && p[1].is_finite() {
                for axis in 0..2 {
                    min[axis] = min[axis].min(p[axis]);
                    max[axis] = max[axis].max(p[axis]);
                }
            }
        }
        if min[0] > max[0] {
            min = [-1.0, -1.0];
            max = [1.0, 1.0];
        }
        let margin = 40.0;
        let span_x = (max[0] - min[0]).max(1.0);
        let span_y = (max[1] - min[1]).max(1.0);
        let fit = ((viewport.width - 2.0 * margin) / span_x)
            .min((viewport.height - 2.0 * margin) / span_y)
            .clamp(0.001, 40.0);
        let zoom = if viewport.zoom.is_finite() {
            viewport.zoom
        } else {
            1.0
        };
        let scale = fit * zoom;
        let centre = [
            (min[0] + max[0]) / 2.0 + finite(viewport.centre.0),
            (min[1] + max[1]) / 2.0 + finite(viewport.centre.1),
        ];
        Transform {
            scale,
            offset: [
                viewport.width / 2.0 - centre[0] * scale,
                viewport.height / 2.0 - centre[1] * scale,
            ],
        }
    }

    /// Layout to screen.
    pub fn apply(&self, p: [f32; 2]) -> [f32; 2] {
        [
            p[0] * self.scale + self.offset[0],
            p[1] * self.scale + self.offset[1],
        ]
    }
}

fn finite(value: f32) -> f32 {
    if value.is_finite() { value } else { 0.0 }
}

/// The CSS class of a node: its kind, and for organisations the utilisation band.
pub fn node_class(kind: NodeKind, utilisation: Option<f64>) -> &'static str {
    match kind {
        NodeKind::Organisation => match Band::of(utilisation) {
            Band::Ruim => "node node-org band-room",
            Band::Krap => "node node-org band-tight",
            Band::Vol => "node node-org band-full",
            Band::Onbekend => "node node-org band-unknown",
        },
        NodeKind::Ministry => "node node-ministry",
        NodeKind::Task => "node node-task",
        NodeKind::TargetGroup => "node node-group",
        NodeKind::Register => "node node-register",
    }
}

/// The CSS class of an edge: its relation kind.
pub fn edge_class(relation: Relation) -> &'static str {
    match relation {
        Relation::Ministry => "edge edge-ministry",
        Relation::Task => "edge edge-task",
        Relation::TargetGroup => "edge edge-group",
        Relation::Register(_) => "edge edge-register",
        Relation::Chain(_) => "edge edge-chain",
    }
}

/// The radius of a node on screen.
pub fn node_radius(kind: NodeKind, degree: usize) -> f32 {
    match kind {
        NodeKind::Ministry => 9.0,
        NodeKind::Organisation => 5.0 + (degree.min(24) as f32) * 0.3,
        NodeKind::Task | NodeKind::TargetGroup => 8.0,
        NodeKind::Register => 7.0,
    }
}

/// The graph the force layout works on for `view`: one node per view node, sized by its radius
/// on screen (a fifth of it, in layout units), and the view's edges.
pub fn layout_graph(view: &ExploreView) -> LayoutGraph {
    LayoutGraph {
        sizes: view
            .nodes
            .iter()
            .map(|node| node_radius(node.kind, node.degree) / 5.0)
            .collect(),
        edges: view
            .edges
            .iter()
            .map(|edge| (edge.source as u32, edge.target as u32))
            .collect(),
        weights: Vec::new(),
    }
}

/// Appends the outline of a node's shape at `(x, y)`: circle for organisations, square for
/// ministries, diamond for task types, triangle for target groups, hexagon for registers, so
/// the kind never depends on colour alone.
pub fn shape(path: &mut String, kind: NodeKind, x: f32, y: f32, r: f32) {
    match kind {
        NodeKind::Organisation => fill(
            path,
            "M# #a# # 0 1 0 # 0a# # 0 1 0 # 0Z",
            &[x - r, y, r, r, 2.0 * r, r, r, -2.0 * r],
        ),
        NodeKind::Ministry => {
            let s = r * 0.9;
            fill(
                path,
                "M# #h#v#h#Z",
                &[x - s, y - s, 2.0 * s, 2.0 * s, -2.0 * s],
            );
        }
        NodeKind::Task => {
            let d = r * 1.15;
            fill(
                path,
                "M# #L# #L# #L# #Z",
                &[x, y - d, x + d, y, x, y + d, x - d, y],
            );
        }
        NodeKind::TargetGroup => {
            let (w, base) = (r * 1.1, y + r * 0.75);
            fill(
                path,
                "M# #L# #L# #Z",
                &[x, y - r * 1.2, x + w, base, x - w, base],
            );
        }
        NodeKind::Register => {
            let (h, w) = (r * 0.95, r * 1.1);
            let half = w / 2.0;
            fill(
                path,
                "M# #L# #H#L# #L# #H#Z",
                &[
                    x - w,
                    y,
                    x - half,
                    y - h,
                    x + half,
                    x + w,
                    y,
                    x + half,
                    y + h,
                    x - half,
                ],
            );
        }
    }
}

/// Appends `template` with each `#` replaced by the next of `numbers`, written with one decimal.
/// A drawing of 5,000 nodes writes about a hundred thousand numbers; the general float
/// formatter (`{:.1}`, exact mode with a big-number fallback) took much of a redraw, this takes
/// a rounding and a few digits. Halves round away from zero (`{:.1}` rounds them to even): a
/// twentieth of a pixel either way.
fn fill(path: &mut String, template: &str, numbers: &[f32]) {
    let mut numbers = numbers.iter();
    for (i, text) in template.split('#').enumerate() {
        if i > 0 {
            push_tenths(path, numbers.next().copied().unwrap_or(0.0));
        }
        path.push_str(text);
    }
}

/// Appends `value` with one decimal. Not-a-number writes 0.0; values beyond the range of `i64`
/// tenths are clamped (a drawing never comes near).
fn push_tenths(out: &mut String, value: f32) {
    // In f64, so that multiplying by ten adds no error at drawing sizes.
    let tenths = (f64::from(value) * 10.0).round() as i64;
    if tenths < 0 {
        out.push('-');
    }
    let tenths = tenths.unsigned_abs();
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = tenths / 10;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &digit in &digits[at..] {
        out.push(char::from(digit));
    }
    out.push('.');
    out.push(char::from(b'0' + (tenths % 10) as u8));
}

/// A placed label.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The node it names.
    pub node: usize,
    /// Left of the text, screen units.
    pub x: f32,
    /// Baseline of the text, screen units.
    pub y: f32,
    /// The text.
    pub text: String,
    /// Whether the node is emphasised (selected, focused or on the path).
    pub strong: bool,
}

/// One SVG path of the drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    /// CSS class.
    pub class: &'static str,
    /// Path data.
    pub d: String,
}

/// Everything the explorer draws for one frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    /// Edge paths, one per relation kind, drawn first.
    pub edges: Vec<Layer>,
    /// Emphasised edges (the path, the selection's edges), drawn over the others.
    pub strong_edges: String,
    /// Node paths, one per class.
    pub nodes: Vec<Layer>,
    /// Labels that fit without overlapping.
    pub labels: Vec<Label>,
    /// Screen positions of the view's nodes, for hit testing and the focus ring.
    pub screen: Vec<[f32; 2]>,
}

/// What the drawing emphasises.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Emphasis {
    /// The selected node (index into the view).
    pub selected: Option<usize>,
    /// The node with keyboard focus.
    pub active: Option<usize>,
    /// Nodes of the path, in order.
    pub path: Vec<usize>,
}

/// Width of a label of `text` at the label font size (11 px), a safe estimate.
fn label_width(text: &str) -> f32 {
    text.chars().count() as f32 * 6.6 + 4.0
}

/// Builds the scene of `view` with node positions `positions` (one per view node, layout units).
pub fn scene(
    view: &ExploreView,
    positions: &[[f32; 2]],
    viewport: &Viewport,
    emphasis: &Emphasis,
) -> Scene {
    let transform = Transform::fit(positions.iter().take(view.nodes.len()), viewport);
    let screen: Vec<[f32; 2]> = (0..view.nodes.len())
        .map(|i| transform.apply(positions.get(i).copied().unwrap_or([0.0, 0.0])))
        .collect();
    let visible = |p: [f32; 2]| {
        p[0] > -50.0
            && p[1] > -50.0
            && p[0] < viewport.width + 50.0
            && p[1] < viewport.height + 50.0
    };

    let on_path = |a: usize, b: usize| {
        emphasis
            .path
            .windows(2)
            .any(|pair| (pair[0] == a && pair[1] == b) || (pair[0] == b && pair[1] == a))
    };
    let mut edges: Vec<Layer> = Vec::new();
    let mut strong_edges = String::new();
    for edge in &view.edges {
        let (a, b) = (screen[edge.source], screen[edge.target]);
        if !visible(a) && !visible(b) {
            continue;
        }
        let strong = on_path(edge.source, edge.target)
            || emphasis
                .selected
                .is_some_and(|s| s == edge.source || s == edge.target);
        let d = if strong {
            &mut strong_edges
        } else {
            let class = edge_class(edge.relation);
            let index = match edges.iter().position(|layer| layer.class == class) {
                Some(index) => index,
                None => {
                    edges.push(Layer {
                        class,
                        d: String::new(),
                    });
                    edges.len() - 1
                }
            };
            &mut edges[index].d
        };
        fill(d, "M# #L# #", &[a[0], a[1], b[0], b[1]]);
    }
    edges.shared_sort_by_key(|layer| layer.class);

    let mut nodes: Vec<Layer> = Vec::new();
    for (i, node) in view.nodes.iter().enumerate() {
        let p = screen[i];
        if !visible(p) {
            continue;
        }
        let class = node_class(node.kind, node.utilisation);
        let index = match nodes.iter().position(|layer| layer.class == class) {
            Some(index) => index,
            None => {
                nodes.push(Layer {
                    class,
                    d: String::new(),
                });
                nodes.len() - 1
            }
        };
        shape(
            &mut nodes[index].d,
            node.kind,
            p[0],
            p[1],
            node_radius(node.kind, node.degree),
        );
    }
    nodes.shared_sort_by_key(|layer| layer.class);

    let labels = place_labels(view, &screen, viewport, emphasis);
    Scene {
        edges,
        strong_edges,
        nodes,
        labels,
        screen,
    }
}

/// Chooses labels by importance (emphasised nodes, then ministries and task types, then by number
/// of connections) and keeps only those that overlap no label placed before them. How many are
/// tried grows with the zoom, so zooming in reveals more names.
fn place_labels(
    view: &ExploreView,
    screen: &[[f32; 2]],
    viewport: &Viewport,
    emphasis: &Emphasis,
) -> Vec<Label> {
    let emphasised = |i: usize| {
        emphasis.selected == Some(i) || emphasis.active == Some(i) || emphasis.path.contains(&i)
    };
    let mut order: Vec<usize> = (0..view.nodes.len())
        .filter(|&i| {
            let p = screen[i];
            p[0] >= 0.0 && p[1] >= 0.0 && p[0] <= viewport.width && p[1] <= viewport.height
        })
        .collect();
    let importance = |i: usize| {
        let node = &view.nodes[i];
        let kind = match node.kind {
            NodeKind::Ministry => 3,
            NodeKind::Task | NodeKind::TargetGroup => 2,
            NodeKind::Organisation => 1,
            NodeKind::Register => 0,
        };
        (emphasised(i), node.degree.min(1_000) * 4 + kind * 8)
    };
    order.shared_sort_by(|&a, &b| importance(b).cmp(&importance(a)).then(a.cmp(&b)));
    let zoom = if viewport.zoom.is_finite() {
        viewport.zoom
    } else {
        1.0
    };
    let budget = ((24.0 * zoom * zoom) as usize).clamp(12, 600);
    let mut placed: Vec<[f32; 4]> = Vec::new();
    let mut labels = Vec::new();
    for i in order {
        let strong = emphasised(i);
        if labels.len() >= budget && !strong {
            break;
        }
        let node = &view.nodes[i];
        let r = node_radius(node.kind, node.degree);
        let text = node.label.clone();
        let (x, y) = (screen[i][0] + r + 3.0, screen[i][1] + 4.0);
        let rect = [x - 1.0, y - 11.0, x + label_width(&text), y + 3.0];
        let overlaps = placed.iter().any(|other| {
            rect[0] < other[2] && other[0] < rect[2] && rect[1] < other[3] && other[1] < rect[3]
        });
        if overlaps && !strong {
            continue;
        }
        placed.push(rect);
        labels.push(Label {
            node: i,
            x,
            y,
            text,
            strong,
        });
    }
    labels
}

/// The node under a screen point, if one is within its radius plus a few units of slack (for
/// touch); the nearest wins.
pub fn hit(view: &ExploreView, screen: &[[f32; 2]], point: [f32; 2]) -> Option<usize> {
    let mut best: Option<(f32, usize)> = None;
    for (i, p) in screen.iter().enumerate().take(view.nodes.len()) {
        let d = (p[0] - point[0]).hypot(p[1] - point[1]);
        let reach = node_radius(view.nodes[i].kind, view.nodes[i].degree) + 6.0;
        if d <= reach && best.is_none_or(|(best_d, _)| d < best_d) {
            best = Some((d, i));
        }
    }
    best.map(|(_, i)| i)
}

/// The neighbour of `from` that lies most in the direction `(dx, dy)` (screen axes): the arrow
/// keys move along edges this way. Neighbours behind the direction are never chosen; among the
/// rest, the smallest angle wins, then the nearest.
pub fn neighbour_towards(
    view: &ExploreView,
    screen: &[[f32; 2]],
    from: usize,
    direction: [f32; 2],
) -> Option<usize> {
    let origin = *screen.get(from)?;
    let mut best: Option<(f32, f32, usize)> = None;
    for other in view.neighbours_in_view(from) {
        let p = screen[other];
        let (vx, vy) = (p[0] - origin[0], p[1] - origin[1]);
        let length = vx.hypot(vy);
        let cosine = if length > 0.0 {
            (vx * direction[0] + vy * direction[1]) / length
        } else {
            0.0
        };
        if cosine <= 0.0 && length > 0.0 {
            continue;
        }
        let candidate = (-cosine, length, other);
        if best.is_none_or(|b| (candidate.0, candidate.1) < (b.0, b.1)) {
            best = Some(candidate);
        }
    }
    best.map(|(_, _, other)| other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explorer::explore::{ExploreQuery, explore};
    use crate::{Landscape, Period, default_sources};

    #[test]
    fn numbers_are_written_as_with_one_decimal() {
        let mut rng = crate::random::Rng::new(3);
        let mut values: Vec<f32> = (0..20_000)
            .map(|_| (rng.unit() as f32 - 0.5) * 20_000.0)
            .collect();
        values.extend([0.0, 0.04, 0.05, 0.96, 9.95, 99.99, 1e9, -3.0, -123.456]);
        for value in values {
            let mut ours = String::new();
            push_tenths(&mut ours, value);
            let theirs = format!("{value:.1}");
            // Only halves may differ (we round them away from zero, `{:.1}` to even), and the
            // sign of a value that rounds to zero.
            let half = ((f64::from(value) * 10.0).fract().abs() - 0.5).abs() < 1e-3;
            let zero = theirs == "-0.0" && ours == "0.0";
            assert!(
                ours == theirs || half || zero,
                "{value}: {ours} against {theirs}"
            );
            let back: f64 = ours.parse().expect("a number");
            assert!(
                (back - f64::from(value)).abs() <= 0.05 + 1e-3 * f64::from(value).abs().max(1.0)
            );
        }
    }

    #[test]
    fn shapes_write_the_same_outlines_as_the_general_formatter() {
        let (x, y, r) = (120.0_f32, -40.0_f32, 8.0_f32);
        let expected = [
            (
                NodeKind::Organisation,
                format!(
                    "M{:.1} {y:.1}a{r:.1} {r:.1} 0 1 0 {:.1} 0a{r:.1} {r:.1} 0 1 0 {:.1} 0Z",
                    x - r,
                    2.0 * r,
                    -2.0 * r
                ),
            ),
            (
                NodeKind::Ministry,
                format!(
                    "M{:.1} {:.1}h{:.1}v{:.1}h{:.1}Z",
                    x - r * 0.9,
                    y - r * 0.9,
                    2.0 * r * 0.9,
                    2.0 * r * 0.9,
                    -2.0 * r * 0.9
                ),
            ),
            (
                NodeKind::Task,
                format!(
                    "M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z",
                    y - r * 1.15,
                    x + r * 1.15,
                    y + r * 1.15,
                    x - r * 1.15
                ),
            ),
            (
                NodeKind::TargetGroup,
                format!(
                    "M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z",
                    y - r * 1.2,
                    x + r * 1.1,
                    y + r * 0.75,
                    x - r * 1.1,
                    y + r * 0.75
                ),
            ),
            (
                NodeKind::Register,
                format!(
                    "M{:.1} {y:.1}L{:.1} {:.1}H{:.1}L{:.1} {y:.1}L{:.1} {:.1}H{:.1}Z",
                    x - r * 1.1,
                    x - r * 1.1 / 2.0,
                    y - r * 0.95,
                    x + r * 1.1 / 2.0,
                    x + r * 1.1,
                    x + r * 1.1 / 2.0,
                    y + r * 0.95,
                    x - r * 1.1 / 2.0
                ),
            ),
        ];
        for (kind, outline) in expected {
            let mut path = String::new();
            shape(&mut path, kind, x, y, r);
            assert_eq!(path, outline, "{kind:?}");
        }
    }

    fn setting() -> (ExploreView, Vec<[f32; 2]>) {
        let (landscape, _) = Landscape::load(&default_sources()).expect("valid data");
        let view = explore(&landscape, &ExploreQuery::default(), Period::Year(2026));
        // A grid: predictable positions for the geometry tests.
        let positions = (0..view.nodes.len())
            .map(|i| [(i % 12) as f32 * 10.0, (i / 12) as f32 * 10.0])
            .collect();
        (view, positions)
    }

    const VIEWPORT: Viewport = Viewport {
        width: 960.0,
        height: 640.0,
        zoom: 1.0,
        centre: (0.0, 0.0),
    };

    #[test]
    fn labels_never_overlap_and_grow_with_zoom() {
        let (view, positions) = setting();
        let few = scene(&view, &positions, &VIEWPORT, &Emphasis::default());
        let zoomed = scene(
            &view,
            &positions,
            &Viewport {
                zoom: 3.0,
                ..VIEWPORT
            },
            &Emphasis::default(),
        );
        assert!(!few.labels.is_empty());
        for labels in [&few.labels, &zoomed.labels] {
            for (i, a) in labels.iter().enumerate() {
                for b in &labels[i + 1..] {
                    let overlap_x =
                        a.x < b.x + label_width(&b.text) && b.x < a.x + label_width(&a.text);
                    let overlap_y = (a.y - b.y).abs() < 14.0;
                    assert!(!(overlap_x && overlap_y), "{a:?} overlaps {b:?}");
                }
            }
        }
        // Zooming in around the centre shows a smaller part of the graph with more names each.
        let in_view = |s: &Scene| {
            s.screen
                .iter()
                .filter(|p| p[0] >= 0.0 && p[1] >= 0.0 && p[0] <= 960.0 && p[1] <= 640.0)
                .count()
        };
        assert!(
            zoomed.labels.len() as f64 / in_view(&zoomed) as f64
                > few.labels.len() as f64 / in_view(&few) as f64
        );
    }

    #[test]
    fn every_visible_node_is_drawn_once_in_the_layer_of_its_class() {
        let (view, positions) = setting();
        let drawn = scene(&view, &positions, &VIEWPORT, &Emphasis::default());
        let shapes: usize = drawn
            .nodes
            .iter()
            .map(|layer| layer.d.matches('M').count())
            .sum();
        assert_eq!(shapes, view.nodes.len());
        let lines: usize = drawn
            .edges
            .iter()
            .map(|layer| layer.d.matches('M').count())
            .sum();
        assert_eq!(lines, view.edges.len());
        assert!(
            drawn
                .nodes
                .iter()
                .any(|layer| layer.class.contains("node-ministry"))
        );
    }

    #[test]
    fn emphasised_edges_move_to_their_own_layer() {
        let (view, positions) = setting();
        let selected = view
            .nodes
            .iter()
            .position(|n| n.key.to_string() == "org:uwv")
            .expect("UWV");
        let drawn = scene(
            &view,
            &positions,
            &VIEWPORT,
            &Emphasis {
                selected: Some(selected),
                ..Emphasis::default()
            },
        );
        assert_eq!(
            drawn.strong_edges.matches('M').count(),
            view.nodes[selected].degree
        );
        assert!(
            drawn
                .labels
                .iter()
                .any(|label| label.node == selected && label.strong)
        );
    }

    #[test]
    fn hit_finds_the_nearest_node_within_reach() {
        let (view, positions) = setting();
        let drawn = scene(&view, &positions, &VIEWPORT, &Emphasis::default());
        let target = drawn.screen[5];
        assert_eq!(
            hit(&view, &drawn.screen, [target[0] + 2.0, target[1] - 1.0]),
            Some(5)
        );
        assert_eq!(hit(&view, &drawn.screen, [-500.0, -500.0]), None);
    }

    #[test]
    fn arrows_follow_edges_in_their_direction() {
        let (view, _) = setting();
        let from = view
            .nodes
            .iter()
            .position(|n| n.key.to_string() == "org:uwv")
            .expect("UWV");
        let neighbours = view.neighbours_in_view(from);
        assert!(neighbours.len() >= 2);
        // Put the neighbours around UWV: the first to the right, the others to the left.
        let mut screen = vec![[0.0f32, 0.0]; view.nodes.len()];
        screen[from] = [500.0, 300.0];
        for (k, &n) in neighbours.iter().enumerate() {
            screen[n] = if k == 0 {
                [600.0, 310.0]
            } else {
                [400.0 - k as f32, 300.0 + k as f32]
            };
        }
        assert_eq!(
            neighbour_towards(&view, &screen, from, [1.0, 0.0]),
            Some(neighbours[0])
        );
        let left =
            neighbour_towards(&view, &screen, from, [-1.0, 0.0]).expect("a node to the left");
        assert_ne!(left, neighbours[0]);
        assert!(neighbours.contains(&left));
    }

    #[test]
    fn fit_keeps_points_inside_and_survives_junk() {
        let points = [[-100.0, 5.0], [300.0, 80.0], [f32::NAN, 1.0]];
        let transform = Transform::fit(points.iter(), &VIEWPORT);
        for p in &points[..2] {
            let s = transform.apply(*p);
            assert!(
                (0.0..=960.0).contains(&s[0]) && (0.0..=640.0).contains(&s[1]),
                "{s:?}"
            );
        }
        let weird = Viewport {
            zoom: f32::NAN,
            centre: (f32::INFINITY, 0.0),
            ..VIEWPORT
        };
        let transform = Transform::fit(std::iter::empty(), &weird);
        assert!(transform.scale.is_finite() && transform.offset.iter().all(|v| v.is_finite()));
    }
}
