//! The CSV loader on arbitrary bytes: the first byte picks the data file the rest replaces (every
//! file kind), the upload is checked against the default data. It must never panic, every problem
//! must name a line and a column, and an accepted landscape must export every file.
#![no_main]

use std::sync::OnceLock;

use graph_core::{FileKind, SourceFile, Sources, check_upload, default_sources, export_csv};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    static DEFAULTS: OnceLock<Sources> = OnceLock::new();
    let defaults = DEFAULTS.get_or_init(default_sources);
    let kind = FileKind::ALL[usize::from(first) % FileKind::ALL.len()];
    let check = check_upload(
        defaults,
        vec![SourceFile {
            name: kind.file_name().to_owned(),
            bytes: bytes.to_vec(),
        }],
    );
    for problem in &check.problems {
        assert!(problem.line >= 1 && problem.column >= 1, "{problem}");
    }
    if let Some(landscape) = &check.landscape {
        for kind in FileKind::ALL {
            let _ = export_csv(landscape, kind);
        }
    }
});
