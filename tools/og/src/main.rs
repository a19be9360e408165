//! kz-iip's build-time jobs, sharing the app's drawing code (run by `scripts/build.sh`):
//!
//! ```text
//! kz-iip-og preview OUT.png [FONT.ttf] [BOLD.ttf]     the link-preview image (og:image)
//! kz-iip-og static-paint INDEX.html [WIDGET.html]     the static first paint
//! ```

mod preview;
mod static_paint;

use std::process::ExitCode;

const USAGE: &str =
    "usage: kz-iip-og preview OUT.png [FONT.ttf] [BOLD.ttf] | static-paint INDEX.html [WIDGET.html]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("preview") if args.len() > 1 => preview::run(&args[1..]),
        Some("static-paint") => args
            .get(1)
            .ok_or_else(|| "static-paint needs INDEX.html".to_owned())
            .and_then(|p| static_paint::write_static(p, args.get(2).map(String::as_str))),
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
