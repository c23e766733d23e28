//! One data file's reader on arbitrary bytes, fast: the first byte picks the file kind, the rest
//! is read on its own (decoding, the table, every cell), without building a landscape. It must
//! never panic and every problem must lie on a line and column of the input. The whole upload
//! path, checked against the default data, is the `csv_loader` target.
#![no_main]

use graph_core::{FileKind, SourceFile, read_file};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let kind = FileKind::ALL[usize::from(first) % FileKind::ALL.len()];
    let file = SourceFile {
        name: kind.file_name().to_owned(),
        bytes: bytes.to_vec(),
    };
    let (_, problems) = read_file(kind, &file);
    let lines = 1 + bytes.iter().filter(|&&b| b == b'\n').count() as u64;
    for problem in &problems {
        assert!(problem.column >= 1, "{problem}");
        assert!(problem.line >= 1 && problem.line <= lines.max(1), "{problem}");
    }
});
