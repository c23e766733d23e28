//! `cargo xtask bench`: runs the benchmarks natively and as wasm in headless Chromium, prints a
//! table and writes `target/bench/summary.json`.

use std::path::Path;
use std::process::Command;

use anyhow::Context;
use serde_json::{Value, json};

use crate::{run, serve, setup};

fn output_json(command: &mut Command) -> anyhow::Result<Value> {
    let shown = format!("{command:?}");
    println!("==> {shown}");
    let output = command
        .output()
        .with_context(|| format!("cannot start {shown}"))?;
    if !output.status.success() {
        anyhow::bail!(
            "{shown} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let text = String::from_utf8(output.stdout)?;
    let line = text.lines().last().unwrap_or_default();
    serde_json::from_str(line).with_context(|| format!("{shown} printed no JSON: {text}"))
}

/// Layout sizes as (nodes, edges, iterations): the same iteration count for every layout at a
/// size, few at the largest so the whole benchmark stays within minutes on 2 cores.
const LAYOUT_SIZES: [(usize, usize, usize); 4] = [
    (300, 900, 200),
    (1_500, 5_000, 100),
    (5_000, 15_000, 60),
    (50_000, 150_000, 10),
];
/// Nodes of repulsion per slice when ours runs in slices at the largest size: about 7 ms a slice
/// in Chromium on 2 cores (13 ms for the slice that also builds the quadtree), well under the
/// 50 ms of a long task.
const SLICE_BUDGET: usize = 4_000;
/// Iterations of the sliced run.
const SLICED_ITERATIONS: usize = 3;

fn number(value: &Value) -> f64 {
    value.as_f64().unwrap_or(f64::NAN)
}

/// `median (p25–p75)` of a spread, in milliseconds.
fn quartiles(spread: &Value) -> String {
    format!(
        "{:.2} ({:.2}–{:.2})",
        number(&spread["median"]),
        number(&spread["p25"]),
        number(&spread["p75"])
    )
}

/// Warns when two medians differ by less than the wider of their interquartile ranges: then the
/// runs do not support the difference, whichever way it goes.
fn warn_if_within_noise(what: &str, ours: &Value, peer: &Value) {
    let iqr = |s: &Value| number(&s["p75"]) - number(&s["p25"]);
    let difference = (number(&ours["median"]) - number(&peer["median"])).abs();
    let noise = iqr(ours).max(iqr(peer));
    // Also when a figure is missing (NaN): then nothing is supported either.
    let supported = difference.partial_cmp(&noise) == Some(std::cmp::Ordering::Greater);
    if !supported {
        println!(
            "  WARNING {what}: the medians differ by {difference:.2} ms, less than the spread of the runs ({noise:.2} ms); the comparison is not supported"
        );
    }
}

/// The layout entries for the summary, with the sliced run's figures on the entry of its size.
fn layout_entries(browser: &Value) -> Value {
    let sliced = &browser["layout_sliced"];
    let mut entries = browser["layout"].as_array().cloned().unwrap_or_default();
    if let Some(largest) = entries
        .iter_mut()
        .find(|entry| entry["nodes"] == sliced["nodes"])
    {
        for key in [
            "longest_task_ms",
            "slice_budget",
            "slices",
            "longest_slice_ms",
            "median_slice_ms",
            "longest_long_task_ms",
            "long_tasks",
            "longtask_observer",
        ] {
            largest[key] = sliced[key].clone();
        }
        largest["sliced_iterations"] = sliced["iterations"].clone();
    }
    Value::Array(entries)
}

/// Prints the layout table and the longest task of the sliced run.
fn print_layout(entries: &Value, sliced: &Value) {
    println!(
        "\nlayout in Chromium, same graphs and start positions: ours (ForceAtlas2, wasm) vs graphology-layout-forceatlas2"
    );
    println!(
        "(same settings, Barnes–Hut θ 0.5) vs d3-force (defaults); quality = neighbourhood preservation after the iterations"
    );
    println!(
        "(ours and graphology: mean over five seeded graphs up to 5,000 nodes, one above; d3: the timed graph):"
    );
    println!(
        "{:>6} {:>7} {:>5} {:>10} {:>11} {:>10} {:>7} {:>7} {:>7} {:>7}",
        "nodes",
        "edges",
        "iters",
        "ours ms/it",
        "graph ms/it",
        "d3 ms/tick",
        "g/ours",
        "ours q",
        "graph q",
        "d3 q"
    );
    for entry in entries.as_array().into_iter().flatten() {
        let (ours, graphology) = (
            number(&entry["ours_ms_per_iter"]),
            number(&entry["graphology_ms_per_iter"]),
        );
        println!(
            "{:>6} {:>7} {:>5} {:>10.2} {:>11.2} {:>10.2} {:>7.2} {:>7.4} {:>7.4} {:>7.4}",
            entry["nodes"].to_string(),
            entry["edges"].to_string(),
            entry["iterations"].to_string(),
            ours,
            graphology,
            number(&entry["d3_ms_per_tick"]),
            graphology / ours,
            number(&entry["ours_quality"]),
            number(&entry["graphology_quality"]),
            number(&entry["d3_quality"]),
        );
        println!(
            "{:>6} runs in turn, ms/it median (quartiles): ours {}, graphology {}, d3 {}",
            "",
            quartiles(&entry["ours_spread"]),
            quartiles(&entry["graphology_spread"]),
            quartiles(&entry["d3_spread"]),
        );
        warn_if_within_noise(
            &format!("layout {} nodes", entry["nodes"]),
            &entry["ours_spread"],
            &entry["graphology_spread"],
        );
    }
    println!(
        "longest main-thread task, ours at {}/{} in slices of {} nodes, {} iterations: {:.1} ms\n  (longest slice {:.1} ms, longest long task {:.1} ms; target under 50 ms)",
        sliced["nodes"],
        sliced["edges"],
        sliced["slice_budget"],
        sliced["iterations"],
        number(&sliced["longest_task_ms"]),
        number(&sliced["longest_slice_ms"]),
        number(&sliced["longest_long_task_ms"]),
    );
}

/// Runs one benchmark of the native binary (built with the `bench-native` profile) and reads its
/// figures.
fn native_bench(args: &[&str]) -> anyhow::Result<Value> {
    output_json(
        Command::new("cargo")
            .args([
                "run",
                "--quiet",
                "--locked",
                "--profile",
                "bench-native",
                "--package",
                "bench",
                "--bin",
                "bench-native",
                "--",
            ])
            .args(args),
    )
}

pub fn bench(root: &Path) -> anyhow::Result<()> {
    setup::install(root, setup::Needs::Browser)?;
    let (organisations, relations, runs) = (5_000, 50_000, 15);

    let native = native_bench(&[
        "rank",
        &organisations.to_string(),
        &relations.to_string(),
        &runs.to_string(),
    ])?;
    let stack_native = native_bench(&[
        "stapeling",
        &STACK_PROPOSALS.to_string(),
        &organisations.to_string(),
        "7",
    ])?;

    run(Command::new("cargo")
        .args([
            "build",
            "--locked",
            "--release",
            "--package",
            "bench",
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .env(crate::WASM_RUSTFLAGS, crate::wasm_rustflags()))?;
    let www = root.join("target").join("bench").join("www");
    std::fs::create_dir_all(&www)?;
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--out-dir"])
        .arg(&www)
        .arg(root.join("target/wasm32-unknown-unknown/release/bench.wasm")))?;
    // The wasm as it ships: optimised by the same wasm-opt, level and features as the app.
    let wasm = www.join("bench_bg.wasm");
    std::fs::write(
        &wasm,
        crate::split::without_relocations(&std::fs::read(&wasm)?)?,
    )?;
    run(Command::new(root.join("node_modules/.bin/wasm-opt"))
        .arg("-Oz")
        .args(crate::split::WASM_FEATURES)
        .arg("-o")
        .arg(&wasm)
        .arg(&wasm))?;
    for file in ["index.html", "run.js"] {
        std::fs::copy(root.join("bench/www").join(file), www.join(file))?;
    }
    std::fs::copy(
        root.join("node_modules/papaparse/papaparse.min.js"),
        www.join("papaparse.min.js"),
    )?;
    // graphology-layout-forceatlas2 is CommonJS: bundle it, graphology and d3-force into one
    // ES module the page imports.
    run(Command::new(root.join("node_modules/.bin/esbuild"))
        .arg(root.join("bench/www/layout-libs.mjs"))
        .args([
            "--bundle",
            "--format=esm",
            "--platform=browser",
            "--log-level=warning",
        ])
        .arg(format!(
            "--outfile={}",
            www.join("layout-libs.js").display()
        )))?;
    let layout_sizes = LAYOUT_SIZES
        .iter()
        .map(|(nodes, edges, iterations)| format!("{nodes}x{edges}x{iterations}"))
        .collect::<Vec<_>>()
        .join(",");
    let (largest_nodes, largest_edges, _) = LAYOUT_SIZES[LAYOUT_SIZES.len() - 1];
    let server = serve::spawn(&www)?;
    let browser = output_json(
        Command::new("node")
            .arg(root.join("bench/www/drive.mjs"))
            .arg(format!(
                "http://127.0.0.1:{}/?rank={organisations},{relations},{runs}&stapeling={STACK_PROPOSALS},{organisations},7&ingest=1000,10000,100000&layout={layout_sizes}&slices={largest_nodes}x{largest_edges}x{SLICE_BUDGET}x{SLICED_ITERATIONS}",
                server.port
            )),
    )?;

    let wasm = &browser["rank"];
    let summary_path = root.join("target/bench/summary.json");
    let mut summary: Value = std::fs::read_to_string(&summary_path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_else(|| json!({}));
    summary["rank"] = json!({
        "organisations": native["organisations"],
        "relations": native["relations"],
        "native_ms": native["rank_ms"],
        "wasm_ms": wasm["rank_ms"],
        "native_spread": native["rank_spread"],
        "wasm_spread": wasm["rank_spread"],
        "wasm_over_native": wasm["rank_ms"].as_f64().zip(native["rank_ms"].as_f64()).map(|(w, n)| w / n),
        "frame_budget_ms": 16.0,
        "native_load_ms": native["load_ms"],
        "wasm_load_ms": wasm["load_ms"],
    });
    summary["stapeling"] = stack_entries(&stack_native, &browser["stapeling"]);
    summary["csv_ingest"] = browser["csv_ingest"].clone();
    summary["layout"] = layout_entries(&browser);
    summary["map"] = app_map(root)?;
    std::fs::write(&summary_path, serde_json::to_string_pretty(&summary)?)?;
    let spread = |s: &Value| {
        let f = |key: &str| s[key].as_f64().unwrap_or(f64::NAN);
        format!(
            "median {:.2} ms (quartiles {:.2}–{:.2}, range {:.2}–{:.2}, {} runs)",
            f("median"),
            f("p25"),
            f("p75"),
            f("min"),
            f("max"),
            s["n"]
        )
    };
    println!(
        "\nrank, {} organisations / {} relations, after one warm-up run:\n  native {}\n  wasm   {}\n  wasm / native {:.2} (medians, same machine, same run); frame budget 16 ms\n  load+validate+build: native {:.1} ms   wasm {:.1} ms\nwritten to {}",
        native["organisations"],
        native["relations"],
        spread(&native["rank_spread"]),
        spread(&wasm["rank_spread"]),
        wasm["rank_ms"].as_f64().unwrap_or(f64::NAN)
            / native["rank_ms"].as_f64().unwrap_or(f64::NAN),
        native["load_ms"].as_f64().unwrap_or(f64::NAN),
        wasm["load_ms"].as_f64().unwrap_or(f64::NAN),
        summary_path.display()
    );
    println!(
        "\ncsv_ingest in wasm, one capaciteit.csv: ours (decode, table, every cell typed and checked) vs"
    );
    println!("PapaParse (decode, parse, typed), runs taken in turn; median ms (quartiles):");
    println!(
        "{:>8} {:>10} {:>22} {:>22} {:>10} {:>10} {:>6}",
        "rows", "bytes", "ours", "PapaParse", "ours MiB/s", "Papa MiB/s", "ratio"
    );
    for row in browser["csv_ingest"].as_array().into_iter().flatten() {
        let (ours, papa) = (&row["ours"], &row["papaparse"]);
        println!(
            "{:>8} {:>10} {:>22} {:>22} {:>10.1} {:>10.1} {:>6.2}",
            // serde_json's Display ignores the width: pad the text.
            row["rows"].to_string(),
            row["bytes"].to_string(),
            quartiles(ours),
            quartiles(papa),
            number(&row["ours_mib_s"]),
            number(&row["papaparse_mib_s"]),
            number(&papa["median"]) / number(&ours["median"]),
        );
        warn_if_within_noise(&format!("csv_ingest {} rows", row["rows"]), ours, papa);
    }
    print_layout(&summary["layout"], &browser["layout_sliced"]);
    print_map(&summary["map"]);
    print_stack(&summary["stapeling"]);
    Ok(())
}

/// Runs of the map benchmark in the built app.
const MAP_RUNS: usize = 3;

/// The network map of a 5,000-node landscape in the app as it ships (`bench/kaart.mjs`): every
/// main-thread task from opening the map until its layout is done, in the app's own slices with
/// its own drawing in between.
fn app_map(root: &Path) -> anyhow::Result<Value> {
    crate::build_release(root, crate::theme::Theme::default())?;
    let synthetic = crate::synthetic_landscape(root)?;
    let server = serve::spawn(&root.join("dist"))?;
    output_json(
        Command::new("node")
            .arg(root.join("bench/kaart.mjs"))
            .arg(format!("http://127.0.0.1:{}/", server.port))
            .arg(&synthetic)
            .arg(MAP_RUNS.to_string()),
    )
}

fn print_map(map: &Value) {
    let figure = |key: &str| {
        let f = &map[key];
        format!(
            "{:.1} ({:.1}–{:.1})",
            number(&f["median"]),
            number(&f["min"]),
            number(&f["max"])
        )
    };
    println!(
        "\nmap in the built app, {} nodes, {} runs: every main-thread task from opening the map until its layout is done (the app's slices with its drawing); median (min–max) over the runs:\n  the task that opens the map (view built and first drawn): {} ms\n  after it, the longest task {} ms (target under 50 ms)\n  99th percentile {} ms, median task {} ms\n  tasks {}, of which over 50 ms {}; layout done after {} ms",
        map["nodes"],
        map["runs"],
        figure("opening_ms"),
        figure("longest_ms"),
        figure("p99_ms"),
        figure("median_ms"),
        figure("tasks"),
        figure("over_50_ms"),
        figure("wall_ms"),
    );
}

/// Proposals in the default stapeling case (the target: under 100 ms in wasm).
const STACK_PROPOSALS: usize = 20;

/// `{proposals, organisations, ms_native, ms_wasm}` per case, with the spreads and the search.
fn stack_entries(native: &Value, wasm: &Value) -> Value {
    let cases = native.as_array().cloned().unwrap_or_default();
    Value::Array(
        cases
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let w = &wasm[i];
                json!({
                    "proposals": n["proposals"],
                    "organisations": n["organisations"],
                    "ms_native": n["ms"],
                    "ms_wasm": w["ms"],
                    "native_spread": n["spread"],
                    "wasm_spread": w["spread"],
                    "wasm_over_native": w["ms"].as_f64().zip(n["ms"].as_f64()).map(|(w, n)| w / n),
                    "nodes": n["nodes"],
                    "proven": n["proven"],
                })
            })
            .collect(),
    )
}

fn print_stack(cases: &Value) {
    println!("\nstapeling (stack: rank every proposal, then one by one and together), medians:");
    println!(
        "{:>9} {:>13} {:>11} {:>11} {:>8} {:>7} {:>6}",
        "proposals", "organisations", "native ms", "wasm ms", "ratio", "nodes", "proven"
    );
    for case in cases.as_array().into_iter().flatten() {
        println!(
            "{:>9} {:>13} {:>11.1} {:>11.1} {:>8.2} {:>7} {:>6}",
            case["proposals"].to_string(),
            case["organisations"].to_string(),
            case["ms_native"].as_f64().unwrap_or(f64::NAN),
            case["ms_wasm"].as_f64().unwrap_or(f64::NAN),
            case["wasm_over_native"].as_f64().unwrap_or(f64::NAN),
            case["nodes"].to_string(),
            case["proven"].to_string(),
        );
    }
    println!("  target: the default landscape case under 100 ms in wasm");
}
