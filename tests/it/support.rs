//! Helpers for the cross-crate tests: the data folder, scratch folders, and reading a data set
//! from disk.

use std::path::{Path, PathBuf};

use graph_core::{FileKind, SourceFile, Sources};

/// The project's `data/` folder.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("data")
}

/// A fresh empty folder under the system temp folder, unique to the test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bzu-it-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Reads every file of a data folder as the app would get it.
pub fn read_sources(dir: &Path) -> Sources {
    let mut sources = Sources::new();
    for kind in FileKind::ALL {
        let path = dir.join(kind.file_name());
        sources.insert(
            kind,
            SourceFile {
                name: kind.file_name().to_owned(),
                bytes: std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
            },
        );
    }
    sources
}
