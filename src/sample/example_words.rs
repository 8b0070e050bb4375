//! What was said at the example retreats: the tables' notes and the action items agreed, as
//! written for 2026. Kept apart from how a retreat is generated, so each reads on its own.

use crate::model::NoteKind;

use NoteKind::{Concern, Idea, Question, Strength};

/// What the tables said, per item: (item id, or "" for the parking lot; table; kind; text).
pub(super) const NOTES: &[(&str, &str, NoteKind, &str)] = &[
    (
        "excellence-accountability",
        "Table 1",
        Strength,
        "Quality dashboards are now reviewed monthly by every clinical department",
    ),
    (
        "excellence-accountability",
        "Table 4",
        Concern,
        "Accountability stops at the department level; nobody owns cross-department delays",
    ),
    (
        "excellence-accountability",
        "Table 2",
        Idea,
        "Publish a one-page scorecard each quarter that anyone on campus can read",
    ),
    (
        "excellence-accountability",
        "Table 5",
        Question,
        "Who decides which measures count as excellence for the research mission?",
    ),
    (
        "compassion",
        "Table 3",
        Strength,
        "Night-shift nurses stay past their shift for families",
    ),
    (
        "compassion",
        "Table 1",
        Strength,
        "Interpreters are available around the clock in the emergency department",
    ),
    (
        "compassion",
        "Table 6",
        Concern,
        "Residents say burnout leaves little room for compassion with patients",
    ),
    (
        "compassion",
        "Table 2",
        Idea,
        "Protect fifteen minutes a week for care teams to debrief hard cases",
    ),
    (
        "compassion",
        "Table 5",
        Concern,
        "Rural patients wait months for specialist appointments",
    ),
    (
        "diversity",
        "Table 2",
        Strength,
        "This year's medical school class is the most diverse in our history",
    ),
    (
        "diversity",
        "Table 4",
        Concern,
        "Faculty diversity lags far behind the student body",
    ),
    (
        "diversity",
        "Table 6",
        Idea,
        "Pair first-generation students with faculty mentors from their first week",
    ),
    (
        "diversity",
        "Table 1",
        Question,
        "Do our hiring panels reflect the communities we serve?",
    ),
    (
        "diversity",
        "Table 3",
        Idea,
        "Recruit from tribal colleges with a summer research program",
    ),
    (
        "integrity",
        "Table 5",
        Strength,
        "The ethics consult service answers within a day",
    ),
    (
        "integrity",
        "Table 3",
        Concern,
        "Staff are unsure how to report concerns without fear of retaliation",
    ),
    (
        "integrity",
        "Table 1",
        Idea,
        "Add civility and respectful communication to every annual review",
    ),
    (
        "integrity",
        "Table 6",
        Question,
        "How do we keep trust when budgets force hard choices?",
    ),
    (
        "social-responsibility",
        "Table 4",
        Strength,
        "Mobile clinics reached twelve frontier counties this year",
    ),
    (
        "social-responsibility",
        "Table 2",
        Concern,
        "Health literacy materials are mostly in English only",
    ),
    (
        "social-responsibility",
        "Table 6",
        Idea,
        "Partner with county extension offices on prevention programs",
    ),
    (
        "social-responsibility",
        "Table 5",
        Idea,
        "Track where our graduates practise, and report it every year",
    ),
    (
        "creativity-innovation",
        "Table 1",
        Strength,
        "Telehealth visits grew fourfold and patients rate them highly",
    ),
    (
        "creativity-innovation",
        "Table 3",
        Concern,
        "Good pilots die when their grant ends",
    ),
    (
        "creativity-innovation",
        "Table 4",
        Idea,
        "A small seed fund for ideas that come from front-line staff",
    ),
    (
        "creativity-innovation",
        "Table 6",
        Question,
        "How do we bring traditional healing knowledge into care respectfully?",
    ),
    (
        "vision-1",
        "Table 2",
        Strength,
        "Students now join the legislative session as health policy interns",
    ),
    (
        "vision-1",
        "Table 5",
        Idea,
        "Give every student a public health placement before graduation",
    ),
    (
        "vision-2",
        "Table 3",
        Concern,
        "Leadership training is offered only to managers",
    ),
    (
        "vision-2",
        "Table 1",
        Idea,
        "Open the leadership academy to nurses, technicians and staff",
    ),
    (
        "vision-3",
        "Table 4",
        Strength,
        "The community advisory board shapes which studies we take on",
    ),
    (
        "vision-4",
        "Table 6",
        Idea,
        "Invite community members to research planning from the start",
    ),
    (
        "vision-4",
        "Table 2",
        Question,
        "How quickly do our research results reach clinics outside Albuquerque?",
    ),
    (
        "vision-5",
        "Table 5",
        Concern,
        "Health outcomes still differ sharply between counties",
    ),
    (
        "vision-5",
        "Table 3",
        Idea,
        "Set one shared equity goal for all schools and the hospital",
    ),
    (
        "vision-6",
        "Table 1",
        Strength,
        "People speak of diversity as our strength, and mean it",
    ),
    (
        "vision-6",
        "Table 4",
        Question,
        "Do we measure whether diverse teams feel included?",
    ),
    (
        "",
        "Table 2",
        Question,
        "What is the budget timeline for next year?",
    ),
    (
        "",
        "Table 6",
        Question,
        "Will the new clinic building open on schedule?",
    ),
    (
        "",
        "Table 3",
        Idea,
        "Hold next year's retreat in Las Cruces",
    ),
];

/// A due date as (year, month, day).
pub(super) type Due = Option<(i32, u32, u32)>;

/// Action items: (item id, or "" for general; text; owner; due).
pub(super) const ACTIONS: &[(&str, &str, &str, Due)] = &[
    (
        "diversity",
        "Publish the hiring dashboard",
        "HR lead",
        Some((2027, 2, 1)),
    ),
    (
        "compassion",
        "Pilot a weekly care-team debrief on two wards",
        "Chief nursing officer",
        Some((2027, 3, 15)),
    ),
    (
        "excellence-accountability",
        "Draft the quarterly one-page scorecard",
        "Quality office",
        Some((2027, 1, 31)),
    ),
    (
        "social-responsibility",
        "Translate the top ten patient handouts into Spanish and Navajo",
        "Patient education",
        Some((2027, 4, 30)),
    ),
    (
        "creativity-innovation",
        "Propose terms for a front-line seed fund",
        "Research office",
        None,
    ),
    (
        "",
        "Share the retreat report with all departments",
        "Facilitator",
        Some((2026, 12, 10)),
    ),
];
