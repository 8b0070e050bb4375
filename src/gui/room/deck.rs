//! The order of slides a retreat walks through, derived from the session so it follows every
//! edit: a slide is named by what it shows, never by its position.

use crate::model::{SectionKind, Session};

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
    /// A short name for the slide list and the projector's window title.
    pub fn title(&self, session: &Session) -> String {
        let item = |id: &str| session.item_label(id).to_owned();
        let poll = |id: &str| {
            session
                .poll(id)
                .map_or_else(|| "Poll".to_owned(), |poll| poll.question.clone())
        };
        match self {
            Slide::Title => session.title.clone(),
            Slide::Mission => session.framework.section_name(SectionKind::Mission).into(),
            Slide::Commitment(id) => item(id),
            Slide::Vision => session.framework.section_name(SectionKind::Vision).into(),
            Slide::VisionGoal(id) => item(id),
            Slide::Value(id) => item(id),
            Slide::PollBallot(id) => format!("Vote: {}", poll(id)),
            Slide::PollResults(id) => format!("Results: {}", poll(id)),
            Slide::NotesWall => "Notes wall".into(),
            Slide::Actions => "Action items".into(),
            Slide::Closing => "Thank you".into(),
        }
    }
}
