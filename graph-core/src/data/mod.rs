//! The data set: reading the CSV files (decoding, tables, typed rows, checks across files), the
//! files agency staff exchange, the register export, published sets and change files, the
//! built-in default data and synthetic data of any size.

pub mod cells;
pub mod change;
pub mod checksum;
pub mod citation;
pub mod dataset;
pub mod decode;
pub mod defaults;
pub mod exchange;
pub mod labels;
pub mod load;
pub mod model;
pub mod problem;
pub mod publish;
pub mod references;
pub mod register;
pub mod schema;
pub mod synthetic;
pub mod table;
