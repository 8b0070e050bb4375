//! A phone's marks, in the file's own shapes: `{"dots": {"id": n}}`, `{"ratings": {"id": n}}`
//! or `{"ranking": ["id", …]}`. Whether they keep the poll's rules is the model's to say.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::model::Marks;

/// The marks `value` holds, or why they are not marks at all.
pub fn marks_of(value: &Value) -> Result<Marks, String> {
    let shape = || "The vote must be dots, ratings or a ranking of the poll's choices.".to_owned();
    let Value::Object(object) = value else {
        return Err(shape());
    };
    let mut entries = object.iter();
    let (Some((kind, inner)), None) = (entries.next(), entries.next()) else {
        return Err(shape());
    };
    match (kind.as_str(), inner) {
        ("dots", Value::Object(dots)) => {
            let counts = dots
                .iter()
                .map(|(id, n)| {
                    let n = n.as_u64().and_then(|n| u32::try_from(n).ok());
                    n.map(|n| (id.clone(), n))
                        .ok_or_else(|| "Dots are whole numbers, 0 or more.".to_owned())
                })
                .collect::<Result<BTreeMap<String, u32>, String>>()?;
            Ok(Marks::Dots(counts))
        }
        ("ratings", Value::Object(ratings)) => {
            let scores = ratings
                .iter()
                .map(|(id, n)| {
                    let n = n.as_i64().and_then(|n| i32::try_from(n).ok());
                    n.map(|n| (id.clone(), n))
                        .ok_or_else(|| "Ratings are whole numbers on the poll's scale.".to_owned())
                })
                .collect::<Result<BTreeMap<String, i32>, String>>()?;
            Ok(Marks::Ratings(scores))
        }
        ("ranking", Value::Array(order)) => {
            let ids = order
                .iter()
                .map(|id| {
                    id.as_str()
                        .map(str::to_owned)
                        .ok_or_else(|| "A ranking lists the choices' ids.".to_owned())
                })
                .collect::<Result<Vec<String>, String>>()?;
            Ok(Marks::Ranking(ids))
        }
        _ => Err(shape()),
    }
}
