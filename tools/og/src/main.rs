//! kz-iip's build-time jobs, sharing the app's drawing code (run by `scripts/build.sh`):
//!
//! ```text
//! kz-iip-og preview OUT.png [FONT.ttf] [BOLD.ttf]     the link-preview image (og:image)
//! kz-iip-og static-paint INDEX.html [WIDGET.html]     the static first paint
//! kz-iip-og catalogs DIR                                each language's catalog file but
//!                                                       English's (the wasm carries English)
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

/// Writes `DIR/i18n-<lang>-<hash>.txt` for every language the web app's wasm leaves out (#26):
/// a page in that language fetches its file beside the wasm (`scripts/postbuild.mjs` tells the
/// loaders their names).
fn catalogs(dir: &str) -> Result<(), String> {
    use kz_iip_charts::i18n::{catalog, Lang};
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let path = std::path::Path::new(dir).join(catalog::file_name(lang));
        std::fs::write(&path, catalog::encode(lang))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
