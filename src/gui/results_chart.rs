//! Poll results as charts: large on the projector, detailed on the console.
