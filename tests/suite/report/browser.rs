//! The HTML report in a real browser: headless Chromium prints it to PDF and a picture without
//! errors. Needs Chromium, so it runs on request: `.ci/run` installs Chromium and runs it with
//! `cargo test --test suite -- --ignored report_browser`.

use std::path::Path;
use std::process::Command;

use plaza::report::report_html;
use plaza::store::load;

use crate::support::{chromium, example_path, temp_dir};

fn headless(browser: &str, page: &Path, arg: String) -> std::process::Output {
    headless_at(browser, page, "1000,1400", arg)
}

/// Runs the browser on `page` in a window of `size` ("width,height").
fn headless_at(browser: &str, page: &Path, size: &str, arg: String) -> std::process::Output {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            &format!("--window-size={size}"),
            &arg,
        ])
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run the browser")
}

#[test]
#[ignore = "needs Chromium; .ci/run installs it and runs this"]
fn report_browser_prints_the_html_report_to_pdf_and_png() {
    let browser = chromium();
    let dir = temp_dir();
    let page = dir.path().join("report.html");
    let session = load(&example_path()).expect("the example").session;
    std::fs::write(
        &page,
        report_html(
            &session,
            plaza::words::Words::of(plaza::words::Lang::English),
        ),
    )
    .expect("write the page");

    let pdf = dir.path().join("report.pdf");
    let output = headless(browser, &page, format!("--print-to-pdf={}", pdf.display()));
    assert!(output.status.success(), "printing failed: {output:?}");
    let printed = std::fs::read(&pdf).expect("the PDF");
    assert!(printed.starts_with(b"%PDF"), "a PDF");
    assert!(
        printed.len() > 10_000,
        "the PDF has the report: {} bytes",
        printed.len()
    );

    let png = dir.path().join("report.png");
    let output = headless(browser, &page, format!("--screenshot={}", png.display()));
    assert!(output.status.success(), "the picture failed: {output:?}");
    let picture = std::fs::read(&png).expect("the PNG");
    assert!(picture.starts_with(b"\x89PNG"), "a PNG");
    // The page runs no script, so the console has nothing to complain about.
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(!log.contains("Uncaught"), "{log}");
}

#[test]
#[ignore = "needs Chromium; .ci/run installs it and runs this"]
fn report_browser_breaks_a_very_long_word_within_the_page() {
    let browser = chromium();
    let dir = temp_dir();
    let mut session = load(&example_path()).expect("the example").session;
    session.notes[0].text = "x".repeat(20_000);
    session.actions[0].text = "y".repeat(20_000);
    // The report runs no script; this copy gets one that reports how wide the page became.
    let measure = "<script>document.title = 'width ' + \
                   document.documentElement.scrollWidth + ' of ' + window.innerWidth;</script>";
    let page = dir.path().join("report.html");
    let html = report_html(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    )
    .replace("</body>", &format!("{measure}</body>"));
    std::fs::write(&page, html).expect("write the page");
    let output = headless(browser, &page, "--dump-dom".to_owned());
    assert!(output.status.success(), "{output:?}");
    let dom = String::from_utf8_lossy(&output.stdout);
    let title = dom
        .split("<title>width ")
        .nth(1)
        .and_then(|rest| rest.split("</title>").next())
        .unwrap_or_else(|| panic!("the page measured itself: {dom:.300}"));
    let (page_width, window) = title.split_once(" of ").expect("two numbers");
    let page_width: u32 = page_width.parse().expect("a width");
    let window: u32 = window.parse().expect("a width");
    assert!(
        page_width <= window,
        "the page is {page_width} px wide in a {window} px window"
    );
}

#[test]
#[ignore = "needs Chromium; .ci/run installs it and runs this"]
fn report_browser_keeps_the_action_items_state_and_due_date_on_one_line() {
    let browser = chromium();
    let dir = temp_dir();
    let session = load(&example_path()).expect("the example").session;
    // The script counts the lines of every cell that must stay whole; the report has none.
    let measure = "<script>const actions = [...document.querySelectorAll('h2')]\
                   .find(h => h.textContent === 'Action items').nextElementSibling; \
                   const broken = [...actions.querySelectorAll('tr > :first-child, td.date')]\
                   .filter(cell => { const r = document.createRange(); r.selectNodeContents(cell); \
                   return r.getClientRects().length > 1; }).map(cell => cell.textContent); \
                   document.title = 'broken [' + broken.join('|') + ']';</script>";
    let page = dir.path().join("report.html");
    let html = report_html(
        &session,
        plaza::words::Words::of(plaza::words::Lang::English),
    )
    .replace("</body>", &format!("{measure}</body>"));
    std::fs::write(&page, html).expect("write the page");
    // About the width of an A4 page's text, where the action items come first.
    let output = headless_at(browser, &page, "640,1000", "--dump-dom".to_owned());
    assert!(output.status.success(), "{output:?}");
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(dom.contains("<title>broken []</title>"), "{dom:.400}");
}
