//! `bzu chart`: writes a chart as SVG, the same the app shows.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, bail};
use graph_core::i18n::Lang;
use graph_core::{HeatmapOrder, OrganisationId, capacity_chart, heatmap, portfolio_chart};

use crate::check::load_landscape;

pub(crate) fn run(
    args: &crate::ChartArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let positional = &args.what;
    let output = args.output.as_ref();
    let landscape = load_landscape(args.data.as_deref(), err)?;
    let chart = match positional
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["capaciteit", organisation] | ["portfolio", organisation] => {
            let id = OrganisationId::new(*organisation);
            if landscape.organisation(&id).is_none() {
                bail!("organisatie {organisation:?} staat niet in de gegevens");
            }
            let chart = if positional[0] == "capaciteit" {
                capacity_chart(&landscape, &id, Lang::Nl)
            } else {
                portfolio_chart(&landscape, &id, Lang::Nl)
            };
            chart.with_context(|| {
                format!("{organisation} heeft geen {} in de gegevens", positional[0])
            })?
        }
        ["belasting"] => heatmap(&landscape, HeatmapOrder::Ministry, Lang::Nl),
        ["belasting", "druk"] => heatmap(&landscape, HeatmapOrder::Pressure, Lang::Nl),
        _ => bail!(
            "gebruik: bzu chart capaciteit <organisatie> | portfolio <organisatie> | belasting [druk] [-o bestand.svg]"
        ),
    };
    match output {
        Some(path) => {
            std::fs::write(path, &chart.svg)
                .with_context(|| format!("kan {} niet schrijven", path.display()))?;
            writeln!(err, "{}: {}", chart.title, path.display())?;
        }
        None => writeln!(out, "{}", chart.svg)?,
    }
    writeln!(err, "{}", chart.summary)?;
    Ok(ExitCode::SUCCESS)
}
