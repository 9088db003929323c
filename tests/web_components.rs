//! Components rendered in headless Chromium with real messages: what a reader sees.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use japan_care_planner::i18n::{provide_i18n_with, Locale, Messages};
use japan_care_planner::ui::components::{LanguagePicker, PageHeading};
use japan_care_planner::ui::home::HomePage;
use japan_care_planner::ui::router::provide_navigation;
use japan_care_planner::App;

wasm_bindgen_test_configure!(run_in_browser);

fn messages(locale: Locale) -> Messages {
    let source = match locale {
        Locale::En => include_str!("../public/locales/en/app.ftl"),
        Locale::Ja => include_str!("../public/locales/ja/app.ftl"),
        Locale::ZhHans => include_str!("../public/locales/zh-Hans/app.ftl"),
        other => panic!("these tests use en, ja and zh-Hans, not {}", other.code()),
    };
    Messages::parse(locale, &[("app.ftl", source.to_owned())]).expect("shipped locale parses")
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a browser document")
}

/// A fresh element to mount into, so tests do not see each other's output.
fn container() -> web_sys::HtmlElement {
    let element = document()
        .create_element("div")
        .expect("can create a div")
        .unchecked_into::<web_sys::HtmlElement>();
    document()
        .body()
        .expect("a body")
        .append_child(&element)
        .expect("can append");
    element
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).expect("valid selector");
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .filter_map(|node| node.text_content())
        .collect()
}

#[wasm_bindgen_test]
async fn home_page_shows_the_journey_and_every_tool_in_japanese() {
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), || {
        provide_i18n_with(messages(Locale::Ja));
        provide_navigation();
        view! { <HomePage /> }
    });
    leptos::task::tick().await;

    assert_eq!(texts(&root, "h1"), ["日本での治療を計画する"]);
    let stages = texts(&root, ".journey__stage h3");
    assert_eq!(stages.len(), 7, "{stages:?}");
    assert_eq!(stages.first().map(String::as_str), Some("準備"));
    assert_eq!(stages.last().map(String::as_str), Some("帰国後のフォロー"));
    let tool_links = root
        .query_selector_all(".tool-cards a")
        .expect("valid selector");
    let hrefs: Vec<String> = (0..tool_links.length())
        .filter_map(|index| tool_links.item(index))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .filter_map(|link| link.get_attribute("href"))
        .collect();
    assert_eq!(
        hrefs,
        [
            "/ja/guide",
            "/ja/estimate",
            "/ja/stay",
            "/ja/documents",
            "/ja/intake",
            "/ja/packet"
        ]
    );
}

#[wasm_bindgen_test]
async fn page_heading_names_the_document() {
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), || {
        provide_i18n_with(messages(Locale::ZhHans));
        view! { <PageHeading key="route-estimate" /> }
    });
    leptos::task::tick().await;

    assert_eq!(texts(&root, "h1"), ["费用估算"]);
    assert_eq!(document().title(), "费用估算 · 日本就医规划");
}

#[wasm_bindgen_test]
async fn language_picker_is_labelled_and_marks_the_active_language() {
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), || {
        provide_i18n_with(messages(Locale::Ja));
        provide_navigation();
        view! { <LanguagePicker /> }
    });
    leptos::task::tick().await;

    assert_eq!(texts(&root, "label[for=language-picker]"), ["言語"]);
    assert_eq!(
        texts(&root, "option"),
        Locale::ALL.map(|locale| locale.native_name())
    );
    let select = root
        .query_selector("select")
        .expect("valid selector")
        .expect("a select")
        .unchecked_into::<web_sys::HtmlSelectElement>();
    assert_eq!(select.value(), "ja");
}

/// The test server has no `locales/` folder, so the app meets the failure a patient meets
/// offline before the first visit finished: it must say so and offer a retry, not go blank.
#[wasm_bindgen_test]
async fn app_explains_when_the_language_file_cannot_be_loaded() {
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), App);
    for _ in 0..50 {
        leptos::task::tick().await;
        if root.query_selector("[role=alert]").ok().flatten().is_some() {
            break;
        }
        gloo_timers_sleep(20).await;
    }
    let alert = texts(&root, "[role=alert] p");
    assert_eq!(alert.len(), 1, "no failure message shown");
    assert!(alert[0].contains("could not be loaded"), "{alert:?}");
    assert_eq!(texts(&root, "[role=alert] button").len(), 1);
}

async fn gloo_timers_sleep(milliseconds: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The browser's `Intl` writes each locale's own forms; the amounts stay exact.
#[wasm_bindgen_test]
fn yen_and_dates_follow_the_locale() {
    use japan_care_planner::domain::date::CalendarDate;
    use japan_care_planner::domain::money::Yen;
    use japan_care_planner::i18n::{amount_text, date_text, yen_text};
    use rust_decimal::Decimal;

    let yen = Yen::try_from(Decimal::from(1_234_567)).expect("whole yen");
    assert_eq!(yen_text(Locale::En, yen), "¥1,234,567");
    // Russian and Vietnamese readers take a comma for a decimal point.
    let russian = yen_text(Locale::Ru, yen);
    assert!(!russian.contains(','), "{russian}");
    assert_eq!(
        russian
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>(),
        "1234567"
    );
    assert!(yen_text(Locale::Vi, yen).contains("1.234.567"));
    // Chinese readers take ¥ alone for yuan.
    assert!(yen_text(Locale::ZhHans, yen).contains("JP¥"));
    let arabic = yen_text(Locale::Ar, yen);
    assert!(
        arabic.contains("1,234,567") && arabic.contains("ين ياباني"),
        "{arabic}"
    );
    assert_eq!(
        amount_text(Locale::En, Decimal::new(9_007_199_254_740_993, 2), 2),
        "90,071,992,547,409.93",
        "no float rounding"
    );

    let date = CalendarDate::parse_iso("2026-12-01").expect("a date");
    assert_eq!(date_text(Locale::Ja, date), "2026年12月1日");
    let arabic = date_text(Locale::Ar, date);
    assert!(arabic.contains("2026") && arabic.contains('1'), "{arabic}");
    assert!(
        !arabic.chars().any(|c| ('\u{660}'..='\u{669}').contains(&c)),
        "{arabic}"
    );
}
