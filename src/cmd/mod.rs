//! One file per subcommand, each with one `run`.

pub mod evaluate;
