//! The network map: the force layout of the whole landscape, computed in short slices (tasks of a
//! few milliseconds) so the page never freezes, drawn as a few SVG paths; pan and zoom by pointer, touch,
//! wheel and keyboard; arrow keys walk along the edges.

use std::sync::Arc;

use graph_core::{
    DRAWING, Emphasis, ExploreQuery, ExploreView, FocusStep, ForceLayout, ForcePlacement, Gesture,
    GestureChange, LayoutSettings, MapCommand, NodeKey, Release, Scene, Viewport, ZOOM_STEP,
    explore, hit, layout_graph, map_command, node_radius, scene, start_node, start_positions,
    walk_focus, wheel_factor,
};
use leptos::ev::{KeyboardEvent, PointerEvent, WheelEvent};
use leptos::prelude::*;

use super::Explorer;
use crate::i18n::{T, t, tf};
/// Seed of the start positions: the same landscape always gets the same drawing.
const SEED: u64 = 20_251_216;
/// Nodes of repulsion per call of `ForceLayout::advance`.
const SLICE: usize = 1_000;
/// Milliseconds of layout work per task.
const SLICE_BUDGET_MS: f64 = 8.0;
/// Up to this many nodes the drawing follows the layout closely (every 50 ms); above it, twice a
/// second, as drawing a large graph costs more than a slice of layout.
const SMALL_GRAPH: usize = 1_500;
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
    placement: RwSignal<Arc<ForcePlacement>>,
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
    placement.set(Arc::new(ForcePlacement::of(
        view,
        layout.positions().to_vec(),
    )));
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
    placement: RwSignal<Arc<ForcePlacement>>,
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
    placement: RwSignal<Arc<ForcePlacement>>,
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
    placement: RwSignal<Arc<ForcePlacement>>,
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
            placement: RwSignal::new(Arc::new(ForcePlacement::default())),
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

/// The map's camera and drawing, shared by its handlers. The camera is local while a gesture
/// runs and written to the link when it ends.
#[derive(Clone, Copy)]
struct MapState {
    explorer: Explorer,
    camera: RwSignal<Viewport>,
    /// Drawing units per layout unit at zoom 1, for panning and zooming about a point.
    fit_scale: Memo<f32>,
    positions: Memo<Vec<[f32; 2]>>,
    emphasis: Memo<Emphasis>,
    drawing: Memo<Scene>,
    gesture: StoredValue<Gesture>,
    last_step: StoredValue<Option<FocusStep>>,
    svg: NodeRef<leptos::svg::Svg>,
}

impl MapState {
    fn new(explorer: Explorer) -> MapState {
        let (query, view) = (explorer.query, explorer.view);
        let placement = explorer.force.placement;
        let camera = RwSignal::new(Viewport::of_map(1.0, (0.0, 0.0)));
        Effect::new(move |_| {
            let (zoom, centre) = query.with(|query| (query.zoom, query.centre));
            camera.set(Viewport::of_map(zoom, centre));
        });
        let positions = Memo::new(move |_| {
            view.with(|view| {
                query.with(|query| placement.with(|placement| placement.positions_in(view, query)))
            })
        });
        let fit_scale = Memo::new(move |_| {
            positions.with(|positions| Viewport::of_map(1.0, (0.0, 0.0)).fitted(positions).scale)
        });
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
            let viewport = camera.get();
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
        MapState {
            explorer,
            camera,
            fit_scale,
            positions,
            emphasis,
            drawing,
            gesture: StoredValue::new(Gesture::default()),
            last_step: StoredValue::new(None),
            svg: NodeRef::new(),
        }
    }

    /// Writes the camera to the link, if it moved.
    fn commit(self) {
        let camera = self.camera.get_untracked();
        let moved = self
            .explorer
            .query
            .with_untracked(|query| query.zoom != camera.zoom || query.centre != camera.centre);
        if moved {
            self.explorer.update(|query| {
                query.zoom = camera.zoom;
                query.centre = camera.centre;
            });
        }
    }

    fn pan(self, delta: [f32; 2]) {
        let fit = self.fit_scale.get_untracked();
        self.camera.update(|camera| camera.pan(delta, fit));
    }

    fn zoom_at(self, factor: f32, point: [f32; 2]) {
        let fit = self.fit_scale.get_untracked();
        self.camera
            .update(|camera| camera.zoom_at(factor, point, fit));
    }

    /// Zooms about the middle or back to the fit, and writes the link.
    fn zoom_and_commit(self, factor: Option<f32>) {
        match factor {
            Some(factor) => self.zoom_at(factor, self.camera.get_untracked().middle()),
            None => self.camera.set(Viewport::of_map(1.0, (0.0, 0.0))),
        }
        self.commit();
    }

    fn centre_on(self, index: usize) {
        let centre = self.positions.with_untracked(|positions| {
            let position = *positions.get(index)?;
            Some(
                self.camera
                    .with_untracked(|c| c.centred_on(position, positions)),
            )
        });
        if let Some(centre) = centre {
            self.camera.update(|camera| camera.centre = centre);
        }
    }

    /// A point of the page in drawing units.
    fn to_drawing(self, x: i32, y: i32) -> [f32; 2] {
        let Some(svg) = self.svg.get_untracked() else {
            return [0.0, 0.0];
        };
        let rect = svg.get_bounding_client_rect();
        let (w, h) = (rect.width().max(1.0), rect.height().max(1.0));
        [
            ((f64::from(x) - rect.left()) * f64::from(DRAWING[0]) / w) as f32,
            ((f64::from(y) - rect.top()) * f64::from(DRAWING[1]) / h) as f32,
        ]
    }

    fn index_of(self, key: &NodeKey) -> Option<usize> {
        self.explorer.view.with_untracked(|view| view.index_of(key))
    }

    /// The node with keyboard focus, if it is still in view.
    fn active(self) -> Option<NodeKey> {
        self.explorer
            .active
            .get_untracked()
            .filter(|key| self.index_of(key).is_some())
    }

    fn focus_node(self, key: NodeKey) {
        self.explorer.active.set(Some(key.clone()));
        self.explorer.announce(&key);
    }

    fn choose(self, key: NodeKey) {
        self.explorer.select(Some(key.clone()));
        self.explorer.announce(&key);
    }

    fn start_node(self) -> Option<NodeKey> {
        let selected = self.explorer.query.with_untracked(|q| q.selected.clone());
        self.explorer
            .view
            .with_untracked(|view| start_node(view, selected.as_ref()))
    }

    fn walk(self, direction: [f32; 2]) {
        let Some(active) = self.active() else {
            if let Some(key) = self.start_node() {
                self.focus_node(key);
            }
            return;
        };
        let next = self.explorer.view.with_untracked(|view| {
            self.drawing.with_untracked(|drawing| {
                self.last_step.with_value(|last| {
                    walk_focus(view, &drawing.screen, &active, direction, last.as_ref())
                })
            })
        });
        match next {
            Some(key) => {
                self.last_step.set_value(Some(FocusStep {
                    from: active,
                    direction,
                }));
                self.focus_node(key);
            }
            None => self.explorer.announcement.set(tf(
                T::MapNoNeighbour,
                &[("previous", &self.explorer.announcement.get_untracked())],
            )),
        }
    }

    /// Carries out a key's command; whether the key was the map's.
    fn command(self, command: MapCommand) -> bool {
        match command {
            MapCommand::Walk(direction) => self.walk(direction),
            MapCommand::Pan(delta) => {
                self.pan(delta);
                self.commit();
            }
            MapCommand::Choose => {
                if let Some(key) = self.explorer.active.get_untracked() {
                    self.choose(key);
                }
            }
            MapCommand::Clear => {
                if self.explorer.query.with_untracked(|q| q.selected.is_none()) {
                    return false;
                }
                self.explorer.select(None);
                let cleared = t(T::MapSelectionCleared).to_owned();
                self.explorer.announcement.set(cleared);
            }
            MapCommand::Zoom(factor) => self.zoom_and_commit(Some(factor)),
            MapCommand::Fit => self.zoom_and_commit(None),
            MapCommand::Centre => match self.active().and_then(|key| self.index_of(&key)) {
                Some(index) => {
                    self.centre_on(index);
                    self.commit();
                }
                None => return false,
            },
        }
        true
    }

    fn on_keydown(self, event: KeyboardEvent) {
        let modifier = event.ctrl_key() || event.meta_key() || event.alt_key();
        if let Some(command) = map_command(&event.key(), event.shift_key(), modifier)
            && self.command(command)
        {
            event.prevent_default();
        }
    }

    fn on_focus(self) {
        if let Some(key) = self.active().or_else(|| self.start_node()) {
            self.focus_node(key);
        }
    }

    fn on_pointerdown(self, event: PointerEvent) {
        if event.button() != 0 {
            return;
        }
        let point = self.to_drawing(event.client_x(), event.client_y());
        self.gesture
            .update_value(|gesture| gesture.down(event.pointer_id(), point));
        if let Some(target) = event.current_target() {
            use wasm_bindgen::JsCast;
            if let Ok(element) = target.dyn_into::<web_sys::Element>() {
                let _ = element.set_pointer_capture(event.pointer_id());
            }
        }
    }

    fn on_pointermove(self, event: PointerEvent) {
        let point = self.to_drawing(event.client_x(), event.client_y());
        let mut change = None;
        self.gesture
            .update_value(|gesture| change = gesture.moved(event.pointer_id(), point));
        match change {
            Some(GestureChange::Pan(delta)) => self.pan(delta),
            Some(GestureChange::Zoom { factor, about }) => self.zoom_at(factor, about),
            None => {}
        }
    }

    fn on_pointerup(self, event: PointerEvent) {
        let point = self.to_drawing(event.client_x(), event.client_y());
        let mut release = Release::Continuing;
        self.gesture
            .update_value(|gesture| release = gesture.up(event.pointer_id(), point));
        match release {
            Release::Tap(point) => {
                let found = self.explorer.view.with_untracked(|view| {
                    self.drawing
                        .with_untracked(|drawing| hit(view, &drawing.screen, point))
                        .map(|index| view.nodes[index].key.clone())
                });
                if let Some(key) = found {
                    self.choose(key);
                }
            }
            Release::Finished => self.commit(),
            Release::Continuing => {}
        }
    }

    fn on_pointercancel(self, event: PointerEvent) {
        self.gesture
            .update_value(|gesture| gesture.cancel(event.pointer_id()));
        self.commit();
    }

    /// The wheel zooms, and writes the link once it rests; embedded, only with Ctrl or Cmd, so
    /// the host page still scrolls (then `hint` asks for the key).
    fn on_wheel(self, event: WheelEvent, generation: StoredValue<u32>, hint: RwSignal<bool>) {
        if crate::navigation::embedded() && !(event.ctrl_key() || event.meta_key()) {
            hint.set(true);
            return;
        }
        event.prevent_default();
        let point = self.to_drawing(event.client_x(), event.client_y());
        self.zoom_at(wheel_factor(event.delta_y()), point);
        generation.update_value(|generation| *generation = generation.wrapping_add(1));
        let current = generation.get_value();
        set_timeout(
            move || {
                if generation.try_get_value() == Some(current) {
                    self.commit();
                }
            },
            std::time::Duration::from_millis(300),
        );
    }
}

#[component]
pub fn Map() -> impl IntoView {
    let explorer: Explorer = expect_context();
    let map = MapState::new(explorer);
    let progress = explorer.force.progress;
    let layout_done = move || {
        let (done, target) = progress.get();
        done >= target
    };
    let wheel_hint = RwSignal::new(false);
    let wheel_generation = StoredValue::new(0u32);

    // Searching selects and centres: the search asks, the map centres once the node is drawn.
    Effect::new(move |_| {
        let Some(key) = explorer.centre_request.get() else {
            return;
        };
        let index = explorer.view.with(|view| view.index_of(&key));
        map.drawing.track();
        if let Some(index) = index {
            explorer.centre_request.set(None);
            map.centre_on(index);
            map.commit();
        }
    });

    view! {
        <MapTools map=map/>
        <div
            class="map"
            id="landschap-kaart"
            tabindex="0"
            role="application"
            aria-roledescription=t(T::MapRoleDescription)
            aria-label=t(T::MapLabel)
            aria-describedby="landschap-samenvatting landschap-toetsen"
            data-indeling=move || if layout_done() { "klaar" } else { "bezig" }
            on:keydown=move |event| map.on_keydown(event)
            on:focus=move |_| map.on_focus()
            on:pointerdown=move |event| map.on_pointerdown(event)
            on:pointermove=move |event| map.on_pointermove(event)
            on:pointerup=move |event| map.on_pointerup(event)
            on:pointercancel=move |event| map.on_pointercancel(event)
            on:wheel=move |event| map.on_wheel(event, wheel_generation, wheel_hint)
        >
            <svg node_ref=map.svg viewBox=format!("0 0 {} {}", DRAWING[0], DRAWING[1]) aria-hidden="true" focusable="false">
                <MapLayers map=map/>
            </svg>
        </div>
        <p class="map-status" aria-live="polite" id="landschap-actief">{move || explorer.announcement.get()}</p>
        <Show when=move || wheel_hint.get()>
            <p class="muted">{t(T::MapWheelHint)}</p>
        </Show>
        <MapKeys/>
    }
}

/// The zoom buttons and the layout's progress.
#[component]
fn MapTools(map: MapState) -> impl IntoView {
    let progress = map.explorer.force.progress;
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
    view! {
        <div class="map-tools" role="group" aria-label=t(T::MapTools)>
            <button type="button" class="button-small" on:click=move |_| map.zoom_and_commit(Some(ZOOM_STEP))>{t(T::MapZoomIn)}</button>
            <button type="button" class="button-small" on:click=move |_| map.zoom_and_commit(Some(1.0 / ZOOM_STEP))>{t(T::MapZoomOut)}</button>
            <button type="button" class="button-small" on:click=move |_| map.zoom_and_commit(None)>{t(T::MapFit)}</button>
            <span class="map-progress" aria-hidden="true">{status}</span>
        </div>
    }
}

/// The drawing: edges, nodes and labels as a few paths, and the rings of the selection and the
/// keyboard focus.
#[component]
fn MapLayers(map: MapState) -> impl IntoView {
    let (view, drawing) = (map.explorer.view, map.drawing);
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
    view! {
        {layers}
        {move || ring(map.emphasis.get().selected, "selected-ring")}
        {move || ring(map.emphasis.get().active, "focus-ring")}
    }
}

/// The map's keys, explained.
#[component]
fn MapKeys() -> impl IntoView {
    view! {
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
