//! `claimcheck completions SHELL` and `claimcheck man [COMMAND]`: generated
//! from the clap definitions in `cli.rs`, so they list exactly the commands
//! and options the binary takes.

use std::io::Write;

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::{Error, Result};

/// Write the completion script for `shell`.
pub fn completions(shell: clap_complete::Shell, out: &mut dyn Write) -> Result<()> {
    clap_complete::generate(shell, &mut Cli::command(), "claimcheck", out);
    Ok(())
}

/// Write the manual page of claimcheck, or of its subcommand `command`
/// (`claimcheck-report(1)`, as claimcheck's own page names it), in roff.
pub fn man(command: Option<&str>, out: &mut dyn Write) -> Result<()> {
    let mut cli = Cli::command();
    // Built, so the global options (`-q`) show on every page.
    cli.build();
    let page = match command {
        None => cli,
        Some(name) => {
            let Some(sub) = cli.find_subcommand(name) else {
                let names: Vec<&str> = cli
                    .get_subcommands()
                    .map(clap::Command::get_name)
                    .filter(|n| *n != "help")
                    .collect();
                return Err(Error::Usage(format!(
                    "man: no command {name:?}; the commands are: {}",
                    names.join(", ")
                )));
            };
            sub.clone().version(env!("CARGO_PKG_VERSION"))
        }
    };
    clap_mangen::Man::new(page).render(out)?;
    Ok(())
}
