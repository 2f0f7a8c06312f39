//! `diplocat man [-o FILE]`: the manual page (roff), made from the --help text.
//!
//! One page holds every command with its options, so that `man diplocat` is the whole manual
//! (clap_mangen's own page names a page per command, diplocat-import(1) and so on, which
//! nothing installs).

use clap::CommandFactory;
use clap_mangen::Man;

use crate::cli::{Cli, ManArgs};

pub fn run(args: &ManArgs) -> anyhow::Result<()> {
    let mut command = Cli::command();
    command.build();
    super::write_document(args.output.as_deref(), "manual page", |out| {
        let page = Man::new(command.clone());
        page.render_title(out)?;
        page.render_name_section(out)?;
        page.render_synopsis_section(out)?;
        page.render_description_section(out)?;
        page.render_options_section(out)?;
        writeln!(out, ".SH COMMANDS")?;
        for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
            let name = sub.get_bin_name().unwrap_or_else(|| sub.get_name());
            writeln!(out, ".SS \"{name}\"")?;
            // --db is said once, among the options of diplocat itself.
            let man = Man::new(sub.clone().mut_arg("db", |a| a.hide(true)));
            let mut section = Vec::new();
            man.render_synopsis_section(&mut section)?;
            man.render_description_section(&mut section)?;
            man.render_options_section(&mut section)?;
            // The command's own headings become paragraphs under its name.
            for line in String::from_utf8_lossy(&section).lines() {
                if line.starts_with(".SH ") {
                    writeln!(out, ".PP")?;
                } else {
                    writeln!(out, "{line}")?;
                }
            }
        }
        page.render_version_section(out)?;
        Ok(())
    })
}
