//! The example statements shipped in `assets/frameworks/`: a library's, with `Name: text`
//! values and no vision section, and a clinic's, in Spanish. Both import whole.

use plaza::model::SectionKind;

use super::{framework, items, triples};

fn example(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/frameworks")
        .join(name);
    std::fs::read_to_string(&path).expect("the example statement")
}

#[test]
fn the_library_imports_its_named_values_and_has_no_vision() {
    let framework = framework(&example("riverbend-library.md"));
    assert_eq!(framework.title, "Riverbend Public Library");
    assert!(framework.vision.items.is_empty(), "no vision section");
    let mission: Vec<String> = items(&framework, SectionKind::Mission)
        .into_iter()
        .map(|(id, _, _)| id)
        .collect();
    assert_eq!(mission, ["mission-1", "mission-2", "mission-3"]);
    assert_eq!(
        items(&framework, SectionKind::Values)[0],
        triples(&[(
            "welcome",
            "Welcome",
            "Everyone belongs here, whatever their age, language or means."
        )])[0]
    );
    assert_eq!(framework.values.items.len(), 4);
}

#[test]
fn the_clinic_imports_in_spanish_with_its_accents_kept_and_plain_ids() {
    let framework = framework(&example("clinica-del-valle.txt"));
    assert_eq!(
        framework.title,
        "Clínica del Valle — Misión, Visión y Valores"
    );
    assert_eq!(
        framework.mission.intro,
        "Nuestra misión es cuidar la salud de las familias del valle:"
    );
    let ids = |kind| -> Vec<String> {
        items(&framework, kind)
            .into_iter()
            .map(|(id, _, _)| id)
            .collect()
    };
    assert_eq!(
        ids(SectionKind::Mission),
        ["atender", "ensenar", "acompanar"]
    );
    assert_eq!(ids(SectionKind::Vision), ["vision-1", "vision-2"]);
    assert_eq!(
        ids(SectionKind::Values),
        ["respeto-dignidad", "solidaridad", "honestidad"]
    );
    assert_eq!(
        items(&framework, SectionKind::Values)[0],
        triples(&[(
            "respeto-dignidad",
            "RESPETO Y DIGNIDAD",
            "Tratamos a cada persona como quisiéramos ser tratados."
        )])[0]
    );
}
