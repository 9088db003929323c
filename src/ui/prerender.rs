//! Rendering a page to HTML outside the browser, at build time (`route-pages`), so a static
//! server sends each route already readable, in its language, before any script runs.
//!
//! It renders the app's own view ([`app_view`]) with the same components, messages and data
//! files the browser loads, read from `public/`; the browser then replaces it with its own
//! render (`ui::takeover`). Nothing browser-only runs here: effects are off in native builds,
//! storage is empty (a first visit) and `crate::web` answers as a page with no window.

use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::sync::Once;
use std::task::{Context, Poll, Waker};

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::*;

use crate::fetch::serve_files_from;
use crate::i18n::{fetch_messages, provide_i18n_with, I18nError, Locale};
use crate::site::AppRoute;
use crate::ui::app::app_view;
use crate::ui::components::document_title;
use crate::ui::router::provide_navigation_at;

/// A route's page in one locale, as HTML.
pub struct PrerenderedPage {
    /// The document title the app sets for the page.
    pub title: String,
    /// The page's one-sentence summary, for `<meta name=description>`.
    pub description: String,
    /// Everything the app renders into its root element.
    pub body: String,
}

/// Renders `route` in `locale`, reading messages and data files from `public`.
pub fn prerender(
    route: AppRoute,
    locale: Locale,
    public: &Path,
) -> Result<PrerenderedPage, I18nError> {
    use_eager_executor();
    serve_files_from(public.to_path_buf());
    // The browser's own loading code; reading files never waits, so one poll finishes it.
    let messages =
        poll_now(Box::pin(fetch_messages(locale, [route.bundle()]))).ok_or_else(|| {
            I18nError::Fetch {
                file: format!("/locales/{}/", locale.code()),
                reason: "reading the message files did not finish".into(),
            }
        })??;
    let owner = Owner::new();
    let page = owner.with(|| {
        let i18n = provide_i18n_with(messages);
        let navigation = provide_navigation_at(Some(route));
        PrerenderedPage {
            title: document_title(i18n, route.title_key()),
            description: i18n.t(route.summary_key()),
            body: app_view(i18n, navigation).to_html(),
        }
    });
    owner.cleanup();
    Ok(page)
}

/// Runs every spawned task as far as it goes at once. Outside the browser the pages' loads
/// read files without waiting, so a page's data is in its signals before its view renders,
/// in one pass.
struct EagerExecutor;

impl CustomExecutor for EagerExecutor {
    fn spawn(&self, future: PinnedFuture<()>) {
        run_task(future);
    }

    fn spawn_local(&self, future: PinnedLocalFuture<()>) {
        run_task(future);
    }

    fn poll_local(&self) {}
}

/// A task still waiting after its first poll waits on something that never comes outside a
/// browser (a timer, an event); it is dropped, and the page renders without it.
fn run_task<F: Future<Output = ()> + ?Sized>(future: Pin<Box<F>>) {
    if poll_now(future).is_none() {
        leptos::logging::debug_warn!("prerender: a task did not finish at once");
    }
}

/// Polls `future` once: its output if that finished it.
fn poll_now<F: Future + ?Sized>(mut future: Pin<Box<F>>) -> Option<F::Output> {
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(output) => Some(output),
        Poll::Pending => None,
    }
}

fn use_eager_executor() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        // Fails only if another executor is already installed, which then runs the tasks.
        let _ = Executor::init_custom_executor(EagerExecutor);
    });
}
