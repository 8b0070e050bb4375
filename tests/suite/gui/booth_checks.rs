//! The booth's layout rules, checked on every page of a poll at one window size: every touch
//! target at least 8% of the window's height, inside the window, none on top of another; every
//! text at least 4% of the height and inside the window; every choice shown once over the pages,
//! in order; a heading whole, and any other name cut only after a word.

use egui::accesskit::Role;
use egui::{Rect, UiBuilder, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::room::booth::view::{MIN_TARGET_SHARE, booth_rows, booth_ui};
use plaza::gui::room::booth::{Booth, BoothAction, PAGE_ITEMS, PhonesPanel, PlacedRow};
use plaza::gui::room::languages::{RoomWords, set_room_words};
use plaza::gui::room::text::{MIN_TEXT_SHARE, words_fit};
use plaza::gui::theme::ThemeChoice;
use plaza::model::{Poll, Session};

pub(super) struct Screen {
    session: Session,
    /// The panel for the room's phones, if the booth screen shows one.
    phones: Option<PhonesPanel>,
    booth: Booth,
    rows: Vec<PlacedRow>,
    /// The names on the page with a word too wide for their place.
    broken: Vec<String>,
    /// The room's language, whose names the booth shows.
    tag: &'static str,
}

/// What the names must be: every heading whole (the seed's items at the sizes rooms use), or
/// at least every cut after a word, keeping enough to say something (many long names, a long
/// scale), or only cut after a word, however short; or readable, no word broken.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Names {
    /// Every heading whole.
    Whole,
    /// Any name may be cut after a word, keeping more than its number and a short word.
    CutAfterAWord,
    /// Any name may be cut after a word, even to its first word.
    CutShort,
    /// As [`Names::CutAfterAWord`], and no word is wider than its name's place (a wider one
    /// is painted broken in two, "Accountabi / lity").
    Readable,
}

/// Checks every page of `poll` on `session` at `size`; names may be cut after a word.
pub(super) fn check(session: Session, poll: Poll, size: Vec2) {
    check_names(session, poll, size, Names::CutAfterAWord);
}

/// Checks every page of `poll` on `session` at `size`, the names as `names` says.
pub(super) fn check_names(session: Session, poll: Poll, size: Vec2, names: Names) {
    check_pages(session, poll, size, names, None, |_, _| {});
}

/// Checks every page of `poll` on `session` at `size`, the names as `names` says, with the
/// phones' panel `phones` beside the booth; `more` checks each page further.
pub(super) fn check_pages(
    session: Session,
    poll: Poll,
    size: Vec2,
    names: Names,
    phones: Option<PhonesPanel>,
    more: impl Fn(&Harness<'_, Screen>, &str),
) {
    check_pages_in(
        RoomWords::default(),
        (session, poll),
        size,
        names,
        phones,
        more,
    );
}

/// [`check_pages`] with the room speaking `words`.
pub(super) fn check_pages_in(
    words: RoomWords,
    (mut session, poll): (Session, Poll),
    size: Vec2,
    names: Names,
    phones: Option<PhonesPanel>,
    more: impl Fn(&Harness<'_, Screen>, &str),
) {
    let what = format!(
        "{} on {} items at {size:?}",
        poll.method.name(),
        poll.items.len()
    );
    session.polls = vec![poll];
    let booth = Booth::new(&session.polls[0]);
    let mut harness = Harness::builder().with_size(size).build_ui_state(
        move |ui, screen: &mut Screen| {
            let full = ui.ctx().content_rect();
            set_room_words(ui.ctx(), words);
            ui.scope_builder(UiBuilder::new().max_rect(full), |ui| {
                let palette = ThemeChoice::Dark.palette();
                let poll = &screen.session.polls[0];
                let phones = screen.phones.as_ref();
                let (session, booth) = (&screen.session, &screen.booth);
                screen.rows = booth_rows(ui, (session, poll), booth, &palette, full, phones);
                // A word wider than its name's place is broken in two when painted.
                screen.broken = screen
                    .rows
                    .iter()
                    .map(|row| &row.name)
                    .filter(|name| {
                        !words_fit(ui.ctx(), &name.text, name.size, name.rect.width() + 1.0)
                    })
                    .map(|name| name.text.clone())
                    .collect();
                let actions = booth_ui(
                    ui,
                    (&screen.session, poll),
                    &screen.booth,
                    &palette,
                    full,
                    true,
                    screen.phones.as_ref(),
                );
                // The booth's view says how many choices a page of this screen holds.
                for action in actions {
                    screen.booth.act(poll, action);
                }
            });
        },
        Screen {
            session,
            phones,
            booth,
            rows: Vec::new(),
            broken: Vec::new(),
            tag: words.tag(),
        },
    );
    harness.run();
    let pages = harness.state().booth.pages();
    let mut shown = Vec::new();
    for page in 0..pages {
        if page > 0 {
            let screen = harness.state_mut();
            screen
                .booth
                .act(&screen.session.polls[0], BoothAction::NextPage);
        }
        harness.run();
        let what = format!("{what}, page {} of {pages}", page + 1);
        check_page(&harness, &what, size, names);
        more(&harness, &what);
        let rows = &harness.state().rows;
        assert!(rows.len() <= PAGE_ITEMS, "{what}: {} rows", rows.len());
        shown.extend(rows.iter().map(|row| row.item.clone()));
        if pages > 1 {
            let label = plaza::tr!(
                words.first,
                "room-booth-page",
                page = page + 1,
                pages = pages
            );
            harness.get_by_label_contains(&label);
        }
    }
    let poll = &harness.state().session.polls[0];
    assert_eq!(
        shown, poll.items,
        "{what}: the pages show every choice once, in order"
    );
    assert!(
        poll.items.len() <= PAGE_ITEMS || pages > 1,
        "{what}: more than nine choices take pages"
    );
}

fn check_page(harness: &Harness<'_, Screen>, what: &str, size: Vec2, names: Names) {
    let window = Rect::from_min_size(egui::Pos2::ZERO, size);
    let buttons: Vec<(String, Rect)> = harness
        .query_all_by_role(Role::Button)
        .map(|node| {
            (
                node.accesskit_node().label().unwrap_or_default(),
                node.rect(),
            )
        })
        .collect();
    assert!(buttons.len() > 3, "{what}: the booth has its buttons");
    for (index, (name, rect)) in buttons.iter().enumerate() {
        assert!(
            window.contains_rect(*rect),
            "{what}: {name:?} leaves the window: {rect:?}"
        );
        assert!(
            rect.height() >= MIN_TARGET_SHARE * size.y - 0.5,
            "{what}: {name:?} is {} px high",
            rect.height()
        );
        for (other, other_rect) in &buttons[index + 1..] {
            let overlap = rect.intersect(*other_rect);
            assert!(
                overlap.width() <= 0.5 || overlap.height() <= 0.5,
                "{what}: {name:?} and {other:?} overlap"
            );
        }
    }
    for node in harness.query_all_by_role(Role::Label) {
        let text = node.accesskit_node().value().unwrap_or_default();
        let rect = node.rect();
        assert!(
            window.contains_rect(rect),
            "{what}: {text:?} leaves the window"
        );
        assert!(
            rect.height() >= MIN_TEXT_SHARE * size.y - 0.5,
            "{what}: {text:?} is {} px high",
            rect.height()
        );
    }
    let screen = harness.state();
    assert!(!screen.rows.is_empty(), "{what}: the rows are laid out");
    assert!(
        names != Names::Readable || screen.broken.is_empty(),
        "{what}: a word is wider than its name's place and breaks: {:?}",
        screen.broken
    );
    for (on_page, row) in screen.rows.iter().enumerate() {
        let name = &row.name;
        assert!(
            name.size >= MIN_TEXT_SHARE * size.y - 0.01,
            "{what}: {:?} is {:.1} px",
            name.text,
            name.size
        );
        assert!(
            window.contains_rect(name.rect) && row.rect.expand(0.5).contains_rect(name.rect),
            "{what}: {:?} leaves its row: {:?} in {:?}",
            name.text,
            name.rect,
            row.rect
        );
        let label = match screen.session.framework.item(&row.item) {
            Some(item) => item.label_in(screen.tag),
            None => screen.session.item_label(&row.item),
        };
        let whole = format!("{}. {label}", on_page + 1);
        let heading = names == Names::Whole
            && screen
                .session
                .framework
                .item(&row.item)
                .is_some_and(|item| !item.heading.trim().is_empty());
        let least = if names == Names::CutShort { 0 } else { 8 };
        assert_whole_or_cut_after_a_word(heading, &name.text, &whole, least, what);
    }
}

/// A heading shows whole; a name may be cut, but only after a word, keeping more than
/// `least` bytes of it (its number counted).
pub(super) fn assert_whole_or_cut_after_a_word(
    heading: bool,
    shown: &str,
    whole: &str,
    least: usize,
    what: &str,
) {
    if heading || shown == whole {
        assert_eq!(shown, whole, "{what}: a heading is shown whole");
        return;
    }
    let head = shown
        .strip_suffix('…')
        .unwrap_or_else(|| panic!("{what}: {shown:?} is {whole:?} or a cut of it"));
    let rest = whole
        .strip_prefix(head)
        .unwrap_or_else(|| panic!("{what}: {shown:?} is a cut of {whole:?}"));
    assert!(
        rest.starts_with([' ', ',', ';', ':']),
        "{what}: {shown:?} is cut inside a word of {whole:?}"
    );
    assert!(head.len() > least, "{what}: {shown:?} says something");
}
