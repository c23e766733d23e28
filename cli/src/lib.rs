//! `bzu`: checks data files before they are sent, and runs the engine from the command line.
//! This crate owns file IO; every rule lives in `graph-core`. The binary is a thin wrapper around
//! [`run`], so the tests drive the same code with a buffer for output. Arguments are parsed by
//! clap: every subcommand has `--help` with examples, `bzu --version` works, and a usage error
//! is a Dutch message on stderr with exit code 2.

mod backtest;
mod chart;
mod check;
mod publish;
mod rank;
mod register;
mod stack;
mod synthetic;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, Parser, Subcommand};

/// Help in Dutch: our own headings around clap's lists.
const HELP: &str = "{about-with-newline}\nGebruik: {usage}\n\n{all-args}{after-help}";

#[derive(Debug, Parser)]
#[command(
    name = "bzu",
    version,
    override_usage = "bzu <OPDRACHT> [OPTIES]",
    about = "Beleid zoekt Uitvoerder, opdrachtregel: controleer gegevens, rangschik voorstellen, \
             vergelijk met het register.",
    help_template = HELP,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    subcommand_help_heading = "Opdrachten",
    next_help_heading = "Opties",
    after_help = "Meer over een opdracht: bzu <opdracht> --help\n\n\
                  Bij een fout in de gegevens is de afsluitcode 1, bij verkeerd gebruik 2."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Toon deze hulp.
    #[arg(short = 'h', long = "help", action = ArgAction::Help, global = true)]
    help: Option<bool>,
    /// Toon de versie.
    #[arg(short = 'V', long = "version", action = ArgAction::Version)]
    version: Option<bool>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Controleer CSV-bestanden tegen de standaardgegevens.
    #[command(
        override_usage = "bzu check <MAP_OF_BESTAND>...",
        help_template = HELP,
        next_help_heading = "Opties",
        after_help = "Bestanden worden herkend aan hun naam (capaciteit.csv, portfolio.csv, ...) of \
                      aan hun kopregel; ontbrekende bestanden worden aangevuld met de \
                      standaardgegevens. Elke fout verschijnt als bestand:regel:kolom: melding.\n\n\
                      Voorbeelden:\n  bzu check data/\n  bzu check \"Capaciteit UWV 2027.csv\""
    )]
    Check(CheckArgs),
    /// Rangschik organisaties voor een beleidsvoorstel.
    #[command(
        override_usage = "bzu rank <VOORSTEL.JSON> [--data MAP] [--json] [--alle]",
        help_template = HELP,
        next_help_heading = "Opties",
        after_help = "Voorbeelden:\n  bzu rank tests/proposals/energietoeslag.json\n  \
                      bzu rank voorstel.json --json --alle"
    )]
    Rank(RankArgs),
    /// Rangschik eerdere regelingen zonder hun eigen regeling en toon waar de echte uitvoerder
    /// eindigt.
    #[command(
        override_usage = "bzu backtest <MAP> [--data MAP] [--json] [--detail]",
        help_template = HELP,
        next_help_heading = "Opties",
        after_help = "Voorbeeld:\n  bzu backtest tests/precedenten/ --detail"
    )]
    Backtest(BacktestArgs),
    /// Schrijf een grafiek als SVG: capaciteit of portfolio van een organisatie, of de belasting.
    #[command(
        override_usage = "bzu chart capaciteit|portfolio <ORGANISATIE> | belasting [druk] [-o BESTAND.SVG] [--data MAP]",
        help_template = HELP,
        next_help_heading = "Opties",
        after_help = "Voorbeelden:\n  bzu chart capaciteit uwv -o uwv.svg\n  bzu chart belasting druk"
    )]
    Chart(ChartArgs),
    /// Vergelijk onze organisaties met een export van het Register van Overheidsorganisaties.
    #[command(
        override_usage = "bzu register <EXPORTOO.XML> [--data MAP] [--json] [--schrijf]",
        help_template = HELP,
        next_help_heading = "Opties",
        after_help = "De export is exportOO.xml van organisaties.overheid.nl.\n\nVoorbeelden:\n  \
                      bzu register exportOO.xml\n  bzu register exportOO.xml --data data --schrijf"
    )]
    Register(RegisterArgs),
    /// Schrijf een verzonnen landschap van een gekozen omvang, voor belastingtests.
    #[command(
        override_usage = "bzu synthetisch <ORGANISATIES> <RELATIES> -o <MAP> [--zaad N]",
        help_template = HELP,
        next_help_heading = "Opties",
        after_help = "Voorbeeld:\n  bzu synthetisch 5000 50000 -o groot/ --zaad 7"
    )]
    Synthetisch(SyntheticArgs),
    /// Voeg wijzigingsbestanden van uitvoeringsorganisaties samen met een gegevensmap.
    #[command(
        override_usage = "bzu merge <WIJZIGING.CSV>... --data MAP [--forceer]",
        help_template = HELP,
        next_help_heading = "Opties",
        after_help = "Toont per organisatie en periode wat verandert (voor, na, benutting) en \
                      weigert een wijziging waarvan de rijen sinds het klaarzetten zijn veranderd \
                      (een conflict). Er wordt alleen geschreven als alles foutloos is.\n\n\
                      Voorbeeld:\n  bzu merge wijziging-capaciteit-svb-v3.csv --data gegevens/"
    )]
    Merge(MergeArgs),
    /// Controleer een gegevensmap en publiceer hem met een manifest, voor de app.
    #[command(
        override_usage = "bzu publiceer <MAP> -o <UITMAP> [--versie N]",
        help_template = HELP,
        next_help_heading = "Opties",
        after_help = "Schrijft de CSV-bestanden en manifest.json (gegevensversie, peildatum, per \
                      bestand rijen en SHA-256). Zonder --versie wordt het hoogste bestaande \
                      versienummer met één opgehoogd.\n\n\
                      Voorbeeld:\n  bzu publiceer gegevens/ -o dist/data/"
    )]
    Publiceer(PublishArgs),
    /// Stapeling: meerdere voorstellen tegelijk, hun samen opgetelde belasting en een
    /// gezamenlijke keuze van uitvoerders.
    #[command(
        override_usage = "bzu stapel <VOORSTEL.JSON|VOORSTELLEN.JSON>... [--json] [--data MAP]",
        help_template = HELP,
        next_help_heading = "Opties",
        after_help = "Elk bestand bevat één voorstel of een lijst (zoals de export van Mijn \
                      voorstellen). Toont de keuze één voor één en samen, de botsingen, wat niet \
                      te plaatsen is en het tekort per organisatie en periode.\n\n\
                      Voorbeeld:\n  bzu stapel tests/proposals/energietoeslag.json \
                      tests/proposals/scholingslening.json --json"
    )]
    Stapel(StackArgs),
}

#[derive(Debug, clap::Args)]
struct StackArgs {
    /// De voorstellen (JSON), elk bestand één voorstel of een lijst.
    #[arg(required = true, value_name = "VOORSTEL.JSON")]
    proposals: Vec<PathBuf>,
    /// Gebruik de CSV-bestanden in deze map in plaats van de standaardgegevens.
    #[arg(long, value_name = "MAP")]
    data: Option<String>,
    /// Schrijf het resultaat als JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, clap::Args)]
struct MergeArgs {
    /// De wijzigingsbestanden, in de volgorde waarin ze worden toegepast.
    #[arg(required = true, value_name = "WIJZIGING.CSV")]
    changes: Vec<PathBuf>,
    /// De gegevensmap om bij te werken.
    #[arg(long, value_name = "MAP", required = true)]
    data: PathBuf,
    /// Voeg ook samen bij een conflict of een gewijzigd wijzigingsbestand.
    #[arg(long)]
    forceer: bool,
}

#[derive(Debug, clap::Args)]
struct PublishArgs {
    /// De gegevensmap met alle CSV-bestanden.
    #[arg(value_name = "MAP")]
    dir: PathBuf,
    /// De map om in te publiceren (zoals dist/data/).
    #[arg(short = 'o', long = "uit", value_name = "UITMAP", required = true)]
    target: PathBuf,
    /// Het versienummer van de gegevens.
    #[arg(long)]
    versie: Option<u32>,
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// Mappen of CSV-bestanden.
    #[arg(required = true, value_name = "MAP_OF_BESTAND")]
    paths: Vec<String>,
}

#[derive(Debug, clap::Args)]
struct RankArgs {
    /// Het voorstel als JSON-bestand (zoals de app het bewaart).
    #[arg(value_name = "VOORSTEL.JSON")]
    proposal: PathBuf,
    /// Gebruik de CSV-bestanden in deze map in plaats van de standaardgegevens.
    #[arg(long, value_name = "MAP")]
    data: Option<String>,
    /// Schrijf het rapport als JSON.
    #[arg(long)]
    json: bool,
    /// Neem in JSON alle organisaties op, niet alleen de eerste.
    #[arg(long)]
    alle: bool,
}

#[derive(Debug, clap::Args)]
struct BacktestArgs {
    /// Een map met precedenten (.json), met de submappen ontwerp/ en toets/.
    #[arg(value_name = "MAP")]
    dir: PathBuf,
    /// Gebruik de CSV-bestanden in deze map in plaats van de standaardgegevens.
    #[arg(long, value_name = "MAP")]
    data: Option<String>,
    /// Schrijf alles als JSON.
    #[arg(long)]
    json: bool,
    /// Toon per regeling de onderdelen van onze top drie en van de echte uitvoerder.
    #[arg(long)]
    detail: bool,
}

#[derive(Debug, clap::Args)]
struct ChartArgs {
    /// capaciteit <organisatie>, portfolio <organisatie> of belasting [druk].
    #[arg(required = true, num_args = 1..=2, value_name = "SOORT")]
    what: Vec<String>,
    /// Schrijf naar dit bestand in plaats van naar stdout.
    #[arg(short = 'o', long = "uit", value_name = "BESTAND.SVG")]
    output: Option<PathBuf>,
    /// Gebruik de CSV-bestanden in deze map in plaats van de standaardgegevens.
    #[arg(long, value_name = "MAP")]
    data: Option<String>,
}

#[derive(Debug, clap::Args)]
struct RegisterArgs {
    /// De export van het register (exportOO.xml).
    #[arg(value_name = "EXPORTOO.XML")]
    export: PathBuf,
    /// Vergelijk met de CSV-bestanden in deze map (nodig voor --schrijf).
    #[arg(long, value_name = "MAP")]
    data: Option<PathBuf>,
    /// Schrijf de vergelijking als JSON.
    #[arg(long)]
    json: bool,
    /// Neem de feiten van het register over in MAP/organisaties.csv.
    #[arg(long, requires = "data")]
    schrijf: bool,
}

#[derive(Debug, clap::Args)]
struct SyntheticArgs {
    /// Aantal organisaties (2 tot 100000).
    #[arg(value_parser = clap::value_parser!(u32).range(2..=100_000))]
    organisaties: u32,
    /// Aantal ketenrelaties (hoogstens 1000000).
    #[arg(value_parser = clap::value_parser!(u32).range(0..=1_000_000))]
    relaties: u32,
    /// De map om in te schrijven.
    #[arg(short = 'o', long = "uit", value_name = "MAP", required = true)]
    folder: PathBuf,
    /// Het zaad van de toevalsgenerator, voor herhaalbare landschappen.
    #[arg(long, default_value_t = 1)]
    zaad: u64,
}

/// A clap error in Dutch, for the kinds a user meets.
fn dutch(error: &clap::Error) -> String {
    let context = |kind| match error.get(kind) {
        Some(ContextValue::String(value)) => value.clone(),
        Some(ContextValue::Strings(values)) => values.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let message = match error.kind() {
        ErrorKind::UnknownArgument => {
            format!("onbekende optie {}", context(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidSubcommand => {
            format!(
                "onbekende opdracht {}",
                context(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::MissingRequiredArgument => {
            format!("ontbreekt: {}", context(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => format!(
            "ongeldige waarde {} voor {}",
            context(ContextKind::InvalidValue),
            context(ContextKind::InvalidArg)
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            format!("te veel waarden voor {}", context(ContextKind::InvalidArg))
        }
        ErrorKind::MissingSubcommand => "noem een opdracht".to_owned(),
        _ => error.to_string().trim().to_owned(),
    };
    format!("bzu: {message}\n\nMeer hulp: bzu --help of bzu <opdracht> --help")
}

/// Runs `bzu` with its arguments (without the program name), writing results to `out` and the
/// summary to `err`. Usage errors give exit code 2.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<ExitCode> {
    // `bzu help [opdracht]` is the same as `--help`.
    let mut args: Vec<String> = args.to_vec();
    if args.first().map(String::as_str) == Some("help") {
        args.remove(0);
        args.push("--help".to_owned());
    }
    let cli = match Cli::try_parse_from(std::iter::once("bzu".to_owned()).chain(args)) {
        Ok(cli) => cli,
        Err(error)
            if matches!(
                error.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            ) =>
        {
            write!(out, "{}", error.render())?;
            return Ok(ExitCode::SUCCESS);
        }
        Err(error) => {
            writeln!(err, "{}", dutch(&error))?;
            return Ok(ExitCode::from(2));
        }
    };
    match cli.command {
        Some(Command::Check(args)) => check::run(&args.paths, out, err),
        Some(Command::Rank(args)) => rank::run(&args, out, err),
        Some(Command::Backtest(args)) => backtest::run(&args, out, err),
        Some(Command::Chart(args)) => chart::run(&args, out, err),
        Some(Command::Register(args)) => register::run(&args, out, err),
        Some(Command::Synthetisch(args)) => synthetic::run(&args, out, err),
        Some(Command::Stapel(args)) => stack::run(&args, out, err),
        Some(Command::Merge(args)) => {
            publish::merge(&args.changes, &args.data, args.forceer, out, err)
        }
        Some(Command::Publiceer(args)) => {
            publish::publish(&args.dir, &args.target, args.versie, out, err)
        }
        None => {
            use clap::CommandFactory;
            write!(out, "{}", Cli::command().render_help())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
