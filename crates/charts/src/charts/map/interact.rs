//! Read-outs of the map: pick a tile, step between tiles, describe.

use crate::i18n;

use super::*;
use crate::charts::frame::{Frame, Marks, Pick};
use crate::charts::interact::*;

/// The tile at a grid position.
pub fn tile_at(spec: &MapSpec, col: u8, row: u8) -> Option<usize> {
    spec.tiles.iter().position(|t| t.col == col && t.row == row)
}

impl Interactive for MapSpec {
    fn pick(&self, frame: &Frame, _: &Marks, px: f64, py: f64) -> Option<Pick> {
        if !frame.contains(px, py, 0.0) {
            return None;
        }
        let col = frame.x_at(px).floor();
        let row = frame.y_at(py).floor();
        if col < 0.0 || row < 0.0 {
            return None;
        }
        tile_at(self, col as u8, row as u8).map(|index| Pick { series: 0, index })
    }

    fn step(&self, _: &Marks, from: Option<Pick>, key: &str) -> Option<Pick> {
        let at = |index: usize| Some(Pick { series: 0, index });
        let Some(cur) = from.and_then(|p| self.tiles.get(p.index).map(|t| (p, t))) else {
            return at(0).filter(|_| !self.tiles.is_empty());
        };
        let (p, t) = cur;
        let (c, r) = (i32::from(t.col), i32::from(t.row));
        // The nearest tile in the key's direction: along the axis first, then across it.
        let (dc, dr) = match key {
            "ArrowLeft" => (-1, 0),
            "ArrowRight" => (1, 0),
            "ArrowUp" => (0, -1),
            "ArrowDown" => (0, 1),
            "Home" => return at(0),
            "End" => return at(self.tiles.len().saturating_sub(1)),
            _ => return Some(p),
        };
        self.tiles
            .iter()
            .enumerate()
            .filter_map(|(i, o)| {
                let (oc, or) = (i32::from(o.col) - c, i32::from(o.row) - r);
                let along = oc * dc + or * dr;
                let across = (oc * dr).abs() + (or * dc).abs();
                (along > 0).then_some((along + 2 * across, across, i))
            })
            .min()
            .map(|(_, _, i)| Pick {
                series: 0,
                index: i,
            })
            .or(Some(p))
    }

    fn readout(&self, frame: &Frame, _: &Marks, pick: Pick) -> Option<Readout> {
        let t = self.tiles.get(pick.index)?;
        let value = match t.state {
            TileState::Value(_) => format!("{} {}", t.text, self.unit),
            _ => t.text.clone(),
        };
        let sentence = match &t.detail {
            Some(d) => format!(
                "{}, {}: {value}, {}",
                t.name,
                self.year,
                i18n::status_name(self.lang, d.status)
            ),
            None => format!("{}, {}: {value}", t.name, self.year),
        };
        let cx = frame.x_px(f64::from(t.col) + 0.5);
        let cy = frame.y_px(f64::from(t.row) + 0.5);
        Some(Readout {
            heading: format!("{}, {}", t.name, self.year),
            lines: vec![Line {
                color: None,
                label: t.name.clone(),
                value,
                active: true,
            }],
            detail: t.detail.clone(),
            sentence,
            anchor: (cx, cy),
        })
    }

    fn summary(&self) -> String {
        let mut with: Vec<&Tile> = self
            .tiles
            .iter()
            .filter(|t| matches!(t.state, TileState::Value(_)))
            .collect();
        let v = |t: &Tile| match t.state {
            TileState::Value(v) => v,
            _ => f64::NAN,
        };
        crate::data::sort::sort_by(&mut with, |a, b| v(b).total_cmp(&v(a)));
        let (Some(hi), Some(lo)) = (with.first(), with.last()) else {
            return format!("{}.", self.title);
        };
        let mut out = format!(
            "{}. {}",
            self.title,
            i18n::tr(
                self.lang,
                Key::DescHighLow,
                &[
                    ("high_name", (&hi.name).into()),
                    ("high", (&hi.text).into()),
                    ("low_name", (&lo.name).into()),
                    ("low", (&lo.text).into()),
                    ("count", with.len().into()),
                ],
            )
        );
        if let Some(r) = &self.republic {
            out.push(' ');
            out.push_str(&i18n::tr(
                self.lang,
                Key::DescReference,
                &[("text", r.into())],
            ));
        }
        out
    }

    fn activates(&self) -> bool {
        true
    }
}
