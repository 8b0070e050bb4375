//! CPU time to build one frame of the console with the projector open, headless: egui's own
//! pass with no renderer and no accessibility tree, as on a facilitator's laptop.

#![expect(
    missing_docs,
    reason = "criterion_group! defines an undocumented function"
)]

#[path = "support/phones.rs"]
mod phones;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Event, Key, Modifiers, RawInput, Rect, pos2, vec2};
use plaza::gui::PlazaApp;
use plaza::gui::app::Msg;
use plaza::gui::room::deck::{Slide, deck};
use plaza::gui::room::languages::ProjectorLanguage;
use plaza::model::{Poll, PollMethod, PollStatus, Session, Translation};
use plaza::sample::{example_retreat, large_session, note_poll_session, with_themes};
use plaza::server::url_of;
use plaza::store::{Document, save};
use plaza::words::Lang;

struct Screen {
    ctx: egui::Context,
    app: PlazaApp,
}

impl Screen {
    fn open(session: &Session, dir: &std::path::Path, name: &str) -> Screen {
        let path = dir.join(name);
        save(&path, session).expect("save the session");
        let mut screen = Screen {
            ctx: egui::Context::default(),
            app: {
                // The example is finished and would open in review; the bench drives slides.
                let mut app = PlazaApp::new(Document::open(&path, || {}));
                app.set_reviewing(false);
                app
            },
        };
        screen.keys(&[Key::F5]);
        screen
    }

    /// The session on the projector, stepped from the title to `slide`.
    fn open_at(session: &Session, dir: &std::path::Path, name: &str, slide: &Slide) -> Screen {
        assert!(deck(session).contains(slide), "the slide is in the deck");
        let mut screen = Screen::open(session, dir, name);
        screen.step_to(slide);
        screen
    }

    /// Steps forward with the clicker until `target` is up: slides that page (the notes wall,
    /// a long results chart or hand count) take a press per page.
    fn step_to(&mut self, target: &Slide) {
        for _ in 0..300 {
            if self.app.slide() == target {
                return;
            }
            self.keys(&[Key::PageDown]);
        }
        panic!("{target:?} never came up: {:?}", self.app.notice());
    }

    fn frame(&mut self, events: Vec<Event>) {
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1800.0, 1100.0))),
            events,
            ..RawInput::default()
        };
        let app = &mut self.app;
        // The frame's output (what to paint) is what a frame costs; the bench needs none of it.
        drop(self.ctx.run_ui(input, |ui| app.show(ui)));
    }

    fn keys(&mut self, keys: &[Key]) {
        let events = keys
            .iter()
            .map(|&key| Event::Key {
                key,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers: Modifiers::NONE,
            })
            .collect();
        self.frame(events);
        // Let layout settle (first frames measure, later ones reuse).
        for _ in 0..3 {
            self.frame(Vec::new());
        }
    }

    /// Steps forward with the clicker until the results of the first poll of `method` are up
    /// (a results chart or the notes wall may take several presses: they turn pages first).
    fn step_to_results_of(&mut self, session: &Session, method: fn(&PollMethod) -> bool) {
        let poll = session
            .polls
            .iter()
            .find(|poll| method(&poll.method))
            .expect("a poll of the method");
        self.step_to(&Slide::PollResults(poll.id.clone()));
    }
}

fn frame(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut group = c.benchmark_group("frame (console + projector)");
    let mut seed = Screen::open(&example_retreat(), dir.path(), "seed.ron");
    // Fourteen steps from the title: the slide of a core value, COMPASSION.
    seed.keys(&[Key::PageDown; 14]);
    group.bench_function("example session, value slide", |b| {
        b.iter(|| seed.frame(Vec::new()))
    });
    // The same slide with the console in Spanish, then the room in both languages: every word
    // now comes through the catalogues, and a bilingual slide lays out twice the lines.
    let mut translated = example_retreat();
    for item in [
        &mut translated.framework.mission,
        &mut translated.framework.vision,
        &mut translated.framework.values,
    ]
    .into_iter()
    .flat_map(|section| section.items.iter_mut())
    {
        let words = Translation {
            heading: item.heading.to_lowercase(),
            text: format!("{} (es)", item.text),
        };
        item.translations.insert("es".into(), words);
    }
    let mut spanish = Screen::open(&translated, dir.path(), "spanish.ron");
    spanish.app.update(Msg::Language(Lang::Spanish));
    spanish.keys(&[Key::PageDown; 14]);
    group.bench_function("example session, value slide, in Spanish", |b| {
        b.iter(|| spanish.frame(Vec::new()))
    });
    let both = ProjectorLanguage::Both(Lang::English);
    spanish.app.update(Msg::ProjectorLanguage(both));
    spanish.frame(Vec::new());
    group.bench_function(
        "example session, value slide, English with Spanish below",
        |b| b.iter(|| spanish.frame(Vec::new())),
    );
    let mut large = Screen::open(&large_session(12, 5_000, 300), dir.path(), "large.ron");
    large.keys(&[Key::End, Key::ArrowLeft, Key::ArrowLeft]);
    assert_eq!(
        large.app.slide(),
        &Slide::NotesWall,
        "{:?}",
        large.app.notice()
    );
    group.bench_function("12 values, 5,000 notes, 300 ballots, notes wall", |b| {
        b.iter(|| large.frame(Vec::new()))
    });
    let polls = large_session(12, 5_000, 300);
    let mut dots = Screen::open(&polls, dir.path(), "dots.ron");
    dots.step_to_results_of(&polls, |method| matches!(method, PollMethod::Dots { .. }));
    group.bench_function("12 values, 300 ballots, dots results chart", |b| {
        b.iter(|| dots.frame(Vec::new()))
    });
    let mut rating = Screen::open(&polls, dir.path(), "rating.ron");
    rating.step_to_results_of(&polls, |method| matches!(method, PollMethod::Rating { .. }));
    group.bench_function("12 values, 300 ballots, rating results chart", |b| {
        b.iter(|| rating.frame(Vec::new()))
    });
    // The booth of a dot vote on all sixteen items of the seed's framework: two pages, the
    // page size worked out from the names on the screen.
    let mut session = example_retreat();
    let mut poll = Poll::draft(
        "all-items".into(),
        "Where should we focus next year?".into(),
        session
            .framework
            .items()
            .map(|(_, item)| item.id.clone())
            .collect(),
        PollMethod::default_dots(),
    );
    poll.status = PollStatus::Open;
    session.polls.push(poll);
    let mut booth = Screen::open_at(
        &session,
        dir.path(),
        "booth.ron",
        &Slide::PollBallot("all-items".into()),
    );
    group.bench_function("example session, booth of 16 choices", |b| {
        b.iter(|| booth.frame(Vec::new()))
    });
    let mut review = Screen::open(&large_session(12, 5_000, 300), dir.path(), "review.ron");
    review.app.set_reviewing(true);
    review.keys(&[]);
    assert!(review.app.reviewing());
    group.bench_function(
        "12 values, 5,000 notes, 300 ballots, review dashboard",
        |b| b.iter(|| review.frame(Vec::new())),
    );
    group.finish();
}

/// Frames of what the room said: a vote on its own ideas, and a wall sorted into themes. Fewer
/// samples than the group above, so the whole bench stays a few minutes.
fn room_words(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut group = c.benchmark_group("frame (console + projector)");
    group
        .sample_size(30)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1));
    // Twenty ideas of 8 to 20 words on a dot vote: the booth pages them.
    let session = note_poll_session(20, PollMethod::default_dots());
    let ballot = Slide::PollBallot(session.polls[0].id.clone());
    let mut booth = Screen::open_at(&session, dir.path(), "notes-booth.ron", &ballot);
    group.bench_function("booth_note_choices", |b| b.iter(|| booth.frame(Vec::new())));
    // The large session's wall again, 4,000 of its 5,000 notes in 200 themes of 20.
    let themed = with_themes(large_session(12, 5_000, 300), 200, 20);
    assert_eq!(themed.themes.len(), 200);
    let mut wall = Screen::open_at(&themed, dir.path(), "themed.ron", &Slide::NotesWall);
    group.bench_function("themed_wall", |b| b.iter(|| wall.frame(Vec::new())));
    group.finish();
}

/// Crowds of 200 phones voting on `screen`'s session, one crowd after another, until `stop`;
/// returns how long each crowd took, all of it and its p99 time to `201`.
fn phones_voting(
    screen: &Screen,
    stop: &Arc<AtomicBool>,
) -> (
    plaza::server::VotingServer,
    std::thread::JoinHandle<Vec<(Duration, Duration)>>,
) {
    let document = screen.app.document().expect("a session is open");
    let server = phones::serve(document.shared(), "phones");
    let base = url_of(server.address());
    let ballots = phones::marks_for(document.session(), 200);
    let stop = Arc::clone(stop);
    let crowds = std::thread::spawn(move || {
        let mut crowds = Vec::new();
        while !stop.load(Ordering::Relaxed) {
            let crowd = phones::vote_together(&base, &ballots);
            crowds.push((crowd.all, crowd.p99()));
        }
        crowds
    });
    (server, crowds)
}

/// The console's frames while 200 phones vote again and again: the app takes each ballot into
/// its session (`refresh`) as the frame begins, as it does when phones vote in the room.
fn frame_while_phones_vote(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut group = c.benchmark_group("frame (console + projector)");
    group
        .sample_size(30)
        .measurement_time(Duration::from_secs(5))
        .warm_up_time(Duration::from_secs(1));
    // The title slide, its poll open to phones (the existing benches step to slides with no poll open).
    let mut seed = Screen::open(
        &phones::with_open_dots(example_retreat(), "phones"),
        dir.path(),
        "p-seed.ron",
    );
    let large = phones::with_open_dots(large_session(12, 5_000, 300), "phones");
    let mut wall = Screen::open(&large, dir.path(), "p-large.ron");
    let screens = [
        ("example session, title slide, 200 phones voting", &mut seed),
        (
            "12 values, 5,000 notes, 300 ballots, title slide, 200 phones voting",
            &mut wall,
        ),
    ];
    for (name, screen) in screens {
        let stop = Arc::new(AtomicBool::new(false));
        let (server, crowds) = phones_voting(screen, &stop);
        group.bench_function(name, |b| b.iter(|| screen.frame(Vec::new())));
        stop.store(true, Ordering::Relaxed);
        let mut crowds = crowds.join().expect("the phones stop");
        server.stop();
        crowds.sort();
        // One more frame takes in the last crowd's ballots.
        screen.frame(Vec::new());
        let ballots = screen.app.document().map_or(0, |document| {
            document
                .session()
                .poll("phones")
                .map_or(0, |poll| poll.ballots.len())
        });
        let (all, p99) = crowds.get(crowds.len() / 2).copied().unwrap_or_default();
        eprintln!(
            "{name} ({:?}): {} crowds of 200, {ballots} ballots taken; the median crowd: all in \
             {all:?}, p99 to 201 {p99:?}",
            screen.app.slide(),
            crowds.len(),
        );
    }
    group.finish();
}

criterion_group!(benches, frame_while_phones_vote, frame, room_words);
criterion_main!(benches);
