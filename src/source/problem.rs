//! One thing wrong with the input, pointed at as precisely as the input allows: the file, and
//! where it has them, the line, the column and the value.

use std::fmt;

/// One thing wrong with the input, pointed at as precisely as the input allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: String,
    pub line: Option<u64>,
    pub column: Option<String>,
    pub value: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn file(file: &str, message: String) -> Problem {
        Problem {
            file: file.to_string(),
            line: None,
            column: None,
            value: None,
            message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", crate::output::printable(&self.file))?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        if let Some(c) = &self.column {
            write!(f, ": column {c}")?;
        }
        if let Some(v) = &self.value {
            let shown: String = v.chars().take(80).collect();
            let more = if v.chars().count() > 80 { "…" } else { "" };
            write!(f, ": value {:?}{more}", shown)?;
        }
        write!(f, ": {}", self.message)
    }
}
