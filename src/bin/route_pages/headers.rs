//! `_headers`: the HTTP response headers the build needs, in the file format Netlify and
//! Cloudflare Pages read from the published folder (docs/hosting.md has the same for
//! nginx). Written from the route table, so a new route cannot be left frameable.
//!
//! Only pages get `frame-ancestors`: every page refuses to be framed except the embed, which
//! any HTTPS site may frame (hospitals put it on their own pages; it stores and sends nothing).
//! The paths are listed one by one because both hosts combine every rule that matches a path,
//! and two `frame-ancestors` policies would both apply.

use japan_care_planner::site::AppRoute;

/// Framing policy for the embed; a host may narrow it to the hospitals it serves.
pub const EMBED_FRAME_ANCESTORS: &str = "frame-ancestors https:";
const PAGE_FRAME_ANCESTORS: &str = "frame-ancestors 'none'";

pub fn headers_file() -> String {
    let mut rules = vec![rule(
        "/*",
        &[
            "X-Content-Type-Options: nosniff",
            "Referrer-Policy: no-referrer",
        ],
    )];
    let mut pages: Vec<(String, &str)> = Vec::new();
    for route in AppRoute::all() {
        let policy = if route == AppRoute::EmbedEstimate {
            EMBED_FRAME_ANCESTORS
        } else {
            PAGE_FRAME_ANCESTORS
        };
        for (_, path) in route.served_paths() {
            let folder = path.trim_end_matches('/');
            if !folder.is_empty() {
                // The path, the folder form a static host redirects to, and its file.
                pages.push((folder.to_owned(), policy));
            }
            pages.push((format!("{folder}/"), policy));
            pages.push((format!("{folder}/index.html"), policy));
        }
    }
    pages.push(("/404.html".to_owned(), PAGE_FRAME_ANCESTORS));
    for (path, policy) in &pages {
        let csp = format!("Content-Security-Policy: {policy}");
        rules.push(rule(path, &[&csp, "Cache-Control: no-cache"]));
    }
    // The browser checks for a new service worker on each visit; a cached copy would hide
    // a deploy. Trunk's content-hashed files never change under their name.
    rules.push(rule("/sw.js", &["Cache-Control: no-cache"]));
    for hashed in ["/japan-care-planner-*", "/main-*", "/favicon-*"] {
        rules.push(rule(
            hashed,
            &["Cache-Control: public, max-age=31536000, immutable"],
        ));
    }
    rules.concat()
}

fn rule(path: &str, headers: &[&str]) -> String {
    let mut text = format!("{path}\n");
    for header in headers {
        text.push_str(&format!("  {header}\n"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The headers listed under `path` (exact path match, as the hosts' rules are written).
    fn headers_of<'a>(file: &'a str, path: &str) -> Vec<&'a str> {
        let mut lines = file.lines().skip_while(|line| *line != path).skip(1);
        let mut found = Vec::new();
        for line in lines.by_ref() {
            match line.strip_prefix("  ") {
                Some(header) => found.push(header),
                None => break,
            }
        }
        found
    }

    #[test]
    fn only_the_embed_may_be_framed() {
        let file = headers_file();
        for route in AppRoute::all() {
            let expected = if route == AppRoute::EmbedEstimate {
                EMBED_FRAME_ANCESTORS
            } else {
                PAGE_FRAME_ANCESTORS
            };
            for (_, path) in route.served_paths() {
                let headers = headers_of(&file, &path);
                assert!(
                    headers.contains(&format!("Content-Security-Policy: {expected}").as_str()),
                    "{path}: {headers:?}"
                );
            }
        }
        assert!(headers_of(&file, "/404.html")
            .contains(&"Content-Security-Policy: frame-ancestors 'none'"));
    }

    #[test]
    fn the_service_worker_is_never_served_stale() {
        assert_eq!(
            headers_of(&headers_file(), "/sw.js"),
            ["Cache-Control: no-cache"]
        );
    }
}
