//! The booth's pages. Choices that one screen cannot show are shared over pages of at most
//! nine, so the digit keys 1–9 reach every choice on the page in view; fewer when the screen
//! cannot show nine with their names whole (the booth's view works out how many, see
//! [`Booth::set_page_size`]). Pages are filled as evenly as they go (twelve are six and six,
//! not nine and three, which would look like an afterthought). What is marked on a page stays
//! marked when the voter turns to another.

use std::ops::Range;

use super::Booth;
use crate::model::Marks;

/// The most choices on one page: one digit key each.
pub const PAGE_ITEMS: usize = 9;

/// How many pages `count` choices take, at most `most` to a page (and never more than
/// [`PAGE_ITEMS`]).
pub fn page_count(count: usize, most: usize) -> usize {
    count.div_ceil(most.clamp(1, PAGE_ITEMS)).max(1)
}

/// The choices (by their place in the poll) on page `page` of `count` choices, at most `most`
/// to a page.
pub fn page_range(count: usize, page: usize, most: usize) -> Range<usize> {
    let pages = page_count(count, most);
    let page = page.min(pages - 1);
    let (base, extra) = (count / pages, count % pages);
    // The first `extra` pages hold one more.
    let start = page * base + page.min(extra);
    start..start + base + usize::from(page < extra)
}

/// The page that holds the choice at `index` of `count`, at most `most` to a page.
fn page_of(count: usize, index: usize, most: usize) -> usize {
    (0..page_count(count, most))
        .find(|&page| page_range(count, page, most).contains(&index))
        .unwrap_or(0)
}

impl Booth {
    /// The page in view, counted from 0.
    pub fn page(&self) -> usize {
        self.page
    }

    /// How many pages the poll's choices take.
    pub fn pages(&self) -> usize {
        page_count(self.setup.0.len(), self.page_size)
    }

    /// The most choices on one page.
    pub fn page_size(&self) -> usize {
        self.page_size
    }

    /// Holds at most `most` choices to a page from now on, as many as the screen in view shows
    /// with their names whole; the first choice in view stays in view.
    pub fn set_page_size(&mut self, most: usize) {
        let most = most.clamp(1, PAGE_ITEMS);
        let first = self.page_items().start;
        self.page_size = most;
        self.page = page_of(self.setup.0.len(), first, most);
    }

    /// The choices on the page in view, by their place in the poll.
    pub fn page_items(&self) -> Range<usize> {
        page_range(self.setup.0.len(), self.page, self.page_size)
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

/// The page to show so that `item` of `items` is in view, at most `most` to a page; `page` if
/// it is not one of them.
pub(super) fn page_showing(items: &[String], item: &str, (page, most): (usize, usize)) -> usize {
    items
        .iter()
        .position(|i| i == item)
        .map_or(page, |at| page_of(items.len(), at, most))
}

#[cfg(test)]
mod tests {
    use super::{PAGE_ITEMS, page_count, page_range};

    #[test]
    fn pages_hold_at_most_nine_shared_evenly() {
        let sizes = |count: usize| -> Vec<usize> {
            (0..page_count(count, PAGE_ITEMS))
                .map(|page| page_range(count, page, PAGE_ITEMS).len())
                .collect()
        };
        assert_eq!(sizes(0), vec![0]);
        assert_eq!(sizes(6), vec![6]);
        assert_eq!(sizes(9), vec![9]);
        assert_eq!(sizes(10), vec![5, 5]);
        assert_eq!(sizes(11), vec![6, 5]);
        assert_eq!(sizes(18), vec![9, 9]);
        assert_eq!(sizes(19), vec![7, 6, 6]);
        assert_eq!(page_range(19, 1, PAGE_ITEMS), 7..13);
        assert_eq!(page_range(19, 2, PAGE_ITEMS), 13..19);
    }

    #[test]
    fn a_smaller_page_size_takes_more_pages() {
        assert_eq!(page_count(16, 6), 3);
        assert_eq!(page_range(16, 0, 6), 0..6);
        assert_eq!(page_range(16, 2, 6), 11..16);
        assert_eq!(page_count(6, 6), 1);
        // Never more than nine, never none.
        assert_eq!(page_count(20, 40), 3);
        assert_eq!(page_count(3, 0), 3);
    }
}
