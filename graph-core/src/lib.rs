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

mod backtest;
mod band;
mod cells;
mod change;
mod chart;
mod checksum;
mod citation;
mod decode;
mod defaults;
mod exchange;
mod explore;
mod figures;
pub mod i18n;
mod id;
mod labels;
mod landscape;
mod layout;
mod links;
mod load;
mod model;
mod overview;
mod period;
mod problem;
mod proposal;
mod publish;
mod random;
mod rank;
mod register;
mod report;
mod route;
mod scene;
mod scheme_index;
mod sort;
mod stack;
mod stem;
mod synthetic;
mod table;

pub use backtest::{Half, Outcome, Precedent, Totals, run_precedent, top_three};
pub use band::Band;
pub use cells::{neutralise, unneutralise};
pub use change::{CHANGEABLE, ChangeFile, Conflict, Merge, change_files, merge_changes};
pub use chart::{
    Chart, HeatmapOrder, HeatmapRow, capacity_chart, heatmap, heatmap_periods, heatmap_rows,
    portfolio_chart,
};
pub use checksum::sha256;
pub use citation::{Citation, citations};
pub use decode::{DecodeError, Encoding, decode, sniff_delimiter};
pub use defaults::{default_sources, default_version};
pub use exchange::{
    CapacityChange, Changes, PortfolioChange, UploadCheck, changes, check_upload, export_csv,
    merge_upload, template_csv,
};
pub use explore::{
    ExploreLayout, ExploreQuery, ExploreView, Hop, NodeKey, NodeKeyError, NodeKind, Suggestion,
    ViewCounts, ViewEdge, ViewNode, connection_count, explore, path, relation_label, step_count,
    suggestions, summary,
};
pub use figures::{format_fte, format_percent};
pub use id::{
    MinistryId, OrganisationId, PortfolioId, RegisterCode, SchemeId, TargetGroupCode, TaskCode,
    is_code, is_slug,
};
pub use labels::ChoiceLabel;
pub use landscape::{CapacityFigure, ChainLink, Counts, Landscape, Node, Relation};
pub use layout::{
    ForceLayout, LayoutGraph, Settings as LayoutSettings, cluster_layout,
    neighbourhood_preservation, planted_graph, radial_layout, start_positions,
};
pub use links::{LinkError, decode_component, encode_component, query_pairs};
pub use load::{DataSet, FileInfo, SourceFile, Sources, is_web_link, read_dataset};
pub use model::{
    AlternativeKind, CapacityRow, ChainKind, ChainRelation, ChangeKind, Choice, FileKind,
    LegalForm, Ministry, Organisation, OrganisationRegister, OrganisationTargetGroup,
    OrganisationTask, PortfolioItem, PortfolioKind, Register, RegisterRole, RowRef,
    STAFF_FIGURE_MAX_AGE, Scheme, Status, TargetGroup, TaskType, YesNo,
};
pub use overview::{OverviewQuery, OverviewRow, SortKey, current_period, fold, overview};
pub use period::{Date, DateError, Period, PeriodError};
pub use petgraph::Direction;
pub use problem::{DataError, Severity, quote};
pub use proposal::{
    DEFAULT_THRESHOLD, FieldProblem, PROPOSAL_VERSION, Proposal, ProposalError, SpecialGroup,
    Volume, Weights,
};
pub use publish::{MANIFEST, Manifest, ManifestFile};
pub use rank::{
    Alternative, Candidate, Capacity, ChainSummary, CheckItem, CheckState, Combination,
    DecentralRoute, EXPLAINED, Evidence, FRAGILE_CHAIN, FitParts, Part, Ranking, Reason, Room,
    Verdict, explain, pressure, proposal_period, rank, rank_in, rank_leaving_out, score,
};
pub use register::{
    Applied, Difference, FoundBy, MissingBody, NotFound, RegisterComparison, RegisterEntry,
    RegisterError, RegisterExport, RegisterFte, RegisterMatch, SubUnitNamesake,
    apply as apply_register, compare as compare_register, line_column, read_export,
    register_citation,
};
pub use report::{REPORT_CANDIDATES, escape_markdown, json_report, markdown_report};
pub use route::{Route, RouteError, STEPS};
pub use scene::{
    Emphasis, Label, Layer, Scene, Transform, Viewport, edge_class, hit, layout_graph,
    neighbour_towards, node_class, node_radius, scene, shape,
};
pub use scheme_index::{Query as SchemeQuery, SchemeIndex};
pub use sort::SharedSort;
pub use stack::{Assignment, Load as StackLoad, Placement, StackChoice, Stacking, stack};
pub use stem::stem;
pub use synthetic::{Rng, synthetic_proposal, synthetic_register_export, synthetic_sources};
pub use table::{Column, limits, parse_number};
