//! `bzu merge` and `bzu publiceer`: the data maintainer's path from the change files agency staff
//! send to the data set every user loads. Both check before they write, write every file to a
//! temporary name first and rename only when all are written, so a refusal leaves every file as
//! it was.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use graph_core::{
    ChangeFile, Choice, DataError, FileKind, Landscape, MANIFEST, Manifest, SourceFile, Sources,
    default_version, format_fte, format_percent, merge_changes,
};

/// The data files of `dir`, each recognised by name or header, with their paths. Every file must
/// be there: a published set is complete.
pub fn read_set(dir: &Path) -> anyhow::Result<(Sources, Vec<(FileKind, PathBuf)>)> {
    let mut sources = Sources::new();
    let mut paths: Vec<(FileKind, PathBuf)> = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("kan map {} niet lezen", dir.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("csv"))
        })
        .collect();
    entries.sort();
    for path in entries {
        let bytes =
            std::fs::read(&path).with_context(|| format!("kan {} niet lezen", path.display()))?;
        let name = path.display().to_string();
        if let Some(kind) = FileKind::recognise(&name, &bytes) {
            if let Some((_, other)) = paths.iter().find(|(k, _)| *k == kind) {
                bail!(
                    "twee bestanden voor {}: {} en {}",
                    kind.file_name(),
                    other.display(),
                    path.display()
                );
            }
            sources.insert(kind, SourceFile { name, bytes });
            paths.push((kind, path));
        }
    }
    let missing: Vec<&str> = FileKind::ALL
        .into_iter()
        .filter(|kind| !kind.optional() && sources.get(*kind).is_none())
        .map(FileKind::file_name)
        .collect();
    if !missing.is_empty() {
        bail!("in {} ontbreekt: {}", dir.display(), missing.join(", "));
    }
    Ok((sources, paths))
}

/// The manifest in `dir`, if there is one that reads.
fn manifest_in(dir: &Path) -> Option<Manifest> {
    let text = std::fs::read_to_string(dir.join(MANIFEST)).ok()?;
    Manifest::parse(&text).ok()
}

/// Writes every file under a temporary name, then renames them all; on any failure before the
/// renames, the temporary files are removed and nothing has changed.
fn write_all(files: &[(PathBuf, Vec<u8>)]) -> anyhow::Result<()> {
    let temporary = |path: &Path| {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".nieuw");
        path.with_file_name(name)
    };
    for (index, (path, bytes)) in files.iter().enumerate() {
        if let Err(error) = std::fs::write(temporary(path), bytes) {
            for (path, _) in &files[..=index] {
                let _ = std::fs::remove_file(temporary(path));
            }
            return Err(error).with_context(|| format!("kan {} niet schrijven", path.display()));
        }
    }
    for (path, _) in files {
        std::fs::rename(temporary(path), path)
            .with_context(|| format!("kan {} niet vervangen", path.display()))?;
    }
    Ok(())
}

fn print_errors(problems: &[DataError], err: &mut dyn Write) -> std::io::Result<()> {
    for problem in problems.iter().filter(|p| p.is_error()) {
        writeln!(err, "{problem}")?;
    }
    Ok(())
}

fn or_dash(value: Option<f64>, show: fn(f64) -> String) -> String {
    value.map_or_else(|| "—".to_owned(), show)
}

/// `bzu merge <wijziging>... --data DIR [--forceer]`.
pub fn merge(
    files: &[PathBuf],
    dir: &Path,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let (sources, paths) = read_set(dir)?;
    let mut changes = Vec::new();
    for path in files {
        let bytes =
            std::fs::read(path).with_context(|| format!("kan {} niet lezen", path.display()))?;
        match ChangeFile::parse(&path.display().to_string(), &bytes) {
            Ok(change) => changes.push(change),
            Err(problem) => {
                writeln!(err, "{problem}")?;
                writeln!(err, "niets geschreven")?;
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    let merge = match merge_changes(&sources, &changes) {
        Ok(merge) => merge,
        Err(problems) => {
            print_errors(&problems, err)?;
            writeln!(err, "niets geschreven: de wijzigingen geven fouten")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let version = manifest_in(dir).map(|manifest| manifest.versie);
    for change in &changes {
        let organisations: Vec<&str> = change.organisations().map(|id| id.as_str()).collect();
        writeln!(
            out,
            "{}: {}, {} (gebaseerd op gegevensversie {})",
            change.name,
            change.kind.file_name(),
            organisations.join(", "),
            change.base_version
        )?;
        if version.is_some_and(|version| version != change.base_version) {
            writeln!(
                out,
                "  let op: {} heeft gegevensversie {}",
                dir.display(),
                version.unwrap_or_default()
            )?;
        }
    }
    writeln!(out, "\nVoorbeeld van de wijziging:")?;
    writeln!(
        out,
        "organisatie\tperiode\tcapaciteit (fte)\tbelasting (fte)\tbenutting"
    )?;
    for change in &merge.changes.capacity {
        writeln!(
            out,
            "{}\t{}\t{} → {}\t{} → {}\t{} → {}",
            change.organisation,
            change.period,
            or_dash(change.before.map(|v| v.0), format_fte),
            or_dash(change.after.map(|v| v.0), format_fte),
            or_dash(change.before.map(|v| v.1), format_fte),
            or_dash(change.after.map(|v| v.1), format_fte),
            or_dash(change.utilisation_before(), format_percent),
            or_dash(change.utilisation_after(), format_percent),
        )?;
    }
    for change in &merge.changes.portfolio {
        writeln!(
            out,
            "portfolio: {} ({}): {}",
            change.name,
            change.organisation,
            change.kind.label()
        )?;
    }
    for name in &merge.altered {
        writeln!(
            err,
            "{name}: de rijen kloppen niet met het controlegetal: het bestand is na het klaarzetten gewijzigd"
        )?;
    }
    for conflict in &merge.conflicts {
        writeln!(
            err,
            "conflict in {}: de rijen van {} in {} zijn gewijzigd sinds de wijziging werd klaargezet",
            conflict.file,
            conflict.organisation,
            conflict.kind.file_name()
        )?;
        for row in &conflict.was {
            writeln!(err, "  toen: {row}")?;
        }
        for row in &conflict.now {
            writeln!(err, "  nu:   {row}")?;
        }
    }
    if !merge.may_write(force) {
        writeln!(
            err,
            "niets geschreven; los het conflict op of voeg toch samen met --forceer"
        )?;
        return Ok(ExitCode::FAILURE);
    }
    let writes: Vec<(PathBuf, Vec<u8>)> = merge
        .changed
        .iter()
        .filter_map(|kind| {
            let path = paths.iter().find(|(k, _)| k == kind)?.1.clone();
            Some((path, merge.sources.get(*kind)?.bytes.clone()))
        })
        .collect();
    write_all(&writes)?;
    for (path, _) in &writes {
        writeln!(err, "geschreven: {}", path.display())?;
    }
    if dir.join(MANIFEST).exists() {
        writeln!(
            err,
            "het manifest in {} past niet meer bij de bestanden; publiceer opnieuw met bzu publiceer",
            dir.display()
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `bzu publiceer DIR -o OUT [--versie N]`.
pub fn publish(
    dir: &Path,
    target: &Path,
    version: Option<u32>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let (sources, paths) = read_set(dir)?;
    let version = version.unwrap_or_else(|| {
        [manifest_in(target), manifest_in(dir)]
            .into_iter()
            .flatten()
            .map(|manifest| manifest.versie)
            .max()
            .unwrap_or(default_version())
            + 1
    });
    let manifest = match Manifest::of(&sources, version) {
        Ok(manifest) => manifest,
        Err(problems) => {
            print_errors(&problems, err)?;
            writeln!(err, "niets gepubliceerd: de gegevens bevatten fouten")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    std::fs::create_dir_all(target)
        .with_context(|| format!("kan map {} niet maken", target.display()))?;
    let mut writes: Vec<(PathBuf, Vec<u8>)> = paths
        .iter()
        .filter_map(|(kind, _)| {
            let bytes = sources.get(*kind)?.bytes.clone();
            Some((target.join(kind.file_name()), bytes))
        })
        .collect();
    // The manifest last: a reader that sees the new manifest finds the new files.
    writes.push((target.join(MANIFEST), manifest.to_json().into_bytes()));
    write_all(&writes)?;
    let (landscape, _) = Landscape::load(&sources).map_err(|_| anyhow::anyhow!("onverwacht"))?;
    writeln!(
        out,
        "gepubliceerd in {}: gegevensversie {}, peildatum {}, {} bestanden, {} organisaties",
        target.display(),
        manifest.versie,
        manifest.peildatum.as_deref().unwrap_or("onbekend"),
        manifest.bestanden.len(),
        landscape.data().organisations.len()
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The problems of the manifest in `dir`, checked the way the app checks a published set.
pub fn check_manifest(dir: &Path) -> Vec<DataError> {
    let text = match std::fs::read_to_string(dir.join(MANIFEST)) {
        Ok(text) => text,
        Err(_) => return Vec::new(),
    };
    let manifest = match Manifest::parse(&text) {
        Ok(manifest) => manifest,
        Err(problem) => return vec![problem],
    };
    let fetched = manifest
        .bestanden
        .iter()
        .map(|file| {
            let read = std::fs::read(dir.join(&file.naam)).map_err(|_| "ontbreekt".to_owned());
            (file.naam.clone(), read)
        })
        .collect();
    match manifest.assemble(&Sources::new(), fetched) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    }
}
