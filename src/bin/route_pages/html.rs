//! The edits route-pages makes to Trunk's minified `index.html`: found by tag name and
//! attribute, not as text, because Trunk reorders and unquotes attributes; each edit fails
//! loudly when the page no longer has what it expects.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256};

/// Replaces the one `<name …>` start tag whose attributes (quotes ignored) contain
/// `attribute` with `replacement`.
pub fn replace_tag(
    html: &str,
    name: &str,
    attribute: &str,
    replacement: &str,
) -> Result<String, String> {
    let opening = format!("<{name}");
    let mut found = None;
    for (start, _) in html.match_indices(&opening) {
        let Some(length) = html[start..].find('>') else {
            break;
        };
        let tag = &html[start..start + length + 1];
        let named = matches!(tag.as_bytes().get(opening.len()), Some(b' ' | b'>'));
        if named && tag.replace('"', "").contains(attribute) {
            if found.is_some() {
                return Err(format!("more than one <{name} {attribute}> in the page"));
            }
            found = Some(start..start + length + 1);
        }
    }
    let range = found
        .ok_or_else(|| format!("no <{name} {attribute}> in the page; has index.html changed?"))?;
    let mut html = html.to_owned();
    html.replace_range(range, replacement);
    Ok(html)
}

pub fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

pub fn insert_after_charset(html: &str, element: &str) -> Result<String, String> {
    let charset = html
        .find("<meta charset")
        .ok_or("no <meta charset> in the page")?;
    let after = charset + html[charset..].find('>').ok_or("unclosed <meta charset>")? + 1;
    Ok(format!("{}{element}{}", &html[..after], &html[after..]))
}

/// The page with its policy as the first element after `<meta charset>`. `frame-ancestors`
/// and reporting only work as HTTP headers; docs/hosting.md gives those.
pub fn with_content_security_policy(html: &str) -> Result<String, String> {
    let hashes: Vec<String> = inline_scripts(html)
        .map(|script| {
            format!(
                "'sha256-{}'",
                STANDARD.encode(Sha256::digest(script.as_bytes()))
            )
        })
        .collect();
    if hashes.is_empty() {
        return Err("no inline loader script found; has Trunk's output changed?".into());
    }
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; \
         img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'self'",
        hashes.join(" ")
    );
    insert_after_charset(
        html,
        &format!("<meta http-equiv=Content-Security-Policy content=\"{policy}\">"),
    )
}

/// The text of every `<script>` without a `src`, exactly as the browser hashes it.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|rest| {
        let (tag, body) = rest.split_once('>')?;
        let (text, _) = body.split_once("</script>")?;
        (!tag.contains("src=")).then_some(text)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><html><head><meta charset=utf-8><title>x</title>\
        <meta content=old name=description><script type=module>init()</script>\
        <script src=/app.js></script></head><body><div id=app></div></body></html>";

    #[test]
    fn a_tag_is_found_by_name_and_attribute_and_replaced_once() {
        let page = replace_tag(
            PAGE,
            "meta",
            "name=description",
            "<meta name=description content=new>",
        )
        .expect("found");
        assert!(page.contains("content=new") && !page.contains("content=old"));
        // `<meta charset>` is a meta tag too, but without the attribute.
        assert!(page.contains("<meta charset=utf-8>"));
        assert!(
            replace_tag(PAGE, "link", "rel=preload", "").is_err(),
            "absent"
        );
        let twice = format!("{PAGE}<div id=app></div>");
        assert!(
            replace_tag(&twice, "div", "id=app", "").is_err(),
            "ambiguous"
        );
        // `<html` must not match `<htmlx`.
        assert!(replace_tag("<htmlx a><html lang=en>", "html", "", "<html>").is_ok());
    }

    #[test]
    fn text_is_escaped_and_elements_go_right_after_the_charset() {
        assert_eq!(escape_text("a < b & c > d"), "a &lt; b &amp; c &gt; d");
        let page = insert_after_charset(PAGE, "<x>").expect("charset");
        assert!(page.contains("<meta charset=utf-8><x><title>"));
        assert!(insert_after_charset("<html>", "<x>").is_err());
    }

    #[test]
    fn the_policy_allows_exactly_the_inline_scripts_by_their_hash() {
        let page = with_content_security_policy(PAGE).expect("has an inline script");
        let hash = STANDARD.encode(Sha256::digest(b"init()"));
        assert!(page.contains(&format!("'sha256-{hash}'")), "{page}");
        assert_eq!(
            page.matches("'sha256-").count(),
            1,
            "the src script is not inline"
        );
        assert!(!page.contains("unsafe-inline"));
        assert!(with_content_security_policy("<meta charset=utf-8>").is_err());
    }
}
