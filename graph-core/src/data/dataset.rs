//! A data set as typed rows, one list per file, with how each file was read: what loading
//! produces and the landscape is built from.

use crate::data::decode::Encoding;
use crate::data::model::*;

/// How one file was read, for the report shown after an upload.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FileInfo {
    /// The name.
    pub name: String,
    /// The encoding detected.
    pub encoding: Encoding,
    /// The delimiter detected.
    pub delimiter: char,
    /// The number of data rows.
    pub rows: usize,
}

/// All rows of a data set, typed, before the graph is built.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct DataSet {
    /// `ministeries.csv`
    pub ministries: Vec<Ministry>,
    /// `organisaties.csv`
    pub organisations: Vec<Organisation>,
    /// `taken.csv`
    pub tasks: Vec<TaskType>,
    /// `doelgroepen.csv`
    pub target_groups: Vec<TargetGroup>,
    /// `registers.csv`
    pub registers: Vec<Register>,
    /// `organisatie_taken.csv`
    pub organisation_tasks: Vec<OrganisationTask>,
    /// `organisatie_doelgroepen.csv`
    pub organisation_target_groups: Vec<OrganisationTargetGroup>,
    /// `organisatie_registers.csv`
    pub organisation_registers: Vec<OrganisationRegister>,
    /// `ketenrelaties.csv`
    pub chain_relations: Vec<ChainRelation>,
    /// `capaciteit.csv`
    pub capacity: Vec<CapacityRow>,
    /// `portfolio.csv`
    pub portfolio: Vec<PortfolioItem>,
    /// `regelingen.csv`
    pub schemes: Vec<Scheme>,
    /// How each file was read, in the order of [`FileKind::ALL`]; see [`DataSet::file`].
    pub files: [Option<FileInfo>; FileKind::ALL.len()],
}

impl DataSet {
    /// How the file of a kind was read, if it was.
    pub fn file(&self, kind: FileKind) -> Option<&FileInfo> {
        self.files[kind as usize].as_ref()
    }
}
