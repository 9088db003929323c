//! Writes `<route>/index.html` for every route of the app into a built `dist/` folder, plus
//! `404.html`, so that a plain static server with no rewrite rules (`python3 -m http.server`,
//! GitHub Pages, an S3 bucket) serves deep links and reloads.
//!
//! Usage: `route-pages [DIST_DIR]` (default `dist`). Run by `make dist` after `trunk build`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs, io};

use japan_care_planner::ui::routes::AppRoute;

fn main() -> ExitCode {
    let dist = PathBuf::from(env::args().nth(1).unwrap_or_else(|| "dist".to_owned()));
    match write_route_pages(&dist) {
        Ok(written) => {
            for path in written {
                println!("route-pages: wrote {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("route-pages: {}: {error}", dist.display());
            ExitCode::FAILURE
        }
    }
}

fn write_route_pages(dist: &Path) -> io::Result<Vec<PathBuf>> {
    let index = fs::read_to_string(dist.join("index.html"))?;
    let mut written = Vec::new();
    for route in AppRoute::ALL {
        let relative = route.path().trim_start_matches('/');
        if relative.is_empty() {
            continue;
        }
        let folder = dist.join(relative);
        fs::create_dir_all(&folder)?;
        let file = folder.join("index.html");
        fs::write(&file, &index)?;
        written.push(file);
    }
    // Hosts that serve 404.html for unknown paths then show the app's own "not found" page.
    let not_found = dist.join("404.html");
    fs::write(&not_found, &index)?;
    written.push(not_found);
    Ok(written)
}
