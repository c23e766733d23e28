// Entry for the layout comparison's JavaScript libraries. `cargo xtask bench` bundles it with
// esbuild into target/bench/www/layout-libs.js (one ES module), because
// graphology-layout-forceatlas2 ships CommonJS only.
import { MultiUndirectedGraph } from 'graphology';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import helpers from 'graphology-layout-forceatlas2/helpers.js';
import { forceSimulation, forceManyBody, forceLink, forceCenter } from 'd3-force';

export { MultiUndirectedGraph, iterate, helpers, forceSimulation, forceManyBody, forceLink, forceCenter };
