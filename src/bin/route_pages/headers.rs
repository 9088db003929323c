//! `_headers`: the HTTP response headers the build needs, in the file format Netlify and
//! Cloudflare Pages read from the published folder (docs/hosting.md has the same for
//! nginx). Written from the route table, so a new route cannot be left frameable.
//!
//! Only pages get `frame-ancestors`: every page refuses to be framed except the embed, which
//! any HTTPS site may frame (hospitals put it on their own pages; it stores and sends nothing).
//! Both hosts combine every rule that matches a path, and two `frame-ancestors` policies
//! would both apply, so each page's path must match exactly one rule that sets one. Within
//! that, rules are patterns (`/:lang/stay/*`), because Cloudflare Pages reads at most 100
//! ("A project is limited to 100 header rules", its headers documentation); a route whose pattern would also match another route's page (`/:lang/estimate`
//! matches `/embed/estimate`) is listed per language instead.

use japan_care_planner::site::AppRoute;

/// Framing policy for the embed; a host may narrow it to the hospitals it serves.
pub const EMBED_FRAME_ANCESTORS: &str = "frame-ancestors https:";
const PAGE_FRAME_ANCESTORS: &str = "frame-ancestors 'none'";

/// Files whose names stay the same from one build to the next: always revalidated, so a
/// deploy is seen at once (the service worker checks them by their precache hash).
const UNHASHED: [&str; 5] = [
    "/data/*",
    "/locales/*",
    "/manifest/*",
    "/embed.js",
    "/archive-worker*",
];
/// Trunk's content-hashed files, which never change under their name.
const HASHED: [&str; 3] = ["/japan-care-planner-*", "/main-*", "/favicon-*"];

pub fn headers_file() -> String {
    let mut rules = vec![rule(
        "/*",
        &[
            "X-Content-Type-Options: nosniff",
            "Referrer-Policy: no-referrer",
        ],
    )];
    for (pattern, policy) in page_rules() {
        let csp = format!("Content-Security-Policy: {policy}");
        rules.push(rule(&pattern, &[&csp, "Cache-Control: no-cache"]));
    }
    // The browser checks for a new service worker on each visit; a cached copy would hide
    // a deploy.
    rules.push(rule("/sw.js", &["Cache-Control: no-cache"]));
    for unhashed in UNHASHED {
        rules.push(rule(unhashed, &["Cache-Control: no-cache"]));
    }
    for hashed in HASHED {
        rules.push(rule(
            hashed,
            &["Cache-Control: public, max-age=31536000, immutable"],
        ));
    }
    rules.concat()
}

/// Every page's rule: a pattern and the framing policy of the pages it matches.
fn page_rules() -> Vec<(String, &'static str)> {
    let every_page: Vec<(AppRoute, String)> = AppRoute::all()
        .flat_map(|route| {
            route
                .served_paths()
                .into_iter()
                .flat_map(move |(_, path)| spellings(&path).map(move |spelled| (route, spelled)))
        })
        .collect();
    let mut rules = Vec::new();
    for route in AppRoute::all() {
        let policy = frame_policy(route);
        let only_its_own = |patterns: &[String]| {
            every_page.iter().all(|(other, path)| {
                *other == route || !patterns.iter().any(|pattern| matches(pattern, path))
            })
        };
        let path = route.path();
        let generic = [
            path.to_owned(),
            format!("{path}/*"),
            format!("/:lang{path}"),
            format!("/:lang{path}/*"),
        ];
        if path != "/" && only_its_own(&generic) {
            rules.extend(generic.map(|pattern| (pattern, policy)));
            continue;
        }
        for (_, served) in route.served_paths() {
            let folder = served.trim_end_matches('/').to_owned();
            let per_language = [folder.clone(), format!("{folder}/*")];
            if !folder.is_empty() && only_its_own(&per_language) {
                rules.extend(per_language.map(|pattern| (pattern, policy)));
            } else {
                rules.extend(spellings(&served).map(|spelled| (spelled, policy)));
            }
        }
    }
    rules.push(("/404.html".to_owned(), PAGE_FRAME_ANCESTORS));
    rules
}

fn frame_policy(route: AppRoute) -> &'static str {
    if route == AppRoute::EmbedEstimate {
        EMBED_FRAME_ANCESTORS
    } else {
        PAGE_FRAME_ANCESTORS
    }
}

/// A page's path as it is requested: the path, the folder form a static host redirects to,
/// and its file (`/stay`, `/stay/`, `/stay/index.html`; `/` and `/index.html` for the root).
fn spellings(path: &str) -> impl Iterator<Item = String> {
    let folder = path.trim_end_matches('/').to_owned();
    let bare = (!folder.is_empty()).then(|| folder.clone());
    bare.into_iter()
        .chain([format!("{folder}/"), format!("{folder}/index.html")])
}

/// Whether `pattern` matches `path` as both hosts read it: `:name` is one non-empty
/// segment, and `*` any rest of the path, empty included.
pub fn matches(pattern: &str, path: &str) -> bool {
    let Some(first) = pattern.chars().next() else {
        return path.is_empty();
    };
    match first {
        '*' => (0..=path.len())
            .filter(|at| path.is_char_boundary(*at))
            .any(|at| matches(&pattern[1..], &path[at..])),
        ':' => {
            let rest = pattern[1..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .map_or("", |end| &pattern[1 + end..]);
            let segment = path.find('/').unwrap_or(path.len());
            (1..=segment)
                .filter(|at| path.is_char_boundary(*at))
                .any(|at| matches(rest, &path[at..]))
        }
        literal => {
            path.starts_with(literal)
                && matches(&pattern[literal.len_utf8()..], &path[literal.len_utf8()..])
        }
    }
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

    /// Cloudflare Pages' limit (developers.cloudflare.com/pages/configuration/headers/).
    const MAX_RULES: usize = 100;

    /// Each rule of the file: its pattern and its headers.
    fn rules(file: &str) -> Vec<(&str, Vec<&str>)> {
        let mut rules: Vec<(&str, Vec<&str>)> = Vec::new();
        for line in file.lines() {
            match line.strip_prefix("  ") {
                Some(header) => rules.last_mut().expect("a rule first").1.push(header),
                None => rules.push((line, Vec::new())),
            }
        }
        rules
    }

    /// Every header a host sends for `path`: those of every rule that matches it.
    fn headers_for<'a>(file: &'a str, path: &str) -> Vec<&'a str> {
        rules(file)
            .into_iter()
            .filter(|(pattern, _)| matches(pattern, path))
            .flat_map(|(_, headers)| headers)
            .collect()
    }

    #[test]
    fn patterns_match_as_the_hosts_read_them() {
        assert!(matches("/:lang/stay/*", "/ja/stay/"));
        assert!(matches("/:lang/stay/*", "/ja/stay/index.html"));
        assert!(matches("/:lang/stay", "/zh-Hant/stay"));
        assert!(!matches("/:lang/stay", "/stay"));
        assert!(!matches("/:lang/stay/*", "/ja/stays/"));
        assert!(!matches("/:lang/stay/*", "/ja/stay"));
        assert!(matches("/:lang/estimate", "/embed/estimate"));
        assert!(matches("/estimate/*", "/estimate/"));
        assert!(matches("/*", "/"));
        assert!(matches("/main-*", "/main-0123abcd.css"));
        assert!(!matches("/ja", "/ja/"));
    }

    #[test]
    fn every_page_has_one_framing_policy_and_only_the_embed_may_be_framed() {
        let file = headers_file();
        let mut checked = 0;
        for route in AppRoute::all() {
            let expected = format!("Content-Security-Policy: {}", frame_policy(route));
            for (_, path) in route.served_paths() {
                for spelled in spellings(&path) {
                    let headers = headers_for(&file, &spelled);
                    let policies: Vec<&&str> = headers
                        .iter()
                        .filter(|header| header.starts_with("Content-Security-Policy"))
                        .collect();
                    assert_eq!(policies, [&expected.as_str()], "{spelled}");
                    assert!(headers.contains(&"X-Content-Type-Options: nosniff"));
                    assert_eq!(
                        headers
                            .iter()
                            .filter(|h| h.starts_with("Cache-Control"))
                            .count(),
                        1,
                        "{spelled}: {headers:?}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 200, "{checked}");
        assert_eq!(
            headers_for(&file, "/404.html"),
            [
                "X-Content-Type-Options: nosniff",
                "Referrer-Policy: no-referrer",
                "Content-Security-Policy: frame-ancestors 'none'",
                "Cache-Control: no-cache"
            ]
        );
    }

    #[test]
    fn the_file_fits_the_hosts_rule_limit() {
        let count = rules(&headers_file()).len();
        assert!(count <= MAX_RULES, "{count} rules");
    }

    #[test]
    fn every_file_has_one_caching_rule() {
        let file = headers_file();
        for (path, expected) in [
            ("/sw.js", "Cache-Control: no-cache"),
            ("/data/stay-rules.json", "Cache-Control: no-cache"),
            ("/locales/ja/stay.ftl", "Cache-Control: no-cache"),
            ("/manifest/ja.webmanifest", "Cache-Control: no-cache"),
            ("/embed.js", "Cache-Control: no-cache"),
            ("/archive-worker_bg.wasm", "Cache-Control: no-cache"),
            (
                "/japan-care-planner-0123456789abcdef_bg.wasm",
                "Cache-Control: public, max-age=31536000, immutable",
            ),
        ] {
            let caching: Vec<&str> = headers_for(&file, path)
                .into_iter()
                .filter(|header| header.starts_with("Cache-Control"))
                .collect();
            assert_eq!(caching, [expected], "{path}");
        }
    }
}
