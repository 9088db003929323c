//! Build-time prerendering (`ui::prerender`): every route renders in every locale, in that
//! locale, with its data already in the page rather than a loading line.

use std::path::Path;

use japan_care_planner::i18n::{Locale, Messages};
use japan_care_planner::site::{AppRoute, Bundle};
use japan_care_planner::ui::prerender::prerender;

fn messages(route: AppRoute, locale: Locale) -> Messages {
    let files: Vec<(String, String)> = Bundle::message_files_of([route.bundle()])
        .into_iter()
        .map(|name| {
            let path = format!("public/locales/{}/{name}", locale.code());
            let source = std::fs::read_to_string(&path).expect(&path);
            (path, source)
        })
        .collect();
    Messages::parse(locale, &files).expect("messages parse")
}

fn text(messages: &Messages, id: &str) -> String {
    let text = messages
        .format(id, None)
        .unwrap_or_else(|| panic!("no {id}"));
    // As the HTML writes it.
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn every_route_renders_its_heading_in_every_locale() {
    for locale in Locale::ALL {
        for route in AppRoute::all() {
            let page = prerender(route, locale, Path::new("public"))
                .unwrap_or_else(|error| panic!("{route:?} {locale:?}: {error}"));
            let messages = messages(route, locale);
            let heading = text(&messages, route.title_key());
            assert!(
                page.body.contains(&format!("<h1>{heading}</h1>")),
                "{route:?} in {}: no <h1>{heading}</h1> in {}",
                locale.code(),
                &page.body[..page.body.len().min(600)]
            );
            assert!(page.title.starts_with(&heading), "{}", page.title);
            assert!(!page.description.is_empty());
        }
    }
}

/// The data files are read at build time: the page holds their content, not "Loading".
#[test]
fn pages_hold_their_data_not_a_loading_line() {
    let expectations = [
        (AppRoute::Guide, "guide-loading", "guide-faq-heading"),
        (AppRoute::Documents, "documents-loading", "documents-choose"),
        (
            AppRoute::Estimate,
            "estimate-loading",
            "estimate-items-heading",
        ),
        (
            AppRoute::EmbedEstimate,
            "estimate-loading",
            "estimate-items-heading",
        ),
        (AppRoute::Stay, "stay-loading", "stay-result-heading"),
    ];
    for locale in [Locale::En, Locale::Ja, Locale::Ar] {
        for (route, loading, loaded) in expectations {
            let messages = messages(route, locale);
            let page = prerender(route, locale, Path::new("public")).expect("renders");
            let (loading, loaded) = (text(&messages, loading), text(&messages, loaded));
            assert!(
                !page.body.contains(&loading),
                "{route:?} {locale:?} still loading"
            );
            assert!(
                page.body.contains(&loaded),
                "{route:?} {locale:?}: no “{loaded}”"
            );
        }
    }
}
