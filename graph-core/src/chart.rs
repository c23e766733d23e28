//! Charts as SVG strings, drawn with plotters: capacity and load per period for one organisation,
//! its portfolio as a timeline, and a heat map of utilisation for the whole landscape. Every chart
//! has a title and a text summary; the app shows a data table beside it. Plotters escapes all
//! text it writes into the SVG, and is never asked to measure text (see `draw_capacity`).

use crate::sort::SharedSort;
use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::band::Band;
use crate::data::labels::ChoiceLabel;
use crate::data::model::{CapacityRow, Status};
use crate::figures::{format_fte, format_percent};
use crate::i18n::{Lang, T, fill};
use crate::id::OrganisationId;
use crate::landscape::Landscape;
use crate::period::Period;

/// A chart and what it says in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    /// The title (also inside the SVG).
    pub title: String,
    /// The SVG document.
    pub svg: String,
    /// A text summary for screen readers and for people who skip charts.
    pub summary: String,
}

const FONT: &str = "sans-serif";
const ROOM: RGBColor = RGBColor(0xcf, 0xe8, 0xcf);
const TIGHT: RGBColor = RGBColor(0xff, 0xe0, 0x8a);
const FULL: RGBColor = RGBColor(0xf2, 0xa7, 0xa7);
const CAPACITY: RGBColor = RGBColor(0xc6, 0xd4, 0xe4);
const LOAD: RGBColor = RGBColor(0x15, 0x42, 0x73);
const INK: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);
const MUTED: RGBColor = RGBColor(0x4d, 0x4d, 0x4d);
const UTILISATION: RGBColor = RGBColor(0xb0, 0x3a, 0x00);

fn status_note(statuses: impl Iterator<Item = Status>, lang: Lang) -> Option<&'static str> {
    let mut weakest = None;
    for status in statuses {
        weakest = weakest.max(Some(status));
    }
    match weakest {
        Some(Status::Voorbeeld) => Some(T::ChartNoteExamples.text(lang)),
        Some(Status::Schatting) => Some(T::ChartNoteEstimates.text(lang)),
        _ => None,
    }
}

/// ` Let op: {note}.` at the end of a summary, or nothing.
fn note_sentence(note: Option<&str>, lang: Lang) -> String {
    note.map(|note| fill(T::ChartNote.text(lang), &[("note", note)]))
        .unwrap_or_default()
}

/// The band colour of a utilisation; the number is always written in the cell as well.
fn band_colour(utilisation: f64) -> RGBColor {
    match Band::of(Some(utilisation)) {
        Band::Vol => FULL,
        Band::Krap => TIGHT,
        _ => ROOM,
    }
}

fn draw_note<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    note: Option<&str>,
    at: (i32, i32),
) {
    if let Some(note) = note {
        let style = (FONT, 13).into_font().color(&MUTED);
        let _ = root.draw(&Text::new(format!("⚠ {note}"), at, style));
    }
}

/// Capacity (light bar) and committed load (dark bar) in FTE, and utilisation as a line on the
/// right axis with the 70 % and 100 % marks, the number above each period; titles and words in
/// `lang`. `None` without capacity figures.
pub fn capacity_chart(landscape: &Landscape, id: &OrganisationId, lang: Lang) -> Option<Chart> {
    let organisation = landscape.organisation(id)?;
    let rows = landscape.capacity_rows(id);
    if rows.is_empty() {
        return None;
    }
    let title = fill(
        T::ChartCapacityTitle.text(lang),
        &[("name", organisation.short_name())],
    );
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, CAPACITY_SIZE).into_drawing_area();
        draw_capacity(&root, &rows, &title, lang)?;
        root.present().ok()?;
    }
    let parts: Vec<String> = rows
        .iter()
        .map(|row| {
            let share = if row.capaciteit_fte > 0.0 {
                format!(
                    " ({})",
                    format_percent(row.belasting_fte / row.capaciteit_fte)
                )
            } else {
                String::new()
            };
            fill(
                T::ChartCapacityPeriod.text(lang),
                &[
                    ("period", &row.periode.to_string()),
                    ("capacity", &format_fte(row.capaciteit_fte)),
                    ("load", &format_fte(row.belasting_fte)),
                    ("share", &share),
                ],
            )
        })
        .collect();
    let full: Vec<String> = rows
        .iter()
        .filter(|row| row.belasting_fte > row.capaciteit_fte)
        .map(|row| row.periode.to_string())
        .collect();
    let full = if full.is_empty() {
        String::new()
    } else {
        fill(T::ChartFullIn.text(lang), &[("periods", &full.join(", "))])
    };
    let summary = fill(
        T::ChartCapacitySummary.text(lang),
        &[
            ("title", &title),
            ("parts", &parts.join("; ")),
            ("full", &full),
            (
                "note",
                &note_sentence(status_note(rows.iter().map(|row| row.status), lang), lang),
            ),
        ],
    );
    Some(Chart {
        title,
        svg,
        summary,
    })
}

/// The size of the capacity chart in pixels.
const CAPACITY_SIZE: (u32, u32) = (640, 320);
/// The space around the capacity chart; the title sits in the top margin.
const CAPACITY_MARGIN: i32 = 12;
/// Where the plot of the capacity chart starts: below the title.
const CAPACITY_PLOT_TOP: i32 = 36;
/// The width of the right-hand (utilisation) axis area: ticks, labels and the axis name.
const RIGHT_AXIS_WIDTH: i32 = 54;
/// The length of a tick mark on the right-hand axis, as plotters draws them on the left.
const TICK: i32 = 5;
/// Where the labels of the right-hand axis end, right-aligned, measured from the axis: a tick, a
/// gap as wide, and room for "200 %" at 12 px.
const RIGHT_LABEL_END: i32 = 37;
/// A generous width per character for the 12 px legend text, so that the legend box fits its
/// longest entry in any browser without measuring it.
const LEGEND_CHAR_WIDTH: i32 = 6;
const LEGEND_PADDING: i32 = 10;
const LEGEND_ROW: i32 = 15;
const LEGEND_KEY: i32 = 12;
const LEGEND_BORDER: RGBColor = RGBColor(0xbb, 0xbb, 0xbb);

/// How a legend entry shows its series.
enum LegendKey {
    Bar(RGBColor),
    Line(RGBColor),
}

/// Draws the capacity chart onto `root`.
///
/// Plotters measures text for a chart caption, for labels on a right-hand axis and for its own
/// series legend; in the browser it measures by giving a `<span>` an inline style, which the
/// app's Content-Security-Policy (`style-src 'self'`) refuses. So this draws the title, the
/// right-hand axis and the legend itself at fixed positions, and plotters only draws the plot,
/// the left and bottom axes and the series.
fn draw_capacity<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    rows: &[&CapacityRow],
    title: &str,
    lang: Lang,
) -> Option<()> {
    let max = rows
        .iter()
        .map(|row| row.capaciteit_fte.max(row.belasting_fte))
        .fold(1.0, f64::max)
        * 1.7;
    let labels: Vec<String> = rows.iter().map(|row| row.periode.to_string()).collect();
    let utilisation = |row: &CapacityRow| {
        (row.capaciteit_fte > 0.0).then(|| row.belasting_fte / row.capaciteit_fte)
    };
    // The utilisation axis shows at least 0–150 %, so the 70 % and 100 % lines always show.
    let utilisation_max = rows
        .iter()
        .filter_map(|row| utilisation(row))
        .fold(1.5, f64::max)
        * 1.45;
    let n = rows.len() as i32;
    root.fill(&WHITE).ok()?;
    let (width, _) = root.dim_in_pixel();
    root.draw(&Text::new(
        title.to_owned(),
        (width as i32 / 2, CAPACITY_MARGIN + 5),
        (FONT, 17)
            .into_font()
            .color(&INK)
            .pos(Pos::new(HPos::Center, VPos::Top)),
    ))
    .ok()?;
    let mut chart = ChartBuilder::on(root)
        .margin(CAPACITY_MARGIN)
        .margin_top(CAPACITY_PLOT_TOP)
        // The right-hand axis is drawn below, in this margin, not in a plotters label area.
        .margin_right(CAPACITY_MARGIN + RIGHT_AXIS_WIDTH)
        .x_label_area_size(34)
        .y_label_area_size(54)
        // One period still needs a range with a width (0..0 has none, and its bars would
        // get a negative width): it then takes the first of two segments.
        .build_cartesian_2d((0..(n - 1).max(1)).into_segmented(), 0f64..max)
        .ok()?
        .set_secondary_coord((0..(n - 1).max(1)).into_segmented(), 0f64..utilisation_max);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(RGBColor(0xe0, 0xe0, 0xe0))
        .light_line_style(WHITE)
        .y_desc(T::ChartAxisFte.text(lang))
        .x_desc(T::ChartAxisPeriod.text(lang))
        .axis_desc_style((FONT, 13))
        .label_style((FONT, 12))
        .x_label_formatter(&|value| match value {
            SegmentValue::CenterOf(i) => labels.get(*i as usize).cloned().unwrap_or_default(),
            _ => String::new(),
        })
        .y_label_formatter(&|value| format_fte(*value))
        .draw()
        .ok()?;
    let index = |i: usize| i as i32;
    chart
        .draw_series(rows.iter().enumerate().map(|(i, row)| {
            let mut bar = Rectangle::new(
                [
                    (SegmentValue::Exact(index(i)), 0.0),
                    (SegmentValue::Exact(index(i) + 1), row.capaciteit_fte),
                ],
                CAPACITY.filled(),
            );
            bar.set_margin(0, 0, 8, 8);
            bar
        }))
        .ok()?;
    chart
        .draw_series(rows.iter().enumerate().map(|(i, row)| {
            let mut bar = Rectangle::new(
                [
                    (SegmentValue::Exact(index(i)), 0.0),
                    (SegmentValue::Exact(index(i) + 1), row.belasting_fte),
                ],
                LOAD.filled(),
            );
            bar.set_margin(0, 0, 26, 26);
            bar
        }))
        .ok()?;
    chart
        .draw_series(rows.iter().enumerate().map(|(i, row)| {
            let text = if row.capaciteit_fte > 0.0 {
                format_percent(row.belasting_fte / row.capaciteit_fte)
            } else {
                "—".to_owned()
            };
            Text::new(
                text,
                (
                    SegmentValue::CenterOf(index(i)),
                    row.capaciteit_fte.max(row.belasting_fte) + max * 0.05,
                ),
                (FONT, 13).into_font().color(&INK),
            )
        }))
        .ok()?;
    let secondary = chart.secondary_plotting_area();
    // Eleven key points, as plotters chooses for an axis it draws itself.
    let ticks: Vec<(i32, String)> = secondary
        .as_coord_spec()
        .y_spec()
        .key_points(11)
        .into_iter()
        .map(|value| {
            let (_, y) = secondary.map_coordinate(&(SegmentValue::Exact(0), value));
            (y, format_percent(value))
        })
        .collect();
    draw_right_axis(
        root,
        secondary.get_pixel_range(),
        &ticks,
        T::ChartAxisUtilisation.text(lang),
    )?;
    for (mark, label) in [
        (Band::TIGHT_FROM, T::ChartMarkTight.text(lang)),
        (Band::FULL_ABOVE, T::ChartMarkFull.text(lang)),
    ] {
        chart
            .draw_secondary_series(std::iter::once(PathElement::new(
                vec![
                    (SegmentValue::Exact(0), mark),
                    (SegmentValue::Exact(n), mark),
                ],
                ShapeStyle::from(&MUTED).stroke_width(1),
            )))
            .ok()?;
        chart
            .draw_secondary_series(std::iter::once(Text::new(
                label,
                (SegmentValue::Exact(0), mark),
                (FONT, 11).into_font().color(&MUTED),
            )))
            .ok()?;
    }
    let points: Vec<(SegmentValue<i32>, f64)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, row)| utilisation(row).map(|u| (SegmentValue::CenterOf(index(i)), u)))
        .collect();
    chart
        .draw_secondary_series(std::iter::once(PathElement::new(
            points.clone(),
            ShapeStyle::from(&UTILISATION).stroke_width(3),
        )))
        .ok()?;
    chart
        .draw_secondary_series(
            points
                .into_iter()
                .map(|point| Circle::new(point, 4, UTILISATION.filled())),
        )
        .ok()?;
    let (plot_x, plot_y) = chart.plotting_area().get_pixel_range();
    draw_legend(
        root,
        (plot_x.end - 5, plot_y.start + 5),
        &[
            (T::ChartSeriesCapacity.text(lang), LegendKey::Bar(CAPACITY)),
            (T::ChartSeriesLoad.text(lang), LegendKey::Bar(LOAD)),
            (
                T::ChartSeriesUtilisation.text(lang),
                LegendKey::Line(UTILISATION),
            ),
        ],
    )?;
    draw_note(
        root,
        status_note(rows.iter().map(|row| row.status), lang),
        (10, 8),
    );
    Some(())
}

/// The right-hand axis of the plot at `pixels`, drawn onto `root`: the line, a tick and a
/// right-aligned label at each of `ticks` (pixel row and label), and `name` turned along the axis
/// at the outer edge, where plotters puts the names of axes.
fn draw_right_axis<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pixels: (Range<i32>, Range<i32>),
    ticks: &[(i32, String)],
    name: &str,
) -> Option<()> {
    let (x_pixels, y_pixels) = pixels;
    let axis_x = x_pixels.end;
    let (top, bottom) = (y_pixels.start, y_pixels.end);
    root.draw(&PathElement::new(
        vec![(axis_x, top), (axis_x, bottom)],
        BLACK,
    ))
    .ok()?;
    let label_style = (FONT, 12)
        .into_font()
        .color(&BLACK)
        .pos(Pos::new(HPos::Right, VPos::Center));
    for (y, label) in ticks {
        root.draw(&PathElement::new(
            vec![(axis_x, *y), (axis_x + TICK, *y)],
            BLACK,
        ))
        .ok()?;
        root.draw(&Text::new(
            label.clone(),
            (axis_x + RIGHT_LABEL_END, *y),
            label_style.clone(),
        ))
        .ok()?;
    }
    root.draw(&Text::new(
        name.to_owned(),
        (axis_x + RIGHT_AXIS_WIDTH, (top + bottom) / 2),
        (FONT, 13)
            .into_font()
            .transform(FontTransform::Rotate90)
            .color(&BLACK)
            .pos(Pos::new(HPos::Center, VPos::Top)),
    ))
    .ok()?;
    Some(())
}

/// A legend box with its top right corner at `top_right`, one row per entry. Its width comes from
/// the number of characters, since measuring the text is not allowed (see [`draw_capacity`]).
fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    top_right: (i32, i32),
    entries: &[(&str, LegendKey)],
) -> Option<()> {
    let longest = entries
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0) as i32;
    let text_left = LEGEND_PADDING + LEGEND_KEY + 18;
    let width = text_left + longest * LEGEND_CHAR_WIDTH + LEGEND_PADDING;
    let height = 2 * LEGEND_PADDING + (entries.len() as i32 - 1).max(0) * LEGEND_ROW + 10;
    let (right, top) = top_right;
    let left = right - width;
    let corners = [(left, top), (right, top + height)];
    root.draw(&Rectangle::new(corners, WHITE.mix(0.9).filled()))
        .ok()?;
    root.draw(&Rectangle::new(corners, LEGEND_BORDER)).ok()?;
    let label_style = (FONT, 12)
        .into_font()
        .color(&BLACK)
        .pos(Pos::new(HPos::Left, VPos::Center));
    for (row, (label, key)) in entries.iter().enumerate() {
        let middle = top + LEGEND_PADDING + 5 + row as i32 * LEGEND_ROW;
        let key_left = left + LEGEND_PADDING;
        match key {
            LegendKey::Bar(colour) => root.draw(&Rectangle::new(
                [(key_left, middle - 5), (key_left + LEGEND_KEY, middle + 5)],
                colour.filled(),
            )),
            LegendKey::Line(colour) => root.draw(&PathElement::new(
                vec![(key_left, middle), (key_left + LEGEND_KEY, middle)],
                colour.stroke_width(3),
            )),
        }
        .ok()?;
        root.draw(&Text::new(
            (*label).to_owned(),
            (left + text_left, middle),
            label_style.clone(),
        ))
        .ok()?;
    }
    Some(())
}

/// The portfolio of one organisation as a timeline of items by quarter, with words in `lang`.
/// `None` without items.
pub fn portfolio_chart(landscape: &Landscape, id: &OrganisationId, lang: Lang) -> Option<Chart> {
    let organisation = landscape.organisation(id)?;
    let items = landscape.portfolio_of(id);
    if items.is_empty() {
        return None;
    }
    let quarter = |period: Period, end: bool| -> i32 {
        let (year, q) = match period {
            Period::Year(year) => (year, if end { 4 } else { 1 }),
            Period::Quarter(year, q) => (year, q),
        };
        i32::from(year) * 4 + i32::from(q) - 1
    };
    let first = items.iter().map(|item| quarter(item.start, false)).min()?;
    let last = items.iter().map(|item| quarter(item.eind, true)).max()? + 1;
    let title = fill(
        T::ChartPortfolioTitle.text(lang),
        &[("name", organisation.short_name())],
    );
    let (width, row_height) = (640i32, 26i32);
    let (left, top) = (230i32, 44i32);
    let height = top + row_height * items.len() as i32 + 30;
    let span = (last - first).max(1);
    let x = |q: i32| left + (q - first) * (width - left - 16) / span;
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (width as u32, height as u32)).into_drawing_area();
        root.fill(&WHITE).ok()?;
        root.draw(&Text::new(
            title.clone(),
            (12, 8),
            (FONT, 17).into_font().color(&INK),
        ))
        .ok()?;
        // Year lines.
        for year_quarter in (first..=last).filter(|q| q % 4 == 0) {
            let px = x(year_quarter);
            root.draw(&PathElement::new(
                vec![(px, top - 6), (px, height - 24)],
                RGBColor(0xdd, 0xdd, 0xdd),
            ))
            .ok()?;
            root.draw(&Text::new(
                format!("{}", year_quarter / 4),
                (px + 3, height - 20),
                (FONT, 12).into_font().color(&MUTED),
            ))
            .ok()?;
        }
        for (row, item) in items.iter().enumerate() {
            let y = top + row as i32 * row_height;
            let name: String = item.naam.chars().take(34).collect();
            root.draw(&Text::new(
                name,
                (8, y + 5),
                (FONT, 12).into_font().color(&INK),
            ))
            .ok()?;
            let (x0, x1) = (
                x(quarter(item.start, false)),
                x(quarter(item.eind, true) + 1),
            );
            let colour = if item.status == Status::Bron {
                LOAD
            } else {
                MUTED
            };
            root.draw(&Rectangle::new(
                [(x0, y + 2), (x1.max(x0 + 3), y + row_height - 6)],
                colour.filled(),
            ))
            .ok()?;
            root.draw(&Text::new(
                fill(
                    T::ChartFte.text(lang),
                    &[("fte", &format_fte(item.belasting_fte))],
                ),
                (x0 + 4, y + 5),
                (FONT, 11).into_font().color(&WHITE),
            ))
            .ok()?;
        }
        draw_note(
            &root,
            status_note(items.iter().map(|item| item.status), lang),
            (12, 26),
        );
        root.present().ok()?;
    }
    let described: Vec<String> = items
        .iter()
        .map(|item| {
            fill(
                T::ChartPortfolioItem.text(lang),
                &[
                    ("name", &item.naam),
                    ("kind", item.soort.label_in(lang)),
                    ("start", &item.start.to_string()),
                    ("end", &item.eind.to_string()),
                    ("fte", &format_fte(item.belasting_fte)),
                    ("status", item.status.label_in(lang)),
                ],
            )
        })
        .collect();
    let summary = fill(
        T::ChartPortfolioSummary.text(lang),
        &[
            ("title", &title),
            ("n", &items.len().to_string()),
            ("items", &described.join("; ")),
        ],
    );
    Some(Chart {
        title,
        svg,
        summary,
    })
}

/// How the heat map orders its rows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HeatmapOrder {
    /// By ministry, then name.
    #[default]
    Ministry,
    /// Highest utilisation over all periods first.
    Pressure,
}

/// One row of the heat map, also shown as a table.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatmapRow {
    /// The organisation.
    pub organisation: OrganisationId,
    /// Its short name.
    pub short_name: String,
    /// Its ministry's abbreviation.
    pub ministry: String,
    /// Utilisation per period, in the order of [`heatmap_periods`].
    pub utilisation: Vec<Option<f64>>,
}

/// The yearly periods the heat map shows.
pub fn heatmap_periods(landscape: &Landscape) -> Vec<Period> {
    landscape
        .periods()
        .into_iter()
        .filter(|period| matches!(period, Period::Year(_)))
        .collect()
}

/// The rows of the heat map in the chosen order.
pub fn heatmap_rows(landscape: &Landscape, order: HeatmapOrder) -> Vec<HeatmapRow> {
    let periods = heatmap_periods(landscape);
    let mut rows: Vec<HeatmapRow> = landscape
        .organisations()
        .iter()
        .map(|organisation| HeatmapRow {
            organisation: organisation.id.clone(),
            short_name: organisation.short_name().to_owned(),
            ministry: organisation
                .ministerie
                .as_ref()
                .and_then(|id| landscape.ministry(id))
                .map(|m| m.afkorting.clone())
                .unwrap_or_default(),
            utilisation: periods
                .iter()
                .map(|&period| landscape.utilisation(&organisation.id, period))
                .collect(),
        })
        .collect();
    let peak = |row: &HeatmapRow| {
        row.utilisation
            .iter()
            .flatten()
            .copied()
            .fold(0.0, f64::max)
    };
    match order {
        HeatmapOrder::Ministry => rows.shared_sort_by(|a, b| {
            (a.ministry.is_empty(), &a.ministry, &a.short_name).cmp(&(
                b.ministry.is_empty(),
                &b.ministry,
                &b.short_name,
            ))
        }),
        HeatmapOrder::Pressure => rows.shared_sort_by(|a, b| {
            peak(b)
                .total_cmp(&peak(a))
                .then_with(|| a.short_name.cmp(&b.short_name))
        }),
    }
    rows
}

/// A heat map of utilisation, organisations × periods, each cell with its percentage written in;
/// title and summary in `lang`.
pub fn heatmap(landscape: &Landscape, order: HeatmapOrder, lang: Lang) -> Chart {
    let periods = heatmap_periods(landscape);
    let rows = heatmap_rows(landscape, order);
    let title = T::ChartHeatmapTitle.text(lang).to_owned();
    let (left, top, cell_w, cell_h) = (190i32, 58i32, 92i32, 20i32);
    let width = left + cell_w * periods.len() as i32 + 20;
    let height = top + cell_h * rows.len() as i32 + 16;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width.max(420) as u32, height as u32))
            .into_drawing_area();
        let _ = root.fill(&WHITE);
        let _ = root.draw(&Text::new(
            title.clone(),
            (8, 8),
            (FONT, 16).into_font().color(&INK),
        ));
        for (column, period) in periods.iter().enumerate() {
            let _ = root.draw(&Text::new(
                period.to_string(),
                (left + column as i32 * cell_w + 28, top - 20),
                (FONT, 13).into_font().color(&INK),
            ));
        }
        for (r, row) in rows.iter().enumerate() {
            let y = top + r as i32 * cell_h;
            let label = if row.ministry.is_empty() {
                row.short_name.clone()
            } else {
                format!("{} ({})", row.short_name, row.ministry)
            };
            let _ = root.draw(&Text::new(
                label.chars().take(28).collect::<String>(),
                (6, y + 4),
                (FONT, 12).into_font().color(&INK),
            ));
            for (column, value) in row.utilisation.iter().enumerate() {
                let x = left + column as i32 * cell_w;
                let (fill, text) = match value {
                    Some(u) => (band_colour(*u), format_percent(*u)),
                    None => (RGBColor(0xee, 0xee, 0xee), "—".to_owned()),
                };
                let _ = root.draw(&Rectangle::new(
                    [(x + 1, y + 1), (x + cell_w - 1, y + cell_h - 1)],
                    fill.filled(),
                ));
                let _ = root.draw(&Text::new(
                    text,
                    (x + 28, y + 4),
                    (FONT, 12).into_font().color(&INK),
                ));
            }
        }
        draw_note(
            &root,
            status_note(landscape.data().capacity.iter().map(|row| row.status), lang),
            (8, 26),
        );
        let _ = root.present();
    }
    let full: Vec<&str> = rows
        .iter()
        .filter(|row| row.utilisation.iter().flatten().any(|u| *u > 1.0))
        .map(|row| row.short_name.as_str())
        .collect();
    let names = if full.is_empty() {
        String::new()
    } else {
        format!(": {}", full.join(", "))
    };
    let note = status_note(landscape.data().capacity.iter().map(|row| row.status), lang);
    let summary = fill(
        T::ChartHeatmapSummary.text(lang),
        &[
            ("title", &title),
            ("n", &rows.len().to_string()),
            ("years", &periods.len().to_string()),
            ("full", &full.len().to_string()),
            ("names", &names),
            ("note", &note_sentence(note, lang)),
        ],
    );
    Chart {
        title,
        svg,
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::defaults::default_sources;
    use crate::data::load::SourceFile;
    use crate::data::model::FileKind;

    fn landscape() -> Landscape {
        Landscape::load(&default_sources()).unwrap().0
    }

    #[test]
    fn charts_are_deterministic_svg_with_title_and_summary() {
        let landscape = landscape();
        let uwv = OrganisationId::new("uwv");
        let chart = capacity_chart(&landscape, &uwv, Lang::Nl).unwrap();
        assert_eq!(chart, capacity_chart(&landscape, &uwv, Lang::Nl).unwrap());
        assert!(chart.svg.starts_with("<svg"));
        assert!(chart.svg.contains("Capaciteit en belasting: UWV"));
        assert!(
            chart.svg.contains("voorbeeldcijfers"),
            "status must be visible in the chart"
        );
        assert!(chart.summary.contains("2027: capaciteit"));
        insta::assert_snapshot!("capacity_uwv", chart.svg);

        let portfolio = portfolio_chart(&landscape, &uwv, Lang::Nl).unwrap();
        assert!(portfolio.svg.contains("Portfolio: UWV"));
        insta::assert_snapshot!("portfolio_uwv", portfolio.svg);

        let map = heatmap(&landscape, HeatmapOrder::Pressure, Lang::Nl);
        let count = landscape.organisations().len();
        assert!(
            map.summary.contains(&format!(": {count} organisaties")),
            "{}",
            map.summary
        );
        insta::assert_snapshot!("heatmap_pressure", map.svg);
    }

    #[test]
    fn charts_speak_english_when_asked() {
        let landscape = landscape();
        let uwv = OrganisationId::new("uwv");
        let chart = capacity_chart(&landscape, &uwv, Lang::En).unwrap();
        assert_eq!(chart.title, "Capacity and workload: UWV");
        assert!(chart.svg.contains("example figures"), "{}", chart.svg);
        assert!(
            chart.summary.contains("2027: capacity"),
            "{}",
            chart.summary
        );
        assert!(
            chart.summary.contains(" Note: example figures."),
            "{}",
            chart.summary
        );
        let portfolio = portfolio_chart(&landscape, &uwv, Lang::En).unwrap();
        assert_eq!(portfolio.title, "Portfolio of UWV");
        assert!(
            portfolio.summary.contains(" items. "),
            "{}",
            portfolio.summary
        );
        let map = heatmap(&landscape, HeatmapOrder::Pressure, Lang::En);
        let count = landscape.organisations().len();
        assert!(
            map.summary.contains(&format!(": {count} organisations")),
            "{}",
            map.summary
        );
        assert!(
            !map.svg.contains("Benutting"),
            "Dutch title in the English heat map"
        );
    }

    /// Plotters measures text only through these calls; in the browser that measuring sets an
    /// inline style, which the Content-Security-Policy blocks. Natively it only estimates, so no
    /// drawing test would notice; hence this look at the source. (A series legend measures
    /// through the font, not the backend, so a counting test backend would not see it either.)
    #[test]
    fn no_chart_lets_plotters_measure_text() {
        let source = include_str!("chart.rs");
        let (code, _tests) = source.split_once("#[cfg(test)]").unwrap();
        let code: String = code
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for measuring in [
            ".caption(",
            ".titled(",
            "configure_series_labels",
            "configure_secondary_axes",
            "right_y_label_area_size",
            "LabelAreaPosition::Right",
            "Pie::new",
            ".estimate_text_size(",
            ".estimate_dimension(",
            ".layout_box(",
            ".box_size(",
        ] {
            assert!(
                !code.contains(measuring),
                "chart.rs uses `{measuring}`, which measures text in the browser"
            );
        }
    }

    #[test]
    fn the_capacity_chart_draws_its_own_title_legend_and_right_axis() {
        let landscape = landscape();
        let uwv = OrganisationId::new("uwv");
        for lang in [Lang::Nl, Lang::En] {
            let svg = capacity_chart(&landscape, &uwv, lang).unwrap().svg;
            for text in [
                T::ChartSeriesCapacity.text(lang),
                T::ChartSeriesLoad.text(lang),
                T::ChartSeriesUtilisation.text(lang),
                T::ChartAxisUtilisation.text(lang),
            ] {
                assert!(svg.contains(&format!("\n{text}\n")), "{text} missing");
            }
            // Every percentage on the right-hand axis ends at the same place.
            let right_labels = svg
                .lines()
                .filter(|line| {
                    line.starts_with("<text x=\"611\" ") && line.contains("text-anchor=\"end\"")
                })
                .count();
            assert_eq!(right_labels, 11, "{svg}");
        }
    }

    #[test]
    fn heatmap_orders_by_pressure_and_by_ministry() {
        let landscape = landscape();
        let rows = heatmap_rows(&landscape, HeatmapOrder::Pressure);
        let peaks: Vec<f64> = rows
            .iter()
            .map(|row| {
                row.utilisation
                    .iter()
                    .flatten()
                    .copied()
                    .fold(0.0, f64::max)
            })
            .collect();
        assert!(peaks.windows(2).all(|pair| pair[0] >= pair[1]));
        let rows = heatmap_rows(&landscape, HeatmapOrder::Ministry);
        let ministries: Vec<&str> = rows
            .iter()
            .filter(|row| !row.ministry.is_empty())
            .map(|row| row.ministry.as_str())
            .collect();
        assert!(ministries.windows(2).all(|pair| pair[0] <= pair[1]));
    }

    #[test]
    fn names_are_escaped_in_the_svg() {
        let mut sources = default_sources();
        let organisations = String::from_utf8(
            sources.get(FileKind::Organisations).unwrap().bytes.clone(),
        )
        .unwrap()
        .replace(
            "uwv,Uitvoeringsinstituut Werknemersverzekeringen,UWV,",
            "uwv,Uitvoeringsinstituut Werknemersverzekeringen,\"<script>alert(1)</script>&\",",
        );
        sources.insert(
            FileKind::Organisations,
            SourceFile {
                name: "organisaties.csv".into(),
                bytes: organisations.into_bytes(),
            },
        );
        let landscape = Landscape::load(&sources).unwrap().0;
        let uwv = OrganisationId::new("uwv");
        for svg in [
            capacity_chart(&landscape, &uwv, Lang::Nl).unwrap().svg,
            portfolio_chart(&landscape, &uwv, Lang::Nl).unwrap().svg,
            heatmap(&landscape, HeatmapOrder::Ministry, Lang::Nl).svg,
        ] {
            assert!(!svg.contains("<script>"), "unescaped name in SVG");
            assert!(svg.contains("&lt;script&gt;"), "escaped name missing");
        }
    }

    #[test]
    fn a_single_period_draws_bars_with_a_width() {
        let capacity = "organisatie,periode,capaciteit_fte,belasting_fte,status,bron,peildatum\n\
                        uwv,2027,812.5,406.25,schatting,eigen planning,2026-11-15\n";
        let check = crate::data::exchange::check_upload(
            &crate::data::defaults::default_sources(),
            vec![crate::data::load::SourceFile {
                name: "capaciteit.csv".into(),
                bytes: capacity.as_bytes().to_vec(),
            }],
        );
        let landscape = check.landscape.unwrap();
        let chart = capacity_chart(&landscape, &OrganisationId::new("uwv"), Lang::Nl).unwrap();
        assert!(!chart.svg.contains("width=\"-"), "{}", chart.svg);
        assert!(chart.svg.contains("2027"));
    }

    #[test]
    fn names_with_markup_are_text_in_the_svg() {
        let organisations = String::from_utf8(
            default_sources()
                .get(FileKind::Organisations)
                .unwrap()
                .bytes
                .clone(),
        )
        .unwrap()
        .replace(
            "uwv,Uitvoeringsinstituut Werknemersverzekeringen,UWV,",
            "uwv,Uitvoeringsinstituut Werknemersverzekeringen,\"<script>x</script></svg>&amp;\",",
        );
        let check = crate::data::exchange::check_upload(
            &default_sources(),
            vec![SourceFile {
                name: "organisaties.csv".into(),
                bytes: organisations.into_bytes(),
            }],
        );
        let landscape = check.landscape.unwrap();
        let uwv = OrganisationId::new("uwv");
        for chart in [
            capacity_chart(&landscape, &uwv, Lang::Nl).unwrap(),
            heatmap(&landscape, HeatmapOrder::Ministry, Lang::Nl),
        ] {
            assert!(!chart.svg.contains("<script"), "{}", chart.title);
            assert_eq!(chart.svg.matches("</svg>").count(), 1, "{}", chart.title);
            assert!(chart.svg.contains("&lt;script&gt;"), "{}", chart.title);
        }
    }
}
