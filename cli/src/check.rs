//! `bzu check`: reads the given files and folders, fills in the rest from the default data, and
//! prints every problem as `file:line:column: message`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use graph_core::{FileKind, Landscape, SourceFile, Sources, default_sources};

/// Collects the CSV files named on the command line, expanding folders.
fn collect(paths: &[String]) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        let path = Path::new(path);
        if path.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| format!("kan map {} niet lezen", path.display()))?
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|entry| {
                    entry
                        .extension()
                        .is_some_and(|ext| ext.eq_ignore_ascii_case("csv"))
                })
                .collect();
            entries.sort();
            files.extend(entries);
        } else if path.exists() {
            files.push(path.to_path_buf());
        } else {
            bail!("{} bestaat niet", path.display());
        }
    }
    Ok(files)
}

/// The default data with every CSV file of `dir` in place of its default.
pub fn load_dir(dir: &Path) -> anyhow::Result<Sources> {
    let mut sources = default_sources();
    for path in collect(&[dir.display().to_string()])? {
        let bytes =
            std::fs::read(&path).with_context(|| format!("kan {} niet lezen", path.display()))?;
        let name = path.display().to_string();
        if let Some(kind) = FileKind::recognise(&name, &bytes) {
            sources.insert(kind, SourceFile { name, bytes });
        }
    }
    Ok(sources)
}

/// The landscape of the default data, or of `dir` on top of it; data errors are printed to `err`.
pub fn load_landscape(dir: Option<&str>, err: &mut dyn Write) -> anyhow::Result<Landscape> {
    let sources = match dir {
        Some(dir) => load_dir(Path::new(dir))?,
        None => default_sources(),
    };
    match Landscape::load(&sources) {
        Ok((landscape, _)) => Ok(landscape),
        Err(problems) => {
            for problem in problems.iter().filter(|p| p.is_error()) {
                writeln!(err, "{problem}")?;
            }
            bail!("de gegevens bevatten fouten; controleer ze met bzu check");
        }
    }
}

pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<ExitCode> {
    if args.is_empty() {
        bail!("noem een map of een of meer CSV-bestanden, zoals: bzu check data/");
    }
    let mut sources = default_sources();
    let mut unrecognised = 0;
    for path in collect(args)? {
        let bytes =
            std::fs::read(&path).with_context(|| format!("kan {} niet lezen", path.display()))?;
        let name = path.display().to_string();
        match FileKind::recognise(&name, &bytes) {
            Some(kind) => sources.insert(kind, SourceFile { name, bytes }),
            None => {
                unrecognised += 1;
                writeln!(
                    out,
                    "{name}:1:1: onbekend bestand: de naam en de kopregel passen bij geen van de gegevensbestanden"
                )?;
            }
        }
    }
    let mut problems = match Landscape::load(&sources) {
        Ok((_, warnings)) => warnings,
        Err(problems) => problems,
    };
    // A published folder: its manifest is checked the way the app checks it.
    for dir in args.iter().map(Path::new).filter(|path| path.is_dir()) {
        for mut problem in crate::publish::check_manifest(dir) {
            problem.file = dir.join(&problem.file).display().to_string();
            problems.push(problem);
        }
    }
    for problem in &problems {
        writeln!(out, "{problem}")?;
    }
    let errors = problems.iter().filter(|p| p.is_error()).count() + unrecognised;
    let warnings = problems.len() + unrecognised - errors;
    writeln!(err, "{errors} fout(en), {warnings} waarschuwing(en)")?;
    Ok(if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
