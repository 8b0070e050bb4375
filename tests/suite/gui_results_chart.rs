//! The results charts: exact numbers, ties marked, text large enough for the back row.
