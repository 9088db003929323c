//! Puts the app's bundles (one `trunk build` per cargo feature, see `Bundle` in
//! `src/site.rs`) together into one static site, and writes `<locale>/<route>/index.html`
//! for every route in every locale, loading that route's bundle, plus the unprefixed English
//! `<route>/index.html` and `404.html`. A plain static server with no rewrite rules
//! (`python3 -m http.server`, GitHub Pages, an S3 bucket) then serves deep links and reloads,
//! and each page downloads only its own tool's code.
//!
//! Each page is prerendered (`ui::prerender`): its HTML holds the app's first render in its
//! language, so it is readable before the wasm runs. Unprefixed pages start with a script
//! that sends readers of other languages to their locale's page (`locale_redirect.rs`).
//! `--client-rendered` leaves the pages empty, as before prerendering, for `make bench` to
//! compare against.
//!
//! Every page gets a Content-Security-Policy `<meta>` without `unsafe-inline`: scripts only
//! from this origin plus Trunk's inline loader, allowed by its SHA-256 hash computed here from
//! the built page (the hash changes with every build, so it cannot be written by hand).
//!
//! It also writes each locale's web app manifest (`manifest.rs`) and the hosts' `_headers`
//! file (`headers.rs`).
//!
//! Usage: `route-pages [--client-rendered] BUNDLES_DIR DIST_DIR`, where
//! `BUNDLES_DIR/<feature>/` holds each bundle's Trunk output. Run by `make dist`.

mod headers;
mod html;
mod locale_redirect;
mod manifest;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs, io};

use japan_care_planner::i18n::Locale;
use japan_care_planner::site::{AppRoute, Bundle, BUNDLES};
use japan_care_planner::ui::prerender::{prerender, PrerenderedPage};
use japan_care_planner::ui::takeover::{PRERENDERED_ATTRIBUTE, ROOT_ID};

use html::{escape_text, insert_after_charset, replace_tag, with_content_security_policy};

fn main() -> ExitCode {
    let mut args: Vec<String> = env::args().skip(1).collect();
    let client_rendered = args.first().is_some_and(|arg| arg == "--client-rendered");
    if client_rendered {
        args.remove(0);
    }
    let [bundles, dist] = args.as_slice() else {
        eprintln!("usage: route-pages [--client-rendered] BUNDLES_DIR DIST_DIR");
        return ExitCode::FAILURE;
    };
    match assemble(Path::new(bundles), Path::new(dist), !client_rendered) {
        Ok(written) => {
            println!(
                "route-pages: {} bundles, {} route pages and {} manifests in {dist}",
                BUNDLES.len(),
                written.len(),
                Locale::ALL.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("route-pages: {error}");
            ExitCode::FAILURE
        }
    }
}

fn assemble(bundles: &Path, dist: &Path, prerendered: bool) -> io::Result<Vec<PathBuf>> {
    if dist.exists() {
        fs::remove_dir_all(dist)?;
    }
    fs::create_dir_all(dist)?;
    for bundle in Bundle::all() {
        merge_files(&bundles.join(bundle.feature()), dist)?;
    }
    let mut written = Vec::new();
    for route in AppRoute::all() {
        let template = bundle_template(bundles, route.bundle())?;
        for (prefix, path) in route.served_paths() {
            // Unprefixed pages are English and send other readers on.
            let (locale, redirects) = (prefix.unwrap_or(Locale::En), prefix.is_none());
            let page = if prerendered {
                // Pages read the files exactly as shipped: the build's own copies.
                Some(prerender(route, locale, dist).map_err(io::Error::other)?)
            } else {
                None
            };
            let html = page_html(&template, locale, page.as_ref(), redirects)
                .and_then(|html| with_content_security_policy(&html))
                .map_err(|reason| io::Error::other(format!("{path}: {reason}")))?;
            let file = dist.join(path.trim_start_matches('/')).join("index.html");
            if let Some(folder) = file.parent() {
                fs::create_dir_all(folder)?;
            }
            fs::write(&file, html)?;
            written.push(file);
        }
    }
    // Hosts that serve 404.html for unknown paths then show the app's own "not found" page,
    // in the language of the path's prefix: it is rendered in the browser only.
    let not_found = dist.join("404.html");
    let shell = bundle_template(bundles, Bundle::Shell)?;
    let html = with_content_security_policy(&shell)
        .map_err(|reason| io::Error::other(format!("404.html: {reason}")))?;
    fs::write(&not_found, html)?;
    written.push(not_found);
    manifest::write_manifests(dist)?;
    fs::write(dist.join("_headers"), headers::headers_file())?;
    // The site table for the size scripts and the e2e tests, so they keep no copy of it.
    fs::write(
        dist.join("site.json"),
        japan_care_planner::site::site_json(),
    )?;
    Ok(written)
}

/// The bundle's `index.html` as Trunk wrote it (English, empty root).
fn bundle_template(bundles: &Path, bundle: Bundle) -> io::Result<String> {
    let file = bundles.join(bundle.feature()).join("index.html");
    fs::read_to_string(&file).map_err(|error| with_path(&file, error))
}

/// The template in `locale`: `<html lang dir>`, the manifest, and, when prerendered, the
/// title, description and the page itself inside the app's root. Trunk minifies the HTML
/// (unquoted attributes, reordered), so tags are found by name and attribute, not as text.
fn page_html(
    template: &str,
    locale: Locale,
    page: Option<&PrerenderedPage>,
    redirects: bool,
) -> Result<String, String> {
    let (code, dir) = (locale.code(), locale.direction().as_str());
    let mut html = replace_tag(
        template,
        "html",
        "",
        &format!(r#"<html lang="{code}" dir="{dir}">"#),
    )?;
    let manifest = "/manifest/en.webmanifest";
    if html.matches(manifest).count() != 1 {
        return Err(format!(
            "expected {manifest} once in the page; has index.html changed?"
        ));
    }
    html = html.replacen(manifest, &format!("/manifest/{code}.webmanifest"), 1);
    if redirects {
        let script = format!("<script>{}</script>", locale_redirect::script());
        html = insert_after_charset(&html, &script)?;
    }
    let Some(page) = page else {
        return Ok(html);
    };
    html = start_app_after_first_paint(&html)?;
    let title = format!("<title>{}</title>", escape_text(&page.title));
    let title_start = html.find("<title>").ok_or("no <title>")?;
    let title_end = html[title_start..]
        .find("</title>")
        .ok_or("unclosed <title>")?
        + title_start;
    html.replace_range(title_start..title_end + "</title>".len(), &title);
    let description = escape_text(&page.description).replace('"', "&quot;");
    html = replace_tag(
        &html,
        "meta",
        "name=description",
        &format!(r#"<meta name="description" content="{description}">"#),
    )?;
    let root = format!("id={ROOT_ID}");
    let filled = format!(
        r#"<div id="{ROOT_ID}" {PRERENDERED_ATTRIBUTE}>{}"#,
        page.body
    );
    replace_tag(&html, "div", &root, &filled)
}

/// The longest a prerendered page waits for its first paint to be reported before starting
/// the app (milliseconds).
const LATEST_APP_START_MS: u32 = 3000;

/// The loader that replaces Trunk's import of the JS glue (see
/// [`start_app_after_first_paint`]); its placeholders are filled in here.
const START_APP: &str = include_str!("start_app.js");

/// A prerendered page is readable from its HTML and CSS alone, so the app's code must not
/// compete with them: Trunk's preloads of the JS glue and the wasm are dropped, and its loader
/// imports the glue (which fetches the wasm) only once the page has been drawn. On a slow
/// connection the text then arrives with the whole bandwidth; the app is interactive about a
/// round trip later.
///
/// "Drawn" is the browser's first-contentful-paint entry, which is reported once that frame
/// is on screen. A `requestAnimationFrame` plus `setTimeout` alone (used before) could run
/// before the frame was presented; Lighthouse then counted the wasm among the page's
/// dependencies and put its LCP past 2 s on some runs. Without the Paint Timing API, two
/// frames stand in for it; and should no paint ever be reported, the app starts anyway after
/// [`LATEST_APP_START_MS`].
fn start_app_after_first_paint(html: &str) -> Result<String, String> {
    let mut html = html.to_owned();
    for preload in ["rel=modulepreload", "rel=preload"] {
        html = replace_tag(&html, "link", preload, "")?;
    }
    let import = html
        .find("import init, * as bindings from '")
        .ok_or("Trunk's loader has changed: no `import init, * as bindings from`")?;
    let glue_start = import + "import init, * as bindings from '".len();
    let glue_end = html[glue_start..].find("';").ok_or("unclosed import")? + glue_start;
    let glue = html[glue_start..glue_end].to_owned();
    let loader = START_APP
        .trim_end()
        .replace("__LATEST_APP_START_MS__", &LATEST_APP_START_MS.to_string())
        .replace("__GLUE__", &glue);
    html.replace_range(import..glue_end + 2, &loader);
    Ok(html)
}

/// Copies `from` into `to`. The bundles share the stylesheet, the data and the locale files;
/// a shared name with different content means the builds came from different sources.
fn merge_files(from: &Path, to: &Path) -> io::Result<()> {
    let entries = fs::read_dir(from).map_err(|error| with_path(from, error))?;
    for entry in entries {
        let entry = entry?;
        let source = entry.path();
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            fs::create_dir_all(&target)?;
            merge_files(&source, &target)?;
        } else if entry.file_name() == "index.html" {
            // Each route's page is written from its bundle's index.html above.
        } else if target.exists() {
            if fs::read(&source)? != fs::read(&target)? {
                return Err(io::Error::other(format!(
                    "{} differs between bundles",
                    target.display()
                )));
            }
        } else {
            fs::copy(&source, &target)?;
        }
    }
    Ok(())
}

fn with_path(path: &Path, error: io::Error) -> io::Error {
    io::Error::new(error.kind(), format!("{}: {error}", path.display()))
}
