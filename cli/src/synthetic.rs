//! `bzu synthetisch`: writes a made-up landscape of a chosen size, in the real file formats, for
//! load tests of the app (upload it on the Gegevens page) and of the engine.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, bail};
use graph_core::{Landscape, synthetic_sources};

pub(crate) fn run(
    args: &crate::SyntheticArgs,
    _out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let (organisations, relations) = (args.organisaties as usize, args.relaties as usize);
    let (folder, seed) = (&args.folder, args.zaad);
    let sources = synthetic_sources(organisations, relations, seed);
    std::fs::create_dir_all(folder)
        .with_context(|| format!("kan map {} niet maken", folder.display()))?;
    for (_, file) in sources.iter() {
        let path = folder.join(&file.name);
        std::fs::write(&path, &file.bytes)
            .with_context(|| format!("kan {} niet schrijven", path.display()))?;
    }
    let (nodes, edges) = match Landscape::load(&sources) {
        Ok((landscape, _)) => landscape.graph_size(),
        Err(problems) => bail!("de synthetische gegevens laden niet: {}", problems.len()),
    };
    writeln!(
        err,
        "synthetisch landschap (zaad {seed}): {nodes} knopen, {edges} relaties, in {}",
        folder.display()
    )?;
    Ok(ExitCode::SUCCESS)
}
