//! Drawing the map (the grid cartogram) on any plotters backend.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::*;
use crate::charts::draw;
use crate::charts::draw::{palette, DrawResult};
use crate::charts::frame::{Frame, Look, Marks};

/// Draws the cartogram and its legend.
pub fn draw_map<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &MapSpec,
    look: &Look,
    marks: &Marks,
) -> DrawResult<DB> {
    let s = look.scale;
    let pal = palette(look.dark);
    root.fill(&draw::rgb(pal.background))?;
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    // A second legend line (the Republic's value) on narrow maps.
    let legend_h = if w / s < 560.0 { 60.0 } else { 44.0 } * s;
    let pad = 4.0 * s;
    let grid_h = (h - legend_h - pad).max(40.0);
    let cell_w = (w - 2.0 * pad) / f64::from(COLS);
    let cell_h = grid_h / f64::from(ROWS);
    let gap = 3.0 * s;
    let ink = draw::rgb(pal.ink);
    let font_px = (cell_w / 7.5).clamp(9.0 * s, 13.0 * s);
    let max_chars = ((cell_w - 6.0 * s) / (font_px * 0.58)).floor().max(3.0) as usize;
    for (i, t) in spec.tiles.iter().enumerate() {
        let x0 = pad + f64::from(t.col) * cell_w + gap / 2.0;
        let y0 = pad + f64::from(t.row) * cell_h + gap / 2.0;
        let (x1, y1) = (x0 + cell_w - gap, y0 + cell_h - gap);
        let fill = match t.state {
            TileState::Value(v) => color_of(spec.scale, v, look.dark),
            TileState::NoData => {
                if look.dark {
                    (0x1c, 0x1c, 0x1c)
                } else {
                    (0xff, 0xff, 0xff)
                }
            }
            TileState::NotExisting => pal.background,
        };
        let rect = [(x0 as i32, y0 as i32), (x1 as i32, y1 as i32)];
        root.draw(&Rectangle::new(rect, draw::rgb(fill).filled()))?;
        // Regions with no value get a dashed-looking grey outline; others a thin one.
        let outline = if t.state == TileState::NotExisting {
            draw::rgb(pal.grid).stroke_width(1)
        } else {
            draw::rgb(pal.muted).stroke_width((0.5 * s).max(1.0) as u32)
        };
        root.draw(&Rectangle::new(rect, outline))?;
        if t.selected || marks.active.map(|p| p.index) == Some(i) {
            let width = if marks.active.map(|p| p.index) == Some(i) && marks.keyboard {
                3.0
            } else {
                2.0
            };
            root.draw(&Rectangle::new(rect, ink.stroke_width((width * s) as u32)))?;
        }
        let fg = match t.state {
            TileState::Value(v) => text_on(color_of(spec.scale, v, look.dark)),
            _ => pal.muted,
        };
        let color = draw::rgb(fg);
        let cx = ((x0 + x1) / 2.0) as i32;
        let name_style = (draw::FONT, font_px)
            .into_font()
            .color(&color)
            .pos(Pos::new(HPos::Center, VPos::Center));
        let cy = (y0 + y1) / 2.0;
        root.draw(&Text::new(
            // The name without "region"/"city" words; where a tile is too narrow, the short form
            // in use (ЗКО, СҚО, WKO), else cut.
            draw::fitted(
                &crate::i18n::region_compact(&t.name),
                t.short.as_slice(),
                max_chars,
            ),
            (cx, (cy - font_px * 0.65) as i32),
            name_style.clone(),
        ))?;
        let value = match t.state {
            TileState::Value(_) => t.text.clone(),
            TileState::NoData => "—".to_owned(),
            TileState::NotExisting => "×".to_owned(),
        };
        let value_style = (draw::FONT, font_px * 1.1)
            .into_font()
            .style(FontStyle::Bold)
            .color(&color)
            .pos(Pos::new(HPos::Center, VPos::Center));
        root.draw(&Text::new(
            value,
            (cx, (cy + font_px * 0.75) as i32),
            value_style,
        ))?;
    }
    // Legend: the colour ramp with its ends and centre.
    let ly = pad + grid_h + 10.0 * s;
    let lx0 = pad + 4.0 * s;
    let lx1 = (w * 0.55).max(lx0 + 80.0 * s);
    let steps = 40;
    let (lo, mid, hi) = match spec.scale {
        Scale::Diverging { low, center, high } => (low, Some(center), high),
        Scale::Sequential { max } => (0.0, None, max),
    };
    // The ramp: the centre in the middle of a diverging legend, each side to its extreme.
    let value_at = |u: f64| match mid {
        Some(m) if u < 0.5 => lo + (m - lo) * u * 2.0,
        Some(m) => m + (hi - m) * (u - 0.5) * 2.0,
        None => lo + (hi - lo) * u,
    };
    for k in 0..steps {
        let v = value_at((f64::from(k) + 0.5) / f64::from(steps));
        let c = color_of(spec.scale, v, look.dark);
        let a = lx0 + (lx1 - lx0) * f64::from(k) / f64::from(steps);
        let b = lx0 + (lx1 - lx0) * f64::from(k + 1) / f64::from(steps);
        root.draw(&Rectangle::new(
            [
                (a as i32, ly as i32),
                (b.ceil() as i32, (ly + 10.0 * s) as i32),
            ],
            draw::rgb(c).filled(),
        ))?;
    }
    let small = (draw::FONT, 11.0 * s).into_font().color(&ink);
    let label = |v: f64| i18n::fmt_tick(spec.lang, v);
    let at = |v: f64| {
        let u = match mid {
            Some(m) if v < m => 0.5 * (v - lo) / (m - lo).max(1e-9),
            Some(m) => 0.5 + 0.5 * (v - m) / (hi - m).max(1e-9),
            None => (v - lo) / (hi - lo).max(1e-9),
        };
        (lx0 + (lx1 - lx0) * u) as i32
    };
    let ty = (ly + 12.0 * s) as i32;
    root.draw(&Text::new(
        label(lo),
        (at(lo), ty),
        small.clone().pos(Pos::new(HPos::Left, VPos::Top)),
    ))?;
    if let Some(m) = mid {
        root.draw(&Text::new(
            label(m),
            (at(m), ty),
            small.clone().pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }
    root.draw(&Text::new(
        label(hi),
        (at(hi), ty),
        small.clone().pos(Pos::new(HPos::Right, VPos::Top)),
    ))?;
    if let Some(r) = &spec.republic {
        // Right of the ramp if it fits, else under it.
        let text = format!("{}: {r}", i18n::t(spec.lang, Key::Republic));
        let (tw, _) = root.estimate_text_size(&text, &small).unwrap_or((0, 0));
        let right = lx1 + 16.0 * s;
        let at = if right + f64::from(tw) <= w - pad {
            (right as i32, (ly + 5.0 * s) as i32)
        } else {
            (lx0 as i32, (ly + 31.0 * s) as i32)
        };
        root.draw(&Text::new(
            text,
            at,
            small.pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    root.present()?;
    Ok(Frame {
        left: pad,
        top: pad,
        right: pad + cell_w * f64::from(COLS),
        bottom: pad + grid_h,
        x: (0.0, f64::from(COLS)),
        y: (f64::from(ROWS), 0.0),
        rows: 0,
        x_ticks: Vec::new(),
        scale: s,
    })
}
