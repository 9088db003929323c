//! One web app manifest per locale, `manifest/<code>.webmanifest`, so an installed app is
//! named and described in its reader's language. Pages link the English one; the app points
//! the link at the reader's locale when it starts (`apply_document_language` in
//! `src/i18n/context.rs`), before Chromium offers to install.

use std::path::Path;
use std::{fs, io};

use japan_care_planner::i18n::{Locale, Messages};
use serde_json::json;

/// The brand colour of the icons and the header, also `<meta name=theme-color>` in index.html.
const THEME_COLOUR: &str = "#0b5c6b";
const BACKGROUND_COLOUR: &str = "#ffffff";

/// Writes every locale's manifest from its `app.ftl` in `dist/locales`.
pub fn write_manifests(dist: &Path) -> io::Result<()> {
    let folder = dist.join("manifest");
    fs::create_dir_all(&folder)?;
    for locale in Locale::ALL {
        let messages_file = dist.join("locales").join(locale.code()).join("app.ftl");
        let source = fs::read_to_string(&messages_file)
            .map_err(|error| io::Error::new(error.kind(), format!("{messages_file:?}: {error}")))?;
        let messages = Messages::parse(locale, &[("app.ftl", source)])
            .map_err(|error| io::Error::other(format!("{messages_file:?}: {error}")))?;
        let text = |id: &str| {
            messages
                .format(id, None)
                .ok_or_else(|| io::Error::other(format!("{messages_file:?}: no “{id}”")))
        };
        let manifest = manifest(locale, &text("app-name")?, &text("route-home-summary")?);
        fs::write(
            folder.join(format!("{}.webmanifest", locale.code())),
            serde_json::to_string_pretty(&manifest)?,
        )?;
    }
    Ok(())
}

fn manifest(locale: Locale, name: &str, description: &str) -> serde_json::Value {
    json!({
        // The same id in every language: one installed app, whichever manifest installed it.
        "id": "/",
        "name": name,
        "short_name": name,
        "description": description,
        "lang": locale.code(),
        "dir": locale.direction().as_str(),
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            { "src": "/icons/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any" },
            { "src": "/icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any" },
            { "src": "/icons/maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable" },
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_carries_its_locale_and_an_installable_icon_set() {
        let manifest = manifest(Locale::Ja, "名前", "説明");
        assert_eq!(manifest["lang"], "ja");
        assert_eq!(manifest["name"], "名前");
        let icons = manifest["icons"].as_array().expect("icons");
        assert!(icons.iter().any(|icon| icon["purpose"] == "maskable"));
        assert!(icons.iter().any(|icon| icon["sizes"] == "512x512"));
        assert!(icons.iter().any(|icon| icon["sizes"] == "192x192"));
    }
}
