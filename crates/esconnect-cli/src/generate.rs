//! Man pages and shell completions from a clap `Command`: printed by each binary's `--generate` and
//! written to docs/ by `cargo xtask codegen`.

use clap::Command;

/// What `--generate` can produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Generate {
    /// A roff man page.
    Man,
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
}

/// Renders what was asked for.
pub fn render(cmd: Command, what: Generate) -> String {
    let name = cmd.get_name().to_string();
    let mut cmd = cmd;
    let mut buf = Vec::new();
    match what {
        Generate::Man => {
            clap_mangen::Man::new(cmd)
                .render(&mut buf)
                .expect("rendering to memory does not fail");
        }
        shell => {
            let s = match shell {
                Generate::Bash => clap_complete::Shell::Bash,
                Generate::Zsh => clap_complete::Shell::Zsh,
                Generate::Fish => clap_complete::Shell::Fish,
                Generate::Elvish => clap_complete::Shell::Elvish,
                _ => clap_complete::Shell::PowerShell,
            };
            clap_complete::generate(s, &mut cmd, name, &mut buf);
        }
    }
    String::from_utf8(buf).expect("generators write UTF-8")
}

/// A Markdown reference of a command and its subcommands (for docs/cli/).
pub fn markdown(cmd: &Command) -> String {
    let mut out = String::new();
    write_md(cmd, &mut Vec::new(), &mut out);
    out
}

fn write_md(cmd: &Command, path: &mut Vec<String>, out: &mut String) {
    path.push(cmd.get_name().to_string());
    let full = path.join(" ");
    let depth = path.len().min(4);
    out.push_str(&format!("{} `{full}`\n\n", "#".repeat(depth)));
    if let Some(about) = cmd.get_long_about().or(cmd.get_about()) {
        out.push_str(&format!("{about}\n\n"));
    }
    let mut c = cmd.clone().bin_name(full.clone());
    let help = c.render_long_help().to_string();
    out.push_str("```text\n");
    out.push_str(help.trim_end());
    out.push_str("\n```\n\n");
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        write_md(sub, path, out);
    }
    path.pop();
}
