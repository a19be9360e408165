//! The link-preview image (`og:image`, 1200×630): the explorer's default trend chart with its
//! title, subtitle and source line, drawn natively with the same drawing code as the app
//! through plotters' bitmap backend, written as PNG.

use kz_iip::charts::export::{draw_export, ExportMeta};
use kz_iip::charts::frame::Look;
use kz_iip::charts::spec::trend;
use kz_iip::components::sources;
use kz_iip::data::load_bundled;
use kz_iip::i18n::Lang;
use kz_iip::state::widget::ChartKind;
use kz_iip::state::{Bounds, Filters};
use plotters::prelude::*;
use plotters::style::register_font;

const W: u32 = 1200;
const H: u32 = 630;

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&u32::try_from(data.len()).unwrap_or(u32::MAX).to_be_bytes());
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
}

/// An 8-bit RGB PNG of `rgb` (`w × h × 3` bytes).
fn png(rgb: &[u8], w: u32, h: u32) -> Vec<u8> {
    let row = w as usize * 3;
    let mut raw = Vec::with_capacity((row + 1) * h as usize);
    for line in rgb.chunks(row) {
        raw.push(0); // filter: none
        raw.extend_from_slice(line);
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(
        &mut out,
        b"IDAT",
        &miniz_oxide::deflate::compress_to_vec_zlib(&raw, 9),
    );
    chunk(&mut out, b"IEND", &[]);
    out
}

fn font(path: &str) -> Result<&'static [u8], String> {
    std::fs::read(path)
        .map(|b| &*Box::leak(b.into_boxed_slice()))
        .map_err(|e| format!("{path}: {e} (install fonts-dejavu-core)"))
}

/// `preview OUT.png [FONT.ttf] [BOLD.ttf]`.
pub fn run(args: &[String]) -> Result<(), String> {
    let out = args
        .first()
        .ok_or("usage: kz-iip-og OUT.png [FONT.ttf] [BOLD.ttf]")?;
    let regular = args.get(1).map_or(
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        String::as_str,
    );
    let bold = args.get(2).map_or(
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        String::as_str,
    );
    register_font("sans-serif", FontStyle::Normal, font(regular)?).map_err(|_| "bad font")?;
    register_font("sans-serif", FontStyle::Bold, font(bold)?).map_err(|_| "bad font")?;
    let (db, errors) = load_bundled();
    if !errors.is_empty() {
        return Err(format!("bundled data has {} errors", errors.len()));
    }
    let f = Filters::default_for(Bounds::of(&db));
    let spec = trend(&db, &f, Lang::En);
    let items = sources::for_kind(&db, ChartKind::Trend, &f);
    let meta = ExportMeta {
        title: spec.title.clone(),
        subtitle: format!("{}–{} · {}", spec.from, spec.to, spec.y_label),
        source: sources::source_line(Lang::En, &items),
        credit: "kz-iip — Kazakhstan Industrial Production Explorer".to_owned(),
    };
    let mut buf = vec![0u8; (W * H * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buf, (W, H)).into_drawing_area();
        let look = Look {
            scale: 1.2,
            dark: false,
            css_width: f64::from(W) / 1.2,
        };
        draw_export(&root, &spec, &meta, &look).map_err(|e| format!("drawing: {e:?}"))?;
    }
    std::fs::write(out, png(&buf, W, H)).map_err(|e| format!("{out}: {e}"))?;
    println!("og: {out} ({W}×{H})");
    Ok(())
}
