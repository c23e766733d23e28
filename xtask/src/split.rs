//! Splits the release wasm at the app's split pages (the functions marked `wasm_split` in
//! `app/src/views/mod.rs`), so the first download holds only what the start page, the stappenplan
//! and the pages every visit uses need; each split page and what only it uses become a wasm file of
//! their own, fetched the first time the page opens.
//!
//! Trunk builds, binds and optimises one wasm; this step starts again from rustc's output (linked
//! with `--emit-relocs`, see `wasm_rustflags`), splits it with the splitter Leptos' build tool
//! uses, binds the main part with wasm-bindgen as Trunk does, optimises every part with the same
//! wasm-opt and puts them in `dist/` under Trunk's names, with the page's integrity hash updated.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};

use crate::{glue, run, tool_path};

/// How the files fetched on demand start: the loader `parts-<hash>.js` and the parts
/// `parts-<hash>-<name>.wasm`.
pub const PARTS: &str = "parts-";

/// Replaces Trunk's single wasm and its glue in `dist/` by the split parts.
pub fn split(root: &Path, dist: &Path) -> anyhow::Result<()> {
    let glue_path = glue::glue_file(dist)?;
    let stem = glue_path
        .file_stem()
        .and_then(|stem| stem.to_str())
        .context("the glue file has no name")?
        .to_owned();
    let input = root
        .join("target")
        .join("wasm32-unknown-unknown")
        .join("release")
        .join("app.wasm");
    let work = root.join("target").join("split");
    if work.exists() {
        std::fs::remove_dir_all(&work).with_context(|| format!("clearing {}", work.display()))?;
    }
    let parts = work.join("parts");
    std::fs::create_dir_all(&parts)?;
    let main = work.join("main.wasm");
    // The loader and the parts carry the app's hash, like every other file in dist/.
    let hash = stem.trim_start_matches("app-");
    let link = format!("./{PARTS}{hash}.js");
    let glue_module = format!("./{stem}.js");
    let wasm = std::fs::read(&input).with_context(|| format!("reading {}", input.display()))?;
    let result = wasm_split_cli_support::transform({
        let mut options = wasm_split_cli_support::Options::new(&wasm);
        options.output_dir = &parts;
        options.main_out_path = &main;
        options.link_name = &link;
        options.main_module = &glue_module;
        options
    })
    .map_err(|error| anyhow::anyhow!("splitting {}: {error:#}", input.display()))?;
    if result.split_modules.is_empty() {
        bail!("the app's wasm has no `wasm_split` function to split at");
    }

    let bound = work.join("bound");
    run(Command::new("wasm-bindgen")
        // The parts take the function table from the main part's exports.
        .args([
            "--target=web",
            "--no-typescript",
            "--keep-lld-exports",
            "--out-name=app",
        ])
        .arg(format!("--out-dir={}", bound.display()))
        .arg(&main))?;
    let wasm_name = format!("{stem}_bg.wasm");
    optimise(root, &bound.join("app_bg.wasm"), &dist.join(&wasm_name))?;
    std::fs::copy(bound.join("app.js"), &glue_path)
        .with_context(|| format!("writing {}", glue_path.display()))?;

    let link_file = parts.join(link.trim_start_matches("./"));
    let loader = std::fs::read_to_string(&link_file)
        .with_context(|| format!("reading {}", link_file.display()))?;
    let mut names = Vec::new();
    for part in &result.split_modules {
        let name = part
            .file_name()
            .and_then(|name| name.to_str())
            .context("a split part has no name")?;
        let renamed = format!("{PARTS}{hash}-{name}");
        optimise(root, part, &dist.join(&renamed))?;
        names.push((name.to_owned(), renamed));
    }
    let loader = rename_parts(&loader, &names)?;
    std::fs::write(dist.join(link.trim_start_matches("./")), loader)?;

    let integrity = glue::sha384(root, &dist.join(&wasm_name))?;
    let index = dist.join("index.html");
    let html =
        std::fs::read_to_string(&index).with_context(|| format!("reading {}", index.display()))?;
    let html = glue::with_integrity(&html, &wasm_name, &integrity)
        .with_context(|| format!("dist/index.html links no {wasm_name} with an integrity hash"))?;
    std::fs::write(&index, html).with_context(|| format!("writing {}", index.display()))?;
    println!(
        "==> split the wasm into the first download and {} parts fetched on demand",
        result.split_modules.len()
    );
    Ok(())
}

/// The loader with each part's name as the splitter wrote it (`"./split_<page>.wasm"`,
/// `"./chunk_<n>.wasm"`) replaced by its name in `dist/`; fails when the loader does not name a
/// part, so a new splitter that writes names differently cannot leave a page unloadable.
fn rename_parts(loader: &str, names: &[(String, String)]) -> anyhow::Result<String> {
    let mut loader = loader.to_owned();
    for (name, renamed) in names {
        let quoted = format!("\"./{name}\"");
        if !loader.contains(&quoted) {
            bail!("the split loader does not name {name}");
        }
        loader = loader.replace(&quoted, &format!("\"./{renamed}\""));
    }
    Ok(loader)
}

/// The wasm without the linker's `linking` and `reloc.*` sections, which the release build keeps
/// for the splitter (`--emit-relocs`); for a wasm that is not split, such as the benchmarks'.
pub fn without_relocations(wasm: &[u8]) -> anyhow::Result<Vec<u8>> {
    fn leb(bytes: &[u8], at: &mut usize) -> anyhow::Result<usize> {
        let mut value = 0usize;
        for shift in (0..35).step_by(7) {
            let byte = *bytes.get(*at).context("the wasm ends inside a number")?;
            *at += 1;
            value |= usize::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        bail!("a number in the wasm is too long")
    }
    if wasm.len() < 8 || !wasm.starts_with(b"\0asm") {
        bail!("not a wasm module");
    }
    let mut kept = wasm[..8].to_vec();
    let mut at = 8;
    while at < wasm.len() {
        let start = at;
        let id = wasm[at];
        at += 1;
        let size = leb(wasm, &mut at)?;
        let end = at.checked_add(size).filter(|&end| end <= wasm.len());
        let end = end.context("a section runs past the end of the wasm")?;
        let linker_only = id == 0 && {
            let mut name_at = at;
            let length = leb(wasm, &mut name_at)?;
            let name = wasm.get(name_at..name_at + length).unwrap_or_default();
            name == b"linking" || name.starts_with(b"reloc.")
        };
        if !linker_only {
            kept.extend_from_slice(&wasm[start..end]);
        }
        at = end;
    }
    Ok(kept)
}

/// The features Rust enables for wasm32 by default, so wasm-opt may keep using them (a part
/// fetched on demand names none of its own).
pub const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// wasm-opt for size (`-Oz`), on each part; Trunk's own run is off (`data-wasm-opt="0"` in
/// `app/index.html`), as it would optimise the wasm this step replaces.
fn optimise(root: &Path, from: &Path, to: &Path) -> anyhow::Result<()> {
    run(Command::new("wasm-opt")
        .arg("-Oz")
        .args(WASM_FEATURES)
        .arg(from)
        .arg("-o")
        .arg(to)
        .env("PATH", tool_path(root)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_renamed_where_the_loader_fetches_them() {
        let loader = "const a = fetch(new URL(\"./split_data.wasm\", import.meta.url));\n\
                      const b = fetch(new URL(\"./chunk_5.wasm\", import.meta.url));";
        let names = [
            (
                "split_data.wasm".to_owned(),
                "parts-ab-split_data.wasm".to_owned(),
            ),
            (
                "chunk_5.wasm".to_owned(),
                "parts-ab-chunk_5.wasm".to_owned(),
            ),
        ];
        let renamed = rename_parts(loader, &names).unwrap();
        assert!(renamed.contains("new URL(\"./parts-ab-split_data.wasm\", import.meta.url)"));
        assert!(renamed.contains("new URL(\"./parts-ab-chunk_5.wasm\", import.meta.url)"));
        assert!(!renamed.contains("\"./split_data.wasm\""));
        let missing = [(
            "split_load.wasm".to_owned(),
            "parts-ab-split_load.wasm".to_owned(),
        )];
        let error = rename_parts(loader, &missing).unwrap_err().to_string();
        assert!(error.contains("split_load.wasm"), "{error}");
    }

    #[test]
    fn only_the_linker_sections_are_dropped() {
        fn custom(name: &str, payload: &[u8]) -> Vec<u8> {
            let mut body = vec![name.len() as u8];
            body.extend_from_slice(name.as_bytes());
            body.extend_from_slice(payload);
            let mut section = vec![0, body.len() as u8];
            section.extend(body);
            section
        }
        let header = b"\0asm\x01\0\0\0".to_vec();
        let types = vec![1, 4, 1, 0x60, 0, 0];
        let mut wasm = header.clone();
        for part in [
            custom("linking", &[2, 0]),
            types.clone(),
            custom("reloc.CODE", &[9, 9, 9]),
            custom("name", &[1]),
        ] {
            wasm.extend(part);
        }
        let mut expected = header;
        expected.extend(types);
        expected.extend(custom("name", &[1]));
        assert_eq!(without_relocations(&wasm).unwrap(), expected);
        assert!(without_relocations(b"\0asm\x01\0\0\0\x01\x09").is_err());
        assert!(without_relocations(b"not wasm").is_err());
        assert!(without_relocations(b"\0asm").is_err());
    }
}
