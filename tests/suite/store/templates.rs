//! Framework templates: saved under the framework's title, never over another file, read back
//! exactly; a file that is not a framework is listed with why, not taken.

use plaza::store::{default_framework, list_templates, read_template, save_template};

use crate::support::{example_path, temp_dir};

#[test]
fn a_template_is_saved_under_its_title_and_read_back_exactly() {
    let dir = temp_dir();
    let folder = dir.path().join("frameworks");
    let mut framework = default_framework();
    framework.values.label = Some("Guiding principles".into());
    let first = save_template(&folder, &framework).expect("saved");
    assert_eq!(
        first.file_name().and_then(|n| n.to_str()),
        Some("mission-vision-values.ron")
    );
    let second = save_template(&folder, &framework).expect("saved again");
    assert_eq!(
        second.file_name().and_then(|n| n.to_str()),
        Some("mission-vision-values-2.ron"),
        "never over the first"
    );
    assert_eq!(read_template(&first).expect("reads"), framework);
    let text = std::fs::read_to_string(&first).expect("text");
    assert!(text.starts_with("Framework("), "{text}");

    let listed = list_templates(&folder);
    assert_eq!(listed.len(), 2);
    assert!(listed.iter().all(Result::is_ok));
}

#[test]
fn a_file_that_is_not_a_framework_is_listed_with_why() {
    let dir = temp_dir();
    save_template(dir.path(), &default_framework()).expect("saved");
    std::fs::copy(example_path(), dir.path().join("a-session.ron")).expect("copy");
    std::fs::write(dir.path().join("cut.ron"), "Framework(title: \"Half").expect("write");

    let listed = list_templates(dir.path());
    assert_eq!(listed.len(), 3);
    let errors: Vec<String> = listed
        .iter()
        .filter_map(|entry| entry.as_ref().err().map(ToString::to_string))
        .collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("a-session.ron") && e.contains("does not start with Framework")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("cut.ron") && e.contains("line 1")),
        "{errors:?}"
    );
    assert!(list_templates(&dir.path().join("none")).is_empty());
}
