//! Installs what the build and the tests need, skipping what is already there at the right
//! version: the wasm32 target, Trunk and wasm-bindgen-cli from crates.io, npm packages from the
//! committed lockfile (wasm-opt, Playwright, axe-core), and Chromium with its driver from Debian.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};

use crate::run;

/// The Trunk version; 0.22 needs a newer Rust than this project's toolchain.
const TRUNK_VERSION: &str = "0.21.14";

/// What the caller is about to do.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Build the app.
    Build,
    /// Build the app and drive it in a browser.
    Browser,
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// The wasm-bindgen version Cargo.lock resolved, which the CLI must equal.
fn locked_wasm_bindgen(root: &Path) -> anyhow::Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(version) = lines
                .next()
                .and_then(|line| line.strip_prefix("version = \""))
                .and_then(|rest| rest.strip_suffix('"'))
        {
            return Ok(version.to_owned());
        }
    }
    bail!("wasm-bindgen not found in Cargo.lock")
}

pub fn install(root: &Path, needs: Needs) -> anyhow::Result<()> {
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets.lines().any(|line| line == "wasm32-unknown-unknown") {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }

    let trunk = output("trunk", &["--version"]).unwrap_or_default();
    if trunk != format!("trunk {TRUNK_VERSION}") {
        println!(
            "==> installing Trunk {TRUNK_VERSION} from source: once per machine, about 10 minutes on 2 cores"
        );
        run(Command::new("cargo").args([
            "install",
            "trunk",
            "--version",
            TRUNK_VERSION,
            "--locked",
        ]))?;
    }

    let wanted = locked_wasm_bindgen(root)?;
    let installed = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if installed != format!("wasm-bindgen {wanted}") {
        println!(
            "==> installing wasm-bindgen-cli {wanted} from source: once per machine, about 5 minutes on 2 cores"
        );
        // Its own lockfile has at times named a crate version the registry no longer serves;
        // then an unlocked install is the way that works.
        let locked = run(Command::new("cargo").args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &wanted,
            "--locked",
            "--force",
        ]));
        if locked.is_err() {
            run(Command::new("cargo").args([
                "install",
                "wasm-bindgen-cli",
                "--version",
                &wanted,
                "--force",
            ]))?;
        }
    }

    let stamp = root.join("node_modules").join(".package-lock.json");
    let lock = root.join("package-lock.json");
    let fresh = match (std::fs::metadata(&stamp), std::fs::metadata(&lock)) {
        (Ok(stamp), Ok(lock)) => stamp.modified()? >= lock.modified()?,
        _ => false,
    };
    if !fresh {
        println!("==> installing the npm packages of package-lock.json: about a minute");
        run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    }

    if needs == Needs::Browser {
        let browser = output("chromium", &["--version"]);
        let driver = output("chromedriver", &["--version"]);
        if browser.is_none() || driver.is_none() {
            println!("==> installing Chromium and chromedriver from Debian: a few minutes");
            run(Command::new("apt-get").arg("update"))?;
            run(Command::new("apt-get")
                .args([
                    "install",
                    "-y",
                    "--no-install-recommends",
                    "chromium",
                    "chromium-driver",
                ])
                .env("DEBIAN_FRONTEND", "noninteractive"))?;
        }
    }
    Ok(())
}
