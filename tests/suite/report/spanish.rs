//! Reports in Spanish: golden files of the example's Markdown and HTML with its values
//! translated, dates and decimals in Spanish form, and JSON the same in every language.

use plaza::model::{Session, Translation};
use plaza::report::{Format, Table, csv_table, render_in, report_html, report_markdown};
use plaza::words::{Lang, Words};

use crate::support::example;

fn spanish() -> &'static Words {
    Words::of(Lang::Spanish)
}

/// The example with its core values translated, as an organisation's bilingual framework is.
fn translated_example() -> Session {
    let mut session = example();
    let headings = [
        "EXCELENCIA Y RESPONSABILIDAD",
        "COMPASIÓN",
        "DIVERSIDAD",
        "INTEGRIDAD, PROFESIONALISMO Y CONDUCTA ÉTICA",
        "RESPONSABILIDAD SOCIAL",
        "CREATIVIDAD E INNOVACIÓN",
    ];
    for (item, heading) in session.framework.values.items.iter_mut().zip(headings) {
        let text = item.text.clone();
        item.translations.insert(
            "es".into(),
            Translation {
                heading: heading.into(),
                text,
            },
        );
    }
    session
}

#[test]
fn the_example_in_spanish_markdown() {
    insta::assert_snapshot!(
        "example_markdown_es",
        report_markdown(&translated_example(), spanish())
    );
}

#[test]
fn the_example_in_spanish_html() {
    insta::assert_snapshot!(
        "example_html_es",
        report_html(&translated_example(), spanish())
    );
}

#[test]
fn a_spanish_report_speaks_spanish_throughout() {
    let markdown = report_markdown(&translated_example(), spanish());
    assert!(markdown.contains("19 de noviembre de 2026"), "{markdown}");
    assert!(markdown.contains("## Acciones"));
    assert!(markdown.contains("COMPASIÓN"), "translated values are used");
    assert!(
        !markdown.contains("COMPASSION"),
        "no value keeps its English name where it has a Spanish one"
    );
    let html = report_html(&translated_example(), spanish());
    assert!(html.contains("<html lang=\"es\">"));
    // A mean reads with a decimal comma.
    assert!(
        html.lines()
            .any(|line| line.contains("<td class=\"n\">") && line.contains(",")),
        "a rating's mean has a decimal comma"
    );
}

#[test]
fn spanish_csv_headings_and_the_same_json() {
    let session = example();
    let notes = csv_table(&session, Table::Notes, spanish()).expect("CSV");
    assert!(notes.starts_with("id,se_refiere_a,nombre_se_refiere_a,grupo,tipo,texto,creada\n"));
    let english = render_in(
        &session,
        Format::Json,
        Table::Notes,
        Words::of(Lang::English),
    )
    .expect("JSON");
    let spanish_json = render_in(&session, Format::Json, Table::Notes, spanish()).expect("JSON");
    assert_eq!(english, spanish_json, "report JSON is for programs");
}
