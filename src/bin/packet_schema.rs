//! Writes the JSON Schemas of the files the app exchanges, generated from the Rust types that
//! read and write them, so a published schema can never drift from the code: the packet
//! (`domain::packet::Packet`) and the estimate file (`domain::estimate_file::EstimateFile`).
//! Older versions' schemas are frozen files in `public/schema/`, copied beside these.
//!
//! Usage: `packet-schema OUTPUT_DIR`. Run by `make dist` into `dist/schema/`.

use std::path::Path;
use std::process::ExitCode;
use std::{env, fs};

use japan_care_planner::domain::estimate_file::{EstimateFile, ESTIMATE_VERSION};
use japan_care_planner::domain::packet::{Packet, PACKET_VERSION};

fn main() -> ExitCode {
    let Some(output) = env::args().nth(1) else {
        eprintln!("usage: packet-schema OUTPUT_DIR");
        return ExitCode::FAILURE;
    };
    let schemas = [
        (
            format!("packet-v{PACKET_VERSION}.json"),
            schemars::schema_for!(Packet),
        ),
        (
            format!("estimate-v{ESTIMATE_VERSION}.json"),
            schemars::schema_for!(EstimateFile),
        ),
    ];
    let directory = Path::new(&output);
    if let Err(error) = fs::create_dir_all(directory) {
        eprintln!("packet-schema: {output}: {error}");
        return ExitCode::FAILURE;
    }
    for (name, schema) in schemas {
        let path = directory.join(&name);
        let written = serde_json::to_string_pretty(&schema)
            .map_err(|error| error.to_string())
            .and_then(|text| fs::write(&path, text + "\n").map_err(|error| error.to_string()));
        match written {
            Ok(()) => println!("packet-schema: wrote {}", path.display()),
            Err(error) => {
                eprintln!("packet-schema: {}: {error}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
