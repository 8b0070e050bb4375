//! The order of slides a retreat walks through, derived from the session so it follows every
//! edit: a slide is named by what it shows, never by its position.

use crate::model::{SectionKind, Session};
use crate::words::Words;

/// One slide of the presentation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Slide {
    /// The session's title, date and venue.
    Title,
    /// The mission's intro and all its commitments.
    Mission,
    /// One mission commitment, by item id.
    Commitment(String),
    /// The vision's intro and all its goals.
    Vision,
    /// One vision goal, by item id.
    VisionGoal(String),
    /// One core value with its full text, by item id.
    Value(String),
    /// A poll's question and how many have voted, by poll id.
    PollBallot(String),
    /// A poll's results, by poll id (shown only once revealed).
    PollResults(String),
    /// The notes captured so far.
    NotesWall,
    /// The action items.
    Actions,
    /// Thanks and close.
    Closing,
}

/// Every slide of the session, in presentation order.
pub fn deck(session: &Session) -> Vec<Slide> {
    let framework = &session.framework;
    let mut slides = vec![Slide::Title];
    // A section with no items (an organisation's statement may have no vision) has no slides.
    if framework.mission.items_in_use().next().is_some() {
        slides.push(Slide::Mission);
    }
    slides.extend(
        framework
            .mission
            .items_in_use()
            .map(|item| Slide::Commitment(item.id.clone())),
    );
    if framework.vision.items_in_use().next().is_some() {
        slides.push(Slide::Vision);
    }
    slides.extend(
        framework
            .vision
            .items_in_use()
            .map(|item| Slide::VisionGoal(item.id.clone())),
    );
    slides.extend(
        framework
            .values
            .items_in_use()
            .map(|item| Slide::Value(item.id.clone())),
    );
    for poll in &session.polls {
        slides.push(Slide::PollBallot(poll.id.clone()));
        slides.push(Slide::PollResults(poll.id.clone()));
    }
    slides.extend([Slide::NotesWall, Slide::Actions, Slide::Closing]);
    slides
}

impl Slide {
    /// A short name in `words` for the slide list and the projector's window title.
    pub fn title(&self, session: &Session, words: &Words) -> String {
        let item = |id: &str| words.item_label(session, id);
        let poll = |id: &str| {
            session.poll(id).map_or_else(
                || words.get("room-slide-poll"),
                |poll| poll.question.clone(),
            )
        };
        match self {
            Slide::Title => session.title.clone(),
            Slide::Mission => words.section_name(
                session.framework.section(SectionKind::Mission),
                SectionKind::Mission,
            ),
            Slide::Commitment(id) => item(id),
            Slide::Vision => words.section_name(
                session.framework.section(SectionKind::Vision),
                SectionKind::Vision,
            ),
            Slide::VisionGoal(id) => item(id),
            Slide::Value(id) => item(id),
            Slide::PollBallot(id) => crate::tr!(words, "room-slide-vote", question = poll(id)),
            Slide::PollResults(id) => crate::tr!(words, "room-slide-results", question = poll(id)),
            Slide::NotesWall => words.get("room-slide-notes-wall"),
            Slide::Actions => words.get("room-slide-actions"),
            Slide::Closing => words.get("room-slide-thanks"),
        }
    }
}
