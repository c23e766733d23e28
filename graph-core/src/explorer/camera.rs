//! The map's camera and its input, as plain data the browser only feeds: zoom and pan about a
//! point, centring on a node, pointer gestures (drag, pinch, tap), the wheel, the map's keys and
//! the walk along edges, and where each node of a view is placed in the chosen layout.

use std::collections::HashMap;

use crate::explorer::explore::{ExploreLayout, ExploreQuery, ExploreView, NodeKey, NodeKind};
use crate::explorer::layout::{cluster_layout, radial_layout};
use crate::explorer::scene::{Transform, Viewport, layout_graph, neighbour_towards};
use crate::sort::SharedSort;

/// Size of the map's drawing in SVG units; the element scales to its column.
pub const DRAWING: [f32; 2] = [960.0, 640.0];

/// Zoom factor of one key press or button.
pub const ZOOM_STEP: f32 = 1.25;

/// Drawing units a pointer may move before a press counts as a drag rather than a tap.
const TAP_SLACK: f32 = 4.0;

/// Drawing units one Shift+arrow press pans.
const KEY_PAN: f32 = 60.0;

impl Viewport {
    /// The map's viewport at a zoom and centre.
    pub fn of_map(zoom: f32, centre: (f32, f32)) -> Viewport {
        Viewport {
            width: DRAWING[0],
            height: DRAWING[1],
            zoom,
            centre,
        }
    }

    /// The middle of the drawing, where the buttons and keys zoom about.
    pub fn middle(&self) -> [f32; 2] {
        [self.width / 2.0, self.height / 2.0]
    }

    /// Moves the view by a distance in drawing units; `fit_scale` is the drawing units per
    /// layout unit at zoom 1 (see [`Transform::fit`]).
    pub fn pan(&mut self, delta: [f32; 2], fit_scale: f32) {
        let scale = fit_scale * self.zoom;
        if scale > 0.0 && scale.is_finite() {
            self.centre.0 -= delta[0] / scale;
            self.centre.1 -= delta[1] / scale;
        }
    }

    /// Zooms by `factor` within the query's limits, keeping the layout point under `point` (in
    /// drawing units) where it is.
    pub fn zoom_at(&mut self, factor: f32, point: [f32; 2], fit_scale: f32) {
        let next = (self.zoom * factor).clamp(ExploreQuery::MIN_ZOOM, ExploreQuery::MAX_ZOOM);
        if fit_scale > 0.0 && fit_scale.is_finite() {
            let (before, after) = (fit_scale * self.zoom, fit_scale * next);
            let shift = 1.0 / before - 1.0 / after;
            self.centre.0 += (point[0] - self.width / 2.0) * shift;
            self.centre.1 += (point[1] - self.height / 2.0) * shift;
        }
        self.zoom = next;
    }

    /// The centre offset that puts a layout position in the middle of the drawing, given the
    /// positions of the whole view.
    pub fn centred_on(&self, position: [f32; 2], positions: &[[f32; 2]]) -> (f32, f32) {
        let fit = self.fitted(positions);
        (
            position[0] - (self.width / 2.0 - fit.offset[0]) / fit.scale,
            position[1] - (self.height / 2.0 - fit.offset[1]) / fit.scale,
        )
    }

    /// The transform that fits every position in this drawing, before any zoom and pan.
    pub fn fitted(&self, positions: &[[f32; 2]]) -> Transform {
        Transform::fit(
            positions.iter(),
            &Viewport {
                zoom: 1.0,
                centre: (0.0, 0.0),
                ..*self
            },
        )
    }
}

/// The zoom factor of a wheel turn (`deltaY` in pixels; up zooms in), within halving and
/// doubling per event.
pub fn wheel_factor(delta_y: f64) -> f32 {
    (-delta_y as f32 * 0.002).exp().clamp(0.5, 2.0)
}

/// What a pointer move asks of the camera.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GestureChange {
    /// One pointer drags: move the view by this much.
    Pan([f32; 2]),
    /// Two pointers pinch: zoom by the factor about the point between them.
    Zoom {
        /// The ratio of the fingers' distance now to before.
        factor: f32,
        /// The middle between the fingers.
        about: [f32; 2],
    },
}

/// What lifting a pointer ends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Release {
    /// A single press that did not move: a tap at this point.
    Tap([f32; 2]),
    /// The last pointer of a drag or pinch lifted: the camera may be written to the link.
    Finished,
    /// Other pointers are still down (or the pointer was not known).
    Continuing,
}

/// The pointers on the map: where each is, and whether the gesture has moved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gesture {
    pointers: Vec<(i32, [f32; 2])>,
    start: [f32; 2],
    moved: bool,
}

impl Gesture {
    /// A pointer goes down at a point in drawing units.
    pub fn down(&mut self, pointer: i32, point: [f32; 2]) {
        if self.pointers.is_empty() {
            self.start = point;
            self.moved = false;
        }
        self.pointers.retain(|(id, _)| *id != pointer);
        self.pointers.push((pointer, point));
    }

    /// A pointer that is down moves; what the camera should do, if anything.
    pub fn moved(&mut self, pointer: i32, point: [f32; 2]) -> Option<GestureChange> {
        let slot = self.pointers.iter().position(|(id, _)| *id == pointer)?;
        let before = self.pointers[slot].1;
        self.pointers[slot].1 = point;
        if self.pointers.len() == 2 {
            self.moved = true;
            let other = self.pointers[1 - slot].1;
            let was = (before[0] - other[0]).hypot(before[1] - other[1]);
            let is = (point[0] - other[0]).hypot(point[1] - other[1]);
            return (was > 1.0).then(|| GestureChange::Zoom {
                factor: is / was,
                about: [(point[0] + other[0]) / 2.0, (point[1] + other[1]) / 2.0],
            });
        }
        if (point[0] - self.start[0]).hypot(point[1] - self.start[1]) > TAP_SLACK {
            self.moved = true;
        }
        self.moved.then_some(GestureChange::Pan([
            point[0] - before[0],
            point[1] - before[1],
        ]))
    }

    /// A pointer lifts at a point.
    pub fn up(&mut self, pointer: i32, point: [f32; 2]) -> Release {
        let known = self.pointers.len();
        self.pointers.retain(|(id, _)| *id != pointer);
        if known == 1 && self.pointers.is_empty() && !self.moved {
            Release::Tap(point)
        } else if self.pointers.is_empty() {
            Release::Finished
        } else {
            Release::Continuing
        }
    }

    /// The browser took a pointer away (a scroll, a system gesture).
    pub fn cancel(&mut self, pointer: i32) {
        self.pointers.retain(|(id, _)| *id != pointer);
    }
}

/// What a key pressed on the map asks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MapCommand {
    /// Move the keyboard focus to the neighbour in this direction.
    Walk([f32; 2]),
    /// Move the view by this many drawing units.
    Pan([f32; 2]),
    /// Select the node that has the keyboard focus.
    Choose,
    /// Clear the selection.
    Clear,
    /// Zoom about the middle by this factor.
    Zoom(f32),
    /// Back to the fitted view.
    Fit,
    /// Centre on the node that has the keyboard focus.
    Centre,
}

/// The command of a key (`KeyboardEvent.key`), if the map has one: arrows walk the edges (with
/// Shift they pan), Enter and Space select, Escape clears, `+` `-` `0` zoom, `c` centres. Keys
/// with Ctrl, Cmd or Alt belong to the browser.
pub fn map_command(key: &str, shift: bool, browser_modifier: bool) -> Option<MapCommand> {
    if browser_modifier {
        return None;
    }
    let direction = match key {
        "ArrowLeft" => Some([-1.0, 0.0]),
        "ArrowRight" => Some([1.0, 0.0]),
        "ArrowUp" => Some([0.0, -1.0]),
        "ArrowDown" => Some([0.0, 1.0]),
        _ => None,
    };
    if let Some([x, y]) = direction {
        return Some(if shift {
            MapCommand::Pan([-x * KEY_PAN, -y * KEY_PAN])
        } else {
            MapCommand::Walk([x, y])
        });
    }
    Some(match key {
        "Enter" | " " => MapCommand::Choose,
        "Escape" => MapCommand::Clear,
        "+" | "=" => MapCommand::Zoom(ZOOM_STEP),
        "-" | "_" => MapCommand::Zoom(1.0 / ZOOM_STEP),
        "0" => MapCommand::Fit,
        "c" => MapCommand::Centre,
        _ => return None,
    })
}

/// The node the keyboard starts on: the selected one if it is in view, else the organisation
/// with the most connections, else the first node.
pub fn start_node(view: &ExploreView, selected: Option<&NodeKey>) -> Option<NodeKey> {
    selected
        .filter(|key| view.index_of(key).is_some())
        .cloned()
        .or_else(|| {
            view.nodes
                .iter()
                .filter(|node| node.kind == NodeKind::Organisation)
                .max_by_key(|node| node.degree)
                .or(view.nodes.first())
                .map(|node| node.key.clone())
        })
}

/// A move of the keyboard focus, so that the opposite arrow goes back the same way.
#[derive(Clone, Debug, PartialEq)]
pub struct FocusStep {
    /// Where the focus came from.
    pub from: NodeKey,
    /// The arrow's direction.
    pub direction: [f32; 2],
}

/// Where the focus goes from `active` with an arrow: back along the last step when the arrow is
/// its opposite and that node is still a neighbour, else the neighbour drawn most in that
/// direction (`screen` holds the drawn positions).
pub fn walk_focus(
    view: &ExploreView,
    screen: &[[f32; 2]],
    active: &NodeKey,
    direction: [f32; 2],
    last: Option<&FocusStep>,
) -> Option<NodeKey> {
    let from = view.index_of(active)?;
    let back = last
        .filter(|step| step.direction[0] == -direction[0] && step.direction[1] == -direction[1])
        .and_then(|step| view.index_of(&step.from))
        .filter(|index| view.neighbours_in_view(from).contains(index));
    let to = back.or_else(|| neighbour_towards(view, screen, from, direction))?;
    Some(view.nodes[to].key.clone())
}

/// The force layout of the whole landscape: one position per node, found by key, so that
/// filters and focus keep every node where it was.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ForcePlacement {
    /// Index into `positions` per node.
    pub keys: HashMap<NodeKey, usize>,
    /// The layout's positions.
    pub positions: Vec<[f32; 2]>,
}

impl ForcePlacement {
    /// The placement of a whole view's nodes at the given positions (in the view's order).
    pub fn of(view: &ExploreView, positions: Vec<[f32; 2]>) -> ForcePlacement {
        ForcePlacement {
            keys: view
                .nodes
                .iter()
                .enumerate()
                .map(|(index, node)| (node.key.clone(), index))
                .collect(),
            positions,
        }
    }

    /// Positions of a view's nodes in the query's layout: the force placement, one cluster per
    /// ministry, or rings around the selected node (the force placement without a selection).
    pub fn positions_in(&self, view: &ExploreView, query: &ExploreQuery) -> Vec<[f32; 2]> {
        let force = || {
            view.nodes
                .iter()
                .map(|node| {
                    self.keys
                        .get(&node.key)
                        .and_then(|&index| self.positions.get(index).copied())
                        .unwrap_or([0.0, 0.0])
                })
                .collect()
        };
        match query.layout {
            ExploreLayout::Force => force(),
            ExploreLayout::Ministry => {
                let mut ministries: Vec<&str> = view
                    .nodes
                    .iter()
                    .filter_map(|node| node.ministry.as_ref().map(|id| id.as_str()))
                    .collect();
                ministries.shared_sort();
                ministries.dedup();
                let groups: Vec<Option<usize>> = view
                    .nodes
                    .iter()
                    .map(|node| {
                        let id = node.ministry.as_ref()?;
                        ministries.binary_search(&id.as_str()).ok()
                    })
                    .collect();
                cluster_layout(&groups, &layout_graph(view).sizes)
            }
            ExploreLayout::Ego => {
                match query.selected.as_ref().and_then(|key| view.index_of(key)) {
                    Some(centre) => radial_layout(&layout_graph(view), centre),
                    None => force(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::defaults::default_sources;
    use crate::landscape::Landscape;
    use crate::period::Period;

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() < 1e-3
    }

    /// Where a layout point lands on the screen for a viewport.
    fn on_screen(viewport: &Viewport, positions: &[[f32; 2]], point: [f32; 2]) -> [f32; 2] {
        let t = Transform::fit(positions.iter(), viewport);
        [
            point[0] * t.scale + t.offset[0],
            point[1] * t.scale + t.offset[1],
        ]
    }

    const SQUARE: [[f32; 2]; 4] = [[0.0, 0.0], [100.0, 0.0], [0.0, 100.0], [100.0, 100.0]];

    #[test]
    fn zooming_keeps_the_point_under_the_pointer() {
        let mut viewport = Viewport::of_map(1.0, (0.0, 0.0));
        let fit = viewport.fitted(&SQUARE).scale;
        let point = [700.0, 200.0];
        // The layout point under `point` before the zoom.
        let t = Transform::fit(SQUARE.iter(), &viewport);
        let under = [
            (point[0] - t.offset[0]) / t.scale,
            (point[1] - t.offset[1]) / t.scale,
        ];
        viewport.zoom_at(2.0, point, fit);
        assert!(close(viewport.zoom, 2.0));
        let after = on_screen(&viewport, &SQUARE, under);
        assert!(
            close(after[0], point[0]) && close(after[1], point[1]),
            "{after:?}"
        );
    }

    #[test]
    fn zoom_stays_within_the_limits() {
        let mut viewport = Viewport::of_map(1.0, (0.0, 0.0));
        for _ in 0..100 {
            viewport.zoom_at(ZOOM_STEP, viewport.middle(), 1.0);
        }
        assert_eq!(viewport.zoom, ExploreQuery::MAX_ZOOM);
        for _ in 0..200 {
            viewport.zoom_at(1.0 / ZOOM_STEP, viewport.middle(), 1.0);
        }
        assert_eq!(viewport.zoom, ExploreQuery::MIN_ZOOM);
        // Zooming about the middle never moves the centre.
        assert_eq!(viewport.centre, (0.0, 0.0));
    }

    #[test]
    fn panning_moves_the_drawing_by_the_drag() {
        let mut viewport = Viewport::of_map(2.0, (0.0, 0.0));
        let fit = viewport.fitted(&SQUARE).scale;
        let before = on_screen(&viewport, &SQUARE, [50.0, 50.0]);
        viewport.pan([30.0, -12.0], fit);
        let after = on_screen(&viewport, &SQUARE, [50.0, 50.0]);
        assert!(close(after[0] - before[0], 30.0) && close(after[1] - before[1], -12.0));
        // A degenerate scale changes nothing.
        let unchanged = viewport;
        viewport.pan([10.0, 10.0], 0.0);
        assert_eq!(viewport, unchanged);
    }

    #[test]
    fn centring_puts_a_node_in_the_middle() {
        let mut viewport = Viewport::of_map(3.0, (5.0, 5.0));
        viewport.centre = viewport.centred_on([100.0, 0.0], &SQUARE);
        let shown = on_screen(&viewport, &SQUARE, [100.0, 0.0]);
        assert!(close(shown[0], DRAWING[0] / 2.0) && close(shown[1], DRAWING[1] / 2.0));
    }

    #[test]
    fn the_wheel_zooms_in_when_turned_up_within_bounds() {
        assert!(wheel_factor(-100.0) > 1.0 && wheel_factor(100.0) < 1.0);
        assert_eq!(wheel_factor(-10_000.0), 2.0);
        assert_eq!(wheel_factor(10_000.0), 0.5);
    }

    #[test]
    fn a_press_without_movement_is_a_tap_and_a_drag_pans() {
        let mut gesture = Gesture::default();
        gesture.down(1, [10.0, 10.0]);
        assert_eq!(gesture.moved(1, [12.0, 11.0]), None, "within the slack");
        assert_eq!(gesture.up(1, [12.0, 11.0]), Release::Tap([12.0, 11.0]));

        gesture.down(1, [10.0, 10.0]);
        assert_eq!(
            gesture.moved(1, [20.0, 10.0]),
            Some(GestureChange::Pan([10.0, 0.0]))
        );
        assert_eq!(
            gesture.moved(1, [21.0, 12.0]),
            Some(GestureChange::Pan([1.0, 2.0]))
        );
        assert_eq!(gesture.up(1, [21.0, 12.0]), Release::Finished);
        // An unknown pointer changes nothing.
        assert_eq!(gesture.moved(9, [0.0, 0.0]), None);
    }

    #[test]
    fn two_pointers_pinch_about_their_middle() {
        let mut gesture = Gesture::default();
        gesture.down(1, [0.0, 0.0]);
        gesture.down(2, [100.0, 0.0]);
        assert_eq!(
            gesture.moved(2, [200.0, 0.0]),
            Some(GestureChange::Zoom {
                factor: 2.0,
                about: [100.0, 0.0]
            })
        );
        assert_eq!(gesture.up(2, [200.0, 0.0]), Release::Continuing);
        assert_eq!(
            gesture.up(1, [0.0, 0.0]),
            Release::Finished,
            "a pinch is no tap"
        );
        gesture.down(3, [5.0, 5.0]);
        gesture.cancel(3);
        assert_eq!(gesture.up(3, [5.0, 5.0]), Release::Finished);
    }

    #[test]
    fn keys_map_to_commands() {
        assert_eq!(
            map_command("ArrowLeft", false, false),
            Some(MapCommand::Walk([-1.0, 0.0]))
        );
        assert_eq!(
            map_command("ArrowDown", true, false),
            Some(MapCommand::Pan([0.0, -KEY_PAN]))
        );
        assert_eq!(map_command("ArrowLeft", false, true), None);
        assert_eq!(map_command(" ", false, false), Some(MapCommand::Choose));
        assert_eq!(map_command("Escape", false, false), Some(MapCommand::Clear));
        assert_eq!(
            map_command("=", false, false),
            Some(MapCommand::Zoom(ZOOM_STEP))
        );
        assert_eq!(map_command("0", false, false), Some(MapCommand::Fit));
        assert_eq!(map_command("c", false, false), Some(MapCommand::Centre));
        assert_eq!(map_command("x", false, false), None);
    }

    #[test]
    fn the_keyboard_starts_on_the_selection_or_the_busiest_organisation_and_walks_back() {
        let (landscape, _) = Landscape::load(&default_sources()).expect("valid data");
        let view = crate::explorer::explore::explore(
            &landscape,
            &ExploreQuery::default(),
            Period::Year(2026),
        );
        let busiest = start_node(&view, None).expect("a node");
        let index = view.index_of(&busiest).unwrap();
        assert_eq!(view.nodes[index].kind, NodeKind::Organisation);
        assert!(
            view.nodes
                .iter()
                .all(|node| node.kind != NodeKind::Organisation
                    || node.degree <= view.nodes[index].degree)
        );
        let other = view.nodes.last().unwrap().key.clone();
        assert_eq!(start_node(&view, Some(&other)), Some(other));

        // The busiest on the left, every other node to its right: a step right reaches one of
        // its neighbours, and the step back left returns to it.
        let screen: Vec<[f32; 2]> = (0..view.nodes.len())
            .map(|i| {
                if i == index {
                    [0.0, 0.0]
                } else {
                    [100.0, i as f32]
                }
            })
            .collect();
        let next = walk_focus(&view, &screen, &busiest, [1.0, 0.0], None).expect("a neighbour");
        assert!(
            view.neighbours_in_view(index)
                .contains(&view.index_of(&next).unwrap())
        );
        let step = FocusStep {
            from: busiest.clone(),
            direction: [1.0, 0.0],
        };
        assert_eq!(
            walk_focus(&view, &screen, &next, [-1.0, 0.0], Some(&step)),
            Some(busiest)
        );
    }

    #[test]
    fn the_force_placement_follows_keys_and_other_layouts_are_computed() {
        let (landscape, _) = Landscape::load(&default_sources()).expect("valid data");
        let whole = crate::explorer::explore::explore(
            &landscape,
            &ExploreQuery::default(),
            Period::Year(2026),
        );
        let positions: Vec<[f32; 2]> = (0..whole.nodes.len()).map(|i| [i as f32, 1.0]).collect();
        let placement = ForcePlacement::of(&whole, positions.clone());
        let query = ExploreQuery::default();
        assert_eq!(placement.positions_in(&whole, &query), positions);
        let ministry = ExploreQuery {
            layout: ExploreLayout::Ministry,
            ..ExploreQuery::default()
        };
        let clustered = placement.positions_in(&whole, &ministry);
        assert_eq!(clustered.len(), whole.nodes.len());
        assert_ne!(clustered, positions);
    }
}
