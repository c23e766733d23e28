//! `bzu synthetisch`: writes a made-up landscape of a chosen size, in the real file formats, for
//! load tests of the app (upload it on the Gegevens page) and of the engine.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};
use graph_core::{Landscape, synthetic_sources};

pub fn run(args: &[String], _out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let mut numbers = Vec::new();
    let mut folder = None;
    let mut seed = 1u64;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "-o" | "--uit" => {
                folder = Some(PathBuf::from(
                    rest.next().context("-o heeft een map nodig")?,
                ))
            }
            "--zaad" => {
                let value = rest.next().context("--zaad heeft een getal nodig")?;
                seed = value.parse().with_context(|| {
                    format!("--zaad moet een geheel getal zijn, niet {value:?}")
                })?;
            }
            other if other.starts_with('-') => bail!("onbekende optie {other}"),
            other => numbers.push(
                other
                    .parse::<usize>()
                    .with_context(|| format!("{other:?} is geen aantal"))?,
            ),
        }
    }
    let ([organisations, relations], Some(folder)) =
        (numbers.as_slice().try_into().unwrap_or([0, 0]), folder)
    else {
        bail!("gebruik: bzu synthetisch <organisaties> <relaties> -o <map> [--zaad N]");
    };
    if !(2..=100_000).contains(&organisations) || relations > 1_000_000 {
        bail!("kies 2 tot 100000 organisaties en hoogstens 1000000 relaties");
    }
    let sources = synthetic_sources(organisations, relations, seed);
    std::fs::create_dir_all(&folder)
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
