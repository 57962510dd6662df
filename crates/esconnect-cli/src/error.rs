//! The error every binary returns: a message, an optional remedy, and the exit code.

use esconnect_core::exit;

#[derive(Debug)]
pub struct CliError {
    pub code: u8,
    pub message: String,
    pub remedy: Option<String>,
    broken_pipe: bool,
}

pub type CliResult<T> = Result<T, CliError>;

impl CliError {
    pub fn new(code: u8, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            remedy: None,
            broken_pipe: false,
        }
    }
    /// Bad usage or input (exit 2): nothing was sent or written.
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(exit::USAGE, message)
    }
    /// An operation or check failed (exit 1).
    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(exit::FAILURE, message)
    }
    pub fn with_remedy(mut self, remedy: impl Into<String>) -> Self {
        self.remedy = Some(remedy.into());
        self
    }
    pub fn is_broken_pipe(&self) -> bool {
        self.broken_pipe
    }
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        let broken_pipe = e.kind() == std::io::ErrorKind::BrokenPipe;
        Self {
            code: exit::FAILURE,
            message: format!("I/O error: {e}"),
            remedy: None,
            broken_pipe,
        }
    }
}

#[cfg(feature = "http")]
impl From<esconnect_core::http::WireError> for CliError {
    fn from(e: esconnect_core::http::WireError) -> Self {
        let remedy = e.remedy();
        Self::new(e.exit_code(), e.to_string()).with_remedy(remedy)
    }
}

#[cfg(feature = "http")]
impl From<esconnect_core::settings::SettingsError> for CliError {
    fn from(e: esconnect_core::settings::SettingsError) -> Self {
        Self::usage(e.to_string())
    }
}

#[cfg(feature = "http")]
impl From<esconnect_core::http::TlsConfigError> for CliError {
    fn from(e: esconnect_core::http::TlsConfigError) -> Self {
        Self::usage(e.to_string())
    }
}

impl From<esconnect_core::secret::SecretReadError> for CliError {
    fn from(e: esconnect_core::secret::SecretReadError) -> Self {
        Self::usage(e.to_string())
    }
}

#[cfg(feature = "http")]
impl From<esconnect_core::ec::EcError> for CliError {
    fn from(e: esconnect_core::ec::EcError) -> Self {
        let mut c = Self::new(e.exit_code(), e.to_string());
        if let Some(r) = e.remedy() {
            c = c.with_remedy(r);
        }
        c
    }
}

/// Bad input found after parsing (exit 2: nothing sent, nothing written), with the remedy the user needs.
pub fn usage(message: impl Into<String>, remedy: impl Into<String>) -> CliError {
    CliError::usage(message).with_remedy(remedy)
}
