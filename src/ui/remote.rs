//! Data files the pages load: their state while loading, and one way to fetch and parse them.

use std::sync::Arc;

use crate::domain::data_file::{is_slug, DataFileError};
use crate::domain::fee_schedule::FeeSchedule;
use crate::fetch::{self, FetchError};

/// Why a data file is not available.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    Fetch(FetchError),
    Invalid(DataFileError),
}

/// A data file on its way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Remote<T> {
    Loading,
    Ready(T),
    Failed(DataError),
}

/// Fetches `/data/<file>` and parses it with `parse`, which names the file in its errors.
pub async fn load_data<T>(
    file: &str,
    parse: impl FnOnce(&str, &str) -> Result<T, DataFileError>,
) -> Result<Arc<T>, DataError> {
    let text = fetch::fetch_text(&format!("/data/{file}"))
        .await
        .map_err(DataError::Fetch)?;
    let name = file.rsplit('/').next().unwrap_or(file);
    parse(name, &text).map(Arc::new).map_err(DataError::Invalid)
}

/// Fetches the fee schedule `id` (`/data/fee-schedules/<id>.json`). Ids can come from a URL
/// or a file: only plain slugs become a path.
pub async fn load_schedule(id: &str) -> Result<Arc<FeeSchedule>, DataError> {
    if !is_slug(id) {
        return Err(DataError::Invalid(DataFileError {
            file: format!("{id}.json"),
            field: "(file)".into(),
            reason: "not a schedule id".into(),
        }));
    }
    load_data(&format!("fee-schedules/{id}.json"), FeeSchedule::parse).await
}

impl<T> From<Result<T, DataError>> for Remote<T> {
    fn from(result: Result<T, DataError>) -> Remote<T> {
        match result {
            Ok(value) => Remote::Ready(value),
            Err(error) => Remote::Failed(error),
        }
    }
}
