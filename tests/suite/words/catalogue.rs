//! The English and Spanish catalogues hold the same messages with the same values, and every
//! message is one the program asks for.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use plaza::words::PARTS;

/// Each message of one catalogue file and the values (`$name`) it takes.
fn messages(part: &str, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{part}: the catalogue does not parse: {errors:?}"),
    };
    let mut found = BTreeMap::new();
    for entry in resource.body {
        let (id, pattern, attributes) = match entry {
            ast::Entry::Message(message) => (
                message.id.name.to_owned(),
                message.value,
                message.attributes,
            ),
            ast::Entry::Term(term) => (
                format!("-{}", term.id.name),
                Some(term.value),
                term.attributes,
            ),
            _ => continue,
        };
        let mut values = BTreeSet::new();
        if let Some(pattern) = &pattern {
            pattern_values(pattern, &mut values);
        }
        for attribute in &attributes {
            pattern_values(&attribute.value, &mut values);
        }
        assert!(
            found.insert(id.clone(), values).is_none(),
            "{part}: \"{id}\" is written twice"
        );
    }
    found
}

fn pattern_values(pattern: &ast::Pattern<&str>, values: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_values(expression, values);
        }
    }
}

fn expression_values(expression: &ast::Expression<&str>, values: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_values(selector, values);
            for variant in variants {
                pattern_values(&variant.value, values);
            }
        }
        ast::Expression::Inline(inline) => inline_values(inline, values),
    }
}

fn inline_values(inline: &ast::InlineExpression<&str>, values: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            values.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_values(argument, values);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_values(expression, values),
        _ => {}
    }
}

fn all_messages(
    pick: impl Fn(&(&'static str, &'static str, &'static str)) -> &'static str,
) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut all = BTreeMap::new();
    for part in PARTS {
        for (id, values) in messages(part.0, pick(part)) {
            if let Some((other, _)) = all.insert(id.clone(), (part.0.to_owned(), values)) {
                panic!("\"{id}\" is in both {other}.ftl and {}.ftl", part.0);
            }
        }
    }
    all
}

#[test]
fn english_and_spanish_have_the_same_messages_with_the_same_values() {
    let english = all_messages(|part| part.1);
    let spanish = all_messages(|part| part.2);
    let mut wrong = Vec::new();
    for (id, (part, values)) in &english {
        match spanish.get(id) {
            None => wrong.push(format!("{part}: \"{id}\" has no Spanish")),
            Some((other, _)) if other != part => {
                wrong.push(format!("\"{id}\" is in en/{part}.ftl but es/{other}.ftl"))
            }
            Some((_, spanish_values)) if spanish_values != values => wrong.push(format!(
                "{part}: \"{id}\" takes {values:?} in English but {spanish_values:?} in Spanish"
            )),
            Some(_) => {}
        }
    }
    for (id, (part, _)) in &spanish {
        if !english.contains_key(id) {
            wrong.push(format!("{part}: \"{id}\" has no English"));
        }
    }
    assert!(
        wrong.is_empty(),
        "the catalogues disagree:\n{}",
        wrong.join("\n")
    );
}

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            sources(&path, found);
        } else if path
            .extension()
            .is_some_and(|ext| ext == "rs" || ext == "html")
        {
            found.push(path);
        }
    }
}

/// The text of every file that may ask for a message: the program and its web page.
fn program_text() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    sources(&root.join("assets"), &mut files);
    // Comments may name a message without asking for it.
    files
        .iter()
        .map(|file| std::fs::read_to_string(file).expect("a source file"))
        .flat_map(|text| {
            text.lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_message_is_asked_for_by_name_and_every_name_asked_for_is_a_message() {
    let english = all_messages(|part| part.1);
    let text = program_text();
    let unused: Vec<String> = english
        .iter()
        .filter(|(id, _)| !id.starts_with('-') && !text.contains(&format!("\"{id}\"")))
        .map(|(id, (part, _))| format!("{part}: {id}"))
        .collect();
    assert!(
        unused.is_empty(),
        "messages nothing asks for by name (a key is written whole, in quotes, where it is used):\n{}",
        unused.join("\n")
    );

    let mut unknown = Vec::new();
    for (at, _) in text.match_indices("tr!(") {
        if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let call = &text[at..];
        let Some(open) = call.find('"') else { continue };
        let key: String = call[open + 1..].chars().take_while(|c| *c != '"').collect();
        if !english.contains_key(&key) {
            unknown.push(key);
        }
    }
    assert!(
        unknown.is_empty(),
        "tr! asks for messages no catalogue has: {unknown:?}"
    );
}
