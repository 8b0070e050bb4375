//! Checks what the file format's types cannot: unique ids, references that resolve, ballots that
//! fit their poll.

use std::collections::HashSet;
use std::fmt;

use super::ballot_rules::{BallotRules, check_settings};
use super::{About, PollMethod, PollStatus, Session};

/// One thing wrong with a session, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where it is, e.g. `poll "Which values…": ballot 0194…`.
    pub place: String,
    /// What is wrong, e.g. `4 dots but the budget is 3`.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.place.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.place, self.message)
        }
    }
}

struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            place: place.into(),
            message: message.into(),
        });
    }

    /// Records a problem for an id that is empty or seen before.
    fn check_id<'a>(
        &mut self,
        seen: &mut HashSet<&'a str>,
        id: &'a str,
        place: impl Fn() -> String,
    ) {
        if id.trim().is_empty() {
            self.push(place(), "the id is empty");
        } else if !seen.insert(id) {
            self.push(place(), format!("the id {id} is used twice"));
        }
    }
}

fn short(text: &str) -> String {
    const MAX: usize = 50;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(MAX - 1).collect::<String>())
    }
}

/// Lists everything wrong with a session; empty when it is valid.
pub fn validate(session: &Session) -> Vec<Problem> {
    let mut problems = Problems(Vec::new());
    let framework = &session.framework;

    if session.id.trim().is_empty() {
        problems.push("session", "the id is empty");
    }
    let mut item_ids = HashSet::new();
    for (kind, item) in framework.items() {
        problems.check_id(&mut item_ids, &item.id, || {
            format!(
                "framework: {} item \"{}\"",
                kind.name(),
                short(item.label())
            )
        });
    }
    let known: HashSet<&str> = framework
        .items()
        .map(|(_, item)| item.id.as_str())
        .collect();
    let check_about = |problems: &mut Problems, about: &About, place: &dyn Fn() -> String| {
        if let About::Item(id) = about
            && !known.contains(id.as_str())
        {
            problems.push(
                place(),
                format!("it is about \"{id}\", which is not an item of the framework"),
            );
        }
    };

    let mut note_ids = HashSet::new();
    for note in &session.notes {
        let place = || format!("note {}", note.id);
        problems.check_id(&mut note_ids, &note.id, place);
        check_about(&mut problems, &note.about, &place);
    }
    let mut action_ids = HashSet::new();
    for action in &session.actions {
        let place = || format!("action {}", action.id);
        problems.check_id(&mut action_ids, &action.id, place);
        check_about(&mut problems, &action.about, &place);
    }

    let mut theme_ids = HashSet::new();
    let mut grouped = HashSet::new();
    for theme in &session.themes {
        let place = || format!("theme \"{}\"", short(&theme.title));
        problems.check_id(&mut theme_ids, &theme.id, place);
        if theme.title.trim().is_empty() {
            problems.push(place(), "it has no title");
        }
        check_about(&mut problems, &theme.about, &place);
        for note in &theme.notes {
            if !note_ids.contains(note.as_str()) {
                problems.push(place(), format!("its note {note} does not exist"));
            } else if !grouped.insert(note.as_str()) {
                problems.push(
                    place(),
                    format!(
                        "its note {note} is in another theme too; a note is in one theme at most"
                    ),
                );
            }
        }
    }

    let mut poll_ids = HashSet::new();
    let mut ballot_ids = HashSet::new();
    for poll in &session.polls {
        let poll_place = || format!("poll \"{}\"", short(&poll.question));
        problems.check_id(&mut poll_ids, &poll.id, poll_place);
        for item in &poll.items {
            let named = known.contains(item.as_str())
                || note_ids.contains(item.as_str())
                || action_ids.contains(item.as_str())
                || theme_ids.contains(item.as_str());
            if !named {
                problems.push(
                    poll_place(),
                    format!("\"{item}\" is not an item of the framework, a note, an action item or a theme"),
                );
            }
        }
        if let Err(error) = check_settings(&poll.items, &poll.method) {
            problems.push(poll_place(), error.to_string());
        }
        if poll.method == PollMethod::Tally {
            let on_poll: HashSet<&str> = poll.items.iter().map(String::as_str).collect();
            for item in poll
                .tally
                .keys()
                .filter(|item| !on_poll.contains(item.as_str()))
            {
                problems.push(
                    poll_place(),
                    format!("a count for \"{item}\", which is not on the poll"),
                );
            }
        } else if !poll.tally.is_empty() {
            problems.push(poll_place(), "typed counts on a poll that is not a tally");
        }
        if poll.status == PollStatus::Draft && !poll.ballots.is_empty() {
            problems.push(poll_place(), "a draft poll has ballots");
        }
        let rules = BallotRules::new(poll);
        for ballot in &poll.ballots {
            let place = || format!("{}: ballot {}", poll_place(), ballot.id);
            problems.check_id(&mut ballot_ids, &ballot.id, place);
            if let Err(error) = rules.check(&ballot.marks) {
                problems.push(place(), error.to_string());
            }
        }
    }
    problems.0
}
