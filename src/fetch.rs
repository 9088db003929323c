//! Fetching the app's own static files (locales, fee schedules, tables) from its origin, or,
//! when pages are prerendered at build time, reading the same files from the source tree.

use std::cell::{Cell, RefCell};
use std::path::PathBuf;

use thiserror::Error;

/// A data file that could not be fetched.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{file}: could not be read ({reason})")]
pub struct FetchError {
    pub file: String,
    pub reason: String,
}

impl FetchError {
    fn new(file: &str, reason: impl Into<String>) -> Self {
        FetchError {
            file: file.to_owned(),
            reason: reason.into(),
        }
    }
}

thread_local! {
    static IN_FLIGHT: Cell<usize> = const { Cell::new(0) };
    static FINISHED: Cell<usize> = const { Cell::new(0) };
    static PRERENDER_ROOT: RefCell<Option<PathBuf>> = const { RefCell::new(None) };
}

/// How many fetches are under way, and how many have ended (either way). The prerendered
/// page is replaced by the app's own once its files have arrived and the page is drawn from
/// them (`ui::takeover`): work that follows a fetch in a later task counts as under way too.
pub fn fetch_activity() -> (usize, usize) {
    (IN_FLIGHT.get(), FINISHED.get())
}

/// Outside the browser, [`fetch_text`] reads `/data/…` and `/locales/…` from `root` (the
/// `public/` folder the build copies them from).
pub fn serve_files_from(root: PathBuf) {
    PRERENDER_ROOT.set(Some(root));
}

/// The text of `path` (absolute, e.g. `/data/currencies.json`).
pub async fn fetch_text(path: &str) -> Result<String, FetchError> {
    let _counted = InFlight::start();
    if crate::web::in_browser() {
        fetch_from_origin(path).await
    } else {
        read_from_root(path)
    }
}

/// Lets the browser run (a task ends) between a fetch and the page drawn from what it
/// brought, so a slow phone does not parse and draw in one long task. It counts as a fetch
/// under way until it returns, so the takeover does not swap the page in between.
pub async fn yield_to_browser() {
    let _counted = InFlight::start();
    if let Some(window) = crate::web::window() {
        crate::web::sleep(&window, 0).await;
    }
}

/// Counts a fetch from its start until it ends, or until its future is dropped (when one of
/// several fetches made together fails, the others are abandoned). Work that follows a fetch
/// in a later task (a slice of the page, `ui::components::slice`) holds one too.
pub struct InFlight;

impl InFlight {
    pub fn start() -> InFlight {
        IN_FLIGHT.set(IN_FLIGHT.get() + 1);
        InFlight
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        IN_FLIGHT.set(IN_FLIGHT.get().saturating_sub(1));
        FINISHED.set(FINISHED.get() + 1);
    }
}

async fn fetch_from_origin(path: &str) -> Result<String, FetchError> {
    let failure = |reason: String| FetchError::new(path, reason);
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

fn read_from_root(path: &str) -> Result<String, FetchError> {
    let root = PRERENDER_ROOT
        .with_borrow(Clone::clone)
        .ok_or_else(|| FetchError::new(path, "no browser and no folder to read from"))?;
    let relative = path.trim_start_matches('/');
    if relative.split('/').any(|part| part == "..") {
        return Err(FetchError::new(path, "path leaves the folder"));
    }
    std::fs::read_to_string(root.join(relative))
        .map_err(|error| FetchError::new(path, error.to_string()))
}
