//! `cargo xtask bench-register`: writes a synthetic register export (40 MB by default) and reads
//! it with the release `bzu register`, interleaved with a streaming reader in Python's standard
//! library as the peer. Prints medians with their range, MiB/s and peak memory, and writes
//! `target/bench/register.json`.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, bail};
use serde_json::json;

use crate::run;

/// The peer: Python's `xml.etree.ElementTree.iterparse`, counting entries and keeping names.
const PEER: &str = "\
import sys, xml.etree.ElementTree as ET
n = 0
names = []
for event, element in ET.iterparse(sys.argv[1], events=('end',)):
    tag = element.tag.rsplit('}', 1)[-1]
    if tag == 'naam':
        names.append(element.text)
    elif tag == 'organisatie':
        n += 1
        element.clear()
print(n)
";

/// Seconds and peak resident memory (KiB) of one run, measured by GNU time.
fn measure(command: &mut Command) -> anyhow::Result<(f64, u64)> {
    let mut timed = Command::new("/usr/bin/time");
    timed
        .arg("-f")
        .arg("%M")
        .arg(command.get_program())
        .args(command.get_args());
    let start = Instant::now();
    let output = timed
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .context("cannot start /usr/bin/time (Debian package time)")?;
    let seconds = start.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let kib = stderr
        .lines()
        .filter_map(|line| line.trim().parse::<u64>().ok())
        .next_back()
        .unwrap_or(0);
    // bzu exits 0 on a readable export; anything else is a failed benchmark.
    if !output.status.success() {
        bail!("{command:?} failed: {stderr}");
    }
    Ok((seconds, kib))
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

pub fn bench_register(root: &Path, megabytes: usize) -> anyhow::Result<()> {
    let folder = root.join("target").join("bench");
    std::fs::create_dir_all(&folder)?;
    let file = folder.join(format!("register-{megabytes}mb.xml"));
    let mut out = std::io::BufWriter::new(std::fs::File::create(&file)?);
    for piece in graph_core::synthetic_register_export(megabytes << 20, 11) {
        out.write_all(piece.as_bytes())?;
    }
    out.flush()?;
    drop(out);
    let bytes = std::fs::metadata(&file)?.len();
    let mib = bytes as f64 / f64::from(1u32 << 20);
    println!("==> synthetic export {} ({mib:.1} MiB)", file.display());
    run(Command::new("cargo").args([
        "build",
        "--quiet",
        "--locked",
        "--release",
        "--package",
        "cli",
    ]))?;
    let bzu = root.join("target").join("release").join("bzu");
    let peer = Command::new("python3").arg("--version").output().is_ok();
    let runs = 5;
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    let (mut our_memory, mut their_memory) = (0u64, 0u64);
    for _ in 0..runs {
        let (seconds, kib) = measure(Command::new(&bzu).arg("register").arg(&file).arg("--json"))?;
        ours.push(seconds);
        our_memory = our_memory.max(kib);
        if peer {
            let (seconds, kib) = measure(Command::new("python3").arg("-c").arg(PEER).arg(&file))?;
            theirs.push(seconds);
            their_memory = their_memory.max(kib);
        }
    }
    let range = |v: &[f64]| {
        let (lo, hi) = v
            .iter()
            .fold((f64::MAX, 0.0f64), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        (lo, hi)
    };
    let (our_lo, our_hi) = range(&ours);
    let our_median = median(&mut ours);
    println!(
        "bzu register:        mediaan {our_median:.2} s (min–max {our_lo:.2}–{our_hi:.2}) over {runs} runs, {:.0} MiB/s, piekgeheugen {:.1} MiB",
        mib / our_median,
        our_memory as f64 / 1024.0
    );
    let mut summary = json!({
        "bytes": bytes,
        "runs": runs,
        "bzu": {"median_s": our_median, "min_s": our_lo, "max_s": our_hi,
                 "mib_per_s": mib / our_median, "peak_rss_mib": our_memory as f64 / 1024.0},
    });
    if peer {
        let (their_lo, their_hi) = range(&theirs);
        let their_median = median(&mut theirs);
        println!(
            "python iterparse:    mediaan {their_median:.2} s (min–max {their_lo:.2}–{their_hi:.2}), {:.0} MiB/s, piekgeheugen {:.1} MiB",
            mib / their_median,
            their_memory as f64 / 1024.0
        );
        println!(
            "verhouding: bzu is {:.1}× zo snel als de peer",
            their_median / our_median
        );
        if (our_hi - our_lo).max(their_hi - their_lo) > (their_median - our_median).abs() {
            println!(
                "waarschuwing: de spreiding is groter dan het verschil; de verhouding is niet te vertrouwen"
            );
        }
        summary["python_iterparse"] = json!({"median_s": their_median, "min_s": their_lo,
            "max_s": their_hi, "mib_per_s": mib / their_median,
            "peak_rss_mib": their_memory as f64 / 1024.0});
    } else {
        println!("python3 ontbreekt: geen peer gemeten");
    }
    std::fs::write(
        folder.join("register.json"),
        serde_json::to_string_pretty(&summary)?,
    )?;
    std::fs::remove_file(&file)?;
    Ok(())
}
