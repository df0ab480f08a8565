//! A plan file shown part by part, each problem right after the part it is in: the
//! problems name JSON pointers (`/arrangements/0`), and so does every line here.

use familytime_core::l10n::problems::Explained;
use serde_json::Value;

/// One line of the pretty-printed plan, with the problems found in it.
pub(crate) struct Line {
    pub depth: usize,
    pub text: String,
    pub problems: Vec<Numbered>,
}

/// A problem and its place in the error summary, which links to it.
pub(crate) struct Numbered {
    pub number: usize,
    pub problem: Explained,
}

/// The lines of `plan`, with each problem after the deepest line its pointer reaches.
/// Problems about the whole file (an empty pointer, or a file that is not JSON) go
/// to the first line.
pub(crate) fn lines(plan: &Value, problems: &[Explained]) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut pointers = Vec::new();
    walk(plan, None, String::new(), 0, &mut lines, &mut pointers);
    for (number, problem) in problems.iter().enumerate() {
        let at = best_line(&pointers, &problem.path);
        lines[at].problems.push(Numbered { number: number + 1, problem: problem.clone() });
    }
    lines
}

/// The line of `path`, or of its nearest part that exists.
fn best_line(pointers: &[String], path: &str) -> usize {
    let mut path = path;
    loop {
        if let Some(at) = pointers.iter().position(|p| p == path) {
            return at;
        }
        match path.rfind('/') {
            Some(cut) => path = &path[..cut],
            None => return 0,
        }
    }
}

fn walk(
    value: &Value,
    key: Option<String>,
    pointer: String,
    depth: usize,
    lines: &mut Vec<Line>,
    pointers: &mut Vec<String>,
) {
    let label = key.map(|k| format!("{k}: ")).unwrap_or_default();
    let mut push = |text: String, pointer: String| {
        lines.push(Line { depth, text, problems: Vec::new() });
        pointers.push(pointer);
    };
    match value {
        Value::Object(fields) if !fields.is_empty() => {
            push(format!("{label}{{"), pointer.clone());
            for (name, field) in fields {
                let child = format!("{pointer}/{}", name.replace('~', "~0").replace('/', "~1"));
                walk(field, Some(serde_json::to_string(name).unwrap_or_default()), child, depth + 1, lines, pointers);
            }
            lines.push(Line { depth, text: "}".into(), problems: Vec::new() });
            pointers.push(format!("{pointer} end"));
        }
        Value::Array(items) if !items.is_empty() => {
            push(format!("{label}["), pointer.clone());
            for (index, item) in items.iter().enumerate() {
                walk(item, None, format!("{pointer}/{index}"), depth + 1, lines, pointers);
            }
            lines.push(Line { depth, text: "]".into(), problems: Vec::new() });
            pointers.push(format!("{pointer} end"));
        }
        scalar => push(format!("{label}{scalar}"), pointer),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(path: &str) -> Explained {
        Explained {
            path: path.into(),
            id: "id-unusable".into(),
            args: Default::default(),
            message: "m".into(),
            fix: "f".into(),
        }
    }

    #[test]
    fn a_problem_sits_after_its_field_or_the_nearest_part_that_exists() {
        let plan = serde_json::json!({ "arrangements": [{ "id": "a" }, { "id": "b" }], "version": 2 });
        let lines = lines(&plan, &[problem("/arrangements/1"), problem("/arrangements/1/reason"), problem("")]);
        let with: Vec<(&str, Vec<usize>)> = lines
            .iter()
            .filter(|l| !l.problems.is_empty())
            .map(|l| (l.text.as_str(), l.problems.iter().map(|p| p.number).collect()))
            .collect();
        assert_eq!(with, [("{", vec![3]), ("{", vec![1, 2])]);
        let second = lines.iter().position(|l| l.problems.len() == 2).unwrap();
        assert_eq!(lines[second + 1].text, "\"id\": \"b\"");
    }
}
