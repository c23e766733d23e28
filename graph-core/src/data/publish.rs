//! A published data set: the CSV files beside the app with a `manifest.json` that gives the data
//! version, the peildatum and per file its row count and SHA-256. The app reads it at start; a set
//! that is incomplete, altered after publishing or wrong is never used, and the problem is named
//! by file and line.

use serde::{Deserialize, Serialize};

use crate::data::checksum::sha256;
use crate::data::load::{SourceFile, Sources};
use crate::data::model::FileKind;
use crate::data::problem::{DataError, Severity};
use crate::landscape::Landscape;

/// The manifest's file name, in the published folder.
pub const MANIFEST: &str = "manifest.json";

/// Files as fetched: the name, and the bytes or why they could not be had.
pub type Fetched = Vec<(String, Result<Vec<u8>, String>)>;

/// What a published data set holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The data version, counting up with each publication.
    pub versie: u32,
    /// The latest peildatum of the capacity figures (`2026-11-01`), if any.
    pub peildatum: Option<String>,
    /// Every data file of the set.
    pub bestanden: Vec<ManifestFile>,
}

/// One file of a published set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManifestFile {
    /// The file name (`capaciteit.csv`).
    pub naam: String,
    /// The number of data rows.
    pub rijen: usize,
    /// The SHA-256 of the file's bytes, in hexadecimal.
    pub sha256: String,
}

fn problem(file: &str, line: u64, column: usize, message: String) -> DataError {
    DataError {
        file: file.to_owned(),
        line,
        column,
        severity: Severity::Fout,
        message,
    }
}

impl Manifest {
    /// The manifest of a data set that loads without errors; its errors otherwise.
    pub fn of(sources: &Sources, versie: u32) -> Result<Manifest, Vec<DataError>> {
        let (landscape, _) = Landscape::load(sources)?;
        let bestanden = sources
            .iter()
            .map(|(kind, file)| ManifestFile {
                naam: kind.file_name().to_owned(),
                rijen: landscape.data().file(kind).map_or(0, |info| info.rows),
                sha256: sha256(&file.bytes),
            })
            .collect();
        Ok(Manifest {
            versie,
            peildatum: landscape.peildatum().map(|date| date.to_string()),
            bestanden,
        })
    }

    /// Reads a manifest; a problem names the line and column in `manifest.json`.
    pub fn parse(text: &str) -> Result<Manifest, DataError> {
        let manifest: Manifest = serde_json::from_str(text).map_err(|error| {
            problem(
                MANIFEST,
                error.line() as u64,
                error.column(),
                format!("het manifest is geen geldig manifest: {error}"),
            )
        })?;
        for kind in FileKind::ALL {
            let listed = manifest
                .bestanden
                .iter()
                .filter(|file| file.naam == kind.file_name())
                .count();
            if listed > 1 || (listed == 0 && !kind.optional()) {
                let what = if listed > 1 { "meer dan eens" } else { "niet" };
                return Err(problem(
                    MANIFEST,
                    0,
                    0,
                    format!("{} staat {what} in het manifest", kind.file_name()),
                ));
            }
        }
        if let Some(file) = manifest.bestanden.iter().find(|file| {
            !FileKind::ALL
                .iter()
                .any(|kind| kind.file_name() == file.naam)
        }) {
            return Err(problem(
                MANIFEST,
                0,
                0,
                format!("onbekend bestand in het manifest: {}", file.naam),
            ));
        }
        Ok(manifest)
    }

    /// The manifest as JSON, one key per line.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// The files of the set that differ from those at hand (by checksum), which must be fetched.
    pub fn files_to_fetch(&self, have: &Sources) -> Vec<String> {
        self.bestanden
            .iter()
            .filter(|file| {
                let same = FileKind::ALL
                    .into_iter()
                    .find(|kind| kind.file_name() == file.naam)
                    .and_then(|kind| have.get(kind))
                    .is_some_and(|source| sha256(&source.bytes) == file.sha256);
                !same
            })
            .map(|file| file.naam.clone())
            .collect()
    }

    /// The files of the published set: the fetched ones (or why one could not be fetched) and,
    /// for the rest, the files at hand; each must match its checksum. Checks bytes only, without
    /// reading the data: cheap enough for start-up, where the landscape is loaded once anyway.
    pub fn verified(&self, have: &Sources, fetched: Fetched) -> Result<Sources, Vec<DataError>> {
        let mut problems = Vec::new();
        let mut sources = Sources::new();
        for listed in &self.bestanden {
            let Some(kind) = FileKind::ALL
                .into_iter()
                .find(|kind| kind.file_name() == listed.naam)
            else {
                continue;
            };
            let bytes = match fetched.iter().find(|(name, _)| *name == listed.naam) {
                Some((_, Ok(bytes))) => bytes.clone(),
                Some((_, Err(reason))) => {
                    problems.push(problem(&listed.naam, 0, 0, reason.clone()));
                    continue;
                }
                None => match have.get(kind) {
                    Some(file) => file.bytes.clone(),
                    None => {
                        problems.push(problem(&listed.naam, 0, 0, "ontbreekt".to_owned()));
                        continue;
                    }
                },
            };
            let actual = sha256(&bytes);
            if actual != listed.sha256 {
                problems.push(problem(
                    &listed.naam,
                    0,
                    0,
                    format!(
                        "het controlegetal klopt niet: het manifest noemt {}…, het bestand heeft {}…; \
                         het bestand is na het publiceren gewijzigd of maar half overgekomen",
                        &listed.sha256.get(..12).unwrap_or(&listed.sha256),
                        &actual[..12]
                    ),
                ));
                continue;
            }
            sources.insert(
                kind,
                SourceFile {
                    name: listed.naam.clone(),
                    bytes,
                },
            );
        }
        if problems.is_empty() {
            Ok(sources)
        } else {
            Err(problems)
        }
    }

    /// The published set checked whole: [`Manifest::verified`], then the data read (data errors
    /// with their line and column) and each file's row count compared with the manifest.
    pub fn assemble(
        &self,
        have: &Sources,
        fetched: Fetched,
    ) -> Result<(Landscape, Sources), Vec<DataError>> {
        let sources = self.verified(have, fetched)?;
        let mut problems = Vec::new();
        let (landscape, _) = Landscape::load(&sources).map_err(|found| {
            found
                .into_iter()
                .filter(DataError::is_error)
                .collect::<Vec<_>>()
        })?;
        for listed in &self.bestanden {
            let rows = FileKind::ALL
                .into_iter()
                .find(|kind| kind.file_name() == listed.naam)
                .and_then(|kind| landscape.data().file(kind))
                .map_or(0, |info| info.rows);
            if rows != listed.rijen {
                problems.push(problem(
                    &listed.naam,
                    0,
                    0,
                    format!(
                        "het manifest noemt {} rijen, het bestand heeft er {rows}",
                        listed.rijen
                    ),
                ));
            }
        }
        if problems.is_empty() {
            Ok((landscape, sources))
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::defaults::default_sources;

    fn published() -> (Manifest, Fetched) {
        let sources = default_sources();
        let manifest = Manifest::of(&sources, 4).expect("the shipped data is valid");
        let files = sources
            .iter()
            .map(|(kind, file)| (kind.file_name().to_owned(), Ok(file.bytes.clone())))
            .collect();
        (manifest, files)
    }

    fn replace(files: &mut [(String, Result<Vec<u8>, String>)], name: &str, text: String) {
        let file = files.iter_mut().find(|(n, _)| n == name).expect("listed");
        file.1 = Ok(text.into_bytes());
    }

    #[test]
    fn the_manifest_lists_every_file_with_its_rows_and_checksum() {
        let (manifest, _) = published();
        assert_eq!(manifest.versie, 4);
        assert_eq!(manifest.bestanden.len(), FileKind::ALL.len());
        let capacity = manifest
            .bestanden
            .iter()
            .find(|file| file.naam == "capaciteit.csv")
            .expect("listed");
        let text = include_str!("../../../data/capaciteit.csv");
        assert_eq!(capacity.rijen, text.lines().count() - 1);
        assert_eq!(capacity.sha256, sha256(text.as_bytes()));
        assert!(manifest.peildatum.is_some());
        assert_eq!(Manifest::parse(&manifest.to_json()), Ok(manifest));
    }

    #[test]
    fn an_unchanged_set_needs_nothing_fetched_and_a_changed_file_only_itself() {
        let (mut manifest, _) = published();
        assert!(manifest.files_to_fetch(&default_sources()).is_empty());
        manifest.bestanden[0].sha256 = sha256(b"anders");
        assert_eq!(
            manifest.files_to_fetch(&default_sources()),
            vec![manifest.bestanden[0].naam.clone()]
        );
    }

    #[test]
    fn a_new_capacity_figure_is_used_when_the_manifest_matches() {
        let (_, mut files) = published();
        let text = include_str!("../../../data/capaciteit.csv").replacen("655.2", "700", 1);
        replace(&mut files, "capaciteit.csv", text);
        let mut sources = Sources::new();
        for (name, bytes) in &files {
            let kind = FileKind::ALL
                .into_iter()
                .find(|k| k.file_name() == name)
                .unwrap();
            let bytes = bytes.clone().unwrap();
            sources.insert(
                kind,
                SourceFile {
                    name: name.clone(),
                    bytes,
                },
            );
        }
        let manifest = Manifest::of(&sources, 5).unwrap();
        let (landscape, _) = manifest.assemble(&default_sources(), files).expect("valid");
        let uwv = crate::id::OrganisationId::new("uwv");
        let row = landscape
            .data()
            .capacity
            .iter()
            .find(|r| r.organisatie == uwv)
            .unwrap();
        assert_eq!(row.capaciteit_fte, 700.0);
    }

    #[test]
    fn broken_missing_and_altered_files_are_named() {
        let (manifest, mut files) = published();
        // An altered file: the checksum no longer matches.
        let altered = include_str!("../../../data/portfolio.csv").replacen("76.3", "80", 1);
        replace(&mut files, "portfolio.csv", altered);
        // A missing file.
        files.iter_mut().find(|(n, _)| n == "taken.csv").unwrap().1 =
            Err("niet gevonden (404)".into());
        let problems = manifest.assemble(&Sources::new(), files).unwrap_err();
        let named: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            named
                .iter()
                .any(|p| p.starts_with("portfolio.csv:0:0: het controlegetal klopt niet")),
            "{named:?}"
        );
        assert!(
            named
                .iter()
                .any(|p| p == "taken.csv:0:0: niet gevonden (404)"),
            "{named:?}"
        );
    }

    #[test]
    fn a_data_error_in_a_published_file_names_its_line_and_column() {
        let (_, mut files) = published();
        let broken = include_str!("../../../data/capaciteit.csv").replacen("655.2", "veel", 1);
        replace(&mut files, "capaciteit.csv", broken.clone());
        // The maintainer published the broken file with a matching checksum.
        let mut manifest = published().0;
        let listed = manifest
            .bestanden
            .iter_mut()
            .find(|f| f.naam == "capaciteit.csv")
            .unwrap();
        listed.sha256 = sha256(broken.as_bytes());
        let problems = manifest.assemble(&default_sources(), files).unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.file == "capaciteit.csv" && p.line == 2 && p.column == 3),
            "{problems:?}"
        );
    }

    #[test]
    fn a_manifest_must_list_each_file_once() {
        let (manifest, _) = published();
        let mut twice = manifest.clone();
        twice.bestanden.push(twice.bestanden[0].clone());
        assert!(
            Manifest::parse(&twice.to_json())
                .unwrap_err()
                .message
                .contains("meer dan eens")
        );
        let mut without = manifest.clone();
        without.bestanden.retain(|f| f.naam != "organisaties.csv");
        assert!(
            Manifest::parse(&without.to_json())
                .unwrap_err()
                .message
                .contains("organisaties.csv staat niet")
        );
        let error = Manifest::parse("{\"versie\": 1,\n \"bestanden\": [}").unwrap_err();
        assert_eq!((error.file.as_str(), error.line), (MANIFEST, 2));
    }
}
