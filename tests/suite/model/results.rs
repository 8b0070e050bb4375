//! Counting polls, checked against results worked out by hand.

use std::collections::BTreeMap;

use crate::support::dots;
use plaza::model::{Ballot, Marks, Poll, PollMethod, PollStatus, ResultRow, Score, poll_results};

fn ids(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| item.to_string()).collect()
}

fn poll(method: PollMethod, items: &[&str], ballots: Vec<Marks>) -> Poll {
    let mut poll = Poll::draft("p".into(), "Q".into(), ids(items), method);
    poll.status = PollStatus::Closed;
    poll.ballots = ballots
        .into_iter()
        .enumerate()
        .map(|(n, marks)| Ballot {
            id: format!("b{n}"),
            cast: chrono::DateTime::UNIX_EPOCH,
            marks,
            source: plaza::model::BallotSource::Booth,
        })
        .collect();
    poll
}

fn ratings(pairs: &[(&str, i32)]) -> Marks {
    Marks::Ratings(
        pairs
            .iter()
            .map(|&(item, n)| (item.to_owned(), n))
            .collect(),
    )
}

fn ranking(order: &[&str]) -> Marks {
    Marks::Ranking(ids(order))
}

/// (item, rank) in result order.
fn order(rows: &[ResultRow]) -> Vec<(&str, usize)> {
    rows.iter()
        .map(|row| (row.item.as_str(), row.rank))
        .collect()
}

#[test]
fn dots_are_summed_and_sorted_best_first() {
    let poll = poll(
        PollMethod::default_dots(),
        &["a", "b", "c"],
        vec![
            dots(&[("a", 2), ("b", 1)]),
            dots(&[("b", 2), ("c", 1)]),
            dots(&[("a", 1), ("c", 2)]),
            dots(&[("b", 1)]),
        ],
    );
    let results = poll_results(&poll);
    assert_eq!(results.ballots, 4);
    assert_eq!(order(&results.rows), [("b", 1), ("a", 2), ("c", 2)]);
    let totals: Vec<Score> = results.rows.iter().map(|row| row.score.clone()).collect();
    assert_eq!(totals, [Score::Total(4), Score::Total(3), Score::Total(3)]);
}

#[test]
fn equal_totals_share_a_rank_and_the_next_rank_is_skipped() {
    let poll = poll(
        PollMethod::default_dots(),
        &["a", "b", "c", "d"],
        vec![
            dots(&[("a", 2), ("b", 1)]),
            dots(&[("b", 1), ("c", 2)]),
            dots(&[("d", 1)]),
        ],
    );
    // a 2, b 2, c 2, d 1: three-way tie, then rank 4.
    assert_eq!(
        order(&poll_results(&poll).rows),
        [("a", 1), ("b", 1), ("c", 1), ("d", 4)]
    );
}

#[test]
fn ratings_give_mean_median_count_and_distribution() {
    let method = PollMethod::default_rating();
    let poll = poll(
        method,
        &["a", "b", "c"],
        vec![
            ratings(&[("a", 5), ("b", 3)]),
            ratings(&[("a", 4), ("b", 3), ("c", 1)]),
            ratings(&[("a", 3), ("c", 2)]),
            ratings(&[("b", 5)]),
        ],
    );
    let results = poll_results(&poll);
    assert_eq!(order(&results.rows), [("a", 1), ("b", 2), ("c", 3)]);
    let Score::Rating {
        mean,
        median,
        count,
        distribution,
        ..
    } = &results.rows[0].score
    else {
        panic!("a rating")
    };
    assert_eq!((*mean, *median, *count), (Some(4.0), Some(4.0), 3));
    assert_eq!(
        distribution,
        &BTreeMap::from([(1, 0), (2, 0), (3, 1), (4, 1), (5, 1)])
    );
    let Score::Rating {
        mean,
        median,
        count,
        ..
    } = &results.rows[1].score
    else {
        panic!("b rating")
    };
    assert_eq!((*count, *median), (3, Some(3.0)));
    assert!((mean.expect("rated") - 11.0 / 3.0).abs() < 1e-12);
    // An even count takes the mean of the two middle ratings.
    let Score::Rating {
        mean,
        median,
        count,
        ..
    } = &results.rows[2].score
    else {
        panic!("c rating")
    };
    assert_eq!((*mean, *median, *count), (Some(1.5), Some(1.5), 2));
}

#[test]
fn equal_mean_ratings_tie_exactly_and_unrated_items_come_last() {
    let poll = poll(
        PollMethod::default_rating(),
        &["a", "b", "c", "d"],
        // a: (4 + 2) / 2 = 3 and b: 3 / 1 = 3 are a tie; c: 1; d: nobody rated it.
        vec![
            ratings(&[("a", 4), ("b", 3), ("c", 1)]),
            ratings(&[("a", 2)]),
        ],
    );
    assert_eq!(
        order(&poll_results(&poll).rows),
        [("a", 1), ("b", 1), ("c", 3), ("d", 4)]
    );
    let Score::Rating {
        mean,
        median,
        count,
        ..
    } = &poll_results(&poll).rows[3].score
    else {
        panic!()
    };
    assert_eq!((*mean, *median, *count), (None, None, 0));
}

#[test]
fn borda_gives_n_minus_position_plus_one_and_counts_first_choices() {
    // Four items, so first place is worth 4 points, fourth 1, unranked 0.
    let poll = poll(
        PollMethod::Ranking,
        &["a", "b", "c", "d"],
        vec![
            ranking(&["a", "b", "c"]),
            ranking(&["b", "a"]),
            ranking(&["c"]),
            ranking(&["b"]),
        ],
    );
    let results = poll_results(&poll);
    // a 4+3 = 7, b 3+4+4 = 11, c 2+4 = 6, d 0.
    let rows: Vec<(&str, usize, Score)> = results
        .rows
        .iter()
        .map(|r| (r.item.as_str(), r.rank, r.score.clone()))
        .collect();
    assert_eq!(
        rows,
        [
            (
                "b",
                1,
                Score::Borda {
                    points: 11,
                    first_choices: 2
                }
            ),
            (
                "a",
                2,
                Score::Borda {
                    points: 7,
                    first_choices: 1
                }
            ),
            (
                "c",
                3,
                Score::Borda {
                    points: 6,
                    first_choices: 1
                }
            ),
            (
                "d",
                4,
                Score::Borda {
                    points: 0,
                    first_choices: 0
                }
            ),
        ]
    );
}

#[test]
fn borda_ties_are_ties() {
    let poll = poll(
        PollMethod::Ranking,
        &["a", "b", "c"],
        vec![ranking(&["a", "b"]), ranking(&["b", "a"])],
    );
    assert_eq!(
        order(&poll_results(&poll).rows),
        [("a", 1), ("b", 1), ("c", 3)]
    );
}

#[test]
fn tallies_are_the_typed_counts() {
    let mut poll = poll(PollMethod::Tally, &["a", "b", "c"], vec![]);
    poll.tally = BTreeMap::from([("a".to_owned(), 7), ("c".to_owned(), 12)]);
    let results = poll_results(&poll);
    assert_eq!(order(&results.rows), [("c", 1), ("a", 2), ("b", 3)]);
    assert_eq!(results.rows[2].score, Score::Total(0));
    assert_eq!(results.ballots, 0);
}
