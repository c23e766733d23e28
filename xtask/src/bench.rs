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

pub fn bench(root: &Path) -> anyhow::Result<()> {
    setup::install(root, setup::Needs::Browser)?;
    let (organisations, relations, runs) = (5_000, 50_000, 15);

    let native = output_json(Command::new("cargo").args([
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
        "rank",
        &organisations.to_string(),
        &relations.to_string(),
        &runs.to_string(),
    ]))?;

    run(Command::new("cargo").args([
        "build",
        "--locked",
        "--release",
        "--package",
        "bench",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
    ]))?;
    let www = root.join("target").join("bench").join("www");
    std::fs::create_dir_all(&www)?;
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--out-dir"])
        .arg(&www)
        .arg(root.join("target/wasm32-unknown-unknown/release/bench.wasm")))?;
    for file in ["index.html", "run.js"] {
        std::fs::copy(root.join("bench/www").join(file), www.join(file))?;
    }
    std::fs::copy(
        root.join("node_modules/papaparse/papaparse.min.js"),
        www.join("papaparse.min.js"),
    )?;
    let server = serve::spawn(&www)?;
    let browser = output_json(
        Command::new("node")
            .arg(root.join("bench/www/drive.mjs"))
            .arg(format!(
                "http://127.0.0.1:{}/?rank={organisations},{relations},{runs}&ingest=1000,10000,100000",
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
        "wasm_over_native": wasm["rank_ms"].as_f64().zip(native["rank_ms"].as_f64()).map(|(w, n)| w / n),
        "frame_budget_ms": 16.0,
        "native_load_ms": native["load_ms"],
        "wasm_load_ms": wasm["load_ms"],
    });
    summary["csv_ingest"] = browser["csv_ingest"].clone();
    std::fs::write(&summary_path, serde_json::to_string_pretty(&summary)?)?;
    println!(
        "\nrank, {} organisations / {} relations (median of {runs}):\n  native {:.2} ms   wasm {:.2} ms   (frame budget 16 ms)\n  load+validate+build: native {:.1} ms   wasm {:.1} ms\nwritten to {}",
        native["organisations"],
        native["relations"],
        native["rank_ms"].as_f64().unwrap_or(f64::NAN),
        wasm["rank_ms"].as_f64().unwrap_or(f64::NAN),
        native["load_ms"].as_f64().unwrap_or(f64::NAN),
        wasm["load_ms"].as_f64().unwrap_or(f64::NAN),
        summary_path.display()
    );
    println!(
        "\ncsv_ingest, capaciteit.csv in wasm (decode + parse + validate + build) vs PapaParse (typed):"
    );
    println!(
        "{:>8} {:>10} {:>10} {:>12} {:>8}",
        "rows", "bytes", "ours MiB/s", "Papa MiB/s", "ratio"
    );
    for row in browser["csv_ingest"].as_array().into_iter().flatten() {
        let (ours, papa) = (
            row["ours_mib_s"].as_f64().unwrap_or(f64::NAN),
            row["papaparse_mib_s"].as_f64().unwrap_or(f64::NAN),
        );
        println!(
            "{:>8} {:>10} {:>10.1} {:>12.1} {:>8.2}",
            row["rows"],
            row["bytes"],
            ours,
            papa,
            ours / papa
        );
    }
    Ok(())
}
