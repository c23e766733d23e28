//! Graph layouts for the landscape explorer: a ForceAtlas2 force layout with a Barnes–Hut quadtree
//! that runs in resumable slices, a layout grouped by cluster (ministry) and a radial ego layout,
//! plus a quality figure (neighbourhood preservation) so speed is never bought with worse drawings.
//!
//! The force model follows Jacomy et al., "ForceAtlas2, a continuous graph layout algorithm"
//! (PLoS ONE 9(6), 2014): repulsion `kr·(deg₁+1)(deg₂+1)/d`, linear attraction along edges, gravity
//! towards the origin, and a per-node adaptive speed from swinging and traction.

use crate::random::Rng;
use crate::sort::SharedSort;

/// The graph a layout works on: node sizes (radii, used for overlap prevention) and weighted,
/// undirected edges between node indices.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayoutGraph {
    /// Radius of each node in layout units.
    pub sizes: Vec<f32>,
    /// Edges as pairs of node indices; an edge to a missing node is ignored.
    pub edges: Vec<(u32, u32)>,
    /// Weight of each edge (1 when this is shorter than `edges`).
    pub weights: Vec<f32>,
}

impl LayoutGraph {
    /// A graph of `nodes` nodes of radius 1 with unit-weight edges.
    pub fn new(nodes: usize, edges: Vec<(u32, u32)>) -> LayoutGraph {
        LayoutGraph {
            sizes: vec![1.0; nodes],
            edges,
            weights: Vec::new(),
        }
    }

    /// The number of nodes.
    pub fn len(&self) -> usize {
        self.sizes.len()
    }

    /// Whether the graph has no nodes.
    pub fn is_empty(&self) -> bool {
        self.sizes.is_empty()
    }

    /// The edges that name existing nodes and are not loops, with their weights.
    fn valid_edges(&self) -> impl Iterator<Item = (usize, usize, f32)> + '_ {
        let n = self.len();
        self.edges
            .iter()
            .enumerate()
            .filter(move |(_, (a, b))| (*a as usize) < n && (*b as usize) < n && a != b)
            .map(|(i, (a, b))| {
                let weight = self.weights.get(i).copied().unwrap_or(1.0);
                let weight = if weight.is_finite() && weight > 0.0 {
                    weight
                } else {
                    1.0
                };
                (*a as usize, *b as usize, weight)
            })
    }

    /// Undirected adjacency lists, sorted and without duplicates.
    pub fn adjacency(&self) -> Vec<Vec<u32>> {
        let mut adjacency = vec![Vec::new(); self.len()];
        for (a, b, _) in self.valid_edges() {
            adjacency[a].push(b as u32);
            adjacency[b].push(a as u32);
        }
        for list in &mut adjacency {
            list.shared_sort();
            list.dedup();
        }
        adjacency
    }
}

/// A seeded random graph with planted clusters: about 80 % of the edges fall inside one of
/// `√nodes / 2` clusters. Used by the tests and the benchmark, which need the same graph in Rust
/// and in JavaScript.
pub fn planted_graph(nodes: usize, edges: usize, seed: u64) -> (LayoutGraph, Vec<usize>) {
    let mut rng = Rng::new(seed);
    let clusters = ((nodes as f64).sqrt() / 2.0).ceil().max(1.0) as usize;
    let cluster_of: Vec<usize> = (0..nodes).map(|i| i % clusters).collect();
    let mut list = Vec::with_capacity(edges);
    if nodes >= 2 {
        // A spanning path inside each cluster and across clusters keeps the graph connected.
        for i in 1..nodes.min(edges + 1) {
            let previous = if i >= clusters { i - clusters } else { i - 1 };
            list.push((previous as u32, i as u32));
        }
        while list.len() < edges {
            let a = rng.below(nodes);
            let b = if rng.unit() < 0.8 {
                let members = nodes.div_ceil(clusters);
                let b = cluster_of[a] + clusters * rng.below(members);
                if b >= nodes { a } else { b }
            } else {
                rng.below(nodes)
            };
            if a != b {
                list.push((a as u32, b as u32));
            }
        }
    }
    (LayoutGraph::new(nodes, list), cluster_of)
}

/// Seeded start positions, uniform in a square that grows with the number of nodes.
pub fn start_positions(nodes: usize, seed: u64) -> Vec<[f32; 2]> {
    let mut rng = Rng::new(seed ^ 0x9e37_79b9_7f4a_7c15);
    let half = (nodes as f64).sqrt().max(1.0) * 10.0;
    (0..nodes)
        .map(|_| {
            [
                ((rng.unit() * 2.0 - 1.0) * half) as f32,
                ((rng.unit() * 2.0 - 1.0) * half) as f32,
            ]
        })
        .collect()
}

/// ForceAtlas2 settings. The defaults for a graph come from [`Settings::for_size`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Settings {
    /// Repulsion strength (`kr`).
    pub scaling_ratio: f32,
    /// Pull towards the origin.
    pub gravity: f32,
    /// Gravity that grows with distance instead of staying constant.
    pub strong_gravity: bool,
    /// How much edge weights count: weight^influence (0 ignores weights).
    pub edge_weight_influence: f32,
    /// Take node sizes into account so nodes do not overlap.
    pub adjust_sizes: bool,
    /// Barnes–Hut accuracy: a cell is approximated when its width / distance is below theta.
    /// Zero computes every pair exactly.
    pub theta: f32,
    /// Divides every move; higher is slower and steadier.
    pub slow_down: f32,
}

impl Settings {
    /// Settings that suit a graph of `nodes` nodes (the rules of thumb of the ForceAtlas2 paper,
    /// as Gephi and graphology infer them), with Barnes–Hut on.
    pub fn for_size(nodes: usize) -> Settings {
        Settings {
            scaling_ratio: if nodes >= 100 { 2.0 } else { 10.0 },
            gravity: 1.0,
            strong_gravity: false,
            edge_weight_influence: 1.0,
            adjust_sizes: false,
            theta: 0.5,
            slow_down: 1.0 + (nodes.max(1) as f32).ln(),
        }
    }
}

/// One cell of the Barnes–Hut quadtree, stored in pre-order so a traversal needs no stack:
/// the first child follows its parent, and `next` skips the whole subtree.
#[derive(Clone, Copy, Debug, Default)]
struct Cell {
    mass: f32,
    x: f32,
    y: f32,
    /// Width squared, compared with theta² · distance².
    width2: f32,
    next: u32,
    /// Range of `Tree::members` held by a leaf; `count == 0` for inner cells.
    start: u32,
    count: u32,
}

/// Leaves hold up to this many nodes, summed exactly.
const LEAF: usize = 8;
/// Deeper than this, coincident points end up in one leaf.
const MAX_DEPTH: u32 = 24;

#[derive(Clone, Debug, Default)]
struct Tree {
    cells: Vec<Cell>,
    /// Node indices in leaf order.
    members: Vec<u32>,
    /// Positions, masses and sizes in leaf order, so a leaf's nodes are contiguous in memory.
    xs: Vec<f32>,
    ys: Vec<f32>,
    masses: Vec<f32>,
    sizes: Vec<f32>,
}

impl Tree {
    fn build(&mut self, positions: &[[f32; 2]], masses: &[f32], sizes: &[f32]) {
        self.cells.clear();
        self.members.clear();
        self.members.extend(0..positions.len() as u32);
        let (mut min_x, mut min_y, mut max_x, mut max_y) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for [x, y] in positions {
            min_x = min_x.min(*x);
            min_y = min_y.min(*y);
            max_x = max_x.max(*x);
            max_y = max_y.max(*y);
        }
        let width = (max_x - min_x).max(max_y - min_y).max(f32::EPSILON);
        let mut members = std::mem::take(&mut self.members);
        let len = members.len();
        self.split(
            &mut members,
            0,
            len,
            [min_x, min_y],
            width,
            0,
            positions,
            masses,
        );
        self.members = members;
        self.xs.clear();
        self.ys.clear();
        self.masses.clear();
        self.sizes.clear();
        for &node in &self.members {
            let [x, y] = positions[node as usize];
            self.xs.push(x);
            self.ys.push(y);
            self.masses.push(masses[node as usize]);
            self.sizes.push(sizes[node as usize]);
        }
    }

    /// Adds the cell for `members[start..end]` and its subtree, in pre-order.
    #[allow(clippy::too_many_arguments)]
    fn split(
        &mut self,
        members: &mut [u32],
        start: usize,
        end: usize,
        corner: [f32; 2],
        width: f32,
        depth: u32,
        positions: &[[f32; 2]],
        masses: &[f32],
    ) {
        let index = self.cells.len();
        let (mut mass, mut sum_x, mut sum_y) = (0.0f32, 0.0f32, 0.0f32);
        for &node in &members[start..end] {
            let m = masses[node as usize];
            let [x, y] = positions[node as usize];
            mass += m;
            sum_x += x * m;
            sum_y += y * m;
        }
        self.cells.push(Cell {
            mass,
            x: sum_x / mass,
            y: sum_y / mass,
            width2: width * width,
            next: 0,
            start: start as u32,
            count: 0,
        });
        if end - start <= LEAF || depth >= MAX_DEPTH {
            self.cells[index].count = (end - start) as u32;
        } else {
            let half = width / 2.0;
            let (mid_x, mid_y) = (corner[0] + half, corner[1] + half);
            let slice = &mut members[start..end];
            let below = partition(slice, |node| positions[node as usize][1] < mid_y);
            let left_low = partition(&mut slice[..below], |node| {
                positions[node as usize][0] < mid_x
            });
            let left_high = partition(&mut slice[below..], |node| {
                positions[node as usize][0] < mid_x
            });
            let bounds = [
                (start, start + left_low, corner),
                (start + left_low, start + below, [mid_x, corner[1]]),
                (start + below, start + below + left_high, [corner[0], mid_y]),
                (start + below + left_high, end, [mid_x, mid_y]),
            ];
            for (from, to, child_corner) in bounds {
                if to > from {
                    self.split(
                        members,
                        from,
                        to,
                        child_corner,
                        half,
                        depth + 1,
                        positions,
                        masses,
                    );
                }
            }
        }
        self.cells[index].next = self.cells.len() as u32;
    }
}

/// Moves the elements for which `left` holds to the front; returns how many there are.
fn partition(slice: &mut [u32], left: impl Fn(u32) -> bool) -> usize {
    let mut boundary = 0;
    for i in 0..slice.len() {
        if left(slice[i]) {
            slice.swap(i, boundary);
            boundary += 1;
        }
    }
    boundary
}

/// A running ForceAtlas2 layout. It does its work in slices: [`ForceLayout::advance`] computes
/// repulsion for a bounded number of nodes and returns, so a page can spread one iteration of a
/// large graph over several frames without a long task.
#[derive(Clone, Debug)]
pub struct ForceLayout {
    settings: Settings,
    positions: Vec<[f32; 2]>,
    forces: Vec<[f32; 2]>,
    previous: Vec<[f32; 2]>,
    convergence: Vec<f32>,
    masses: Vec<f32>,
    sizes: Vec<f32>,
    /// Fixed nodes keep their position (the selected node of an ego view, for example).
    fixed: Vec<bool>,
    edges: Vec<(u32, u32, f32)>,
    tree: Tree,
    /// Leaf-order position of the next node whose repulsion is due; `None` between iterations.
    cursor: Option<usize>,
    iterations: usize,
    last_move: f32,
}

impl ForceLayout {
    /// A layout of `graph` from the given start positions (padded with the origin when short).
    pub fn new(graph: &LayoutGraph, positions: Vec<[f32; 2]>, settings: Settings) -> ForceLayout {
        let n = graph.len();
        let mut positions = positions;
        positions.resize(n, [0.0, 0.0]);
        for position in &mut positions {
            if !position[0].is_finite() || !position[1].is_finite() {
                *position = [0.0, 0.0];
            }
        }
        let mut degree = vec![0u32; n];
        let mut edges = Vec::with_capacity(graph.edges.len());
        for (a, b, weight) in graph.valid_edges() {
            degree[a] += 1;
            degree[b] += 1;
            let weight = if settings.edge_weight_influence == 0.0 {
                1.0
            } else {
                weight.powf(settings.edge_weight_influence)
            };
            edges.push((a as u32, b as u32, weight));
        }
        let sizes = graph
            .sizes
            .iter()
            .map(|size| if size.is_finite() { size.max(0.0) } else { 1.0 })
            .collect();
        ForceLayout {
            settings,
            forces: vec![[0.0, 0.0]; n],
            previous: vec![[0.0, 0.0]; n],
            convergence: vec![1.0; n],
            masses: degree.iter().map(|d| 1.0 + *d as f32).collect(),
            sizes,
            fixed: vec![false; n],
            edges,
            positions,
            tree: Tree::default(),
            cursor: None,
            iterations: 0,
            last_move: f32::INFINITY,
        }
    }

    /// Keeps node `index` where it is (or lets it move again).
    pub fn set_fixed(&mut self, index: usize, fixed: bool) {
        if let Some(slot) = self.fixed.get_mut(index) {
            *slot = fixed;
        }
    }

    /// The current positions.
    pub fn positions(&self) -> &[[f32; 2]] {
        &self.positions
    }

    /// Completed iterations.
    pub fn iterations(&self) -> usize {
        self.iterations
    }

    /// The mean distance a node moved in the last completed iteration; small when converged.
    pub fn last_move(&self) -> f32 {
        self.last_move
    }

    /// Runs `iterations` whole iterations.
    pub fn run(&mut self, iterations: usize) {
        let target = self.iterations + iterations;
        while self.iterations < target {
            self.advance(usize::MAX);
        }
    }

    /// Does at most `budget` nodes' worth of repulsion, finishing the iteration when they were
    /// the last ones. Returns whether an iteration was completed. The cost of one call is about
    /// `budget · log(n)` cell visits plus, when the iteration completes, one pass over the edges.
    pub fn advance(&mut self, budget: usize) -> bool {
        let n = self.positions.len();
        if n == 0 {
            self.iterations += 1;
            self.last_move = 0.0;
            return true;
        }
        let start = match self.cursor {
            Some(start) => start,
            None => {
                std::mem::swap(&mut self.previous, &mut self.forces);
                self.forces.fill([0.0, 0.0]);
                if self.settings.theta > 0.0 {
                    self.tree.build(&self.positions, &self.masses, &self.sizes);
                }
                0
            }
        };
        let end = n.min(start.saturating_add(budget.max(1)));
        if self.settings.theta > 0.0 {
            self.repulse_tree(start, end);
        } else {
            self.repulse_exact(start, end);
        }
        if end < n {
            self.cursor = Some(end);
            return false;
        }
        self.cursor = None;
        self.attract_and_gravitate();
        self.apply();
        self.iterations += 1;
        true
    }

    /// Pairwise repulsion between two nodes; `dx, dy` points from the other node to this one.
    #[inline]
    fn pair_force(
        &self,
        dx: f32,
        dy: f32,
        mass: f32,
        size: f32,
        other_mass: f32,
        other_size: f32,
    ) -> f32 {
        let d2 = dx * dx + dy * dy;
        let kr = self.settings.scaling_ratio;
        if self.settings.adjust_sizes {
            let distance = d2.sqrt() - size - other_size;
            if distance > 0.0 {
                kr * mass * other_mass / (distance * distance)
            } else {
                100.0 * kr * mass * other_mass
            }
        } else if d2 > 0.0 {
            kr * mass * other_mass / d2
        } else {
            0.0
        }
    }

    fn repulse_tree(&mut self, start: usize, end: usize) {
        let theta2 = self.settings.theta * self.settings.theta;
        let kr = self.settings.scaling_ratio;
        let tree = &self.tree;
        let mut forces = std::mem::take(&mut self.forces);
        for slot in start..end {
            let node = tree.members[slot] as usize;
            let (x, y, mass, size) = (
                tree.xs[slot],
                tree.ys[slot],
                tree.masses[slot],
                tree.sizes[slot],
            );
            let (mut fx, mut fy) = (0.0f32, 0.0f32);
            let mut index = 0usize;
            while index < tree.cells.len() {
                let cell = tree.cells[index];
                if cell.count > 0 {
                    let first = cell.start as usize;
                    for other in first..first + cell.count as usize {
                        if other == slot {
                            continue;
                        }
                        let (dx, dy) = (x - tree.xs[other], y - tree.ys[other]);
                        let factor = self.pair_force(
                            dx,
                            dy,
                            mass,
                            size,
                            tree.masses[other],
                            tree.sizes[other],
                        );
                        if factor == 0.0 && dx == 0.0 && dy == 0.0 {
                            // Coincident nodes: push apart along a direction fixed by their order.
                            let sign = if slot < other { 1.0 } else { -1.0 };
                            fx += sign * 0.01;
                            fy += sign * 0.007;
                        }
                        fx += dx * factor;
                        fy += dy * factor;
                    }
                    index = cell.next as usize;
                } else {
                    let (dx, dy) = (x - cell.x, y - cell.y);
                    let d2 = dx * dx + dy * dy;
                    if cell.width2 < theta2 * d2 {
                        let factor = kr * mass * cell.mass / d2;
                        fx += dx * factor;
                        fy += dy * factor;
                        index = cell.next as usize;
                    } else {
                        index += 1;
                    }
                }
            }
            forces[node][0] += fx;
            forces[node][1] += fy;
        }
        self.forces = forces;
    }

    fn repulse_exact(&mut self, start: usize, end: usize) {
        let mut forces = std::mem::take(&mut self.forces);
        for (node, force) in forces.iter_mut().enumerate().take(end).skip(start) {
            let [x, y] = self.positions[node];
            let (mut fx, mut fy) = (0.0f32, 0.0f32);
            for (other, &[ox, oy]) in self.positions.iter().enumerate() {
                if other == node {
                    continue;
                }
                let (dx, dy) = (x - ox, y - oy);
                let factor = self.pair_force(
                    dx,
                    dy,
                    self.masses[node],
                    self.sizes[node],
                    self.masses[other],
                    self.sizes[other],
                );
                fx += dx * factor;
                fy += dy * factor;
            }
            force[0] += fx;
            force[1] += fy;
        }
        self.forces = forces;
    }

    fn attract_and_gravitate(&mut self) {
        let gravity = self.settings.gravity;
        for (node, [x, y]) in self.positions.iter().enumerate() {
            let distance = (x * x + y * y).sqrt();
            let factor = if self.settings.strong_gravity {
                self.settings.scaling_ratio * self.masses[node] * gravity
            } else if distance > 0.0 {
                self.masses[node] * gravity / distance
            } else {
                0.0
            };
            self.forces[node][0] -= x * factor;
            self.forces[node][1] -= y * factor;
        }
        for &(a, b, weight) in &self.edges {
            let [ax, ay] = self.positions[a as usize];
            let [bx, by] = self.positions[b as usize];
            let (dx, dy) = (ax - bx, ay - by);
            let factor = if self.settings.adjust_sizes {
                let distance =
                    (dx * dx + dy * dy).sqrt() - self.sizes[a as usize] - self.sizes[b as usize];
                if distance > 0.0 { -weight } else { 0.0 }
            } else {
                -weight
            };
            self.forces[a as usize][0] += dx * factor;
            self.forces[a as usize][1] += dy * factor;
            self.forces[b as usize][0] -= dx * factor;
            self.forces[b as usize][1] -= dy * factor;
        }
    }

    /// Moves every node with its own adaptive speed: fast while its force keeps its direction
    /// (traction), slow while it swings back and forth.
    fn apply(&mut self) {
        const MAX_FORCE: f32 = 10.0;
        let mut moved = 0.0f32;
        for node in 0..self.positions.len() {
            if self.fixed[node] {
                continue;
            }
            let [mut fx, mut fy] = self.forces[node];
            if !fx.is_finite() || !fy.is_finite() {
                fx = 0.0;
                fy = 0.0;
            }
            if self.settings.adjust_sizes {
                let force = (fx * fx + fy * fy).sqrt();
                if force > MAX_FORCE {
                    fx *= MAX_FORCE / force;
                    fy *= MAX_FORCE / force;
                }
            }
            let [px, py] = self.previous[node];
            let swinging = self.masses[node] * ((px - fx).powi(2) + (py - fy).powi(2)).sqrt();
            let traction = ((px + fx).powi(2) + (py + fy).powi(2)).sqrt() / 2.0;
            let speed = self.convergence[node] * (1.0 + traction).ln() / (1.0 + swinging.sqrt());
            self.convergence[node] = (speed * (fx * fx + fy * fy) / (1.0 + swinging.sqrt()))
                .sqrt()
                .min(1.0);
            let step = speed / self.settings.slow_down;
            let (mx, my) = (fx * step, fy * step);
            if mx.is_finite() && my.is_finite() {
                self.positions[node][0] += mx;
                self.positions[node][1] += my;
                moved += (mx * mx + my * my).sqrt();
            }
            self.forces[node] = [fx, fy];
        }
        self.last_move = moved / self.positions.len() as f32;
    }
}

/// How well a drawing keeps neighbours together: for each sampled node of degree k, the share of
/// its k nearest nodes in the drawing that are its neighbours in the graph, averaged (0 to 1,
/// higher is better; a random drawing of a sparse graph scores near 0). At most `samples` nodes
/// are measured, spread evenly over the index range, so the figure is cheap on large graphs.
pub fn neighbourhood_preservation(
    graph: &LayoutGraph,
    positions: &[[f32; 2]],
    samples: usize,
) -> f64 {
    let adjacency = graph.adjacency();
    let n = graph.len().min(positions.len());
    let measured: Vec<usize> = (0..n).filter(|&i| !adjacency[i].is_empty()).collect();
    if measured.is_empty() || samples == 0 {
        return 0.0;
    }
    let stride = measured.len().div_ceil(samples).max(1);
    let mut distances: Vec<(f32, u32)> = Vec::with_capacity(n);
    let (mut total, mut count) = (0.0f64, 0usize);
    for &node in measured.iter().step_by(stride) {
        let [x, y] = positions[node];
        distances.clear();
        distances.extend((0..n).filter(|&other| other != node).map(|other| {
            let [ox, oy] = positions[other];
            let d2 = (x - ox).powi(2) + (y - oy).powi(2);
            (if d2.is_nan() { f32::INFINITY } else { d2 }, other as u32)
        }));
        let k = adjacency[node].len().min(distances.len());
        if k == 0 {
            continue;
        }
        if k < distances.len() {
            distances.select_nth_unstable_by(k - 1, |a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        }
        let hits = distances[..k]
            .iter()
            .filter(|(_, other)| adjacency[node].binary_search(other).is_ok())
            .count();
        total += hits as f64 / k as f64;
        count += 1;
    }
    total / count.max(1) as f64
}

/// A drawing grouped by cluster: each group's nodes in a sunflower disc, the discs packed in rows
/// from the largest group down. `groups[i]` is node i's group; nodes in group `None` form one more
/// disc. Node sizes set the spacing.
pub fn cluster_layout(groups: &[Option<usize>], sizes: &[f32]) -> Vec<[f32; 2]> {
    let mut members: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    let mut sorted: Vec<usize> = (0..groups.len()).collect();
    sorted.shared_sort_by_key(|&i| (groups[i].is_none(), groups[i], i));
    for node in sorted {
        match members.last_mut() {
            Some((group, list)) if *group == groups[node] => list.push(node),
            _ => members.push((groups[node], vec![node])),
        }
    }
    let spacing = |node: usize| sizes.get(node).copied().unwrap_or(1.0).max(1.0) * 2.6;
    let radius_of = |list: &[usize]| -> f32 {
        let area: f32 = list.iter().map(|&node| spacing(node).powi(2)).sum();
        (area / std::f32::consts::PI).sqrt() * 1.15 + spacing(list[0])
    };
    members.shared_sort_by(|a, b| {
        b.1.len()
            .cmp(&a.1.len())
            .then(a.0.is_none().cmp(&b.0.is_none()))
    });
    let total_area: f32 = members
        .iter()
        .map(|(_, list)| radius_of(list).powi(2) * 4.0)
        .sum();
    let row_width = total_area.sqrt() * 1.3;
    let mut positions = vec![[0.0f32, 0.0]; groups.len()];
    let (mut x, mut y, mut row_height) = (0.0f32, 0.0f32, 0.0f32);
    for (_, list) in &members {
        let radius = radius_of(list);
        let gap = radius * 0.25 + 4.0;
        if x > 0.0 && x + 2.0 * radius > row_width {
            x = 0.0;
            y += row_height + gap;
            row_height = 0.0;
        }
        let (cx, cy) = (x + radius, y + radius);
        // Vogel's sunflower: even density, the first (most connected) nodes at the centre.
        let golden = std::f32::consts::PI * (3.0 - 5.0f32.sqrt());
        let step = list.iter().map(|&node| spacing(node)).fold(0.0, f32::max) * 0.55;
        for (k, &node) in list.iter().enumerate() {
            let r = step * (k as f32 + 0.5).sqrt();
            let angle = k as f32 * golden;
            positions[node] = [cx + r * angle.cos(), cy + r * angle.sin()];
        }
        x += 2.0 * radius + gap;
        row_height = row_height.max(2.0 * radius);
    }
    centre(&mut positions);
    positions
}

/// A radial drawing around `centre_node`: rings by distance in the graph, each node placed near
/// the angle of its parent in the breadth-first tree so branches stay together. Nodes that cannot
/// be reached go on an outer ring.
pub fn radial_layout(graph: &LayoutGraph, centre_node: usize) -> Vec<[f32; 2]> {
    let n = graph.len();
    let mut positions = vec![[0.0f32, 0.0]; n];
    if centre_node >= n {
        return positions;
    }
    let adjacency = graph.adjacency();
    let mut ring = vec![u32::MAX; n];
    let mut parent = vec![usize::MAX; n];
    ring[centre_node] = 0;
    let mut rings: Vec<Vec<usize>> = vec![vec![centre_node]];
    loop {
        let mut next = Vec::new();
        let depth = rings.len() as u32;
        for &node in rings.last().map(Vec::as_slice).unwrap_or_default() {
            for &other in &adjacency[node] {
                let other = other as usize;
                if ring[other] == u32::MAX {
                    ring[other] = depth;
                    parent[other] = node;
                    next.push(other);
                }
            }
        }
        if next.is_empty() {
            break;
        }
        rings.push(next);
    }
    let unreachable: Vec<usize> = (0..n).filter(|&i| ring[i] == u32::MAX).collect();
    if !unreachable.is_empty() {
        rings.push(unreachable);
    }
    let largest = graph.sizes.iter().copied().fold(1.0f32, f32::max);
    let mut angle = vec![0.0f32; n];
    let mut previous_radius = 0.0f32;
    for (depth, nodes) in rings.iter_mut().enumerate().skip(1) {
        // Order the ring by the parent's angle, so children sit beside their parent.
        nodes.shared_sort_by(|&a, &b| {
            let key = |node: usize| {
                parent
                    .get(node)
                    .and_then(|&p| angle.get(p))
                    .copied()
                    .unwrap_or(f32::MAX)
            };
            key(a).total_cmp(&key(b)).then(a.cmp(&b))
        });
        // The ring must be long enough for its nodes and at least one step out from the last.
        let needed = nodes.len() as f32 * largest * 2.6 / std::f32::consts::TAU;
        let radius = needed
            .max(previous_radius + largest * 8.0)
            .max(depth as f32 * largest * 8.0);
        for (k, &node) in nodes.iter().enumerate() {
            let a =
                std::f32::consts::TAU * k as f32 / nodes.len() as f32 - std::f32::consts::FRAC_PI_2;
            angle[node] = a;
            positions[node] = [radius * a.cos(), radius * a.sin()];
        }
        previous_radius = radius;
    }
    positions
}

/// Moves the drawing so its bounding box is centred on the origin.
fn centre(positions: &mut [[f32; 2]]) {
    if positions.is_empty() {
        return;
    }
    let (mut min, mut max) = ([f32::MAX; 2], [f32::MIN; 2]);
    for p in positions.iter() {
        for axis in 0..2 {
            min[axis] = min[axis].min(p[axis]);
            max[axis] = max[axis].max(p[axis]);
        }
    }
    let middle = [(min[0] + max[0]) / 2.0, (min[1] + max[1]) / 2.0];
    for p in positions.iter_mut() {
        p[0] -= middle[0];
        p[1] -= middle[1];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn layout(nodes: usize, edges: usize, seed: u64, iterations: usize) -> ForceLayout {
        let (graph, _) = planted_graph(nodes, edges, seed);
        let mut layout = ForceLayout::new(
            &graph,
            start_positions(nodes, seed),
            Settings::for_size(nodes),
        );
        layout.run(iterations);
        layout
    }

    #[test]
    fn same_seed_same_drawing() {
        let a = layout(200, 600, 3, 40);
        let b = layout(200, 600, 3, 40);
        assert_eq!(a.positions(), b.positions());
        let c = layout(200, 600, 4, 40);
        assert_ne!(a.positions(), c.positions());
    }

    #[test]
    fn slices_give_the_same_drawing_as_whole_iterations() {
        let (graph, _) = planted_graph(300, 900, 9);
        let settings = Settings::for_size(300);
        let mut whole = ForceLayout::new(&graph, start_positions(300, 9), settings);
        whole.run(10);
        let mut sliced = ForceLayout::new(&graph, start_positions(300, 9), settings);
        let mut calls = 0;
        while sliced.iterations() < 10 {
            sliced.advance(37);
            calls += 1;
        }
        assert_eq!(calls, 10 * 300usize.div_ceil(37));
        assert_eq!(whole.positions(), sliced.positions());
    }

    #[test]
    fn quality_improves_on_a_planted_cluster_graph() {
        let (graph, _) = planted_graph(400, 1_200, 5);
        let start = start_positions(400, 5);
        let before = neighbourhood_preservation(&graph, &start, 400);
        let mut layout = ForceLayout::new(&graph, start, Settings::for_size(400));
        layout.run(30);
        let early = neighbourhood_preservation(&graph, layout.positions(), 400);
        layout.run(170);
        let after = neighbourhood_preservation(&graph, layout.positions(), 400);
        assert!(
            before < 0.05,
            "a random drawing keeps few neighbours: {before}"
        );
        assert!(early > before, "{early} vs {before}");
        assert!(after > early, "{after} vs {early}");
        assert!(
            after > 0.25,
            "a converged drawing keeps neighbours together: {after}"
        );
    }

    #[test]
    fn barnes_hut_is_close_to_the_exact_forces() {
        let (graph, _) = planted_graph(300, 900, 11);
        let mut settings = Settings::for_size(300);
        let mut approximate = ForceLayout::new(&graph, start_positions(300, 11), settings);
        approximate.run(150);
        settings.theta = 0.0;
        let mut exact = ForceLayout::new(&graph, start_positions(300, 11), settings);
        exact.run(150);
        let quality_bh = neighbourhood_preservation(&graph, approximate.positions(), 300);
        let quality_exact = neighbourhood_preservation(&graph, exact.positions(), 300);
        assert!(
            (quality_bh - quality_exact).abs() < 0.1,
            "Barnes–Hut {quality_bh} vs exact {quality_exact}"
        );
    }

    #[test]
    fn overlap_prevention_separates_large_nodes() {
        let mut graph = LayoutGraph::new(30, (1..30).map(|i| (0, i)).collect());
        graph.sizes = vec![6.0; 30];
        let mut settings = Settings::for_size(30);
        settings.adjust_sizes = true;
        let mut layout = ForceLayout::new(&graph, start_positions(30, 1), settings);
        layout.run(600);
        let positions = layout.positions();
        let mut overlaps = 0;
        for a in 0..30 {
            for b in a + 1..30 {
                let d = ((positions[a][0] - positions[b][0]).powi(2)
                    + (positions[a][1] - positions[b][1]).powi(2))
                .sqrt();
                if d < 12.0 * 0.9 {
                    overlaps += 1;
                }
            }
        }
        assert_eq!(overlaps, 0, "{positions:?}");
    }

    #[test]
    fn empty_and_single_node_graphs() {
        let mut empty =
            ForceLayout::new(&LayoutGraph::default(), Vec::new(), Settings::for_size(0));
        empty.run(3);
        assert!(empty.positions().is_empty());
        let mut single = ForceLayout::new(
            &LayoutGraph::new(1, vec![(0, 0), (0, 7)]),
            vec![[5.0, 5.0]],
            Settings::for_size(1),
        );
        single.run(50);
        assert!(single.positions()[0].iter().all(|c| c.is_finite()));
    }

    #[test]
    fn clusters_are_drawn_apart() {
        let groups: Vec<Option<usize>> = (0..60)
            .map(|i| if i < 50 { Some(i % 5) } else { None })
            .collect();
        let positions = cluster_layout(&groups, &vec![1.0; 60]);
        let centre_of = |group: Option<usize>| {
            let members: Vec<_> = (0..60).filter(|&i| groups[i] == group).collect();
            let sum = members.iter().fold([0.0, 0.0], |acc, &i| {
                [acc[0] + positions[i][0], acc[1] + positions[i][1]]
            });
            [sum[0] / members.len() as f32, sum[1] / members.len() as f32]
        };
        for i in 0..60 {
            let own = centre_of(groups[i]);
            let d_own = (positions[i][0] - own[0]).hypot(positions[i][1] - own[1]);
            for other in (0..5).map(Some).chain([None]).filter(|g| *g != groups[i]) {
                let c = centre_of(other);
                assert!(d_own < (positions[i][0] - c[0]).hypot(positions[i][1] - c[1]));
            }
        }
    }

    #[test]
    fn radial_rings_follow_graph_distance() {
        // 0 — 1 — 2, 0 — 3, and 4 unreachable.
        let graph = LayoutGraph::new(5, vec![(0, 1), (1, 2), (0, 3)]);
        let positions = radial_layout(&graph, 0);
        let radius = |i: usize| positions[i][0].hypot(positions[i][1]);
        assert_eq!(positions[0], [0.0, 0.0]);
        assert!((radius(1) - radius(3)).abs() < 1e-3);
        assert!(radius(2) > radius(1));
        assert!(radius(4) > radius(2));
        assert_eq!(radial_layout(&graph, 99), vec![[0.0, 0.0]; 5]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn no_nan_and_bounded(
            nodes in 1usize..120,
            extra in 0usize..300,
            seed in any::<u64>(),
            iterations in 1usize..60,
            adjust in any::<bool>(),
            theta in prop_oneof![Just(0.0f32), Just(0.5f32), Just(1.2f32)],
        ) {
            let (mut graph, _) = planted_graph(nodes, nodes + extra, seed);
            graph.sizes = (0..nodes).map(|i| 1.0 + (i % 4) as f32).collect();
            let mut settings = Settings::for_size(nodes);
            settings.adjust_sizes = adjust;
            settings.theta = theta;
            // Some nodes start on top of each other.
            let mut start = start_positions(nodes, seed);
            for i in (0..nodes).step_by(7) {
                start[i] = [1.0, 1.0];
            }
            let mut layout = ForceLayout::new(&graph, start, settings);
            layout.run(iterations);
            let bound = 1e5 * (nodes as f32).sqrt();
            for p in layout.positions() {
                prop_assert!(p[0].is_finite() && p[1].is_finite());
                prop_assert!(p[0].abs() < bound && p[1].abs() < bound, "{p:?}");
            }
            let quality = neighbourhood_preservation(&graph, layout.positions(), 50);
            prop_assert!((0.0..=1.0).contains(&quality));
        }
    }
}
