//! `bzu register`: holds our organisations against an export of the Register van
//! Overheidsorganisaties (`exportOO.xml`), and with `--schrijf` writes the register's facts into
//! `organisaties.csv`. The export is read as a stream; the rules live in `graph-core`.

use std::fs::File;
use std::io::{BufReader, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};
use graph_core::{
    FileKind, Landscape, RegisterComparison, RegisterError, RegisterExport, apply_register,
    compare_register, line_column, read_export,
};

use crate::check::load_dir;

/// Reads the export, or explains in Dutch (with line and column for broken XML) why not.
fn read(path: &Path) -> anyhow::Result<Result<RegisterExport, String>> {
    let file = File::open(path).with_context(|| format!("kan {} niet openen", path.display()))?;
    Ok(match read_export(BufReader::with_capacity(1 << 16, file)) {
        Ok(export) => Ok(export),
        Err(RegisterError::Xml { offset, message }) => {
            let file =
                File::open(path).with_context(|| format!("kan {} niet openen", path.display()))?;
            let (line, column) = line_column(BufReader::new(file), offset);
            Err(format!(
                "{}:{line}:{column}: fout: geen geldige XML: {message}",
                path.display()
            ))
        }
        Err(RegisterError::NotAnExport(message)) => {
            Err(format!("{}:1:1: fout: {message}", path.display()))
        }
    })
}

pub(crate) fn run(
    options: &crate::RegisterArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let export = match read(&options.export)? {
        Ok(export) => export,
        Err(message) => {
            writeln!(err, "{message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let sources = match &options.data {
        Some(dir) => load_dir(dir)?,
        None => graph_core::default_sources(),
    };
    let (data, problems) = graph_core::read_dataset(&sources);
    if let Some(problem) = problems.iter().find(|p| p.is_error()) {
        bail!("de gegevens bevatten fouten ({problem}); controleer ze met bzu check");
    }
    let comparison = compare_register(&data.organisations, &data.ministries, &export);
    if options.json {
        let json = serde_json::json!({
            "export": {"tijdstempel": export.timestamp, "versie": export.version},
            "organisaties": comparison.matches,
            "niet_gevonden": comparison.not_found,
            "ontbrekend": comparison.missing,
            "onderdelen": comparison.namesakes,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
    } else {
        print_comparison(out, &export, &comparison)?;
    }
    writeln!(
        err,
        "register {} (versie {}): {} vermeldingen; {} van onze organisaties gevonden, {} met verschillen, {} niet gevonden; {} ontbrekende uitvoerders",
        export.timestamp,
        export.version,
        export.entries.len(),
        comparison.matches.len(),
        comparison
            .matches
            .iter()
            .filter(|m| !m.differences.is_empty() || m.ended.is_some())
            .count(),
        comparison.not_found.len(),
        comparison.missing.len()
    )?;
    if let (true, Some(dir)) = (options.schrijf, &options.data) {
        return write(dir, &export, &comparison, out, err);
    }
    Ok(ExitCode::SUCCESS)
}

fn print_comparison(
    out: &mut dyn Write,
    export: &RegisterExport,
    comparison: &RegisterComparison,
) -> anyhow::Result<()> {
    writeln!(
        out,
        "Register van Overheidsorganisaties, export {} (schemaversie {})",
        export.timestamp, export.version
    )?;
    for found in &comparison.matches {
        let how = match found.found_by {
            graph_core::FoundBy::RegisterId => String::new(),
            graph_core::FoundBy::Name => " (gevonden op naam; vul register_id in)".to_owned(),
            graph_core::FoundBy::Abbreviation => {
                " (gevonden op afkorting; vul register_id in)".to_owned()
            }
        };
        let quiet = found.differences.is_empty() && found.ended.is_none() && found.fte.is_none();
        if quiet && how.is_empty() {
            continue;
        }
        writeln!(out, "{} — systeemId {}{how}", found.id, found.register_id)?;
        for difference in &found.differences {
            writeln!(
                out,
                "  {}: ons {:?}, register {:?}",
                difference.field, difference.ours, difference.register
            )?;
        }
        if let Some(date) = &found.ended {
            writeln!(
                out,
                "  beëindigd op {date}: het register kent deze organisatie niet meer als bestaand"
            )?;
        }
        if let Some(fte) = &found.fte {
            writeln!(
                out,
                "  personeel volgens het register: {} fte (peildatum {})",
                fte.fte, fte.date
            )?;
        }
    }
    let stale: Vec<String> = comparison
        .not_found
        .iter()
        .filter(|missing| !missing.register_id.is_empty())
        .map(|missing| format!("{} ({})", missing.id, missing.register_id))
        .collect();
    if !stale.is_empty() {
        writeln!(
            out,
            "\nregister_id niet in deze export: {}",
            stale.join(", ")
        )?;
    }
    let unknown: Vec<&str> = comparison
        .not_found
        .iter()
        .filter(|missing| missing.register_id.is_empty())
        .map(|missing| missing.id.as_str())
        .collect();
    if !unknown.is_empty() {
        writeln!(
            out,
            "\nNiet gevonden op naam of afkorting ({}): {}",
            unknown.len(),
            unknown.join(", ")
        )?;
    }
    if !comparison.missing.is_empty() {
        writeln!(out, "\nIn het register, niet in onze gegevens:")?;
        for body in &comparison.missing {
            writeln!(
                out,
                "  {} ({}; {}) systeemId {}",
                body.name,
                body.kind,
                if body.ministry.is_empty() {
                    "geen ministerie"
                } else {
                    &body.ministry
                },
                body.register_id
            )?;
        }
    }
    if !comparison.namesakes.is_empty() {
        writeln!(
            out,
            "\nOnderdelen met de naam van een van onze organisaties (niet als die organisatie genomen):"
        )?;
        for namesake in &comparison.namesakes {
            writeln!(
                out,
                "  {} (systeemId {}), onderdeel van {}; lijkt op {}",
                namesake.name, namesake.register_id, namesake.part_of, namesake.id
            )?;
        }
    }
    Ok(())
}

/// Writes the register's facts into `dir/organisaties.csv` (through a temporary file), then
/// checks the folder as `bzu check` does. Nothing is written when nothing changes.
fn write(
    dir: &Path,
    export: &RegisterExport,
    comparison: &RegisterComparison,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let path = dir.join(FileKind::Organisations.file_name());
    let before = std::fs::read_to_string(&path)
        .with_context(|| format!("kan {} niet lezen", path.display()))?;
    let applied = apply_register(&before, comparison, export)
        .map_err(|message| anyhow::anyhow!("{}: {message}", path.display()))?;
    for (id, columns) in &applied.changed {
        writeln!(out, "bijgewerkt: {id}: {}", columns.join(", "))?;
    }
    if applied.text == before {
        writeln!(err, "{}: niets te wijzigen", path.display())?;
    } else {
        // Check the result before it replaces anything.
        let mut sources = load_dir(dir)?;
        sources.insert(
            FileKind::Organisations,
            graph_core::SourceFile {
                name: path.display().to_string(),
                bytes: applied.text.clone().into_bytes(),
            },
        );
        if let Err(problems) = Landscape::load(&sources) {
            for problem in problems.iter().filter(|p| p.is_error()) {
                writeln!(err, "{problem}")?;
            }
            writeln!(err, "niets geschreven: het resultaat bevat fouten")?;
            return Ok(ExitCode::FAILURE);
        }
        let temporary = path.with_extension("csv.nieuw");
        std::fs::write(&temporary, &applied.text)
            .with_context(|| format!("kan {} niet schrijven", temporary.display()))?;
        std::fs::rename(&temporary, &path)
            .with_context(|| format!("kan {} niet vervangen", path.display()))?;
        writeln!(
            err,
            "{}: {} organisatie(s) bijgewerkt",
            path.display(),
            applied.changed.len()
        )?;
    }
    crate::check::run(&[dir.display().to_string()], out, err)
}
