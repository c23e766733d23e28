//! The landscape explorer: the filtered and focused view of the graph, the organisations
//! table, the graph layouts and the scene the map draws.

pub mod camera;
pub mod explore;
pub mod layout;
pub mod overview;
pub mod scene;
