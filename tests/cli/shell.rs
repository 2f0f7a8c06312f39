//! The shell: completion scripts and the manual page.

use std::io::Write;
use std::process::{Command, Stdio};

use predicates::prelude::*;

use crate::{TestResult, Workspace};

fn stdout(ws: &Workspace, args: &[&str]) -> Result<String, Box<dyn std::error::Error>> {
    let out = ws.cmd(args)?.assert().success().get_output().stdout.clone();
    Ok(String::from_utf8(out)?)
}

#[test]
fn completions_name_every_subcommand_in_every_shell() -> TestResult {
    let ws = Workspace::new()?;
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout(&ws, &["completions", shell])?;
        for cmd in &crate::subcommands() {
            assert!(script.contains(cmd), "{shell} completion lacks {cmd}");
        }
    }
    ws.cmd(&["completions", "tcsh"])?
        .assert()
        .code(2)
        .stderr(predicate::str::contains("possible values: bash"));
    Ok(())
}

/// The bash script, sourced in a real bash, completes `diplocat da` to datasette-metadata.
#[test]
fn bash_completes_a_subcommand_from_its_first_letters() -> TestResult {
    let ws = Workspace::new()?;
    let script = ws.dir.path().join("diplocat.bash");
    std::fs::write(&script, stdout(&ws, &["completions", "bash"])?)?;
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source '{}' && COMP_WORDS=(diplocat da) COMP_CWORD=1 COMP_LINE='diplocat da' COMP_POINT=11 && _diplocat diplocat da diplocat && printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            script.display()
        ))
        .output()
        .map_err(|e| format!("cannot run bash ({e}); install it with `apt-get install bash`"))?;
    let text = String::from_utf8(out.stdout)?;
    assert_eq!(
        text.trim(),
        "datasette-metadata",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

#[test]
fn the_manual_page_is_roff_that_man_formats_with_every_subcommand() -> TestResult {
    let ws = Workspace::new()?;
    let page = stdout(&ws, &["man"])?;
    assert!(page.contains(".TH diplocat 1"), "{page}");
    for cmd in &crate::subcommands() {
        // roff writes a hyphen as \-
        let escaped = cmd.replace('-', "\\-");
        assert!(page.contains(&escaped), "the page lacks {escaped}");
    }
    // -o writes the same page.
    let file = ws.dir.path().join("diplocat.1");
    ws.cmd(&["man", "-o", &file.display().to_string()])?
        .assert()
        .success()
        .stdout("");
    assert_eq!(std::fs::read_to_string(&file)?, page);
    // man itself formats it, as `diplocat man | man -l -` shows it (where man is installed;
    // the checks above are those of the roff).
    let spawned = Command::new("man")
        .args(["-l", "-"])
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "100")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("man is not installed (apt-get install man-db): the roff was checked, not its formatting");
            return Ok(());
        }
        other => other?,
    };
    child
        .stdin
        .take()
        .ok_or("no stdin for man")?
        .write_all(page.as_bytes())?;
    let out = child.wait_with_output()?;
    let text = String::from_utf8(out.stdout)?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // One page holds every command with its options.
    assert!(text.contains("COMMANDS"), "{text}");
    for cmd in &crate::subcommands() {
        assert!(
            text.contains(&format!("   diplocat {cmd}\n")),
            "man shows no heading for {cmd}: {text}"
        );
    }
    for option in ["--dry-run", "--excel", "--files-prefix", "<SHELL>"] {
        assert!(text.contains(option), "man shows no {option}: {text}");
    }
    assert!(!text.contains(".TH"), "{text}");
    Ok(())
}
