//! The site table: every route the app serves, the bundle (wasm build) that renders it, its
//! title and summary message ids, and each bundle's cargo feature and message files. One row
//! per route and per bundle; the router, the home page's tool list, the language layer, the
//! build step that writes the pages (and `dist/site.json` for the scripts and e2e tests) all
//! read it. No Leptos, no `ui`: the language layer may read it without a cycle.
//!
//! Each route exists once per locale under the locale's code (`/ja/stay`, `/zh-Hant/`), each
//! prerendered in its language; the unprefixed paths (`/stay`) are the English pages and the
//! entry point for links made before the prefixes, which send readers of other languages on
//! to their own (see `src/bin/route_pages/locale_redirect.rs`).
//!
//! Adding a tool: a row in [`ROUTES`] (and [`BUNDLES`] for a new build), a variant in the
//! enums below, a cargo feature of the bundle's name, and the tool's folder under `ui/` (the
//! README's "How to add" lists the two lines outside these).

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
    Hospitals,
}

/// One wasm build of the app. Each tool is its own build (a cargo feature of the same name),
/// so a page loads the code of its own tool only: one build with every tool measured 230 kB
/// (brotli) at first load, each tool alone 170–180 kB (docs/size.md). Links between
/// bundles are ordinary page loads; links inside a bundle do not reload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// Home and the not-found page.
    Shell,
    /// The cost estimator on `/estimate`, with its schedule picker and estimate files.
    Estimator,
    /// The estimator alone on `/embed/estimate`, for hospitals' iframes: no site chrome,
    /// service worker, language picker or estimate files, so it loads less (issue 21).
    Embed,
    Stay,
    Documents,
    Guide,
    /// The intake form with its drafts and the packet export.
    Intake,
    /// Opening a packet.
    Packet,
    /// The schedule editor and snippet for hospitals.
    Hospitals,
}

/// A row of the route table.
#[derive(Clone, Copy, Debug)]
pub struct RouteRow {
    pub route: AppRoute,
    /// The URL path, without a trailing slash.
    pub path: &'static str,
    pub bundle: Bundle,
    /// Message id of the page's short name (navigation, page title).
    pub title_key: &'static str,
    /// Message id of the one-sentence description shown on the home page's tool cards.
    pub summary_key: &'static str,
    /// Listed in the site navigation and on the home page's tool cards.
    pub in_navigation: bool,
}

/// Every route, in the order of the patient's journey (the navigation's order).
#[rustfmt::skip]
pub const ROUTES: &[RouteRow] = &[
    RouteRow { route: AppRoute::Home, path: "/", bundle: Bundle::Shell, title_key: "route-home", summary_key: "route-home-summary", in_navigation: false },
    RouteRow { route: AppRoute::Guide, path: "/guide", bundle: Bundle::Guide, title_key: "route-guide", summary_key: "route-guide-summary", in_navigation: true },
    RouteRow { route: AppRoute::Estimate, path: "/estimate", bundle: Bundle::Estimator, title_key: "route-estimate", summary_key: "route-estimate-summary", in_navigation: true },
    RouteRow { route: AppRoute::Stay, path: "/stay", bundle: Bundle::Stay, title_key: "route-stay", summary_key: "route-stay-summary", in_navigation: true },
    RouteRow { route: AppRoute::Documents, path: "/documents", bundle: Bundle::Documents, title_key: "route-documents", summary_key: "route-documents-summary", in_navigation: true },
    RouteRow { route: AppRoute::Intake, path: "/intake", bundle: Bundle::Intake, title_key: "route-intake", summary_key: "route-intake-summary", in_navigation: true },
    RouteRow { route: AppRoute::Packet, path: "/packet", bundle: Bundle::Packet, title_key: "route-packet", summary_key: "route-packet-summary", in_navigation: true },
    RouteRow { route: AppRoute::EmbedEstimate, path: "/embed/estimate", bundle: Bundle::Embed, title_key: "route-embed-estimate", summary_key: "route-embed-estimate-summary", in_navigation: false },
    RouteRow { route: AppRoute::Hospitals, path: "/hospitals", bundle: Bundle::Hospitals, title_key: "route-hospitals", summary_key: "route-hospitals-summary", in_navigation: false },
];

/// A row of the bundle table.
#[derive(Clone, Copy, Debug)]
pub struct BundleRow {
    pub bundle: Bundle,
    /// The cargo feature that compiles this bundle's pages, also its folder in the build.
    pub feature: &'static str,
    /// Whether this wasm build contains the bundle's pages (`make serve` and the browser
    /// tests compile every bundle at once).
    pub compiled: bool,
    /// The Fluent files, beyond the shared `app.ftl`, that this bundle's pages read.
    pub message_files: &'static [&'static str],
}

/// Every bundle, in build order.
#[rustfmt::skip]
pub const BUNDLES: &[BundleRow] = &[
    BundleRow { bundle: Bundle::Shell, feature: "shell", compiled: cfg!(feature = "shell"), message_files: &[] },
    BundleRow { bundle: Bundle::Estimator, feature: "estimator", compiled: cfg!(feature = "estimator"), message_files: &["estimator.ftl"] },
    BundleRow { bundle: Bundle::Embed, feature: "embed", compiled: cfg!(feature = "embed"), message_files: &["estimator.ftl"] },
    BundleRow { bundle: Bundle::Stay, feature: "stay", compiled: cfg!(feature = "stay"), message_files: &["stay.ftl"] },
    BundleRow { bundle: Bundle::Documents, feature: "documents", compiled: cfg!(feature = "documents"), message_files: &["documents.ftl", "archive.ftl"] },
    BundleRow { bundle: Bundle::Guide, feature: "guide", compiled: cfg!(feature = "guide"), message_files: &["guide.ftl"] },
    BundleRow { bundle: Bundle::Intake, feature: "intake", compiled: cfg!(feature = "intake"), message_files: &["intake.ftl", "archive.ftl"] },
    // The packet view names checklist documents and statuses.
    BundleRow { bundle: Bundle::Packet, feature: "packet", compiled: cfg!(feature = "packet"), message_files: &["intake.ftl", "documents.ftl", "estimator.ftl", "stay.ftl", "packet.ftl", "archive.ftl"] },
    // The editor previews the estimator itself.
    BundleRow { bundle: Bundle::Hospitals, feature: "hospitals", compiled: cfg!(feature = "hospitals"), message_files: &["estimator.ftl", "hospitals.ftl"] },
];

/// Whether this build is the embed's own bundle and nothing else: its app has no site
/// chrome around the page and registers no service worker, and leaving them out of the
/// build is the point of the bundle.
pub const EMBED_ONLY: bool = embed_only();

const fn embed_only() -> bool {
    let mut index = 0;
    while index < BUNDLES.len() {
        let row = &BUNDLES[index];
        if row.compiled != matches!(row.bundle, Bundle::Embed) {
            return false;
        }
        index += 1;
    }
    true
}

impl AppRoute {
    /// Every route, in the table's order.
    pub fn all() -> impl Iterator<Item = AppRoute> {
        ROUTES.iter().map(|row| row.route)
    }

    /// The tools listed in the site navigation, in the order of the journey.
    pub fn navigation() -> impl Iterator<Item = AppRoute> {
        ROUTES
            .iter()
            .filter(|row| row.in_navigation)
            .map(|row| row.route)
    }

    /// This route's row; every route has one (`site_table_has_a_row_per_route_and_bundle`).
    pub fn row(self) -> &'static RouteRow {
        ROUTES
            .iter()
            .find(|row| row.route == self)
            .unwrap_or(&ROUTES[0])
    }

    /// The URL path, without a trailing slash.
    pub fn path(self) -> &'static str {
        self.row().path
    }

    /// Message id of the page's short name (navigation, page title).
    pub fn title_key(self) -> &'static str {
        self.row().title_key
    }

    /// Message id of the one-sentence description shown on the home page's tool cards.
    pub fn summary_key(self) -> &'static str {
        self.row().summary_key
    }

    /// The build of the app that renders this route.
    pub fn bundle(self) -> Bundle {
        self.row().bundle
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
        ROUTES
            .iter()
            .find(|row| row.path == wanted)
            .map(|row| row.route)
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

impl Bundle {
    /// Every bundle, in build order.
    pub fn all() -> impl Iterator<Item = Bundle> {
        BUNDLES.iter().map(|row| row.bundle)
    }

    /// This bundle's row; every bundle has one.
    pub fn row(self) -> &'static BundleRow {
        BUNDLES
            .iter()
            .find(|row| row.bundle == self)
            .unwrap_or(&BUNDLES[0])
    }

    /// The cargo feature that compiles this bundle's pages, also its folder name in the build.
    pub fn feature(self) -> &'static str {
        self.row().feature
    }

    /// Whether this wasm build contains the bundle's pages.
    pub fn is_compiled(self) -> bool {
        self.row().compiled
    }

    /// The Fluent files, beyond the shared `app.ftl`, that this bundle's pages read.
    pub fn message_files(self) -> &'static [&'static str] {
        self.row().message_files
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

/// The table as `dist/site.json`, for the build scripts and the e2e tests. Only the build
/// program calls it, so the browser build carries none of it.
pub fn site_json() -> String {
    let routes: Vec<serde_json::Value> = ROUTES
        .iter()
        .map(|row| {
            serde_json::json!({
                "path": row.path,
                "bundle": row.bundle.feature(),
                "title_key": row.title_key,
                "summary_key": row.summary_key,
                "message_files": Bundle::message_files_of([row.bundle]),
            })
        })
        .collect();
    let bundles: Vec<serde_json::Value> = BUNDLES
        .iter()
        .map(
            |row| serde_json::json!({ "feature": row.feature, "message_files": row.message_files }),
        )
        .collect();
    let site = serde_json::json!({ "routes": routes, "bundles": bundles });
    format!("{site:#}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant, by an exhaustive match: a new variant fails to compile here until it is
    /// listed, and then fails the test below until it has its row.
    fn every_route() -> Vec<AppRoute> {
        let route = AppRoute::Home;
        match route {
            AppRoute::Home
            | AppRoute::Guide
            | AppRoute::Estimate
            | AppRoute::Stay
            | AppRoute::Documents
            | AppRoute::Intake
            | AppRoute::Packet
            | AppRoute::EmbedEstimate
            | AppRoute::Hospitals => {}
        }
        use AppRoute::*;
        vec![
            Home,
            Guide,
            Estimate,
            Stay,
            Documents,
            Intake,
            Packet,
            EmbedEstimate,
            Hospitals,
        ]
    }

    fn every_bundle() -> Vec<Bundle> {
        let bundle = Bundle::Shell;
        match bundle {
            Bundle::Shell
            | Bundle::Estimator
            | Bundle::Embed
            | Bundle::Stay
            | Bundle::Documents
            | Bundle::Guide
            | Bundle::Intake
            | Bundle::Packet
            | Bundle::Hospitals => {}
        }
        use Bundle::*;
        vec![
            Shell, Estimator, Embed, Stay, Documents, Guide, Intake, Packet, Hospitals,
        ]
    }

    #[test]
    fn site_table_has_a_row_per_route_and_bundle() {
        let routes = every_route();
        for route in &routes {
            let rows = ROUTES.iter().filter(|row| row.route == *route).count();
            assert_eq!(rows, 1, "{route:?}");
        }
        assert_eq!(ROUTES.len(), routes.len());
        let bundles = every_bundle();
        for bundle in &bundles {
            let rows = BUNDLES.iter().filter(|row| row.bundle == *bundle).count();
            assert_eq!(rows, 1, "{bundle:?}");
        }
        assert_eq!(BUNDLES.len(), bundles.len());
        let features: std::collections::BTreeSet<_> =
            BUNDLES.iter().map(|row| row.feature).collect();
        assert_eq!(features.len(), BUNDLES.len(), "one feature per bundle");
    }

    #[test]
    fn site_json_lists_every_route_and_bundle() {
        let json: serde_json::Value = serde_json::from_str(&site_json()).expect("valid JSON");
        let paths: Vec<&str> = json["routes"]
            .as_array()
            .expect("routes")
            .iter()
            .filter_map(|route| route["path"].as_str())
            .collect();
        assert_eq!(paths, ROUTES.iter().map(|row| row.path).collect::<Vec<_>>());
        let route = |path: &str| {
            json["routes"]
                .as_array()
                .and_then(|routes| routes.iter().find(|route| route["path"] == path))
                .cloned()
                .unwrap_or_default()
        };
        assert_eq!(route("/embed/estimate")["bundle"], "embed");
        assert_eq!(route("/packet")["message_files"][2], "documents.ftl");
        assert_eq!(
            json["bundles"].as_array().map(Vec::len),
            Some(BUNDLES.len())
        );
    }

    #[test]
    fn paths_round_trip_with_and_without_trailing_slash() {
        for route in AppRoute::all() {
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
            for route in AppRoute::all() {
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
        let files = Bundle::message_files_of(Bundle::all());
        assert_eq!(files[0], "app.ftl");
        let unique: std::collections::BTreeSet<_> = files.iter().collect();
        assert_eq!(unique.len(), files.len(), "{files:?}");
        assert!(files.contains(&"documents.ftl") && files.contains(&"intake.ftl"));
        assert_eq!(Bundle::message_files_of([Bundle::Shell]), ["app.ftl"]);
    }
}
