//! The built-in framework's Spanish, for tests of a bilingual room: the organisation's own
//! statement (assets/frameworks/mission-vision-values.ron) translated line by line. Kept here
//! as Rust rather than as an asset: it is a test's fixture, typed against the model, and no
//! part of the program reads it.

use plaza::model::{FrameworkText, SectionText, Session, Translation};

/// Each item's Spanish heading and text, by id.
const ITEMS: &[(&str, &str, &str)] = &[
    (
        "educating",
        "EDUCAR",
        "y aumentar la diversidad de profesionales de la salud, líderes y científicos",
    ),
    (
        "providing",
        "BRINDAR",
        "atención médica excelente y compasiva",
    ),
    (
        "advocating",
        "ABOGAR",
        "por la salud de todos los nuevomexicanos y",
    ),
    (
        "pursuing",
        "BUSCAR",
        "nuevos conocimientos y la excelencia en la práctica.",
    ),
    (
        "vision-1",
        "",
        "Los estudiantes se conviertan en líderes en la prestación de una atención de salud excelente y compasiva, en socios en la elaboración de políticas de salud y en defensores de la salud pública",
    ),
    ("vision-2", "", "Los líderes aprendan durante toda la vida"),
    (
        "vision-3",
        "",
        "El conocimiento y el descubrimiento abarquen la experiencia humana y se apliquen a sanar y a promover el bienestar de la gente de nuestro estado",
    ),
    (
        "vision-4",
        "",
        "Científicos, proveedores de atención de salud y el público colaboren para convertir la investigación en beneficios reales para la salud y",
    ),
    (
        "vision-5",
        "",
        "Lograr la igualdad en la salud y en la atención de salud sea una meta común y",
    ),
    ("vision-6", "", "La diversidad sea nuestra mayor fortaleza."),
    (
        "excellence-accountability",
        "EXCELENCIA Y RESPONSABILIDAD",
        "en la educación, la investigación, la atención a pacientes y el trabajo con la comunidad",
    ),
    (
        "compassion",
        "COMPASIÓN",
        "en la atención a pacientes y por la vida y las condiciones de toda la gente de Nuevo México",
    ),
    (
        "diversity",
        "DIVERSIDAD",
        "que valora las características únicas de todas las personas y que se busca activamente en todos los niveles de nuestra comunidad académica",
    ),
    (
        "integrity",
        "INTEGRIDAD, PROFESIONALISMO Y CONDUCTA ÉTICA",
        "que encarna los principios de altruismo, beneficencia y justicia; promueve la atención a pacientes, el aprendizaje, la investigación y la productividad mediante relaciones basadas en la cortesía, el civismo y la comunicación respetuosa; y es digna de la confianza y el respeto que se nos otorgan como docentes, académicos y sanadores",
    ),
    (
        "social-responsibility",
        "RESPONSABILIDAD SOCIAL",
        "demostrada al investigar y enseñar los contextos sociales, económicos y culturales de la salud de los pueblos de Nuevo México; con el compromiso con la promoción de la salud y la prevención de enfermedades; y con la autoevaluación del acceso a nuestros profesionales y servicios de salud, y de su calidad y distribución",
    ),
    (
        "creativity-innovation",
        "CREATIVIDAD E INNOVACIÓN",
        "que convierte la investigación biomédica en beneficios para la salud de las personas y las comunidades, y la educación médica en conocimientos de salud para la población; que acelera la difusión de la tecnología de salud a todos los rincones del estado; y que transforma la ciencia de la atención clínica en un arte de sanar, y la integración del conocimiento académico y local en una mejor calidad de vida para toda la gente de Nuevo México",
    ),
];

/// Fills `translations["es"]` of `session`'s framework with the statement's Spanish.
pub fn with_spanish(session: &mut Session) {
    let framework = &mut session.framework;
    framework.translations.insert(
        "es".into(),
        FrameworkText {
            title: "Misión, visión y valores".into(),
        },
    );
    let intros = [
        "Promovemos la salud de todos los nuevomexicanos al:",
        "Nuestra visión es ser una comunidad transformadora donde",
        "Nos comprometemos con estos valores fundamentales en nuestra toma de decisiones, en la priorización de recursos y en el cumplimiento de nuestra misión:",
    ];
    for (section, intro) in [
        &mut framework.mission,
        &mut framework.vision,
        &mut framework.values,
    ]
    .into_iter()
    .zip(intros)
    {
        section.translations.insert(
            "es".into(),
            SectionText {
                label: None,
                intro: intro.into(),
            },
        );
        for item in &mut section.items {
            if let Some((_, heading, text)) = ITEMS.iter().find(|(id, ..)| *id == item.id) {
                item.translations.insert(
                    "es".into(),
                    Translation {
                        heading: (*heading).into(),
                        text: (*text).into(),
                    },
                );
            }
        }
    }
}
