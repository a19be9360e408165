//! One drawing backend for the app: the `<canvas>` (screen and PNG) or an SVG string (SVG
//! download), chosen at run time.
//!
//! The drawing functions are generic over plotters' `DrawingBackend`; used with two backends
//! in the wasm they were compiled twice (each chart's code and plotters' chart machinery,
//! about 3 % of the code). Drawing through this enum compiles them once. Native code (tests, the
//! static first paint, the preview image) still draws on plotters' own backends directly.

use std::fmt;

use plotters::prelude::IntoDrawingArea;

use super::export::{draw_export, Drawable, ExportMeta};
use super::frame::Look;

use plotters::prelude::{DrawingBackend, SVGBackend};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;

/// The canvas or an SVG document.
pub enum Backend<'a> {
    Canvas(CanvasBackend),
    Svg(SVGBackend<'a>),
}

/// Either backend's error.
#[derive(Debug)]
pub struct BackendError(String);

impl fmt::Display for BackendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BackendError {}

/// An error of an inner backend as this backend's error.
fn lift<E: std::error::Error + Send + Sync>(
    e: DrawingErrorKind<E>,
) -> DrawingErrorKind<BackendError> {
    match e {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(BackendError(e.to_string()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

/// Calls the same method on whichever backend this is, lifting its error.
macro_rules! both {
    ($self:ident, $b:ident => $call:expr) => {
        match $self {
            Backend::Canvas($b) => $call.map_err(lift),
            Backend::Svg($b) => $call.map_err(lift),
        }
    };
}

type Res<T> = Result<T, DrawingErrorKind<BackendError>>;

impl DrawingBackend for Backend<'_> {
    type ErrorType = BackendError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            Backend::Canvas(b) => b.get_size(),
            Backend::Svg(b) => b.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Res<()> {
        both!(self, b => b.ensure_prepared())
    }

    fn present(&mut self) -> Res<()> {
        both!(self, b => b.present())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Res<()> {
        both!(self, b => b.draw_pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Res<()> {
        both!(self, b => b.draw_line(from, to, style))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Res<()> {
        both!(self, b => b.draw_rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Res<()> {
        both!(self, b => b.draw_path(path, style))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Res<()> {
        both!(self, b => b.draw_circle(center, radius, style, fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Res<()> {
        both!(self, b => b.fill_polygon(vert, style))
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Res<()> {
        both!(self, b => b.draw_text(text, style, pos))
    }

    fn estimate_text_size<T: BackendTextStyle>(&self, text: &str, style: &T) -> Res<(u32, u32)> {
        both!(self, b => b.estimate_text_size(text, style))
    }

    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Res<()> {
        both!(self, b => b.blit_bitmap(pos, size, src))
    }
}

/// The chart as an SVG document (text as text), `width` × `height` CSS pixels, drawn through
/// [`Backend`] (the one instance of the drawing code the canvas also uses).
pub fn svg<S: Drawable>(
    spec: &S,
    meta: &ExportMeta,
    width: u32,
    height: u32,
    dark: bool,
) -> String {
    let mut out = String::new();
    {
        let root =
            Backend::Svg(SVGBackend::with_string(&mut out, (width, height))).into_drawing_area();
        let look = Look {
            scale: 1.0,
            dark,
            css_width: f64::from(width),
        };
        if draw_export(&root, spec, meta, &look).is_err() {
            return String::new();
        }
    }
    out
}
