//! The `claimcheck` binary: parse arguments, run the library, map the result
//! to an exit code (0 clean, 1 findings asked to fail on, 2 usage or input
//! error). Everything else lives in the library.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = claimcheck::cli::Cli::parse();
    let stdout = std::io::stdout();
    // A reader that goes away (`| head -1`) does not change the exit code.
    let mut out =
        std::io::BufWriter::new(claimcheck::commands::pipe::ClosedPipeOk::new(stdout.lock()));
    let mut err = std::io::stderr();
    let result = claimcheck::commands::run(&cli, &mut out, &mut err)
        .and_then(|outcome| out.flush().map(|()| outcome).map_err(Into::into));
    match result {
        Ok(outcome) => ExitCode::from(outcome.exit_code()),
        Err(e) => {
            let message = claimcheck::report::escape::terminal_lines(&e.to_string());
            let _ = writeln!(err, "claimcheck: error: {message}");
            ExitCode::from(2)
        }
    }
}
