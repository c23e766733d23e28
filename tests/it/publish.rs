//! The data maintainer's commands: `bzu publiceer` writes a checked set with its manifest and
//! bumps the version, `bzu check` checks a published folder against its manifest, and
//! `bzu merge` applies change files, refuses conflicts and edited files, and writes nothing when
//! it refuses.

use std::path::Path;
use std::process::ExitCode;

use graph_core::{Landscape, SourceFile, change_files, check_upload, default_sources};

use crate::cli::{bzu, copy_data};
use crate::support::scratch;

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            (path.display().to_string(), std::fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// A change file for one capacity figure of `organisation`, as the Gegevens page makes it.
fn change(dir: &Path, organisation: &str, fte: &str) -> String {
    let upload = format!(
        "organisatie;periode;capaciteit_fte;belasting_fte;status;bron;peildatum\n\
         {organisation};2027;{fte};50;schatting;eigen planning;2026-12-01\n"
    );
    let base = Landscape::load(&default_sources()).unwrap().0;
    let check = check_upload(
        &default_sources(),
        vec![SourceFile {
            name: "capaciteit.csv".into(),
            bytes: upload.into_bytes(),
        }],
    );
    let file = change_files(&base, &check.landscape.unwrap(), 1).remove(0);
    let path = dir.join(format!("{fte}-{}", file.name));
    std::fs::write(&path, &file.text).unwrap();
    path.display().to_string()
}

#[test]
fn publishing_writes_the_set_with_a_manifest_and_bumps_the_version() {
    let (work, out) = (scratch("publiceer-werk"), scratch("publiceer-uit"));
    copy_data(&work);
    let (code, stdout, stderr) = bzu(&[
        "publiceer",
        work.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, ExitCode::SUCCESS, "{stderr}");
    assert!(stdout.contains("gegevensversie 2"), "{stdout}");
    let manifest = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    assert!(manifest.contains("\"versie\": 2"), "{manifest}");
    let (code, _, stderr) = bzu(&["check", out.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS, "{stderr}");
    // Again: the next version.
    let (_, stdout, _) = bzu(&[
        "publiceer",
        work.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(stdout.contains("gegevensversie 3"), "{stdout}");

    // A file altered after publishing, and a missing one, are reported by bzu check.
    let capacity = out.join("capaciteit.csv");
    let text = std::fs::read_to_string(&capacity).unwrap();
    std::fs::write(&capacity, text.replacen("655.2", "600", 1)).unwrap();
    std::fs::remove_file(out.join("taken.csv")).unwrap();
    let (code, stdout, _) = bzu(&["check", out.to_str().unwrap()]);
    assert_eq!(code, ExitCode::FAILURE);
    assert!(
        stdout.contains("capaciteit.csv:0:0: het controlegetal klopt niet"),
        "{stdout}"
    );
    assert!(stdout.contains("taken.csv:0:0: ontbreekt"), "{stdout}");
}

#[test]
fn a_set_with_errors_is_not_published_and_nothing_is_written() {
    let (work, out) = (scratch("publiceer-fout"), scratch("publiceer-fout-uit"));
    copy_data(&work);
    let (code, _, _) = bzu(&[
        "publiceer",
        work.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, ExitCode::SUCCESS);
    let before = snapshot(&out);
    let capacity = work.join("capaciteit.csv");
    let text = std::fs::read_to_string(&capacity).unwrap();
    std::fs::write(&capacity, text.replacen("655.2", "veel", 1)).unwrap();
    let (code, _, stderr) = bzu(&[
        "publiceer",
        work.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, ExitCode::FAILURE);
    assert!(stderr.contains("capaciteit.csv:2:3:"), "{stderr}");
    assert!(stderr.contains("niets gepubliceerd"), "{stderr}");
    assert_eq!(snapshot(&out), before, "the published set is untouched");
}

#[test]
fn merging_shows_the_preview_and_a_second_change_on_the_same_base_is_a_conflict() {
    let (work, inbox) = (scratch("merge-werk"), scratch("merge-post"));
    copy_data(&work);
    let first = change(&inbox, "svb", "80");
    let second = change(&inbox, "svb", "90");
    let (code, stdout, stderr) = bzu(&["merge", &first, "--data", work.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS, "{stderr}");
    assert!(
        stdout.contains("svb\t2027\t132,1 → 80\t95,1 → 50\t72 % → 62 %"),
        "{stdout}"
    );
    let merged = snapshot(&work);

    let (code, _, stderr) = bzu(&["merge", &second, "--data", work.to_str().unwrap()]);
    assert_eq!(code, ExitCode::FAILURE);
    assert!(stderr.contains("conflict in"), "{stderr}");
    assert!(
        stderr.contains("toen: svb | 2027 | 132,1 | 95,1"),
        "{stderr}"
    );
    assert!(stderr.contains("nu:   svb | 2027 | 80 | 50"), "{stderr}");
    assert!(stderr.contains("niets geschreven"), "{stderr}");
    assert_eq!(snapshot(&work), merged, "a refused merge writes nothing");

    let (code, _, stderr) = bzu(&[
        "merge",
        &second,
        "--data",
        work.to_str().unwrap(),
        "--forceer",
    ]);
    assert_eq!(code, ExitCode::SUCCESS, "{stderr}");
    let text = std::fs::read_to_string(work.join("capaciteit.csv")).unwrap();
    assert!(text.contains("svb;2027;90;50"), "{text}");
    let (code, _, stderr) = bzu(&["check", work.to_str().unwrap()]);
    assert_eq!(code, ExitCode::SUCCESS, "{stderr}");
}

#[test]
fn an_edited_change_file_is_refused() {
    let (work, inbox) = (scratch("merge-bewerkt"), scratch("merge-bewerkt-post"));
    copy_data(&work);
    let path = change(&inbox, "uwv", "700");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("uwv;2027;700;", "uwv;2027;750;")).unwrap();
    let before = snapshot(&work);
    let (code, _, stderr) = bzu(&["merge", &path, "--data", work.to_str().unwrap()]);
    assert_eq!(code, ExitCode::FAILURE);
    assert!(stderr.contains("na het klaarzetten gewijzigd"), "{stderr}");
    assert_eq!(snapshot(&work), before);
}
