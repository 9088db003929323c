//! Writes the packet's JSON Schema, generated from the Rust types that read and write it
//! (`domain::packet::Packet`), so the published schema can never drift from the code.
//!
//! Usage: `packet-schema OUTPUT_FILE`. Run by `make dist` into `dist/schema/packet-v1.json`.

use std::path::Path;
use std::process::ExitCode;
use std::{env, fs};

use japan_care_planner::domain::packet::Packet;

fn main() -> ExitCode {
    let Some(output) = env::args().nth(1) else {
        eprintln!("usage: packet-schema OUTPUT_FILE");
        return ExitCode::FAILURE;
    };
    let schema = schemars::schema_for!(Packet);
    let text = match serde_json::to_string_pretty(&schema) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("packet-schema: {error}");
            return ExitCode::FAILURE;
        }
    };
    let path = Path::new(&output);
    let written = path
        .parent()
        .map_or(Ok(()), fs::create_dir_all)
        .and_then(|()| fs::write(path, text + "\n"));
    match written {
        Ok(()) => {
            println!("packet-schema: wrote {output}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("packet-schema: {output}: {error}");
            ExitCode::FAILURE
        }
    }
}
