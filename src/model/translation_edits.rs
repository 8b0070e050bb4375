//! Changes to a framework's translations, each one [`Edit::SetFramework`] like any other change
//! to the framework: checked, undone in one step, saved, and at once on the projector.

use super::framework_edits::reframe;
use super::{Edit, Framework, FrameworkText, SectionKind, SectionText, Session, Translation};

/// The title in the language tagged `lang`; empty takes it out.
pub fn set_title_translation(session: &Session, lang: &str, title: &str) -> Edit {
    let title = title.trim().to_owned();
    reframe(
        session,
        format!("translate the title ({lang})"),
        |framework| {
            if title.is_empty() {
                framework.translations.remove(lang);
            } else {
                framework
                    .translations
                    .insert(lang.to_owned(), FrameworkText { title });
            }
        },
    )
}

/// A section's label and intro in `lang`; both empty take the translation out.
pub fn set_section_translation(
    session: &Session,
    kind: SectionKind,
    lang: &str,
    label: &str,
    intro: &str,
) -> Edit {
    let label = Some(label.trim().to_owned()).filter(|label| !label.is_empty());
    let intro = intro.trim().to_owned();
    let what = format!(
        "translate the {} section ({lang})",
        kind.name().to_lowercase()
    );
    reframe(session, what, |framework| {
        let translations = &mut framework.section_mut(kind).translations;
        if label.is_none() && intro.is_empty() {
            translations.remove(lang);
        } else {
            translations.insert(lang.to_owned(), SectionText { label, intro });
        }
    })
}

/// An item's heading and text in `lang`; both empty take the translation out. `None` when
/// the item is not there.
pub fn set_item_translation(
    session: &Session,
    id: &str,
    lang: &str,
    heading: &str,
    text: &str,
) -> Option<Edit> {
    let label = session.framework.item(id)?.label().to_owned();
    let (heading, text) = (heading.trim().to_owned(), text.trim().to_owned());
    Some(reframe(
        session,
        format!("translate {label} ({lang})"),
        |framework| {
            let Framework {
                mission,
                vision,
                values,
                ..
            } = framework;
            let item = [mission, vision, values]
                .into_iter()
                .flat_map(|section| section.items.iter_mut())
                .find(|item| item.id == id);
            if let Some(item) = item {
                if heading.is_empty() && text.is_empty() {
                    item.translations.remove(lang);
                } else {
                    item.translations
                        .insert(lang.to_owned(), Translation { heading, text });
                }
            }
        },
    ))
}

/// The framework with a whole translation read in (see
/// [`import_translation`](super::import_translation)).
pub fn set_translated_framework(session: &Session, lang: &str, translated: Framework) -> Edit {
    reframe(
        session,
        format!("import a translation ({lang})"),
        |framework| {
            *framework = translated;
        },
    )
}
