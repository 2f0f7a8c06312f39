//! Progress bars on stderr, only when stderr is a terminal.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

/// A bar for `len` items, hidden unless stderr is a terminal and the job is long enough to watch.
pub fn bar(len: u64, what: &str) -> ProgressBar {
    if len < 50 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {pos}/{len} {msg} [{elapsed}] {wide_bar}")
    {
        bar.set_style(style);
    }
    bar.set_message(what.to_string());
    bar
}
