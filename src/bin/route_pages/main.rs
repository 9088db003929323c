//! Puts the app's bundles (one `trunk build` per cargo feature, see `Bundle` in
//! `src/ui/routes.rs`) together into one static site, and writes `<route>/index.html` for
//! every route, loading that route's bundle, plus `404.html`. A plain static server with no
//! rewrite rules (`python3 -m http.server`, GitHub Pages, an S3 bucket) then serves deep
//! links and reloads, and each page downloads only its own tool's code.
//!
//! Every page gets a Content-Security-Policy `<meta>` without `unsafe-inline`: scripts only
//! from this origin plus Trunk's inline loader, allowed by its SHA-256 hash computed here from
//! the built page (the hash changes with every build, so it cannot be written by hand).
//!
//! It also writes each locale's web app manifest (`manifest.rs`) and the hosts' `_headers`
//! file (`headers.rs`).
//!
//! Usage: `route-pages BUNDLES_DIR DIST_DIR`, where `BUNDLES_DIR/<feature>/` holds each
//! bundle's Trunk output. Run by `make dist`.

mod headers;
mod manifest;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs, io};

use japan_care_planner::domain::sealed::base64;
use japan_care_planner::i18n::Locale;
use japan_care_planner::ui::routes::{AppRoute, Bundle};
use sha2::{Digest, Sha256};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let [bundles, dist] = args.as_slice() else {
        eprintln!("usage: route-pages BUNDLES_DIR DIST_DIR");
        return ExitCode::FAILURE;
    };
    match assemble(Path::new(bundles), Path::new(dist)) {
        Ok(written) => {
            println!(
                "route-pages: {} bundles, {} route pages and {} manifests in {dist}",
                Bundle::ALL.len(),
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

fn assemble(bundles: &Path, dist: &Path) -> io::Result<Vec<PathBuf>> {
    if dist.exists() {
        fs::remove_dir_all(dist)?;
    }
    fs::create_dir_all(dist)?;
    for bundle in Bundle::ALL {
        merge_files(&bundles.join(bundle.feature()), dist)?;
    }
    let mut written = Vec::new();
    for route in AppRoute::ALL {
        let html = bundle_index(bundles, route.bundle())?;
        let relative = route.path().trim_start_matches('/');
        let file = dist.join(relative).join("index.html");
        if let Some(folder) = file.parent() {
            fs::create_dir_all(folder)?;
        }
        fs::write(&file, html)?;
        written.push(file);
    }
    // Hosts that serve 404.html for unknown paths then show the app's own "not found" page.
    let not_found = dist.join("404.html");
    fs::write(&not_found, bundle_index(bundles, Bundle::Shell)?)?;
    written.push(not_found);
    manifest::write_manifests(dist)?;
    fs::write(dist.join("_headers"), headers::headers_file())?;
    Ok(written)
}

fn bundle_index(bundles: &Path, bundle: Bundle) -> io::Result<String> {
    let file = bundles.join(bundle.feature()).join("index.html");
    let html = fs::read_to_string(&file).map_err(|error| with_path(&file, error))?;
    with_content_security_policy(&html).map_err(|reason| with_path(&file, io::Error::other(reason)))
}

/// The page with its policy as the first element after `<meta charset>`. `frame-ancestors`
/// and reporting only work as HTTP headers; README ("Hosting") gives those.
fn with_content_security_policy(html: &str) -> Result<String, String> {
    let hashes: Vec<String> = inline_scripts(html)
        .map(|script| {
            format!(
                "'sha256-{}'",
                base64::encode(&Sha256::digest(script.as_bytes()))
            )
        })
        .collect();
    if hashes.is_empty() {
        return Err("no inline loader script found; has Trunk's output changed?".into());
    }
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'self'",
        hashes.join(" ")
    );
    let charset = html
        .find("<meta charset")
        .ok_or("no <meta charset> in the page")?;
    let after = charset + html[charset..].find('>').ok_or("unclosed <meta charset>")? + 1;
    Ok(format!(
        "{}<meta http-equiv=Content-Security-Policy content=\"{policy}\">{}",
        &html[..after],
        &html[after..]
    ))
}

/// The text of every `<script>` without a `src`, exactly as the browser hashes it.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|rest| {
        let (tag, body) = rest.split_once('>')?;
        let (text, _) = body.split_once("</script>")?;
        (!tag.contains("src=")).then_some(text)
    })
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
