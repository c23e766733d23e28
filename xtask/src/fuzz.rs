//! `cargo xtask fuzz --seconds N`: runs the cargo-fuzz targets in `fuzz/` for N seconds each, on
//! the stable toolchain (`--sanitizer none`; Rust code needs no sanitizer to catch a panic), from
//! a seed corpus made of the data files and the test fixtures, and reports executions and
//! findings in `target/fuzz/summary.json`. A crash is kept in `fuzz/artifacts/` by libFuzzer and
//! fails the command; it then becomes a regression test.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use serde_json::json;

use crate::run;

/// The cargo-fuzz version installed when missing.
const CARGO_FUZZ_VERSION: &str = "0.13.2";

/// The targets, with the seeds of each.
const TARGETS: [&str; 3] = ["csv_file", "csv_loader", "url_state"];

/// Links that reach every view, as seeds for the link decoder.
const LINK_SEEDS: [&str; 10] = [
    "?",
    "?p=organisaties&ministerie=szw&taak=UIT&sorteer=benutting&volgorde=af",
    "?p=organisatie&id=uwv",
    "?p=belasting&volgorde=druk",
    "?p=gegevens",
    "?p=stap&n=3&v=1&ta=UIT&dg=B&re=brp.bri",
    "?p=rapport&v=1&ti=Energietoeslag&mi=szw&ta=UIT&dg=B&re=brp.bri&fte=40&pe=2028&w=40.20.25.15&dr=50",
    "?p=landschap&ministerie=szw&kies=org:uwv&diepte=1&van=uwv&naar=kadaster&zoom=2&x=1.5&y=-3",
    "?p=landschap&weergave=tabel&benutting=vol&periode=2027-Q2&indeling=ego",
    "?p=stap&n=8&v=1&ti=T%C3%ABst&om=a+b&vs=o.p&ke=svb.cak&bg=x&ui=uwv&vz=svb&no=%0A",
];

fn installed_version() -> Option<String> {
    let output = Command::new("cargo")
        .args(["fuzz", "--version"])
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// The seed corpus of a target, written fresh into `dir`.
fn seed(root: &Path, target: &str, dir: &Path) -> anyhow::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let mut count = 0;
    let mut write = |name: String, bytes: Vec<u8>| -> anyhow::Result<()> {
        std::fs::write(dir.join(name), bytes)?;
        count += 1;
        Ok(())
    };
    if target == "url_state" {
        for (index, link) in LINK_SEEDS.iter().enumerate() {
            write(format!("link-{index}"), link.as_bytes().to_vec())?;
        }
        return Ok(count);
    }
    // The first byte picks the file kind, in the order of `FileKind::ALL`.
    let kinds = graph_core::FileKind::ALL;
    let kind_of = |name: &str| kinds.iter().position(|kind| kind.file_name() == name);
    let mut files: Vec<(usize, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(root.join("data"))? {
        let path = entry?.path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(kind) = kind_of(&name) {
            files.push((kind, path));
        }
    }
    let fixtures = root.join("tests").join("fixtures");
    for folder in ["goed", "fout"] {
        for entry in std::fs::read_dir(fixtures.join(folder))? {
            files.push((kind_of("capaciteit.csv").unwrap_or(0), entry?.path()));
        }
    }
    for entry in std::fs::read_dir(fixtures.join("vijandig"))? {
        let folder = entry?.path();
        let name = format!(
            "{}.csv",
            folder.file_name().unwrap_or_default().to_string_lossy()
        );
        let kind = kind_of(&name).unwrap_or(0);
        for file in std::fs::read_dir(&folder)? {
            files.push((kind, file?.path()));
        }
    }
    for (index, (kind, path)) in files.into_iter().enumerate() {
        let mut bytes = vec![kind as u8];
        bytes.extend(std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?);
        write(format!("seed-{index}"), bytes)?;
    }
    Ok(count)
}

/// The figure libFuzzer prints as `stat::<name>: <value>` at the end of a run.
fn stat(output: &str, name: &str) -> Option<u64> {
    output
        .lines()
        .find_map(|line| line.strip_prefix(&format!("stat::{name}:")))
        .and_then(|value| value.trim().parse().ok())
}

pub fn fuzz(root: &Path, seconds: u64) -> anyhow::Result<()> {
    if !installed_version().is_some_and(|version| version.contains(CARGO_FUZZ_VERSION)) {
        run(Command::new("cargo").args([
            "install",
            "cargo-fuzz",
            "--version",
            CARGO_FUZZ_VERSION,
            "--locked",
        ]))?;
    }
    let work = root.join("target").join("fuzz");
    let mut results = Vec::new();
    let mut failed = Vec::new();
    for target in TARGETS {
        let corpus = work.join("corpus").join(target);
        let seeds = seed(root, target, &corpus)?;
        println!("==> fuzz {target}: {seeds} seeds, {seconds} s");
        let output = Command::new("cargo")
            .args(["fuzz", "run", "--sanitizer", "none", target])
            .arg(&corpus)
            .args([
                "--",
                &format!("-max_total_time={seconds}"),
                "-print_final_stats=1",
                "-max_len=65536",
                "-timeout=10",
            ])
            .env("CARGO_TARGET_DIR", work.join("build"))
            .output()
            .context("cannot start cargo fuzz")?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        let executions = stat(&stderr, "number_of_executed_units");
        let corpus_size = std::fs::read_dir(&corpus)
            .map(|dir| dir.count())
            .unwrap_or(0);
        println!(
            "    {target}: {} executions in {seconds} s, corpus {corpus_size} inputs, {}",
            executions.map_or_else(|| "?".to_owned(), |n| n.to_string()),
            if output.status.success() {
                "no crash"
            } else {
                "CRASH"
            }
        );
        if !output.status.success() {
            eprintln!(
                "{}",
                stderr
                    .lines()
                    .rev()
                    .take(40)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect::<Vec<_>>()
                    .join("\n")
            );
            failed.push(target);
        }
        results.push(json!({
            "target": target,
            "seconds": seconds,
            "seeds": seeds,
            "executions": executions,
            "corpus": corpus_size,
            "crashed": !output.status.success(),
        }));
    }
    std::fs::write(
        work.join("summary.json"),
        serde_json::to_string_pretty(&results)?,
    )?;
    println!("written to {}", work.join("summary.json").display());
    if !failed.is_empty() {
        bail!("crashes in {failed:?}: see fuzz/artifacts/");
    }
    Ok(())
}
