//! The `bzu` binary: passes the arguments to [`cli::run`] and turns failures into exit code 2.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    match cli::run(&args, &mut out, &mut err) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("bzu: {error:#}");
            ExitCode::from(2)
        }
    }
}
