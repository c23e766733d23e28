//! The explorer's state as a link: the layout, the filters, the selection and focus, the period
//! and the camera, read from and written to a query string, and the changes the panels make
//! (narrower, wider, clear the focus or the filters).

use super::*;

/// How the explorer places the nodes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ExploreLayout {
    /// A force-directed layout of the whole view.
    #[default]
    Force,
    /// Organisations clustered around their ministry.
    Ministry,
    /// Rings around the selected node by distance.
    Ego,
}

impl ExploreLayout {
    /// Every layout, in the order offered.
    pub const ALL: [ExploreLayout; 3] = [
        ExploreLayout::Force,
        ExploreLayout::Ministry,
        ExploreLayout::Ego,
    ];

    /// The layout as written in a link.
    pub fn code(self) -> &'static str {
        match self {
            ExploreLayout::Force => "kracht",
            ExploreLayout::Ministry => "ministerie",
            ExploreLayout::Ego => "ego",
        }
    }

    /// The layout from a link.
    pub fn from_code(code: &str) -> Option<ExploreLayout> {
        ExploreLayout::ALL
            .into_iter()
            .find(|layout| layout.code() == code)
    }

    /// A label for the choice.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ExploreLayout::Force => T::LayoutForce,
            ExploreLayout::Ministry => T::LayoutMinistry,
            ExploreLayout::Ego => T::LayoutEgo,
        }
        .text(lang)
    }
}

/// The whole shareable state of the explorer. In a link only values that differ from the
/// default are written, in a fixed order: `weergave`, `ministerie`, `taak`, `doelgroep`,
/// `rechtsvorm`, `benutting`, `periode`, `kies`, `diepte`, `van`, `naar`, `indeling`, `zoom`,
/// `x`, `y`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExploreQuery {
    /// Show the table instead of the drawing (`weergave=tabel`).
    pub table: bool,
    /// Only organisations under this ministry.
    pub ministry: Option<MinistryId>,
    /// Only organisations that perform this task type.
    pub task: Option<TaskCode>,
    /// Only organisations that serve this target group.
    pub target_group: Option<TargetGroupCode>,
    /// Only organisations with this legal form.
    pub legal_form: Option<LegalForm>,
    /// Only organisations whose utilisation in the period falls in this band.
    pub band: Option<Band>,
    /// The period for the utilisation colours and the band; `None` is the app's current year.
    pub period: Option<Period>,
    /// The selected node (`kies`).
    pub selected: Option<NodeKey>,
    /// Focus: show only nodes within this many steps of the selection; 0 shows everything.
    pub depth: u8,
    /// Start of the chain asked for (`van`).
    pub path_from: Option<OrganisationId>,
    /// End of the chain asked for (`naar`).
    pub path_to: Option<OrganisationId>,
    /// How the nodes are placed (`indeling`).
    pub layout: ExploreLayout,
    /// Zoom on top of fitting the view, within [`ExploreQuery::MIN_ZOOM`] and
    /// [`ExploreQuery::MAX_ZOOM`].
    pub zoom: f32,
    /// Offset of the centre of the drawing, in layout units (`x`, `y`).
    pub centre: (f32, f32),
}

impl Default for ExploreQuery {
    fn default() -> ExploreQuery {
        ExploreQuery {
            table: false,
            ministry: None,
            task: None,
            target_group: None,
            legal_form: None,
            band: None,
            period: None,
            selected: None,
            depth: 0,
            path_from: None,
            path_to: None,
            layout: ExploreLayout::Force,
            zoom: 1.0,
            centre: (0.0, 0.0),
        }
    }
}

/// The value for `key` is not right; long values are cut short so that an error stays readable.
pub(super) fn bad(key: &'static str, value: &str) -> LinkError {
    LinkError::BadValue(key, value.chars().take(100).collect())
}

/// Reads an optional id parameter that must pass `valid`.
pub(super) fn id_param<T>(
    pairs: &[(String, String)],
    key: &'static str,
    valid: fn(&str) -> bool,
    make: fn(&str) -> T,
) -> Result<Option<T>, LinkError> {
    match get(pairs, key).filter(|value| !value.is_empty()) {
        None => Ok(None),
        Some(value) if valid(value) => Ok(Some(make(value))),
        Some(value) => Err(bad(key, value)),
    }
}

/// Reads an optional finite number.
pub(super) fn number_param(
    pairs: &[(String, String)],
    key: &'static str,
) -> Result<Option<f32>, LinkError> {
    match get(pairs, key).filter(|value| !value.is_empty()) {
        None => Ok(None),
        Some(value) => value
            .parse::<f32>()
            .ok()
            .filter(|number| number.is_finite())
            .map(Some)
            .ok_or_else(|| bad(key, value)),
    }
}

/// A number with at most two decimals and no trailing zeros, or `None` when it rounds to
/// `default` (or is not finite), so that it need not be written.
pub(super) fn decimal(value: f32, default: f32) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    // A tiny negative value rounds to "-0".
    let text = if text == "-0" { "0" } else { text };
    (text.parse::<f32>().ok() != Some(default)).then(|| text.to_owned())
}

impl ExploreQuery {
    /// Focus one step narrower around the selection: from everything to two steps, then down to
    /// the direct neighbours, no further.
    pub fn narrower(&mut self) {
        self.depth = match self.depth {
            0 => 2,
            depth => (depth - 1).max(1),
        };
    }

    /// Focus one step wider: past the largest depth, everything again. Everything is as wide
    /// as it gets.
    pub fn wider(&mut self) {
        self.depth = match self.depth {
            0 => 0,
            depth if depth >= Self::MAX_DEPTH => 0,
            depth => depth + 1,
        };
    }

    /// Whether [`narrower`](Self::narrower) changes anything.
    pub fn can_narrow(&self) -> bool {
        self.depth != 1
    }

    /// Whether [`wider`](Self::wider) changes anything.
    pub fn can_widen(&self) -> bool {
        self.depth != 0
    }

    /// Shows everything again, keeping the selection.
    pub fn clear_focus(&mut self) {
        self.depth = 0;
    }

    /// Selects a node; without one there is nothing to focus on.
    pub fn select(&mut self, key: Option<NodeKey>) {
        if key.is_none() {
            self.depth = 0;
        }
        self.selected = key;
    }

    /// Every filter, the selection, the focus and the camera back to their defaults; the choice
    /// between map and table stays.
    pub fn cleared(&self) -> ExploreQuery {
        ExploreQuery {
            table: self.table,
            ..ExploreQuery::default()
        }
    }

    /// Clears the filters that hide nodes (ministry, task, target group, legal form, band),
    /// keeping the selection, focus, period, layout and camera: what a search does when the
    /// node it found is filtered out.
    pub fn clear_filters(&mut self) {
        self.ministry = None;
        self.task = None;
        self.target_group = None;
        self.legal_form = None;
        self.band = None;
    }
}

impl ExploreQuery {
    /// The largest focus depth.
    pub const MAX_DEPTH: u8 = 6;
    /// The smallest zoom.
    pub const MIN_ZOOM: f32 = 0.1;
    /// The largest zoom.
    pub const MAX_ZOOM: f32 = 20.0;
    /// The largest offset of the centre either way, far beyond any layout, so that a link cannot
    /// carry numbers that overflow when drawn.
    pub const MAX_CENTRE: f32 = 1_000_000.0;

    /// Reads the state from decoded query pairs (see [`crate::query_pairs`]). Missing and empty
    /// parameters keep their default, unknown parameters are ignored; a value that cannot be
    /// right is an error rather than silently dropped, so a broken link is noticed. Zoom and
    /// centre are clamped to their ranges.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<ExploreQuery, LinkError> {
        let value = |key: &str| get(pairs, key).filter(|value| !value.is_empty());
        let mut query = ExploreQuery::default();
        if let Some(view) = value("weergave") {
            query.table = match view {
                "tabel" => true,
                "graaf" => false,
                other => return Err(bad("weergave", other)),
            };
        }
        query.ministry = id_param(pairs, "ministerie", is_slug, |id| MinistryId::new(id))?;
        query.task = id_param(pairs, "taak", is_code, |code| TaskCode::new(code))?;
        query.target_group = id_param(pairs, "doelgroep", is_code, |code| {
            TargetGroupCode::new(code)
        })?;
        if let Some(code) = value("rechtsvorm") {
            query.legal_form =
                Some(LegalForm::from_code(code).ok_or_else(|| bad("rechtsvorm", code))?);
        }
        if let Some(code) = value("benutting") {
            query.band = Some(Band::from_code(code).ok_or_else(|| bad("benutting", code))?);
        }
        if let Some(text) = value("periode") {
            query.period = Some(text.parse().map_err(|_| bad("periode", text))?);
        }
        if let Some(text) = value("kies") {
            query.selected = Some(text.parse().map_err(|_| bad("kies", text))?);
        }
        if let Some(text) = value("diepte") {
            query.depth = text
                .parse::<u8>()
                .ok()
                .filter(|depth| *depth <= ExploreQuery::MAX_DEPTH)
                .ok_or_else(|| bad("diepte", text))?;
        }
        query.path_from = id_param(pairs, "van", is_slug, |id| OrganisationId::new(id))?;
        query.path_to = id_param(pairs, "naar", is_slug, |id| OrganisationId::new(id))?;
        if let Some(code) = value("indeling") {
            query.layout = ExploreLayout::from_code(code).ok_or_else(|| bad("indeling", code))?;
        }
        if let Some(zoom) = number_param(pairs, "zoom")? {
            query.zoom = zoom.clamp(ExploreQuery::MIN_ZOOM, ExploreQuery::MAX_ZOOM);
        }
        let limit = ExploreQuery::MAX_CENTRE;
        if let Some(x) = number_param(pairs, "x")? {
            query.centre.0 = x.clamp(-limit, limit);
        }
        if let Some(y) = number_param(pairs, "y")? {
            query.centre.1 = y.clamp(-limit, limit);
        }
        Ok(query)
    }
}

impl fmt::Display for ExploreQuery {
    /// The state as `&name=value` parameters, to follow `p=landschap`; nothing for the default
    /// view. Zoom and centre are written with at most two decimals, clamped to their ranges.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut param = |key: &str, value: &str| write!(f, "&{key}={}", encode_component(value));
        if self.table {
            param("weergave", "tabel")?;
        }
        if let Some(ministry) = &self.ministry {
            param("ministerie", ministry.as_str())?;
        }
        if let Some(task) = &self.task {
            param("taak", task.as_str())?;
        }
        if let Some(group) = &self.target_group {
            param("doelgroep", group.as_str())?;
        }
        if let Some(form) = self.legal_form {
            param("rechtsvorm", form.code())?;
        }
        if let Some(band) = self.band {
            param("benutting", band.code())?;
        }
        if let Some(period) = self.period {
            param("periode", &period.to_string())?;
        }
        if let Some(selected) = &self.selected {
            param("kies", &selected.to_string())?;
        }
        if self.depth != 0 {
            param(
                "diepte",
                &self.depth.min(ExploreQuery::MAX_DEPTH).to_string(),
            )?;
        }
        if let Some(from) = &self.path_from {
            param("van", from.as_str())?;
        }
        if let Some(to) = &self.path_to {
            param("naar", to.as_str())?;
        }
        if self.layout != ExploreLayout::default() {
            param("indeling", self.layout.code())?;
        }
        let zoom = self
            .zoom
            .clamp(ExploreQuery::MIN_ZOOM, ExploreQuery::MAX_ZOOM);
        if let Some(zoom) = decimal(zoom, 1.0) {
            param("zoom", &zoom)?;
        }
        let limit = ExploreQuery::MAX_CENTRE;
        if let Some(x) = decimal(self.centre.0.clamp(-limit, limit), 0.0) {
            param("x", &x)?;
        }
        if let Some(y) = decimal(self.centre.1.clamp(-limit, limit), 0.0) {
            param("y", &y)?;
        }
        Ok(())
    }
}
