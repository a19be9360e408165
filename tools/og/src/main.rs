//! kz-iip's build-time jobs, sharing the app's drawing code (run by `scripts/build.sh`):
//!
//! ```text
//! kz-iip-og preview OUT.png [FONT.ttf] [BOLD.ttf]     the link-preview image (og:image)
//! kz-iip-og static-paint INDEX.html [WIDGET.html]     the static first paint
//! kz-iip-og catalogs DIR                                each language's catalog file but
//!                                                       English's (the wasm carries English),
//!                                                       and the explorer's later data
//! ```

mod preview;
mod static_paint;

use std::process::ExitCode;

const USAGE: &str =
    "usage: kz-iip-og preview OUT.png [FONT.ttf] [BOLD.ttf] | static-paint INDEX.html [WIDGET.html] | catalogs DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("preview") if args.len() > 1 => preview::run(&args[1..]),
        Some("static-paint") => args
            .get(1)
            .ok_or_else(|| "static-paint needs INDEX.html".to_owned())
            .and_then(|p| static_paint::write_static(p, args.get(2).map(String::as_str))),
        Some("catalogs") => args
            .get(1)
            .ok_or_else(|| "catalogs needs DIR".to_owned())
            .and_then(|d| catalogs(d)),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kz-iip-og: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes what the explorer's wasm leaves out (#26), each a file the page's loader fetches
/// beside the wasm (`scripts/postbuild.mjs` tells the loaders their names):
/// `DIR/i18n-<lang>-<hash>.txt` for every language, fetched by an explorer's page in that
/// language (a widget's only for Russian and Kazakh: its wasm carries English), and `DIR/kz-iip-later-<hash>.bin`, the data only About the data and Output show
/// (`Db::split_later`), fetched when one of them opens, with its compressed copy
/// `DIR/kz-iip-later-z-<hash>.bin`.
fn catalogs(dir: &str) -> Result<(), String> {
    use kz_iip_charts::i18n::{catalog, Lang};
    let dir = std::path::Path::new(dir);
    let write = |name: String, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    };
    for lang in Lang::ALL {
        write(catalog::file_name(lang), catalog::encode(lang).as_bytes())?;
    }
    // The later data twice: compressed (zlib: what the loader fetches and the service worker
    // precaches, small whether or not the host compresses an unknown type), and as it is (for a
    // browser without DecompressionStream, fetched only by such a browser).
    let bundled = kz_iip::data::bundled::BUNDLED_LATER;
    let name = kz_iip::data::bundled::later_file_name();
    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(bundled, 10);
    write(
        name.replacen("kz-iip-later-", "kz-iip-later-z-", 1),
        &compressed,
    )?;
    write(name, bundled)
}
