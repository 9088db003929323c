//! Every route the app serves, in one list used by the router's navigation, the home page's
//! tool list and the build step that writes one HTML entry per route, and the bundle (wasm
//! build) that renders each route.
//!
//! Each route exists once per locale under the locale's code (`/ja/stay`, `/zh-Hant/`), each
//! prerendered in its language; the unprefixed paths (`/stay`) are the English pages and the
//! entry point for links made before the prefixes, which send readers of other languages on
//! to their own (see `src/bin/route_pages/locale_redirect.rs`).

use crate::i18n::Locale;

/// A page of the app that has its own URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppRoute {
    Home,
    Estimate,
    Stay,
    Documents,
    Guide,
    Intake,
    Packet,
    EmbedEstimate,
}

impl AppRoute {
    pub const ALL: [AppRoute; 8] = [
        AppRoute::Home,
        AppRoute::Estimate,
        AppRoute::Stay,
        AppRoute::Documents,
        AppRoute::Guide,
        AppRoute::Intake,
        AppRoute::Packet,
        AppRoute::EmbedEstimate,
    ];

    /// The tools listed in the site navigation, in the order of the journey.
    pub const NAVIGATION: [AppRoute; 6] = [
        AppRoute::Guide,
        AppRoute::Estimate,
        AppRoute::Stay,
        AppRoute::Documents,
        AppRoute::Intake,
        AppRoute::Packet,
    ];

    /// The URL path, without a trailing slash.
    pub fn path(self) -> &'static str {
        match self {
            AppRoute::Home => "/",
            AppRoute::Estimate => "/estimate",
            AppRoute::Stay => "/stay",
            AppRoute::Documents => "/documents",
            AppRoute::Guide => "/guide",
            AppRoute::Intake => "/intake",
            AppRoute::Packet => "/packet",
            AppRoute::EmbedEstimate => "/embed/estimate",
        }
    }

    /// Message id of the page's short name (navigation, page title).
    pub fn title_key(self) -> &'static str {
        match self {
            AppRoute::Home => "route-home",
            AppRoute::Estimate => "route-estimate",
            AppRoute::Stay => "route-stay",
            AppRoute::Documents => "route-documents",
            AppRoute::Guide => "route-guide",
            AppRoute::Intake => "route-intake",
            AppRoute::Packet => "route-packet",
            AppRoute::EmbedEstimate => "route-embed-estimate",
        }
    }

    /// Message id of the one-sentence description shown on the home page's tool cards.
    pub fn summary_key(self) -> &'static str {
        match self {
            AppRoute::Home => "route-home-summary",
            AppRoute::Estimate => "route-estimate-summary",
            AppRoute::Stay => "route-stay-summary",
            AppRoute::Documents => "route-documents-summary",
            AppRoute::Guide => "route-guide-summary",
            AppRoute::Intake => "route-intake-summary",
            AppRoute::Packet => "route-packet-summary",
            AppRoute::EmbedEstimate => "route-embed-estimate-summary",
        }
    }

    /// The build of the app that renders this route.
    pub fn bundle(self) -> Bundle {
        match self {
            AppRoute::Estimate | AppRoute::EmbedEstimate => Bundle::Estimator,
            AppRoute::Stay => Bundle::Stay,
            AppRoute::Documents => Bundle::Documents,
            AppRoute::Guide => Bundle::Guide,
            AppRoute::Intake => Bundle::Intake,
            AppRoute::Packet => Bundle::Packet,
            AppRoute::Home => Bundle::Shell,
        }
    }

    /// The path of this route in `locale`'s pages: `/ja/stay`, `/ja/` for home.
    pub fn localized_path(self, locale: Locale) -> String {
        match self {
            AppRoute::Home => format!("/{}/", locale.code()),
            route => format!("/{}{}", locale.code(), route.path()),
        }
    }

    /// Every path this route is served at: the unprefixed one (`None`: English, and the entry
    /// point that sends other readers on) and each locale's own.
    pub fn served_paths(self) -> Vec<(Option<Locale>, String)> {
        let unprefixed = std::iter::once((None, self.path().to_owned()));
        let localized = Locale::ALL.map(|locale| (Some(locale), self.localized_path(locale)));
        unprefixed.chain(localized).collect()
    }

    /// The route whose path is `path`, with or without a locale prefix; a trailing slash is
    /// accepted because static hosts redirect `/stay` to `/stay/` when they serve
    /// `stay/index.html`.
    pub fn from_path(path: &str) -> Option<AppRoute> {
        let (_, path) = split_locale_prefix(path);
        let trimmed = path.trim_end_matches('/');
        let wanted = if trimmed.is_empty() { "/" } else { trimmed };
        AppRoute::ALL
            .into_iter()
            .find(|route| route.path() == wanted)
    }
}

/// The locale named by the first segment of `path`, and the rest of the path:
/// `/ja/stay` gives `(Some(Ja), "/stay")`, `/stay` gives `(None, "/stay")`.
pub fn split_locale_prefix(path: &str) -> (Option<Locale>, &str) {
    let rest = path.strip_prefix('/').unwrap_or(path);
    let (first, after) = rest
        .split_once('/')
        .map_or((rest, ""), |(first, _)| (first, &rest[first.len()..]));
    match Locale::ALL
        .into_iter()
        .find(|locale| locale.code() == first)
    {
        Some(locale) if after.is_empty() => (Some(locale), "/"),
        Some(locale) => (Some(locale), after),
        None => (None, path),
    }
}

/// One wasm build of the app. Each tool is its own build (a cargo feature of the same name),
/// so a page loads the code of its own tool only: one build with every tool measured 230 kB
/// (brotli) at first load, each tool alone 170–180 kB (README, "Size"). Links between
/// bundles are ordinary page loads; links inside a bundle do not reload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// Home and the not-found page.
    Shell,
    Estimator,
    Stay,
    Documents,
    Guide,
    /// The intake form with its drafts and the packet export.
    Intake,
    /// Opening a packet.
    Packet,
}

impl Bundle {
    pub const ALL: [Bundle; 7] = [
        Bundle::Shell,
        Bundle::Estimator,
        Bundle::Stay,
        Bundle::Documents,
        Bundle::Guide,
        Bundle::Intake,
        Bundle::Packet,
    ];

    /// The cargo feature that compiles this bundle's pages, also its folder name in the build.
    pub fn feature(self) -> &'static str {
        match self {
            Bundle::Shell => "shell",
            Bundle::Estimator => "estimator",
            Bundle::Stay => "stay",
            Bundle::Documents => "documents",
            Bundle::Guide => "guide",
            Bundle::Intake => "intake",
            Bundle::Packet => "packet",
        }
    }

    /// Whether this wasm build contains the bundle's pages. Development builds (`make serve`)
    /// and browser tests compile every bundle at once.
    pub fn is_compiled(self) -> bool {
        match self {
            Bundle::Shell => cfg!(feature = "shell"),
            Bundle::Estimator => cfg!(feature = "estimator"),
            Bundle::Stay => cfg!(feature = "stay"),
            Bundle::Documents => cfg!(feature = "documents"),
            Bundle::Guide => cfg!(feature = "guide"),
            Bundle::Intake => cfg!(feature = "intake"),
            Bundle::Packet => cfg!(feature = "packet"),
        }
    }

    /// The Fluent files, beyond the shared `app.ftl`, that this bundle's pages read.
    pub fn message_files(self) -> &'static [&'static str] {
        match self {
            Bundle::Shell => &[],
            Bundle::Estimator => &["estimator.ftl"],
            Bundle::Stay => &["stay.ftl"],
            Bundle::Documents => &["documents.ftl"],
            Bundle::Guide => &["guide.ftl"],
            Bundle::Intake => &["intake.ftl"],
            // The packet view names checklist documents and statuses.
            Bundle::Packet => &["intake.ftl", "documents.ftl"],
        }
    }

    /// Every Fluent file `bundles` read, each once, `app.ftl` first: bundles share files (the
    /// packet view reads the checklist texts), and a build with several bundles must not load
    /// a file twice (its messages would be defined twice).
    pub fn message_files_of(bundles: impl IntoIterator<Item = Bundle>) -> Vec<&'static str> {
        let mut files = vec!["app.ftl"];
        for file in bundles
            .into_iter()
            .flat_map(|bundle| bundle.message_files())
        {
            if !files.contains(file) {
                files.push(file);
            }
        }
        files
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip_with_and_without_trailing_slash() {
        for route in AppRoute::ALL {
            assert_eq!(AppRoute::from_path(route.path()), Some(route));
            assert_eq!(
                AppRoute::from_path(&format!("{}/", route.path())),
                Some(route)
            );
        }
        assert_eq!(AppRoute::from_path("/nowhere"), None);
    }

    #[test]
    fn localized_paths_round_trip_in_every_locale() {
        for locale in Locale::ALL {
            for route in AppRoute::ALL {
                let path = route.localized_path(locale);
                assert_eq!(split_locale_prefix(&path).0, Some(locale), "{path}");
                assert_eq!(AppRoute::from_path(&path), Some(route), "{path}");
                assert_eq!(AppRoute::from_path(path.trim_end_matches('/')), Some(route));
            }
        }
        assert_eq!(AppRoute::Home.localized_path(Locale::ZhHant), "/zh-Hant/");
        assert_eq!(AppRoute::Stay.localized_path(Locale::Ja), "/ja/stay");
        assert_eq!(split_locale_prefix("/stay/"), (None, "/stay/"));
        assert_eq!(split_locale_prefix("/javascript"), (None, "/javascript"));
        assert_eq!(AppRoute::from_path("/xx/stay"), None);
        assert_eq!(AppRoute::from_path("/ja/nowhere"), None);
    }

    // Regression: with every bundle compiled (`make serve`), documents.ftl was fetched for both
    // the documents and the packet bundle, and the app refused its own messages as duplicates.
    #[test]
    fn message_files_of_several_bundles_are_listed_once() {
        let files = Bundle::message_files_of(Bundle::ALL);
        assert_eq!(files[0], "app.ftl");
        let unique: std::collections::BTreeSet<_> = files.iter().collect();
        assert_eq!(unique.len(), files.len(), "{files:?}");
        assert!(files.contains(&"documents.ftl") && files.contains(&"intake.ftl"));
        assert_eq!(Bundle::message_files_of([Bundle::Shell]), ["app.ftl"]);
    }
}
