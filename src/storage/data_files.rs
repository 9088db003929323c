//! Fetching the app's own static files (locales, fee schedules, tables) from its origin.

use thiserror::Error;

/// A data file that could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{file}: could not be read ({reason})")]
pub struct FetchError {
    pub file: String,
    pub reason: String,
}

/// The text of `path` (absolute, e.g. `/data/currencies.json`).
pub async fn fetch_text(path: &str) -> Result<String, FetchError> {
    let failure = |reason: String| FetchError {
        file: path.to_owned(),
        reason,
    };
    let response = gloo_net::http::Request::get(path)
        .send()
        .await
        .map_err(|error| failure(error.to_string()))?;
    if !response.ok() {
        return Err(failure(format!("HTTP {}", response.status())));
    }
    response
        .text()
        .await
        .map_err(|error| failure(error.to_string()))
}
