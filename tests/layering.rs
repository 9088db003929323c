//! The layers keep to their rooms: the domain is pure (no Leptos, no browser APIs) and no
//! lower layer reaches up into `ui`; and the lists the build keeps outside Rust agree with
//! the site table.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use japan_care_planner::site::BUNDLES;

fn rust_files(folder: &str) -> Vec<PathBuf> {
    let files = support::files_under(folder, "rs");
    assert!(!files.is_empty(), "{folder} has Rust files");
    files
}

/// Lines of `folder` that mention any of `forbidden` outside comments.
fn offending_lines(folder: &str, forbidden: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in rust_files(folder) {
        let text = fs::read_to_string(&file).expect("readable");
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if forbidden.iter().any(|word| code.contains(word)) {
                found.push(format!(
                    "{}:{}: {}",
                    file.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    found
}

#[test]
fn the_domain_is_pure() {
    let found = offending_lines(
        "src/domain",
        &["leptos", "web_sys", "js_sys", "crate::ui", "wasm_bindgen"],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn storage_and_i18n_do_not_reach_into_ui() {
    for folder in ["src/storage", "src/i18n"] {
        let found = offending_lines(folder, &["crate::ui"]);
        assert!(found.is_empty(), "{found:#?}");
    }
}

#[test]
fn the_site_table_imports_neither_leptos_nor_ui() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/site.rs");
    let text = fs::read_to_string(path).expect("readable");
    for word in ["leptos", "crate::ui", "web_sys"] {
        assert!(
            !text.contains(&format!("use {word}")) && !text.contains(&format!("{word}::")),
            "{word}"
        );
    }
}

#[test]
fn the_check_finds_a_forbidden_import() {
    let dir = std::env::temp_dir().join("layering-self-test");
    let _ = fs::create_dir_all(&dir);
    fs::write(
        dir.join("bad.rs"),
        "use leptos::prelude::*; // a view in the domain\n",
    )
    .expect("writable");
    let found = offending_lines(dir.to_str().expect("utf-8"), &["leptos"]);
    assert_eq!(found.len(), 1);
}

/// The Makefile builds one bundle per row of the site table, read from the table itself.
#[test]
fn the_makefile_builds_every_bundle_of_the_site_table() {
    let output = std::process::Command::new("make")
        .args(["-s", "--no-print-directory", "print-bundles"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("make runs");
    let printed = String::from_utf8_lossy(&output.stdout);
    let listed: Vec<&str> = printed.split_whitespace().collect();
    let table: Vec<&str> = BUNDLES.iter().map(|row| row.feature).collect();
    assert_eq!(listed, table);
}

/// Each bundle is a cargo feature of the same name.
#[test]
fn every_bundle_is_a_cargo_feature() {
    let manifest = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
        .expect("Cargo.toml");
    for row in BUNDLES {
        assert!(
            manifest.contains(&format!("\n{} = [", row.feature)),
            "{}",
            row.feature
        );
    }
}
