//! The uitvoeringslandschap as data: loading and checking the CSV files, the landscape graph, and
//! the queries the app and the command-line tool ask of it. Pure: no IO, no printing, no browser.
//!
//! A short tour:
//!
//! ```
//! use graph_core::{Landscape, OrganisationId, Period, default_sources};
//!
//! // Load the shipped data set (or files a user uploaded) and check it.
//! let (landscape, _warnings) = Landscape::load(&default_sources()).expect("the shipped data is valid");
//! let uwv = OrganisationId::new("uwv");
//! assert!(landscape.organisation(&uwv).is_some());
//!
//! // Ask what it does and how full it is.
//! let tasks = landscape.tasks_of(&uwv);
//! assert!(tasks.iter().any(|row| row.taak.as_str() == "UIT"));
//! let utilisation = landscape.utilisation(&uwv, Period::Year(2027));
//! assert!(utilisation.is_some());
//! ```
#![warn(missing_docs)]

// The shared base, which imports nothing of the rest: typed ids, periods, Dutch numbers, the
// utilisation bands, the translations, the pieces of links, one sort, a random generator and
// the Dutch stemmer.
mod band;
mod figures;
pub mod i18n;
mod id;
mod links;
mod period;
mod random;
mod sort;
mod stem;

// The ground the products stand on: the data set, the landscape graph built from it and the
// text index of its schemes.
mod data;
mod landscape;
mod scheme_index;

// The products: the stappenplan, the landscape explorer and the charts.
mod chart;
mod explorer;
mod stappenplan;

// The top layer, which nothing imports: every view and its state as a link.
mod route;

pub use band::Band;
pub use chart::{
    Chart, HeatmapOrder, HeatmapRow, capacity_chart, heatmap, heatmap_periods, heatmap_rows,
    portfolio_chart,
};
pub use data::cells::{neutralise, unneutralise};
pub use data::change::{CHANGEABLE, ChangeFile, Conflict, Merge, change_files, merge_changes};
pub use data::checksum::sha256;
pub use data::citation::{Citation, citations};
pub use data::dataset::{DataSet, FileInfo};
pub use data::decode::{DecodeError, Encoding, decode, sniff_delimiter};
pub use data::defaults::{default_sources, default_version};
pub use data::exchange::{
    CapacityChange, Changes, PortfolioChange, UploadCheck, changes, check_upload, export_csv,
    merge_upload, template_csv,
};
pub use data::labels::ChoiceLabel;
pub use data::load::{SourceFile, Sources, read_dataset, read_file};
pub use data::model::{
    AlternativeKind, CapacityRow, ChainKind, ChainRelation, ChangeKind, Choice, FileKind,
    LegalForm, Ministry, Organisation, OrganisationRegister, OrganisationTargetGroup,
    OrganisationTask, PortfolioItem, PortfolioKind, Register, RegisterRole, RowRef,
    STAFF_FIGURE_MAX_AGE, Scheme, Status, TargetGroup, TaskType, YesNo,
};
pub use data::problem::{DataError, Severity, quote};
pub use data::publish::{MANIFEST, Manifest, ManifestFile};
pub use data::register::{
    Applied, Difference, FoundBy, MissingBody, NotFound, RegisterComparison, RegisterEntry,
    RegisterError, RegisterExport, RegisterFte, RegisterMatch, SubUnitNamesake,
    apply as apply_register, compare as compare_register, line_column, read_export,
    register_citation,
};
pub use data::synthetic::{Rng, synthetic_register_export, synthetic_sources};
pub use data::table::{Column, limits, parse_number};
pub use explorer::camera::{
    DRAWING, FocusStep, ForcePlacement, Gesture, GestureChange, MapCommand, Release, ZOOM_STEP,
    map_command, start_node, walk_focus, wheel_factor,
};
pub use explorer::explore::{
    ExploreLayout, ExploreQuery, ExploreView, Hop, NodeKey, NodeKeyError, NodeKind, Suggestion,
    ViewCounts, ViewEdge, ViewNode, connection_count, explore, path, relation_label, step_count,
    suggestions, summary,
};
pub use explorer::layout::{
    ForceLayout, LayoutGraph, Settings as LayoutSettings, cluster_layout,
    neighbourhood_preservation, planted_graph, radial_layout, start_positions,
};
pub use explorer::overview::{OverviewQuery, OverviewRow, SortKey, current_period, fold, overview};
pub use explorer::scene::{
    Emphasis, Label, Layer, Scene, Transform, Viewport, edge_class, hit, layout_graph,
    neighbour_towards, node_class, node_radius, scene, shape,
};
pub use figures::{format_fte, format_percent};
pub use id::{
    MinistryId, OrganisationId, PortfolioId, RegisterCode, SchemeId, TargetGroupCode, TaskCode,
    is_code, is_slug,
};
pub use landscape::{CapacityFigure, ChainLink, Counts, Landscape, Node, Relation};
pub use links::{LinkError, decode_component, encode_component, is_web_link, query_pairs};
pub use period::{Date, DateError, Period, PeriodError};
pub use petgraph::Direction;
pub use route::{Route, RouteError, STEPS};
pub use scheme_index::{Query as SchemeQuery, SchemeIndex};
pub use sort::SharedSort;
pub use stappenplan::backtest::{Half, Outcome, Precedent, Totals, run_precedent, top_three};
pub use stappenplan::proposal::{
    DEFAULT_THRESHOLD, FieldProblem, PROPOSAL_VERSION, Proposal, ProposalError, SpecialGroup,
    Volume, Weights, synthetic_proposal,
};
pub use stappenplan::rank::{
    Alternative, Candidate, Capacity, ChainSummary, CheckItem, CheckState, Combination,
    DECENTRAL_LEAD, DecentralRoute, EXPLAINED, Evidence, FRAGILE_CHAIN, FitParts, Part, Ranking,
    Reason, Room, Verdict, explain, pressure, proposal_period, rank, rank_in, rank_leaving_out,
    score,
};
pub use stappenplan::report::{
    REPORT_CANDIDATES, escape_markdown, json_report, markdown_report, report_file_stem,
};
pub use stappenplan::stack::{
    Assignment, Load as StackLoad, Placement, StackChoice, Stacking, stack,
};
pub use stem::stem;
