//! Project automation. `cargo xtask serve` builds and serves the app; `cargo xtask test` runs
//! every check CI runs. Both install what is missing first, so a fresh machine needs nothing else.
#![allow(clippy::print_stdout, reason = "a build tool reports what it does")]

mod bench;
mod csp;
mod fuzz;
mod glue;
mod register_bench;
mod serve;
mod setup;
mod size;
mod split;
mod steps;
mod theme;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

const USAGE: &str = "\
cargo xtask <opdracht>

  setup    install what is missing (wasm32 target, Trunk, wasm-bindgen-cli, npm packages)
  serve    setup, release build, serve dist/ on http://127.0.0.1:8080 (--port N)
  dist     setup, release build into dist/, print the download size
           (serve and dist: --thema rijkshuisstijl for central government, default neutraal)
  bench    benchmarks natively and as wasm in headless Chromium → target/bench/summary.json
  bench-register
           a synthetic 40 MB register export (--mb N) through the release bzu register,
           interleaved with Python's iterparse as peer → target/bench/register.json
  fuzz     the cargo-fuzz targets (one CSV file, a whole upload, links), --seconds N each (default 60)
           → target/fuzz/summary.json
  test     setup incl. Chromium; fmt, clippy (host and wasm32), tests, release build, size
           budget, end-to-end tests in headless Chromium";

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = project_root();
    std::env::set_current_dir(&root)?;
    match args.first().map(String::as_str) {
        Some("setup") => setup::install(&root, setup::Needs::Browser),
        Some("serve") => {
            let port = match args.iter().position(|arg| arg == "--port") {
                Some(index) => args
                    .get(index + 1)
                    .context("--port needs a number")?
                    .parse()
                    .context("--port needs a number")?,
                None => 8080,
            };
            setup::install(&root, setup::Needs::Build)?;
            build_release(&root, theme::from_args(&args)?)?;
            size::report(&root.join("dist"))?;
            serve::serve_forever(&root.join("dist"), port)
        }
        Some("dist") => {
            setup::install(&root, setup::Needs::Build)?;
            build_release(&root, theme::from_args(&args)?)?;
            size::check_budget(&root.join("dist"))
        }
        Some("test") => test(&root),
        Some("bench") => bench::bench(&root),
        Some("bench-register") => {
            let megabytes = match args.iter().position(|a| a == "--mb") {
                Some(index) => args
                    .get(index + 1)
                    .and_then(|v| v.parse().ok())
                    .context("--mb needs a whole number")?,
                None => 40,
            };
            register_bench::bench_register(&root, megabytes)
        }
        Some("fuzz") => {
            let seconds = match args.iter().position(|arg| arg == "--seconds") {
                Some(index) => args
                    .get(index + 1)
                    .context("--seconds needs a number")?
                    .parse()
                    .context("--seconds needs a number")?,
                None => 60,
            };
            fuzz::fuzz(&root, seconds)
        }
        _ => {
            println!("{USAGE}");
            Ok(())
        }
    }
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Runs a command in the project root, failing with its name if it fails.
pub fn run(command: &mut Command) -> anyhow::Result<()> {
    let shown = format!("{command:?}");
    println!("==> {shown}");
    let status = command
        .status()
        .with_context(|| format!("cannot start {shown}"))?;
    if !status.success() {
        bail!("{shown} failed ({status})");
    }
    Ok(())
}

/// The PATH with the project's npm tools (wasm-opt) in front.
pub fn tool_path(root: &Path) -> std::ffi::OsString {
    let mut paths = vec![root.join("node_modules").join(".bin")];
    if let Some(existing) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&existing));
    }
    std::env::join_paths(paths).unwrap_or_default()
}

/// The environment variable that adds rustc flags to wasm builds, beside those of
/// `.cargo/config.toml` (Cargo merges the two lists).
pub const WASM_RUSTFLAGS: &str = "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS";

/// Flags for release wasm builds: a dependency's source paths, which panic locations carry into
/// the download, start at the crate (`tachys-0.2.19/src/…`), not at this machine's Cargo home;
/// and the linker keeps the relocations, which the split step reads.
/// Every release wasm build takes the same flags, so none rebuilds another's dependencies.
pub fn wasm_rustflags() -> String {
    // The splitter (`split.rs`) learns from them which code refers to which.
    const RELOCATIONS: &str = "-Clink-arg=--emit-relocs";
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")));
    let Some(sources) = home.map(|home| home.join("registry").join("src")) else {
        return RELOCATIONS.to_owned();
    };
    let mut registries: Vec<String> = std::fs::read_dir(&sources)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok()?.path().to_str().map(str::to_owned))
        // The variable is split on whitespace.
        .filter(|path| !path.contains(char::is_whitespace))
        .collect();
    registries.sort();
    registries
        .iter()
        .map(|path| format!("--remap-path-prefix={path}/="))
        .chain([RELOCATIONS.to_owned()])
        .collect::<Vec<_>>()
        .join(" ")
}

/// A landscape of about 5,000 nodes in the real file formats, for the explorer's load test and
/// the map benchmark; returns its folder.
fn synthetic_landscape(root: &Path) -> anyhow::Result<PathBuf> {
    let folder = root.join("target").join("e2e").join("synthetisch");
    run(Command::new("cargo")
        .args([
            "run",
            "--quiet",
            "--locked",
            "--package",
            "cli",
            "--",
            "synthetisch",
            "4780",
            "15000",
            "-o",
        ])
        .arg(&folder))?;
    Ok(folder)
}

fn build_release(root: &Path, theme: theme::Theme) -> anyhow::Result<()> {
    theme::write_tokens(root, theme)?;
    run(Command::new("cargo").args(["fetch", "--locked"]))?;
    run(Command::new("trunk")
        .args(["build", "--release"])
        .env(WASM_RUSTFLAGS, wasm_rustflags())
        .env("PATH", tool_path(root))
        .env("TRUNK_SKIP_VERSION_CHECK", "true")
        .env_remove("NO_COLOR"))?;
    csp::externalise_loader(&root.join("dist"))?;
    split::split(root, &root.join("dist"))?;
    glue::minify(root, &root.join("dist"))?;
    write_data(&root.join("dist"))
}

/// The published data set beside the app: the shipped files in `dist/data/` with their manifest,
/// so a host can replace them without a rebuild.
fn write_data(dist: &Path) -> anyhow::Result<()> {
    let folder = dist.join("data");
    std::fs::create_dir_all(&folder).with_context(|| format!("creating {}", folder.display()))?;
    let sources = graph_core::default_sources();
    let manifest = graph_core::Manifest::of(&sources, graph_core::default_version())
        .map_err(|problems| anyhow::anyhow!("the shipped data has errors: {}", problems[0]))?;
    for (kind, file) in sources.iter() {
        std::fs::write(folder.join(kind.file_name()), &file.bytes)?;
    }
    std::fs::write(folder.join(graph_core::MANIFEST), manifest.to_json())?;
    println!(
        "==> dist/data: data version {}, {} files",
        manifest.versie,
        manifest.bestanden.len()
    );
    Ok(())
}

fn test(root: &Path) -> anyhow::Result<()> {
    use steps::Step;
    let step = |name, usually| Step { name, usually };
    let mut steps = steps::Steps::new(
        "cargo xtask test",
        vec![
            step(
                "install what is missing",
                "seconds when all is there; on a fresh machine about 30 min: Trunk and wasm-bindgen-cli from source, npm packages, Chromium",
            ),
            step("cargo fmt --check", "seconds"),
            step("clippy, host", "about 4 min cold, under 1 min warm"),
            step("clippy, wasm32", "about 4 min cold, under 1 min warm"),
            step(
                "compile fuzz targets and the wasm benchmarks",
                "about 2 min cold",
            ),
            step("cargo test", "about 9 min cold, 3 min warm"),
            step(
                "release build and size budget",
                "about 4 min cold, 2 min warm",
            ),
            step("browser tests in headless Chromium", "about 8 to 10 min"),
        ],
    );
    steps.begin("install what is missing");
    setup::install(root, setup::Needs::Browser)?;
    steps.begin("cargo fmt --check");
    run(Command::new("cargo").args(["fmt", "--all", "--", "--check"]))?;
    steps.begin("clippy, host");
    run(Command::new("cargo").args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;
    steps.begin("clippy, wasm32");
    run(Command::new("cargo").args([
        "clippy",
        "--package",
        "graph-core",
        "--package",
        "app",
        "--target",
        "wasm32-unknown-unknown",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;
    steps.begin("compile fuzz targets and the wasm benchmarks");
    // The fuzz targets are their own workspace and the benchmarks' browser side only builds for
    // wasm32: neither is in the runs above, so both are compiled here.
    run(Command::new("cargo")
        .args(["check", "--locked", "--bins", "--manifest-path"])
        .arg(root.join("fuzz").join("Cargo.toml"))
        .env(
            "CARGO_TARGET_DIR",
            root.join("target").join("fuzz").join("check"),
        ))?;
    run(Command::new("cargo").args([
        "check",
        "--locked",
        "--package",
        "bench",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
    ]))?;
    steps.begin("cargo test");
    run(Command::new("cargo").args(["test", "--workspace", "--locked"]))?;
    steps.begin("release build and size budget");
    build_release(root, theme::Theme::default())?;
    size::check_budget(&root.join("dist"))?;
    steps.begin("browser tests in headless Chromium");
    let synthetic = synthetic_landscape(root)?;
    let server = serve::spawn(&root.join("dist"))?;
    // The same build copied into a sub-folder of a plain static site, as a host would place it.
    let site = root.join("target").join("e2e").join("site");
    let sub_path = "beleidskompas/uitvoerder";
    copy_folder(&root.join("dist"), &site.join(sub_path))?;
    let site_server = serve::spawn(&site)?;
    // The test files by name: `node --test` on a folder relies on a search that differs between
    // Node versions.
    let mut e2e: Vec<String> = std::fs::read_dir(root.join("tests").join("e2e"))?
        .filter_map(|entry| Some(entry.ok()?.file_name().to_str()?.to_owned()))
        .filter(|name| name.ends_with(".test.mjs"))
        .map(|name| format!("tests/e2e/{name}"))
        .collect();
    e2e.sort();
    anyhow::ensure!(!e2e.is_empty(), "no browser tests in tests/e2e");
    run(Command::new("node")
        .args(["--test", "--test-concurrency=1"])
        .args(&e2e)
        .env("BZU_BASE_URL", format!("http://127.0.0.1:{}/", server.port))
        .env(
            "BZU_SUBPATH_URL",
            format!("http://127.0.0.1:{}/{sub_path}/", site_server.port),
        )
        .env("BZU_SYNTHETIC_DIR", &synthetic))?;
    steps.finish();
    println!("==> all checks passed");
    Ok(())
}

/// Replaces `to` with a copy of the files in `from` (with its sub-folders).
fn copy_folder(from: &Path, to: &Path) -> anyhow::Result<()> {
    if to.exists() {
        std::fs::remove_dir_all(to).with_context(|| format!("removing {}", to.display()))?;
    }
    std::fs::create_dir_all(to).with_context(|| format!("creating {}", to.display()))?;
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            copy_folder(&entry.path(), &to.join(entry.file_name()))?;
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name()))
                .with_context(|| format!("copying {}", entry.path().display()))?;
        }
    }
    Ok(())
}
