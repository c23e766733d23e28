//! The house rules a reader would otherwise check by hand: graph-core's modules import each other
//! without circles, in layers, and know nothing of the browser; every source file opens with a
//! `//!` comment that says what it is for; no component of the app is longer than a screenful or
//! two; and the app and the host script `public/embed.js` agree on the names of the messages they
//! exchange.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// A module's path inside its crate: `rank` for `src/rank.rs`, `explore::query` for
/// `src/explore/query.rs` and `explore` for `src/explore/mod.rs`.
fn module_path(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts.join("::")
}

/// The code of a file without its comments and without its test module: what the module itself
/// depends on.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `crate::` paths a text names, as their segments.
fn crate_paths(text: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    for (at, _) in text.match_indices("crate::") {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &text[at + "crate::".len()..];
        let mut segments = Vec::new();
        let mut tail = rest;
        loop {
            let end = tail
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(tail.len());
            if end == 0 {
                break;
            }
            segments.push(tail[..end].to_owned());
            match tail[end..].strip_prefix("::") {
                Some(next) => tail = next,
                None => break,
            }
        }
        paths.push(segments);
    }
    paths
}

/// Each module of graph-core with the modules it imports (the longest known module a `crate::`
/// path starts with; a module and its own sub-modules do not count as importing each other).
fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = root().join("graph-core/src");
    let files: Vec<(String, String)> = rust_files(&src)
        .into_iter()
        .map(|file| {
            (
                module_path(&src, &file),
                std::fs::read_to_string(&file).unwrap(),
            )
        })
        .filter(|(module, _)| module != "lib")
        .collect();
    let modules: BTreeSet<&str> = files.iter().map(|(m, _)| m.as_str()).collect();
    let mut graph = BTreeMap::new();
    for (module, text) in &files {
        let mut imports = BTreeSet::new();
        for path in crate_paths(&code(text)) {
            let target = (1..=path.len())
                .rev()
                .map(|n| path[..n].join("::"))
                .find(|candidate| modules.contains(candidate.as_str()));
            let Some(target) = target else { continue };
            let related = target == *module
                || target.starts_with(&format!("{module}::"))
                || module.starts_with(&format!("{target}::"));
            if !related {
                imports.insert(target);
            }
        }
        graph.insert(module.clone(), imports);
    }
    graph
}

/// The groups of modules that import each other in a circle (strongly connected components of
/// more than one module), each sorted.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Kosaraju: order by finishing time, then collect on the reversed graph.
    fn finish(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        seen: &mut BTreeSet<String>,
        order: &mut Vec<String>,
    ) {
        if !seen.insert(node.to_owned()) {
            return;
        }
        for next in graph.get(node).into_iter().flatten() {
            finish(next, graph, seen, order);
        }
        order.push(node.to_owned());
    }
    let mut seen = BTreeSet::new();
    let mut order = Vec::new();
    for node in graph.keys() {
        finish(node, graph, &mut seen, &mut order);
    }
    let mut reversed: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, targets) in graph {
        for to in targets {
            reversed.entry(to.clone()).or_default().insert(from.clone());
        }
    }
    let mut assigned = BTreeSet::new();
    let mut groups = Vec::new();
    for node in order.iter().rev() {
        let mut group = Vec::new();
        finish(node, &reversed, &mut assigned, &mut group);
        if group.len() > 1 {
            group.sort();
            groups.push(group);
        }
    }
    groups
}

#[test]
fn graph_core_modules_import_each_other_without_circles() {
    let graph = import_graph();
    assert!(graph.len() > 20, "{} modules found", graph.len());
    let found = circles(&graph);
    let described: Vec<String> = found
        .iter()
        .map(|group| {
            group
                .iter()
                .map(|m| {
                    let inside: Vec<&str> = graph[m]
                        .iter()
                        .filter(|t| group.contains(t))
                        .map(String::as_str)
                        .collect();
                    format!("{m} → {}", inside.join(", "))
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
        .collect();
    assert!(found.is_empty(), "import circles: {described:#?}");
    // `route` is the top layer: nothing in graph-core imports it.
    let importers: Vec<&String> = graph
        .iter()
        .filter(|(_, targets)| targets.contains("route"))
        .map(|(m, _)| m)
        .collect();
    assert!(importers.is_empty(), "route imported by {importers:?}");
}

/// The layers of graph-core, lowest first, by a module's first segment: the shared base, the
/// ground the products stand on, the three products and the top layer of links.
const LAYERS: [&[&str]; 4] = [
    &[
        "band", "figures", "i18n", "id", "links", "period", "random", "sort", "stem",
    ],
    &["data", "landscape", "scheme_index"],
    &["chart", "explorer", "stappenplan"],
    &["route"],
];

fn layer_of(module: &str) -> Option<usize> {
    let top = module.split("::").next().unwrap_or(module);
    LAYERS.iter().position(|layer| layer.contains(&top))
}

/// Where an import breaks the layering, if it does: a lower layer that imports a higher one, or
/// one product that imports another.
fn layer_breach(module: &str, target: &str) -> Option<String> {
    let (Some(from), Some(to)) = (layer_of(module), layer_of(target)) else {
        return Some(format!("{module} → {target}: a module in no layer"));
    };
    let top = |m: &str| m.split("::").next().unwrap_or(m).to_owned();
    if to > from {
        Some(format!(
            "{module} (layer {from}) imports {target} (layer {to})"
        ))
    } else if from == 2 && to == 2 && top(module) != top(target) {
        Some(format!("product {module} imports product {target}"))
    } else {
        None
    }
}

#[test]
fn graph_core_is_layered_base_ground_products_route() {
    let graph = import_graph();
    let mut breaches = Vec::new();
    for (module, targets) in &graph {
        if layer_of(module).is_none() {
            breaches.push(format!("{module} is in no layer; add it to LAYERS"));
        }
        breaches.extend(targets.iter().filter_map(|t| layer_breach(module, t)));
    }
    assert!(breaches.is_empty(), "{breaches:#?}");
}

#[test]
fn the_layer_check_finds_a_breach() {
    assert_eq!(layer_breach("data::load", "landscape"), None);
    assert_eq!(
        layer_breach("stappenplan::rank", "stappenplan::proposal"),
        None
    );
    assert!(layer_breach("data::synthetic", "stappenplan::proposal").is_some());
    assert!(layer_breach("explorer::explore", "stappenplan::rank").is_some());
    assert!(layer_breach("sort", "data::model").is_some());
    assert!(layer_breach("chart", "nieuw").is_some());
}

#[test]
fn the_circle_check_finds_a_circle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec!["a"]),
    ]
    .into_iter()
    .map(|(m, t)| (m.to_owned(), t.into_iter().map(str::to_owned).collect()))
    .collect();
    assert_eq!(circles(&graph), [vec!["a", "b", "c"]]);
    assert_eq!(
        crate_paths("use crate::rank::{a, b}; x(crate::links::get(y)); my_crate::no"),
        [vec!["rank"], vec!["links", "get"]]
    );
    assert_eq!(
        code("use crate::a;\n// crate::b\n#[cfg(test)]\nuse crate::c;"),
        "use crate::a;"
    );
}

#[test]
fn graph_core_knows_nothing_of_the_browser() {
    let core = root().join("graph-core");
    let manifest = std::fs::read_to_string(core.join("Cargo.toml")).unwrap();
    for name in ["leptos", "web-sys", "wasm-bindgen", "js-sys"] {
        assert!(
            !manifest.contains(name),
            "graph-core/Cargo.toml names {name}"
        );
    }
    for file in rust_files(&core.join("src")) {
        let text = code(&std::fs::read_to_string(&file).unwrap());
        for name in ["leptos", "web_sys", "wasm_bindgen", "js_sys"] {
            assert!(!text.contains(name), "{} names {name}", file.display());
        }
    }
}

#[test]
fn every_source_file_says_what_it_is_for() {
    let root = root();
    let mut checked = 0;
    for dir in [
        "graph-core/src",
        "app/src",
        "cli/src",
        "xtask/src",
        "bench/src",
        "tests/it",
    ] {
        for file in rust_files(&root.join(dir)) {
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(
                text.starts_with("//!"),
                "{} does not open with a //! comment",
                file.strip_prefix(&root).unwrap().display()
            );
            checked += 1;
        }
    }
    assert!(checked > 60, "{checked} files");
}

/// The text between the quotes after `marker` (single or double quotes).
fn quoted_after<'a>(text: &'a str, marker: &str) -> &'a str {
    let at = text
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not found"));
    let rest = &text[at + marker.len()..];
    let open = rest.find(['"', '\'']).unwrap();
    let quote = rest[open..].chars().next().unwrap();
    let value = &rest[open + 1..];
    &value[..value.find(quote).unwrap()]
}

#[test]
fn the_app_and_embed_js_agree_on_their_messages() {
    let root = root();
    let app = std::fs::read_to_string(root.join("app/src/embed.rs")).unwrap();
    let host = std::fs::read_to_string(root.join("public/embed.js")).unwrap();
    for name in ["MESSAGE_TYPE", "REQUEST_TYPE"] {
        let in_app = quoted_after(&app, &format!("const {name}: &str ="));
        let in_host = quoted_after(&host, &format!("var {name} ="));
        assert_eq!(in_app, in_host, "{name}");
        assert!(in_app.starts_with("bzu-uitvoerder:"), "{name}: {in_app}");
    }
    // The fields the app sets on its message are the fields the host reads, and no others.
    let set: BTreeSet<&str> = app
        .match_indices("set(\"")
        .map(|(at, _)| {
            let rest = &app[at + 5..];
            &rest[..rest.find('"').unwrap()]
        })
        .filter(|field| *field != "type")
        .collect();
    let read: BTreeSet<&str> = host
        .match_indices("data.")
        .map(|(at, _)| {
            let rest = &host[at + 5..];
            &rest[..rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len())]
        })
        .filter(|field| *field != "type")
        .collect();
    assert_eq!(set, read);
    assert_eq!(set, BTreeSet::from(["hoogte", "id", "nieuwePagina"]));
}

#[test]
fn the_app_builds_its_links_from_routes() {
    // A written-out address ("?p=organisaties") goes stale when the route changes; a `Route`
    // cannot.
    for file in rust_files(&root().join("app/src")) {
        let text = code(&std::fs::read_to_string(&file).unwrap());
        for literal in ["\"?p=", "href(\"?"] {
            assert!(
                !text.contains(literal),
                "{} writes out a link ({literal})",
                file.display()
            );
        }
    }
}

#[test]
fn only_one_module_touches_local_storage() {
    let app = root().join("app/src");
    let touching: Vec<String> = rust_files(&app)
        .into_iter()
        .filter(|file| code(&std::fs::read_to_string(file).unwrap()).contains("local_storage()"))
        .map(|file| file.strip_prefix(&app).unwrap().display().to_string())
        .collect();
    assert_eq!(touching, ["storage.rs"]);
}

/// The longest a component may be, in lines from `#[component]` to its closing brace: longer
/// ones hold rules or several parts that deserve names of their own.
const COMPONENT_LINES: usize = 150;

/// Each component of a source text with its length in lines.
fn component_lengths(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        if line.trim() != "#[component]" {
            continue;
        }
        let Some(signature) = lines[start..].iter().position(|l| l.contains("fn ")) else {
            continue;
        };
        let signature = start + signature;
        let header = lines[signature];
        let indent = header.len() - header.trim_start().len();
        let name = header
            .split("fn ")
            .nth(1)
            .unwrap_or("")
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap_or("")
            .to_owned();
        let closing = format!("{}}}", " ".repeat(indent));
        let end = lines[signature..]
            .iter()
            .position(|l| l.trim_end() == closing)
            .map_or(lines.len(), |offset| signature + offset + 1);
        found.push((name, end - start));
    }
    found
}

#[test]
fn no_component_is_longer_than_the_limit() {
    let mut long = Vec::new();
    let mut count = 0;
    for file in rust_files(&root().join("app/src")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for (name, lines) in component_lengths(&text) {
            count += 1;
            if lines > COMPONENT_LINES {
                long.push(format!("{name} ({}): {lines} lines", file.display()));
            }
        }
    }
    assert!(count > 30, "{count} components found");
    assert!(
        long.is_empty(),
        "components over {COMPONENT_LINES} lines: {long:#?}"
    );
}

#[test]
fn component_lengths_are_counted_from_attribute_to_closing_brace() {
    let text = "#[component]\npub fn A() -> impl IntoView {\n    let x = 1;\n    view! {}\n}\n\n#[component]\nfn B(\n    x: u8,\n) -> impl IntoView {\n}\n";
    assert_eq!(
        component_lengths(text),
        [("A".to_owned(), 5), ("B".to_owned(), 5)]
    );
}
