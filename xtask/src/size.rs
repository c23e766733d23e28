//! The compressed size of what a browser downloads (wasm, JavaScript, CSS; the data is inside the
//! wasm, and `data/` beside it is fetched only where it differs), measured with gzip and brotli
//! at their highest levels: the first download, which every visit fetches, against one budget,
//! and the parts fetched when a page that needs them first opens (`split.rs`), against another.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};

/// The budget for the brotli-compressed download, in bytes. Lower it when the app gets smaller.
///
/// It started at 250 KB for the first three views (195 KB then). The stappenplan and report took
/// the download to 350 KB and the charts (plotters) and the Gegevens page to 442 KB. twiggy shows
/// no single large item: the growth is many monomorphised render closures (Leptos views) and
/// sort routines (one per `sort_by` call site), plus about 40 KB for building `graph-core` at
/// opt-level 3 so that ranking stays within a frame. The Landschap explorer added 108 KB (550 KB):
/// a build without it is 1,550 KB raw and 583 KB gzip against 1,914 KB and 725 KB with it, its
/// views (six panels of Leptos render closures) and `graph-core`'s explore, layout and scene at
/// opt-level 3. Fewer sort sites and flatter views are the way back down. The English user
/// interface (one table of about 600 texts in both languages, every view reading it) and the NL
/// Design System tokens and element styles took it to about 590 KB. The existing schemes
/// (`regelingen.csv`, 26 KB brotli as embedded data) and the ranking's new parts (about 26 KB) would
/// have taken it to 639 KB; building `graph-core` at opt-level "z" like the rest, after making
/// `rank` cheaper (bit masks and no reasons for unread candidates, so it stays within a frame at
/// "z"), brought it to 563 KB. One shared sort (17.6 KB less) made room for the register work,
/// reflow and more data; reference checks that compare ids as text (1.5 KB less) made room for
/// the commissioning ministries and the new ranking rules, at 569.2 KB; one filter select for the
/// organisations table and the explorer brought it to 567.7 KB. Reading the published data set
/// (manifest, checksums, fetch, the banner) and preparing change files added 17 KB (584.9 KB);
/// building with Leptos' type-erased views and components (`--cfg erase_components` in
/// `.cargo/config.toml`) took 88 KB off, to 497.1 KB. Stapeling (the engine, "Mijn voorstellen"
/// with JSON import and export, the Stapeling page and its texts) added 31.6 KB, to 528.7 KB;
/// the proposal reader is compiled once (one JSON path for storage and import) and its sorts
/// share the one sort. One schema per data file (a `Record` per row type, one dyn loop for the
/// checks and exports instead of a copy per type) and the map's camera in graph-core cost about
/// 2 KB; the translation table as a static array instead of a branch per text saved 4 KB: 526.5 KB.
/// Weighing schemes by kind of work, thin scheme data leaning to neutral, the checklist in one
/// method per topic and the texts of four backtest groups would have taken it to about 527.7 KB;
/// letting Trunk minify the CSS and HTML (`minify = "on_release"`) made room: 526.8 KB in a fresh
/// clone. Brotli moves by a few hundred bytes on small changes, so the budget stays where it was.
/// Ids and candidate names that share their text (`Arc<str>`, so `rank` copies no text for
/// thousands of organisations) and the advice rules took it to 528.2 KB; minifying wasm-bindgen's
/// JavaScript glue with esbuild (7.5 to 5.9 KB brotli) made room: 526.5 KB. A faster `rank`
/// (radix order, flat scheme matches, task bits per scheme) took it to 527.3 KB; the Gegevens
/// page no longer copies a checked upload (with the whole landscape it would load) on every
/// render and on apply, which removed that copy's code: 525.1 KB. Collecting into a `BTreeSet` or
/// `BTreeMap` sorts with a copy of the standard stable sort per item type (eleven copies were
/// left); lists that were sets only to sort and deduplicate now go through the one shared sort
/// (`sorted_unique`), maps are built by inserting, and codes are upper-cased as ASCII (no Unicode
/// case table): 508.0 KB. The data set's files kept by kind in an array instead of a tree map
/// (twelve keys): 505.6 KB; the map's own writer of path numbers (a redraw no longer spends much
/// of its time in the float formatter) took it to 505.8 KB. Splitting the wasm (`split.rs`) took
/// the Landschap explorer, Stapeling, Gegevens and Belasting out of the first download into parts
/// fetched when such a page first opens: the first download went from 505.8 to 409.7 KB. Since
/// then this budget is for the first download; the parts have the budget below.
pub const BROTLI_BUDGET_BYTES: usize = 410_500;

/// The budget for everything together, the first download and every part fetched on demand, in
/// brotli bytes: what a visitor who opens every page fetches. Splitting has a price. At the split,
/// everything together was 559.3 KB against 505.8 KB for the one wasm before: about 25 KB because
/// each file is compressed on its own (one brotli stream over all the wasm files gives 522 KB),
/// the rest because wasm-opt can no longer inline or drop across the parts, and each part names
/// what it takes from the first. It only goes down, like the first.
pub const ALL_PARTS_BROTLI_BUDGET_BYTES: usize = 560_000;

/// Files in dist/ for the embedding page, not loaded by the app itself.
const HOST_FILES: [&str; 2] = ["embed.js", "voorbeeld-"];

#[derive(Default)]
pub struct Sizes {
    pub files: usize,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

/// The first download and the parts fetched on demand.
pub struct Download {
    pub first: Sizes,
    pub on_demand: Sizes,
}

impl Sizes {
    fn add(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        self.files += 1;
        self.raw += bytes.len();
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gzip.write_all(bytes)?;
        self.gzip += gzip.finish()?.len();
        let mut brotli = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 22,
            ..Default::default()
        };
        brotli::BrotliCompress(&mut &bytes[..], &mut brotli, &params)?;
        self.brotli += brotli.len();
        Ok(())
    }
}

fn measure(dist: &Path) -> anyhow::Result<Download> {
    let mut download = Download {
        first: Sizes::default(),
        on_demand: Sizes::default(),
    };
    for entry in std::fs::read_dir(dist).with_context(|| format!("reading {}", dist.display()))? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("");
        let extension = path.extension().and_then(|ext| ext.to_str()).unwrap_or("");
        // The host page's script and the example host page are not part of the app's download.
        if !matches!(extension, "wasm" | "js" | "css")
            || HOST_FILES.iter().any(|prefix| name.starts_with(prefix))
        {
            continue;
        }
        let bytes = std::fs::read(&path)?;
        // The parts' loader is imported by the glue, so it is part of the first download.
        if name.starts_with(crate::split::PARTS) && extension == "wasm" {
            download.on_demand.add(&bytes)?;
        } else {
            download.first.add(&bytes)?;
        }
    }
    if download.first.files == 0 {
        bail!("no wasm, js or css in {}", dist.display());
    }
    Ok(download)
}

fn kilobytes(bytes: usize) -> f64 {
    bytes as f64 / 1000.0
}

pub fn report(dist: &Path) -> anyhow::Result<Download> {
    let download = measure(dist)?;
    let first = &download.first;
    println!(
        "==> first download (wasm + js + css, data embedded): raw {:.1} KB, gzip {:.1} KB, brotli {:.1} KB (budget {:.1} KB brotli)",
        kilobytes(first.raw),
        kilobytes(first.gzip),
        kilobytes(first.brotli),
        kilobytes(BROTLI_BUDGET_BYTES)
    );
    let later = &download.on_demand;
    println!(
        "==> {} parts fetched when a page first needs them: raw {:.1} KB, brotli {:.1} KB; all together {:.1} KB brotli (budget {:.1} KB)",
        later.files,
        kilobytes(later.raw),
        kilobytes(later.brotli),
        kilobytes(first.brotli + later.brotli),
        kilobytes(ALL_PARTS_BROTLI_BUDGET_BYTES)
    );
    Ok(download)
}

pub fn check_budget(dist: &Path) -> anyhow::Result<()> {
    let download = report(dist)?;
    let first = download.first.brotli;
    if first > BROTLI_BUDGET_BYTES {
        bail!(
            "the first download is {first} bytes brotli, over the budget of {BROTLI_BUDGET_BYTES}"
        );
    }
    let all = first + download.on_demand.brotli;
    if all > ALL_PARTS_BROTLI_BUDGET_BYTES {
        bail!(
            "the first download and the parts together are {all} bytes brotli, over the budget of {ALL_PARTS_BROTLI_BUDGET_BYTES}"
        );
    }
    Ok(())
}
