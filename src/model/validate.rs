//! Checks what the file format's types cannot: unique ids, references that resolve, ballots that
//! fit their poll.

use std::collections::HashSet;
use std::fmt;

use super::ballot_rules::{BallotError, BallotRules, SettingsError, check_settings};
use super::{About, PollMethod, PollStatus, SectionKind, Session};

/// One thing wrong with a session, and where. The words module words it for people in their
/// language; `Display` gives the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where it is.
    pub place: Place,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// Where in a session a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The session itself.
    Session,
    /// An item of the framework: its section and its label (shortened).
    FrameworkItem {
        /// The item's section.
        kind: SectionKind,
        /// The item's label, shortened to 50 characters.
        label: String,
    },
    /// A note, by id.
    Note(String),
    /// An action item, by id.
    Action(String),
    /// A theme, by its title (shortened).
    Theme(String),
    /// A poll, by its question (shortened).
    Poll(String),
    /// One ballot of a poll: the poll's question (shortened) and the ballot's id.
    Ballot {
        /// The poll's question, shortened.
        poll: String,
        /// The ballot's id.
        ballot: String,
    },
}

/// What is wrong, with the values that say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The id is empty.
    EmptyId,
    /// The id is used twice.
    DuplicateId(String),
    /// It is about an id that is not an item of the framework.
    AboutNoItem(String),
    /// A theme without a title.
    NoTitle,
    /// A theme names a note that does not exist.
    MissingNote(String),
    /// A theme names a note another theme has too.
    NoteInTwoThemes(String),
    /// A poll offers something that is not an item, note, action item or theme.
    NotAChoice(String),
    /// The poll's settings make no sense.
    Settings(SettingsError),
    /// A typed count for something not on the poll.
    CountNotOnPoll(String),
    /// Typed counts on a poll that is not a tally.
    CountsNotTally,
    /// A draft poll has ballots.
    DraftHasBallots,
    /// A ballot that breaks the poll's rules.
    Ballot(BallotError),
}

/// The English wording, the words module's `problem` is the one for people.
impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Session => f.write_str("session"),
            Place::FrameworkItem { kind, label } => {
                write!(f, "framework: {} item \"{label}\"", kind.name())
            }
            Place::Note(id) => write!(f, "note {id}"),
            Place::Action(id) => write!(f, "action {id}"),
            Place::Theme(title) => write!(f, "theme \"{title}\""),
            Place::Poll(question) => write!(f, "poll \"{question}\""),
            Place::Ballot { poll, ballot } => write!(f, "poll \"{poll}\": ballot {ballot}"),
        }
    }
}

/// The English wording, the words module's `problem` is the one for people.
impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::EmptyId => f.write_str("the id is empty"),
            ProblemKind::DuplicateId(id) => write!(f, "the id {id} is used twice"),
            ProblemKind::AboutNoItem(id) => {
                write!(
                    f,
                    "it is about \"{id}\", which is not an item of the framework"
                )
            }
            ProblemKind::NoTitle => f.write_str("it has no title"),
            ProblemKind::MissingNote(note) => write!(f, "its note {note} does not exist"),
            ProblemKind::NoteInTwoThemes(note) => write!(
                f,
                "its note {note} is in another theme too; a note is in one theme at most"
            ),
            ProblemKind::NotAChoice(item) => write!(
                f,
                "\"{item}\" is not an item of the framework, a note, an action item or a theme"
            ),
            ProblemKind::Settings(error) => write!(f, "{error}"),
            ProblemKind::CountNotOnPoll(item) => {
                write!(f, "a count for \"{item}\", which is not on the poll")
            }
            ProblemKind::CountsNotTally => {
                f.write_str("typed counts on a poll that is not a tally")
            }
            ProblemKind::DraftHasBallots => f.write_str("a draft poll has ballots"),
            ProblemKind::Ballot(error) => write!(f, "{error}"),
        }
    }
}

/// The English wording; `Words::problem` is the one for people.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.kind)
    }
}

struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, place: Place, kind: ProblemKind) {
        self.0.push(Problem { place, kind });
    }

    /// Records a problem for an id that is empty or seen before.
    fn check_id<'a>(
        &mut self,
        seen: &mut HashSet<&'a str>,
        id: &'a str,
        place: impl Fn() -> Place,
    ) {
        if id.trim().is_empty() {
            self.push(place(), ProblemKind::EmptyId);
        } else if !seen.insert(id) {
            self.push(place(), ProblemKind::DuplicateId(id.to_owned()));
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
        problems.push(Place::Session, ProblemKind::EmptyId);
    }
    let mut item_ids = HashSet::new();
    for (kind, item) in framework.items() {
        problems.check_id(&mut item_ids, &item.id, || Place::FrameworkItem {
            kind,
            label: short(item.label()),
        });
    }
    let known: HashSet<&str> = framework
        .items()
        .map(|(_, item)| item.id.as_str())
        .collect();
    let check_about = |problems: &mut Problems, about: &About, place: &dyn Fn() -> Place| {
        if let About::Item(id) = about
            && !known.contains(id.as_str())
        {
            problems.push(place(), ProblemKind::AboutNoItem(id.clone()));
        }
    };

    let mut note_ids = HashSet::new();
    for note in &session.notes {
        let place = || Place::Note(note.id.clone());
        problems.check_id(&mut note_ids, &note.id, place);
        check_about(&mut problems, &note.about, &place);
    }
    let mut action_ids = HashSet::new();
    for action in &session.actions {
        let place = || Place::Action(action.id.clone());
        problems.check_id(&mut action_ids, &action.id, place);
        check_about(&mut problems, &action.about, &place);
    }

    let mut theme_ids = HashSet::new();
    let mut grouped = HashSet::new();
    for theme in &session.themes {
        let place = || Place::Theme(short(&theme.title));
        problems.check_id(&mut theme_ids, &theme.id, place);
        if theme.title.trim().is_empty() {
            problems.push(place(), ProblemKind::NoTitle);
        }
        check_about(&mut problems, &theme.about, &place);
        for note in &theme.notes {
            if !note_ids.contains(note.as_str()) {
                problems.push(place(), ProblemKind::MissingNote(note.clone()));
            } else if !grouped.insert(note.as_str()) {
                problems.push(place(), ProblemKind::NoteInTwoThemes(note.clone()));
            }
        }
    }

    let mut poll_ids = HashSet::new();
    let mut ballot_ids = HashSet::new();
    for poll in &session.polls {
        let poll_place = || Place::Poll(short(&poll.question));
        problems.check_id(&mut poll_ids, &poll.id, poll_place);
        for item in &poll.items {
            let named = known.contains(item.as_str())
                || note_ids.contains(item.as_str())
                || action_ids.contains(item.as_str())
                || theme_ids.contains(item.as_str());
            if !named {
                problems.push(poll_place(), ProblemKind::NotAChoice(item.clone()));
            }
        }
        if let Err(error) = check_settings(&poll.items, &poll.method) {
            problems.push(poll_place(), ProblemKind::Settings(error));
        }
        if poll.method == PollMethod::Tally {
            let on_poll: HashSet<&str> = poll.items.iter().map(String::as_str).collect();
            for item in poll
                .tally
                .keys()
                .filter(|item| !on_poll.contains(item.as_str()))
            {
                problems.push(poll_place(), ProblemKind::CountNotOnPoll(item.clone()));
            }
        } else if !poll.tally.is_empty() {
            problems.push(poll_place(), ProblemKind::CountsNotTally);
        }
        if poll.status == PollStatus::Draft && !poll.ballots.is_empty() {
            problems.push(poll_place(), ProblemKind::DraftHasBallots);
        }
        let rules = BallotRules::new(poll);
        for ballot in &poll.ballots {
            let place = || Place::Ballot {
                poll: short(&poll.question),
                ballot: ballot.id.clone(),
            };
            problems.check_id(&mut ballot_ids, &ballot.id, place);
            if let Err(error) = rules.check(&ballot.marks) {
                problems.push(place(), ProblemKind::Ballot(error));
            }
        }
    }
    problems.0
}
