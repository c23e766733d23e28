//! The network map: the force layout of the whole landscape, computed in short slices (tasks of a
//! few milliseconds) so the page never freezes, drawn as a few SVG paths; pan and zoom by pointer, touch,
//! wheel and keyboard; arrow keys walk along the edges.

use graph_core::SharedSort;
use std::collections::HashMap;
use std::sync::Arc;

use graph_core::{
    Emphasis, ExploreLayout, ExploreQuery, ExploreView, ForceLayout, LayoutSettings, NodeKey,
    NodeKind, Scene, Transform, Viewport, cluster_layout, explore, hit, layout_graph,
    neighbour_towards, node_radius, radial_layout, scene, start_positions,
};
use leptos::ev::{KeyboardEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;

use super::Explorer;
use crate::i18n::{T, t, tf};

/// Size of the drawing in SVG units; the element scales to its column.
const WIDTH: f32 = 960.0;
const HEIGHT: f32 = 640.0;
/// Seed of the start positions: the same landscape always gets the same drawing.
const SEED: u64 = 20_251_216;
/// Nodes of repulsion per call of `ForceLayout::advance`.
const SLICE: usize = 1_000;
/// Milliseconds of layout work per task.
const SLICE_BUDGET_MS: f64 = 8.0;
/// Up to this many nodes the drawing follows the layout closely (every 50 ms); above it, twice a
/// second, as drawing a large graph costs more than a slice of layout.
const SMALL_GRAPH: usize = 1_500;
/// Zoom step of the keys and buttons.
const ZOOM_STEP: f32 = 1.25;

/// The force layout of the whole landscape: one position per node, found by key, so filters and
/// focus keep every node where it was.
#[derive(Clone, Debug, Default, PartialEq)]
struct Placement {
    keys: HashMap<NodeKey, usize>,
    positions: Vec<[f32; 2]>,
}

/// A running layout and how far it has to go.
struct Run {
    /// Which start this is: a slice of an earlier start stops when it sees a newer one.
    generation: u64,
    layout: ForceLayout,
    target: usize,
    nodes: usize,
    last_draw: f64,
}

fn now() -> f64 {
    window()
        .performance()
        .map_or(0.0, |performance| performance.now())
}

/// The number of iterations a graph of `nodes` nodes gets.
fn iterations_for(nodes: usize) -> usize {
    if nodes <= 2_000 { 400 } else { 150 }
}

/// Starts the force layout of the whole landscape and runs it slice by slice until done.
fn start_layout(
    view: &ExploreView,
    placement: RwSignal<Arc<Placement>>,
    progress: RwSignal<(usize, usize)>,
    run: StoredValue<Option<Run>>,
) {
    let graph = layout_graph(view);
    let nodes = graph.len();
    let layout = ForceLayout::new(
        &graph,
        start_positions(nodes, SEED),
        LayoutSettings::for_size(nodes),
    );
    let keys = view
        .nodes
        .iter()
        .enumerate()
        .map(|(index, node)| (node.key.clone(), index))
        .collect();
    placement.set(Arc::new(Placement {
        keys,
        positions: layout.positions().to_vec(),
    }));
    let target = iterations_for(nodes);
    progress.set((0, target));
    let generation = run.with_value(|run| run.as_ref().map_or(0, |run| run.generation + 1));
    run.set_value(Some(Run {
        generation,
        layout,
        target,
        nodes,
        last_draw: now(),
    }));
    next_slice(generation, placement, progress, run);
}

fn next_slice(
    generation: u64,
    placement: RwSignal<Arc<Placement>>,
    progress: RwSignal<(usize, usize)>,
    run: StoredValue<Option<Run>>,
) {
    set_timeout(
        move || slice(generation, placement, progress, run),
        std::time::Duration::ZERO,
    );
}

/// One slice of layout work (a task of about `SLICE_BUDGET_MS`); schedules the next as a new
/// task, so input and drawing get their turn in between, until the layout is done or the page
/// is gone. Tasks, not animation frames: a large drawing can make frames slow, and the layout
/// must not wait for them.
fn slice(
    generation: u64,
    placement: RwSignal<Arc<Placement>>,
    progress: RwSignal<(usize, usize)>,
    run: StoredValue<Option<Run>>,
) {
    let start = now();
    let step = run.try_update_value(|run| {
        let run = run.as_mut().filter(|run| run.generation == generation)?;
        while run.layout.iterations() < run.target && now() - start < SLICE_BUDGET_MS {
            run.layout.advance(SLICE);
        }
        let done = run.layout.iterations() >= run.target;
        let interval = if run.nodes <= SMALL_GRAPH {
            50.0
        } else {
            1_000.0
        };
        let draw = done || now() - run.last_draw > interval;
        if draw {
            run.last_draw = now();
        }
        Some((
            done,
            run.layout.iterations(),
            run.target,
            draw.then(|| run.layout.positions().to_vec()),
        ))
    });
    let Some(Some((done, iterations, target, positions))) = step else {
        return;
    };
    if let Some(positions) = positions {
        let _ = placement.try_update(|placement| {
            Arc::make_mut(placement).positions = positions;
        });
        let _ = progress.try_set((iterations, target));
    }
    if !done {
        next_slice(generation, placement, progress, run);
    }
}

/// The force layout of the whole landscape, owned by the page (so switching between map and
/// table keeps it) and restarted when the data changes.
#[derive(Clone, Copy)]
pub(super) struct Force {
    placement: RwSignal<Arc<Placement>>,
    /// Iterations done and wanted.
    progress: RwSignal<(usize, usize)>,
    run: StoredValue<Option<Run>>,
}

impl Force {
    /// Starts the layout now and again whenever the landscape changes.
    pub(super) fn start(
        landscape: RwSignal<Arc<graph_core::Landscape>>,
        period: Memo<graph_core::Period>,
    ) -> Force {
        let force = Force {
            placement: RwSignal::new(Arc::new(Placement::default())),
            progress: RwSignal::new((0, 0)),
            run: StoredValue::new(None),
        };
        Effect::new(move |_| {
            let landscape = landscape.get();
            let whole = explore(&landscape, &ExploreQuery::default(), period.get_untracked());
            start_layout(&whole, force.placement, force.progress, force.run);
        });
        force
    }
}

/// Positions of the view's nodes in the chosen layout.
fn positions_of(view: &ExploreView, query: &ExploreQuery, placement: &Placement) -> Vec<[f32; 2]> {
    let force = || {
        view.nodes
            .iter()
            .map(|node| {
                placement
                    .keys
                    .get(&node.key)
                    .and_then(|&index| placement.positions.get(index).copied())
                    .unwrap_or([0.0, 0.0])
            })
            .collect()
    };
    let graph = layout_graph(view);
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
            cluster_layout(&groups, &graph.sizes)
        }
        ExploreLayout::Ego => match query.selected.as_ref().and_then(|key| view.index_of(key)) {
            Some(centre) => radial_layout(&graph, centre),
            None => force(),
        },
    }
}

/// The transform that fits every position in the drawing, before the user's zoom and pan.
fn fitted(positions: &[[f32; 2]]) -> Transform {
    Transform::fit(
        positions.iter(),
        &Viewport {
            width: WIDTH,
            height: HEIGHT,
            zoom: 1.0,
            centre: (0.0, 0.0),
        },
    )
}

/// Pointers on the map: where each is, and whether the gesture has moved (a drag, not a click).
#[derive(Clone, Debug, Default)]
struct Gesture {
    pointers: Vec<(i32, [f32; 2])>,
    start: [f32; 2],
    moved: bool,
}

/// A move of the keyboard focus, so the opposite arrow goes back.
#[derive(Clone, Debug)]
struct Step {
    from: NodeKey,
    direction: [f32; 2],
}

#[component]
pub fn Map() -> impl IntoView {
    let explorer: Explorer = expect_context();
    let query = explorer.query;
    let view = explorer.view;

    let Force {
        placement,
        progress,
        ..
    } = explorer.force;
    let layout_done = move || {
        let (done, target) = progress.get();
        done >= target
    };

    // The camera: local while a gesture runs, written to the link when it ends.
    let camera = RwSignal::new((1.0f32, (0.0f32, 0.0f32)));
    Effect::new(move |_| {
        let (zoom, centre) = query.with(|query| (query.zoom, query.centre));
        camera.set((zoom, centre));
    });
    let commit_camera = move || {
        let (zoom, centre) = camera.get_untracked();
        if query.with_untracked(|query| query.zoom != zoom || query.centre != centre) {
            explorer.update(|query| {
                query.zoom = zoom;
                query.centre = centre;
            });
        }
    };

    let positions = Memo::new(move |_| {
        view.with(|view| {
            query.with(|query| placement.with(|placement| positions_of(view, query, placement)))
        })
    });
    let viewport = move || {
        let (zoom, centre) = camera.get();
        Viewport {
            width: WIDTH,
            height: HEIGHT,
            zoom,
            centre,
        }
    };
    // Screen units per layout unit at zoom 1, for panning and zooming about a point.
    let fit_scale = Memo::new(move |_| positions.with(|positions| fitted(positions).scale));
    let emphasis = Memo::new(move |_| {
        view.with(|view| {
            let index = |key: Option<&NodeKey>| key.and_then(|key| view.index_of(key));
            Emphasis {
                selected: query.with(|query| index(query.selected.as_ref())),
                active: explorer.active.with(|active| index(active.as_ref())),
                path: Vec::new(),
            }
        })
    });
    let drawing = Memo::new(move |_| {
        let viewport = viewport();
        let mut emphasis = emphasis.get();
        view.with(|view| {
            emphasis.path = explorer
                .chain_nodes()
                .iter()
                .filter_map(|key| view.index_of(key))
                .collect();
            positions.with(|positions| scene(view, positions, &viewport, &emphasis))
        })
    });

    // Moving the camera.
    let pan = move |dx: f32, dy: f32| {
        let scale = fit_scale.get_untracked() * camera.get_untracked().0;
        if scale > 0.0 && scale.is_finite() {
            camera.update(|(_, centre)| {
                centre.0 -= dx / scale;
                centre.1 -= dy / scale;
            });
        }
    };
    let zoom_at = move |factor: f32, point: [f32; 2]| {
        let fit = fit_scale.get_untracked();
        camera.update(|(zoom, centre)| {
            let next = (*zoom * factor).clamp(ExploreQuery::MIN_ZOOM, ExploreQuery::MAX_ZOOM);
            if fit > 0.0 && fit.is_finite() {
                let (before, after) = (fit * *zoom, fit * next);
                centre.0 += (point[0] - WIDTH / 2.0) * (1.0 / before - 1.0 / after);
                centre.1 += (point[1] - HEIGHT / 2.0) * (1.0 / before - 1.0 / after);
            }
            *zoom = next;
        });
    };
    let centre_on = move |index: usize| {
        // Centre offset that puts the node in the middle: its position minus the middle of the
        // fitted drawing.
        let target = positions.with_untracked(|positions| {
            let p = *positions.get(index)?;
            let fit = fitted(positions);
            Some((
                p[0] - (WIDTH / 2.0 - fit.offset[0]) / fit.scale,
                p[1] - (HEIGHT / 2.0 - fit.offset[1]) / fit.scale,
            ))
        });
        if let Some(target) = target {
            camera.update(|(_, centre)| *centre = target);
        }
    };

    // Pointer and touch: drag pans, two fingers pinch, a tap selects.
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let to_drawing = move |x: i32, y: i32| -> [f32; 2] {
        let Some(svg) = svg_ref.get_untracked() else {
            return [0.0, 0.0];
        };
        let rect = svg.get_bounding_client_rect();
        let (w, h) = (rect.width().max(1.0), rect.height().max(1.0));
        [
            ((f64::from(x) - rect.left()) * f64::from(WIDTH) / w) as f32,
            ((f64::from(y) - rect.top()) * f64::from(HEIGHT) / h) as f32,
        ]
    };
    let gesture = StoredValue::new(Gesture::default());
    let on_pointerdown = move |event: PointerEvent| {
        if event.button() != 0 {
            return;
        }
        let point = to_drawing(event.client_x(), event.client_y());
        gesture.update_value(|gesture| {
            if gesture.pointers.is_empty() {
                gesture.start = point;
                gesture.moved = false;
            }
            gesture.pointers.retain(|(id, _)| *id != event.pointer_id());
            gesture.pointers.push((event.pointer_id(), point));
        });
        if let Some(target) = event.current_target() {
            use wasm_bindgen::JsCast;
            if let Ok(element) = target.dyn_into::<web_sys::Element>() {
                let _ = element.set_pointer_capture(event.pointer_id());
            }
        }
    };
    let on_pointermove = move |event: PointerEvent| {
        let point = to_drawing(event.client_x(), event.client_y());
        let mut change = None;
        gesture.update_value(|gesture| {
            let Some(slot) = gesture
                .pointers
                .iter()
                .position(|(id, _)| *id == event.pointer_id())
            else {
                return;
            };
            let before = gesture.pointers[slot].1;
            if gesture.pointers.len() == 2 {
                let other = gesture.pointers[1 - slot].1;
                let was = (before[0] - other[0]).hypot(before[1] - other[1]);
                let is = (point[0] - other[0]).hypot(point[1] - other[1]);
                if was > 1.0 {
                    let middle = [(point[0] + other[0]) / 2.0, (point[1] + other[1]) / 2.0];
                    change = Some((None, Some((is / was, middle))));
                }
                gesture.moved = true;
            } else {
                if (point[0] - gesture.start[0]).hypot(point[1] - gesture.start[1]) > 4.0 {
                    gesture.moved = true;
                }
                if gesture.moved {
                    change = Some((Some([point[0] - before[0], point[1] - before[1]]), None));
                }
            }
            gesture.pointers[slot].1 = point;
        });
        match change {
            Some((Some([dx, dy]), _)) => pan(dx, dy),
            Some((None, Some((factor, middle)))) => zoom_at(factor, middle),
            _ => {}
        }
    };
    let on_pointerup = move |event: PointerEvent| {
        let point = to_drawing(event.client_x(), event.client_y());
        let mut tap = false;
        let mut finished = false;
        gesture.update_value(|gesture| {
            let known = gesture.pointers.len();
            gesture.pointers.retain(|(id, _)| *id != event.pointer_id());
            tap = known == 1 && !gesture.moved;
            finished = gesture.pointers.is_empty();
        });
        if tap {
            let found = view.with_untracked(|view| {
                drawing
                    .with_untracked(|drawing| hit(view, &drawing.screen, point))
                    .map(|index| view.nodes[index].key.clone())
            });
            if let Some(key) = found {
                explorer.select(Some(key.clone()));
                explorer.announce(&key);
            }
        } else if finished {
            commit_camera();
        }
    };
    let on_pointercancel = move |event: PointerEvent| {
        gesture.update_value(|gesture| {
            gesture.pointers.retain(|(id, _)| *id != event.pointer_id());
        });
        commit_camera();
    };

    // The wheel zooms; embedded, only with Ctrl or Cmd, so the host page still scrolls.
    let wheel_hint = RwSignal::new(false);
    let wheel_generation = StoredValue::new(0u32);
    let on_wheel = move |event: WheelEvent| {
        if crate::navigation::embedded() && !(event.ctrl_key() || event.meta_key()) {
            wheel_hint.set(true);
            return;
        }
        event.prevent_default();
        let point = to_drawing(event.client_x(), event.client_y());
        let factor = (-event.delta_y() as f32 * 0.002).exp().clamp(0.5, 2.0);
        zoom_at(factor, point);
        wheel_generation.update_value(|generation| *generation = generation.wrapping_add(1));
        let generation = wheel_generation.get_value();
        set_timeout(
            move || {
                if wheel_generation.try_get_value() == Some(generation) {
                    commit_camera();
                }
            },
            std::time::Duration::from_millis(300),
        );
    };

    // Keyboard: arrows walk the edges, Enter selects, Escape clears, + - 0 zoom.
    let last_step: StoredValue<Option<Step>> = StoredValue::new(None);
    let first_node = move || {
        view.with_untracked(|view| {
            query
                .with_untracked(|query| query.selected.clone())
                .filter(|key| view.index_of(key).is_some())
                .or_else(|| {
                    view.nodes
                        .iter()
                        .filter(|node| node.kind == NodeKind::Organisation)
                        .max_by_key(|node| node.degree)
                        .or(view.nodes.first())
                        .map(|node| node.key.clone())
                })
        })
    };
    let focus_node = move |key: NodeKey| {
        explorer.active.set(Some(key.clone()));
        explorer.announce(&key);
    };
    let walk = move |direction: [f32; 2]| {
        let Some(active) = explorer
            .active
            .get_untracked()
            .filter(|key| view.with_untracked(|view| view.index_of(key).is_some()))
        else {
            if let Some(key) = first_node() {
                focus_node(key);
            }
            return;
        };
        let next = view.with_untracked(|view| {
            let from = view.index_of(&active)?;
            let back = last_step.with_value(|step| {
                step.as_ref()
                    .filter(|step| {
                        step.direction[0] == -direction[0] && step.direction[1] == -direction[1]
                    })
                    .and_then(|step| view.index_of(&step.from))
                    .filter(|index| view.neighbours_in_view(from).contains(index))
            });
            let to = back.or_else(|| {
                drawing.with_untracked(|drawing| {
                    neighbour_towards(view, &drawing.screen, from, direction)
                })
            })?;
            Some(view.nodes[to].key.clone())
        });
        match next {
            Some(key) => {
                last_step.set_value(Some(Step {
                    from: active,
                    direction,
                }));
                focus_node(key);
            }
            None => explorer.announcement.set(tf(
                T::MapNoNeighbour,
                &[("previous", &explorer.announcement.get_untracked())],
            )),
        }
    };
    let on_keydown = move |event: KeyboardEvent| {
        let key = event.key();
        let direction = match key.as_str() {
            "ArrowLeft" => Some([-1.0, 0.0]),
            "ArrowRight" => Some([1.0, 0.0]),
            "ArrowUp" => Some([0.0, -1.0]),
            "ArrowDown" => Some([0.0, 1.0]),
            _ => None,
        };
        if event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        if let Some(direction) = direction {
            event.prevent_default();
            if event.shift_key() {
                pan(-direction[0] * 60.0, -direction[1] * 60.0);
                commit_camera();
            } else {
                walk(direction);
            }
            return;
        }
        match key.as_str() {
            "Enter" | " " => {
                event.prevent_default();
                if let Some(key) = explorer.active.get_untracked() {
                    explorer.select(Some(key.clone()));
                    explorer.announce(&key);
                }
            }
            "Escape" if query.with_untracked(|query| query.selected.is_some()) => {
                event.prevent_default();
                explorer.select(None);
                explorer
                    .announcement
                    .set(t(T::MapSelectionCleared).to_owned());
            }
            "+" | "=" => {
                event.prevent_default();
                zoom_at(ZOOM_STEP, [WIDTH / 2.0, HEIGHT / 2.0]);
                commit_camera();
            }
            "-" | "_" => {
                event.prevent_default();
                zoom_at(1.0 / ZOOM_STEP, [WIDTH / 2.0, HEIGHT / 2.0]);
                commit_camera();
            }
            "0" => {
                event.prevent_default();
                camera.set((1.0, (0.0, 0.0)));
                commit_camera();
            }
            "c" => {
                if let Some(index) = explorer
                    .active
                    .get_untracked()
                    .and_then(|key| view.with_untracked(|view| view.index_of(&key)))
                {
                    event.prevent_default();
                    centre_on(index);
                    commit_camera();
                }
            }
            _ => {}
        }
    };
    let on_focus = move |_| {
        let active = explorer
            .active
            .get_untracked()
            .filter(|key| view.with_untracked(|view| view.index_of(key).is_some()))
            .or_else(first_node);
        if let Some(key) = active {
            focus_node(key);
        }
    };

    // Searching selects and centres: the search asks, the map centres once the node is drawn.
    Effect::new(move |_| {
        let Some(key) = explorer.centre_request.get() else {
            return;
        };
        let index = view.with(|view| view.index_of(&key));
        drawing.track();
        if let Some(index) = index {
            explorer.centre_request.set(None);
            centre_on(index);
            commit_camera();
        }
    });

    let ring = move |index: Option<usize>, class: &'static str| {
        let index = index?;
        let [x, y] = drawing.with(|drawing| drawing.screen.get(index).copied())?;
        let r = view.with(|view| {
            view.nodes
                .get(index)
                .map(|node| node_radius(node.kind, node.degree) + 5.0)
        })?;
        Some(
            view! { <circle class=class cx=format!("{x:.1}") cy=format!("{y:.1}") r=format!("{r:.1}")/> },
        )
    };
    let layers = move || {
        let Scene {
            edges,
            strong_edges,
            nodes,
            labels,
            ..
        } = drawing.get();
        view! {
            <g class="edges">
                {edges.into_iter().map(|layer| view! { <path class=layer.class d=layer.d/> }).collect_view()}
                <path class="edge edge-strong" d=strong_edges/>
            </g>
            <g class="nodes">
                {nodes.into_iter().map(|layer| view! { <path class=layer.class d=layer.d/> }).collect_view()}
            </g>
            <g class="labels">
                {labels.into_iter().map(|label| view! {
                    <text class=if label.strong { "label label-strong" } else { "label" }
                        x=format!("{:.1}", label.x) y=format!("{:.1}", label.y)>{label.text}</text>
                }).collect_view()}
            </g>
        }
    };
    let status = move || {
        let (done, target) = progress.get();
        if done < target {
            tf(
                T::MapLayoutProgress,
                &[("done", &done.to_string()), ("target", &target.to_string())],
            )
        } else {
            String::new()
        }
    };
    let zoom_button = move |factor: f32| {
        move |_| {
            zoom_at(factor, [WIDTH / 2.0, HEIGHT / 2.0]);
            commit_camera();
        }
    };

    view! {
        <div class="map-tools" role="group" aria-label=t(T::MapTools)>
            <button type="button" class="button-small" on:click=zoom_button(ZOOM_STEP)>{t(T::MapZoomIn)}</button>
            <button type="button" class="button-small" on:click=zoom_button(1.0 / ZOOM_STEP)>{t(T::MapZoomOut)}</button>
            <button type="button" class="button-small" on:click=move |_| { camera.set((1.0, (0.0, 0.0))); commit_camera(); }>{t(T::MapFit)}</button>
            <span class="map-progress" aria-hidden="true">{status}</span>
        </div>
        <div
            class="map"
            id="landschap-kaart"
            tabindex="0"
            role="application"
            aria-roledescription=t(T::MapRoleDescription)
            aria-label=t(T::MapLabel)
            aria-describedby="landschap-samenvatting landschap-toetsen"
            data-indeling=move || if layout_done() { "klaar" } else { "bezig" }
            on:keydown=on_keydown
            on:focus=on_focus
            on:pointerdown=on_pointerdown
            on:pointermove=on_pointermove
            on:pointerup=on_pointerup
            on:pointercancel=on_pointercancel
            on:wheel=on_wheel
        >
            <svg node_ref=svg_ref viewBox=format!("0 0 {WIDTH} {HEIGHT}") aria-hidden="true" focusable="false">
                {layers}
                {move || ring(emphasis.get().selected, "selected-ring")}
                {move || ring(emphasis.get().active, "focus-ring")}
            </svg>
        </div>
        <p class="map-status" aria-live="polite" id="landschap-actief">{move || explorer.announcement.get()}</p>
        <Show when=move || wheel_hint.get()>
            <p class="muted">{t(T::MapWheelHint)}</p>
        </Show>
        <details class="key-help" id="landschap-toetsen">
            <summary>{t(T::MapKeysTitle)}</summary>
            // The names of single keys (Tab, Enter, Escape, 0, c) are the same in both languages.
            <dl>
                <dt>"Tab"</dt><dd>{t(T::MapKeyTab)}</dd>
                <dt>{t(T::MapKeyArrowsName)}</dt><dd>{t(T::MapKeyArrows)}</dd>
                <dt>"Enter"</dt><dd>{t(T::MapKeyEnter)}</dd>
                <dt>"Escape"</dt><dd>{t(T::MapKeyEscape)}</dd>
                <dt>{t(T::MapKeyZoomName)}</dt><dd>{t(T::MapKeyZoom)}</dd>
                <dt>"0"</dt><dd>{t(T::MapKeyFit)}</dd>
                <dt>{t(T::MapKeyShiftName)}</dt><dd>{t(T::MapKeyShift)}</dd>
                <dt>"c"</dt><dd>{t(T::MapKeyCentre)}</dd>
            </dl>
        </details>
    }
}
