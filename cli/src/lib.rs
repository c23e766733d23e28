//! `bzu`: checks data files before they are sent, and runs the engine from the command line.
//! This crate owns file IO; every rule lives in `graph-core`. The binary is a thin wrapper around
//! [`run`], so the tests drive the same code with a buffer for output.

mod backtest;
mod chart;
mod check;
mod rank;
mod register;
mod synthetic;

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
bzu — Beleid zoekt Uitvoerder, opdrachtregel

Gebruik:
  bzu check <map-of-bestand>...   controleer CSV-bestanden tegen de standaardgegevens
  bzu rank <voorstel.json> [--data MAP] [--json] [--alle]
                                  rangschik organisaties voor een beleidsvoorstel
  bzu backtest <map> [--data MAP] [--json]
                                  rangschik eerdere regelingen (precedenten) zonder hun eigen
                                  regeling en toon waar de echte uitvoerder eindigt
  bzu register <exportOO.xml> [--data MAP] [--json] [--schrijf]
                                  vergelijk onze organisaties met een export van het Register van
                                  Overheidsorganisaties (organisaties.overheid.nl); --schrijf
                                  neemt de feiten van het register over in MAP/organisaties.csv
  bzu chart capaciteit|portfolio <organisatie> [-o bestand.svg]
  bzu chart belasting [druk] [-o bestand.svg]
                                  schrijf een grafiek als SVG
  bzu synthetisch <organisaties> <relaties> -o MAP [--zaad N]
                                  schrijf een verzonnen landschap van die omvang, voor belastingtests
  bzu help                        deze tekst

Bij check worden bestanden herkend aan hun naam (capaciteit.csv, portfolio.csv, ...) of aan hun
kopregel. Ontbrekende bestanden worden aangevuld met de standaardgegevens. Elke fout verschijnt
als bestand:regel:kolom: melding. De afsluitcode is 1 bij een fout, anders 0.";

/// Runs `bzu` with its arguments (without the program name), writing results to `out` and the
/// summary to `err`.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<ExitCode> {
    match args.first().map(String::as_str) {
        Some("check") => check::run(&args[1..], out, err),
        Some("rank") => rank::run(&args[1..], out, err),
        Some("backtest") => backtest::run(&args[1..], out, err),
        Some("chart") => chart::run(&args[1..], out, err),
        Some("register") => register::run(&args[1..], out, err),
        Some("synthetisch") => synthetic::run(&args[1..], out, err),
        Some("help" | "--help" | "-h") | None => {
            writeln!(out, "{USAGE}")?;
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => {
            writeln!(err, "bzu: onbekende opdracht {other:?}\n\n{USAGE}")?;
            Ok(ExitCode::from(2))
        }
    }
}
