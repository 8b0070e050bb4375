//! The booth's pages. More than nine choices are shared over pages of at most nine, as evenly
//! as they go (twelve are six and six, not nine and three, which would look like an
//! afterthought), so the digit keys 1–9 reach every choice on the page in view. What is marked
//! on a page stays marked when the voter turns to another.

use std::ops::Range;

use super::Booth;
use crate::model::Marks;

/// The most choices on one page: one digit key each.
pub const PAGE_ITEMS: usize = 9;

/// How many pages `count` choices take.
pub fn page_count(count: usize) -> usize {
    count.div_ceil(PAGE_ITEMS).max(1)
}

/// The choices (by their place in the poll) on page `page` of `count` choices.
pub fn page_range(count: usize, page: usize) -> Range<usize> {
    let pages = page_count(count);
    let page = page.min(pages - 1);
    let (base, extra) = (count / pages, count % pages);
    // The first `extra` pages hold one more.
    let start = page * base + page.min(extra);
    start..start + base + usize::from(page < extra)
}

/// The page that holds the choice at `index` of `count`.
fn page_of(count: usize, index: usize) -> usize {
    (0..page_count(count))
        .find(|&page| page_range(count, page).contains(&index))
        .unwrap_or(0)
}

impl Booth {
    /// The page in view, counted from 0.
    pub fn page(&self) -> usize {
        self.page
    }

    /// How many pages the poll's choices take.
    pub fn pages(&self) -> usize {
        page_count(self.setup.0.len())
    }

    /// The choices on the page in view, by their place in the poll.
    pub fn page_items(&self) -> Range<usize> {
        page_range(self.setup.0.len(), self.page)
    }

    /// Turns to the next page (`forward`) or the one before, while a ballot is being marked.
    /// Returns whether there was one to turn to: on the last page a clicker moves on instead.
    pub fn turn(&mut self, forward: bool) -> bool {
        let to = if forward {
            self.page + 1
        } else {
            self.page.wrapping_sub(1)
        };
        let turned = self.phase == super::Phase::Voting && to < self.pages();
        if turned {
            self.page = to;
        }
        turned
    }

    /// How many marks the ballot holds on pages out of view: dots, scores or choices.
    pub fn marked_elsewhere(&self) -> usize {
        let here = self.page_items();
        let items = &self.setup.0;
        let elsewhere = |item: &String| {
            items
                .iter()
                .position(|i| i == item)
                .is_some_and(|at| !here.contains(&at))
        };
        match &self.marks {
            Marks::Dots(dots) => dots
                .iter()
                .filter(|(item, _)| elsewhere(item))
                .map(|(_, count)| *count as usize)
                .sum(),
            Marks::Ratings(ratings) => ratings.keys().filter(|item| elsewhere(item)).count(),
            Marks::Ranking(order) => order.iter().filter(|item| elsewhere(item)).count(),
        }
    }
}

/// The page to show so that `item` of `items` is in view; `page` if it is not one of them.
pub(super) fn page_showing(items: &[String], item: &str, page: usize) -> usize {
    items
        .iter()
        .position(|i| i == item)
        .map_or(page, |at| page_of(items.len(), at))
}

#[cfg(test)]
mod tests {
    use super::{page_count, page_range};

    #[test]
    fn pages_hold_at_most_nine_shared_evenly() {
        let sizes = |count: usize| -> Vec<usize> {
            (0..page_count(count))
                .map(|page| page_range(count, page).len())
                .collect()
        };
        assert_eq!(sizes(0), vec![0]);
        assert_eq!(sizes(6), vec![6]);
        assert_eq!(sizes(9), vec![9]);
        assert_eq!(sizes(10), vec![5, 5]);
        assert_eq!(sizes(11), vec![6, 5]);
        assert_eq!(sizes(18), vec![9, 9]);
        assert_eq!(sizes(19), vec![7, 6, 6]);
        assert_eq!(page_range(19, 1), 7..13);
        assert_eq!(page_range(19, 2), 13..19);
    }
}
