//! The `claimcheck` binary: parse arguments, run the library, map the result
//! to an exit code (0 clean, 1 findings asked to fail on, 2 usage or input
//! error). Everything else lives in the library.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

/// mimalloc, built without transparent huge pages. Claims are made on every
/// worker thread and read on one; the system allocator's per-thread arenas
/// then hold a sixth more memory than the claims need (about 1.0 GB against
/// 0.84 GB for `report` over 23,000 articles), and huge pages would commit
/// 2 MB where a page was touched.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
