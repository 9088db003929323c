//! The i18n context: which locale is active, its messages, and loading them in the browser.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use rust_decimal::Decimal;

use super::{amount_text, date_text, yen_text, Args, I18nError, Locale, Messages};
use crate::domain::date::CalendarDate;
use crate::domain::money::Yen;
use crate::site::{split_locale_prefix, Bundle};
use crate::storage::{self, StorageKey};
use crate::web::{pathname, query_param};

/// Where the active locale's messages are in their life.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadState {
    Loading,
    Ready,
    Failed(I18nError),
}

/// Handle to the UI language, provided once by [`provide_i18n`]. Cheap to copy.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
    state: RwSignal<LoadState>,
    /// The last complete message set loaded; kept while another locale loads so the page
    /// never flashes message ids.
    messages: RwSignal<Option<Arc<Messages>>>,
    boot: RwSignal<Arc<Messages>>,
}

impl I18n {
    pub fn locale(&self) -> Locale {
        self.locale.get()
    }

    pub fn state(&self) -> LoadState {
        self.state.get()
    }

    /// True once a full message set is on screen (possibly of the previous locale while a
    /// newly picked one loads).
    pub fn has_messages(&self) -> bool {
        self.messages.with(Option::is_some)
    }

    /// The text of message `id` in the active locale (reactive).
    pub fn t(&self, id: &str) -> String {
        self.lookup(id, None)
    }

    /// A closure that renders message `id`, for use directly in `view!`: it re-renders when
    /// the language changes.
    pub fn text(&self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        let this = *self;
        move || this.t(id)
    }

    /// Message `id` as a signal, for props that take one.
    pub fn signal(&self, id: &'static str) -> Signal<String> {
        Signal::derive(self.text(id))
    }

    /// The text of message `id` with arguments (reactive).
    pub fn t_args(&self, id: &str, args: &Args) -> String {
        self.lookup(id, Some(args))
    }

    /// Whole yen as the active locale writes them (reactive); see `formats.rs`.
    pub fn yen(&self, amount: Yen) -> String {
        yen_text(self.locale.get(), amount)
    }

    /// Another currency's amount with `minor_units` decimals, without its code (reactive).
    pub fn amount(&self, value: Decimal, minor_units: u32) -> String {
        amount_text(self.locale.get(), value, minor_units)
    }

    /// A number with its own decimals, grouped as the active locale groups digits
    /// (reactive): `10,000,000`, `10 000 000`, `2.5`, `2,5`.
    pub fn number(&self, value: Decimal) -> String {
        let value = value.normalize();
        amount_text(self.locale.get(), value, value.scale())
    }

    /// A calendar date as the active locale writes it (reactive).
    pub fn date(&self, date: CalendarDate) -> String {
        date_text(self.locale.get(), date)
    }

    fn lookup(&self, id: &str, args: Option<&Args>) -> String {
        let loaded = self
            .messages
            .with(|messages| messages.as_ref().and_then(|m| m.format(id, args)));
        loaded
            .or_else(|| self.boot.with(|boot| boot.format(id, args)))
            .unwrap_or_else(|| {
                // The completeness tests make this unreachable for shipped locales; showing
                // the id beats showing nothing if a hand-edited file drops a message.
                leptos::logging::warn!("missing message “{id}”");
                id.to_owned()
            })
    }

    /// Switches the UI language; `remember` stores the choice for the next visit.
    pub fn select(&self, locale: Locale, remember: bool) {
        if remember {
            // Losing a language preference is harmless; the app says nothing about it.
            if let Err(error) = storage::save(StorageKey::LocalePreference, &locale.code()) {
                leptos::logging::warn!("language preference not saved: {error}");
            }
        }
        if locale != self.locale.get_untracked() {
            self.locale.set(locale);
            self.boot.set(Arc::new(boot_messages(locale)));
            self.load(locale);
        }
    }

    /// Tries again to fetch the active locale's messages, after a network failure.
    pub fn retry(&self) {
        self.load(self.locale.get_untracked());
    }

    fn load(&self, locale: Locale) {
        let this = *self;
        this.state.set(LoadState::Loading);
        spawn_local(async move {
            // The requests start in a task of their own, not in the one that mounted the app.
            crate::fetch::yield_to_browser().await;
            let compiled = Bundle::all().filter(|bundle| bundle.is_compiled());
            // Ends with a yield: the page is drawn as the messages are set, in a task after
            // the parsing.
            let result = fetch_messages(locale, compiled).await;
            // A slower answer for a locale the user has already left must not win.
            if this.locale.get_untracked() != locale {
                return;
            }
            match result {
                Ok(messages) => {
                    this.messages.set(Some(Arc::new(messages)));
                    this.state.set(LoadState::Ready);
                    apply_document_language(locale);
                }
                Err(error) => {
                    leptos::logging::error!("{error}");
                    this.state.set(LoadState::Failed(error));
                }
            }
        });
    }
}

/// Chooses the start-up locale, provides the [`I18n`] context and starts loading messages.
/// A locale's own pages (`/ja/stay`) are in that locale whatever else says; an unprefixed
/// page (`/stay`, links from before the prefixes) negotiates as its redirect script did.
pub fn provide_i18n() -> I18n {
    let explicit = split_locale_prefix(&pathname())
        .0
        .map(|locale| locale.code().to_owned())
        .or_else(|| query_param("lang"));
    let locale = Locale::negotiate(
        explicit.as_deref(),
        remembered_locale().as_deref(),
        &browser_languages(),
    );
    let i18n = I18n {
        locale: RwSignal::new(locale),
        state: RwSignal::new(LoadState::Loading),
        messages: RwSignal::new(None),
        boot: RwSignal::new(Arc::new(boot_messages(locale))),
    };
    provide_context(i18n);
    i18n.load(locale);
    i18n
}

/// Provides an [`I18n`] whose messages are already loaded: no fetch, no storage. For
/// rendering outside the browser app (tests, build-time rendering).
pub fn provide_i18n_with(messages: Messages) -> I18n {
    let locale = messages.locale();
    let i18n = I18n {
        locale: RwSignal::new(locale),
        state: RwSignal::new(LoadState::Ready),
        messages: RwSignal::new(Some(Arc::new(messages))),
        boot: RwSignal::new(Arc::new(boot_messages(locale))),
    };
    provide_context(i18n);
    i18n
}

/// The [`I18n`] provided by the app root.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// The few messages needed before `app.ftl` arrives, compiled in for every locale.
fn boot_messages(locale: Locale) -> Messages {
    let source = match locale {
        Locale::En => include_str!("../../public/locales/en/boot.ftl"),
        Locale::Ja => include_str!("../../public/locales/ja/boot.ftl"),
        Locale::ZhHans => include_str!("../../public/locales/zh-Hans/boot.ftl"),
        Locale::ZhHant => include_str!("../../public/locales/zh-Hant/boot.ftl"),
        Locale::Ko => include_str!("../../public/locales/ko/boot.ftl"),
        Locale::Vi => include_str!("../../public/locales/vi/boot.ftl"),
        Locale::Ru => include_str!("../../public/locales/ru/boot.ftl"),
        Locale::Id => include_str!("../../public/locales/id/boot.ftl"),
        Locale::Ar => include_str!("../../public/locales/ar/boot.ftl"),
    };
    // The boot files are tested to parse (tests/i18n_completeness.rs); an empty set, which
    // shows message ids, is the safe outcome should that ever be bypassed.
    Messages::parse(locale, &[("boot.ftl", source.to_owned())])
        .unwrap_or_else(|_| Messages::empty(locale))
}

/// Fetches, at the same time, the shared `app.ftl` and the message files of `bundles` (in
/// the browser, those of this build: a page never downloads another tool's messages).
/// Prerendering reads the same files through the same function. In the browser each file is
/// parsed in a task of its own: the packet page reads six.
pub async fn fetch_messages(
    locale: Locale,
    bundles: impl IntoIterator<Item = Bundle>,
) -> Result<Messages, I18nError> {
    let names = Bundle::message_files_of(bundles);
    let fetches = names.into_iter().map(|name| async move {
        let file = format!("/locales/{}/{name}", locale.code());
        match crate::fetch::fetch_text(&file).await {
            Ok(source) => Ok((file, source)),
            Err(error) => Err(I18nError::Fetch {
                file: error.file,
                reason: error.reason,
            }),
        }
    });
    let files = futures::future::try_join_all(fetches).await?;
    let mut messages = Messages::empty(locale);
    for (file, source) in &files {
        messages.add_file(file, source)?;
        crate::fetch::yield_to_browser().await;
    }
    Ok(messages)
}

fn remembered_locale() -> Option<String> {
    storage::load::<String>(StorageKey::LocalePreference)
        .inspect_err(|error| leptos::logging::warn!("language preference not read: {error}"))
        .ok()
        .flatten()
}

fn browser_languages() -> Vec<String> {
    crate::web::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Mirrors the locale into `<html lang dir>`, which screen readers, fonts (Japanese and
/// Chinese glyph variants of the same code points) and right-to-left layout depend on, and
/// into the manifest link, so an installed app is named in the reader's language.
fn apply_document_language(locale: Locale) {
    let Some(document) = crate::web::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", locale.code());
        let _ = root.set_attribute("dir", locale.direction().as_str());
    }
    if let Ok(Some(manifest)) = document.query_selector("link[rel=manifest]") {
        let _ = manifest.set_attribute("href", &format!("/manifest/{}.webmanifest", locale.code()));
    }
}
