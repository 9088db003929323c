//! The archive worker: writes and reads the packet with documents (`domain::archive`) in a
//! Web Worker, so a 250 MB export or a sealed archive's key derivation never blocks the page,
//! its memory is given back when the job ends (the page ends the worker), and the zip, deflate
//! and age code is downloaded only by someone who exports or opens an archive.
//!
//! Built by `make dist` on its own (`wasm-bindgen --target no-modules`) into
//! `archive-worker.js` and `archive-worker_bg.wasm`; the page starts it with
//! `new Worker("/archive-worker.js")` (`src/ui/archive_jobs.rs`). The messages are in
//! `jobs.rs`. Natively this program does nothing: it exists so `cargo` checks and lints it.

#[cfg(target_arch = "wasm32")]
mod blob_io;
#[cfg(target_arch = "wasm32")]
mod jobs;

fn main() {
    #[cfg(target_arch = "wasm32")]
    jobs::listen();
}
