//! A newsroom's notes on a chart (#25: `ann=YEAR:text`): each note's text wrapped, its box
//! placed inside the plot and clear of every drawn value, and drawn with a leader line to the
//! point it is about. The trend and the ranking give their anchors and obstacles; the placing
//! and the drawing are the same for both.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::charts::draw::{palette, px, rgb, FONT};
use crate::charts::frame::Look;

/// Left, top, right, bottom, in device pixels.
pub type Rect = (f64, f64, f64, f64);

/// Padding inside a note's box (CSS pixels).
const PAD: f64 = 3.0;

/// What a note's box must not cover: the values drawn (points with a margin, line segments,
/// bars and their labels).
#[derive(Clone, Debug, Default)]
pub struct Obstacles {
    pub points: Vec<(f64, f64)>,
    pub segments: Vec<((f64, f64), (f64, f64))>,
    pub rects: Vec<Rect>,
}

/// A note as placed: its text lines, its box (device pixels) and the point its leader line
/// starts from.
#[derive(Clone, Debug, PartialEq)]
pub struct NoteBox {
    pub lines: Vec<String>,
    pub rect: Rect,
    pub anchor: (f64, f64),
}

/// The width of `text` in the charts' label font, in device pixels (as the backend measures
/// it; an estimate where it cannot).
pub fn label_width<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    scale: f64,
) -> f64 {
    let font: TextStyle = (FONT, 12.0 * scale).into_font().into();
    root.estimate_text_size(text, &font)
        .map_or(6.5 * scale * text.chars().count() as f64, |(w, _)| {
            f64::from(w)
        })
}

/// Places each note (its text and the point it is about; `None`: no point): its text wrapped
/// to at most 60 % of the plot's width (40 %, 28 % where that finds no room), its box inside
/// `plot`, clear of `obstacles` and of the boxes placed before it, at the free place nearest
/// to its point. `None` where no place is free.
pub fn place(
    notes: &[(&str, Option<(f64, f64)>)],
    plot: Rect,
    obstacles: &Obstacles,
    measure: &dyn Fn(&str) -> f64,
    scale: f64,
) -> Vec<Option<NoteBox>> {
    let (l, _, r, _) = plot;
    let line_h = 14.0 * scale;
    let pad = PAD * scale;
    let mut placed: Vec<Rect> = Vec::new();
    notes
        .iter()
        .map(|&(text, anchor)| {
            let anchor = anchor?;
            // Narrower (more lines) where a wide box finds no room.
            let (lines, rect) = [0.6, 0.4, 0.28].into_iter().find_map(|share| {
                let lines = wrap(text, ((r - l) * share).max(40.0 * scale), measure);
                let w = lines.iter().map(|s| measure(s)).fold(0.0, f64::max) + 2.0 * pad;
                let h = lines.len() as f64 * line_h + 2.0 * pad;
                let spot = spot_for(anchor, (w, h), plot, obstacles, &placed, scale)?;
                Some((lines, (spot.0, spot.1, spot.0 + w, spot.1 + h)))
            })?;
            placed.push(rect);
            Some(NoteBox {
                lines,
                rect,
                anchor,
            })
        })
        .collect()
}

/// The top-left corner of the free place nearest to `anchor` for a `w` × `h` box: inside
/// `plot`, clear of `obstacles` and of the boxes `placed` (above, below, beside, then
/// diagonally; a step further each round).
fn spot_for(
    (ax, ay): (f64, f64),
    (w, h): (f64, f64),
    plot: Rect,
    obstacles: &Obstacles,
    placed: &[Rect],
    scale: f64,
) -> Option<(f64, f64)> {
    let (l, t, r, b) = plot;
    let free = |x0: f64, y0: f64| {
        let rect = (x0, y0, x0 + w, y0 + h);
        let m = 5.0 * scale;
        let near = (x0 - m, y0 - m, x0 + w + m, y0 + h + m);
        x0 >= l + 1.0
            && y0 >= t + 1.0
            && x0 + w <= r - 1.0
            && y0 + h <= b - 1.0
            && !obstacles.points.iter().any(|&p| inside(p, near))
            && !obstacles.segments.iter().any(|&(p, q)| crosses(p, q, rect))
            && !obstacles.rects.iter().any(|&o| overlaps(o, rect))
            && !placed.iter().any(|&o| overlaps(o, near))
    };
    let step = 10.0 * scale;
    let clamp_x = |x: f64| x.clamp(l + 1.0, (r - 1.0 - w).max(l + 1.0));
    (1..40).find_map(|k| {
        let d = f64::from(k) * step;
        let centred = [ax - w / 2.0, ax - w + 2.0 * step, ax - 2.0 * step].map(clamp_x);
        let above = centred.map(|x| (x, ay - d - h));
        let below = centred.map(|x| (x, ay + d));
        let beside = [(ax + d, ay - h / 2.0), (ax - d - w, ay - h / 2.0)];
        let corners = [
            (ax + d, ay - d - h),
            (ax + d, ay + d),
            (ax - d - w, ay - d - h),
            (ax - d - w, ay + d),
        ];
        above
            .into_iter()
            .chain(below)
            .chain(beside)
            .chain(corners)
            .find(|&(x, y)| free(x, y))
    })
}

/// Draws placed notes: a leader line from the point to the box, the box in the background's
/// colour, the text. Coordinates are the backend's; `root` may start elsewhere (an export's
/// chart below its title).
pub fn draw_notes<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    boxes: &[Option<NoteBox>],
    look: &Look,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let scale = look.scale;
    let pal = palette(look.dark);
    let (ox, oy) = root.get_base_pixel();
    let rel = |x: f64, y: f64| ((x as i32) - ox, (y as i32) - oy);
    let font = (FONT, 12.0 * scale)
        .into_font()
        .color(&rgb(pal.ink))
        .pos(Pos::new(HPos::Left, VPos::Top));
    for b in boxes.iter().flatten() {
        let (x0, y0, x1, y1) = b.rect;
        let (lx, ly) = (b.anchor.0.clamp(x0, x1), b.anchor.1.clamp(y0, y1));
        let leader = rgb(pal.muted).stroke_width(px(scale, 1.0));
        root.draw(&PathElement::new(
            vec![rel(b.anchor.0, b.anchor.1), rel(lx, ly)],
            leader,
        ))?;
        let bg = rgb(pal.background).mix(0.9).filled();
        root.draw(&Rectangle::new([rel(x0, y0), rel(x1, y1)], bg))?;
        for (k, line) in b.lines.iter().enumerate() {
            let y = y0 + PAD * scale + k as f64 * 14.0 * scale;
            root.draw(&Text::new(
                line.clone(),
                rel(x0 + PAD * scale, y),
                font.clone(),
            ))?;
        }
    }
    Ok(())
}

/// Words of `text` in lines no wider than `max` (a longer word is a line of its own).
fn wrap(text: &str, max: f64, measure: &dyn Fn(&str) -> f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if measure(&format!("{line} {word}")) <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

fn inside((x, y): (f64, f64), (x0, y0, x1, y1): Rect) -> bool {
    (x0..=x1).contains(&x) && (y0..=y1).contains(&y)
}

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Whether the segment `p`–`q` passes through the rectangle (Liang–Barsky clipping).
fn crosses(p: (f64, f64), q: (f64, f64), (x0, y0, x1, y1): Rect) -> bool {
    let (dx, dy) = (q.0 - p.0, q.1 - p.1);
    let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
    for (den, num) in [
        (-dx, p.0 - x0),
        (dx, x1 - p.0),
        (-dy, p.1 - y0),
        (dy, y1 - p.1),
    ] {
        if den == 0.0 {
            if num < 0.0 {
                return false;
            }
        } else {
            let t = num / den;
            if den < 0.0 {
                lo = lo.max(t);
            } else {
                hi = hi.min(t);
            }
        }
    }
    lo <= hi
}
