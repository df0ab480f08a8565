//! Each locale's messages as written, and every way each one can render: one text for
//! each combination of the values its selectors choose between.

use std::collections::{BTreeMap, BTreeSet};

use familytime_core::l10n::{self, Arg, Words};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};

/// One message as written in one locale.
#[derive(Default)]
pub struct Message {
    /// Every variable it references, in any branch.
    pub variables: BTreeSet<String>,
    /// Its text outside placeables, all branches run together.
    pub text: String,
    /// The values each selector (other than `$band`) chooses between.
    pub choices: BTreeMap<String, Choices>,
}

/// What a selector chooses on: a number (plural categories or exact numbers) or a word.
#[derive(Default)]
pub struct Choices {
    pub numbers: BTreeSet<i64>,
    pub words: BTreeSet<String>,
}

/// Numbers that reach every plural category in English and Welsh: zero, one, two, few,
/// many and other.
const PLURAL_SAMPLES: [i64; 6] = [0, 1, 2, 3, 6, 7];
const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Each locale's messages by id.
pub fn messages(locale: &str) -> BTreeMap<String, Message> {
    let mut out = BTreeMap::new();
    for (_, file, text) in l10n::files().iter().filter(|(l, ..)| *l == locale) {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, e)| panic!("{locale}/{file}: {e:?}"));
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let mut found = Message::default();
                    if let Some(pattern) = &message.value {
                        found.walk_pattern(pattern);
                    }
                    out.insert(message.id.name.to_owned(), found);
                }
                Entry::Junk { content } => panic!("{locale}/{file} has a broken entry: {content}"),
                _ => {}
            }
        }
    }
    out
}

impl Message {
    fn walk_pattern(&mut self, pattern: &Pattern<&str>) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => self.text.push_str(value),
                PatternElement::Placeable { expression } => self.walk_expression(expression),
            }
        }
    }

    fn walk_expression(&mut self, expression: &Expression<&str>) {
        match expression {
            Expression::Select { selector, variants } => {
                self.walk_inline(selector);
                if let Some(variable) = selected_variable(selector).filter(|v| *v != "band") {
                    let choices = self.choices.entry(variable.to_owned()).or_default();
                    for variant in variants {
                        match &variant.key {
                            VariantKey::NumberLiteral { value } => {
                                choices.numbers.insert(value.parse().expect("a whole number key"));
                            }
                            VariantKey::Identifier { name } if PLURAL_CATEGORIES.contains(name) => {
                                choices.numbers.extend(PLURAL_SAMPLES);
                            }
                            VariantKey::Identifier { name } => {
                                choices.words.insert((*name).to_owned());
                            }
                        }
                    }
                }
                for variant in variants {
                    self.walk_pattern(&variant.value);
                }
            }
            Expression::Inline(inline) => self.walk_inline(inline),
        }
    }

    fn walk_inline(&mut self, inline: &InlineExpression<&str>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                    self.walk_inline(argument);
                }
            }
            InlineExpression::Placeable { expression } => self.walk_expression(expression),
            _ => {}
        }
    }

    /// Every way the message renders in `words`' locale and band: (the branch, the text),
    /// one for each combination of its selectors' values, other variables given plain
    /// sample values. The branch reads like "$days=1, $has-until=yes".
    pub fn branches(&self, words: &Words, id: &str) -> Vec<(String, String)> {
        let mut combinations: Vec<Vec<(&str, Arg<'static>, String)>> = vec![Vec::new()];
        for (variable, choices) in &self.choices {
            let values: Vec<(Arg<'static>, String)> = choices
                .numbers
                .iter()
                .map(|n| (Arg::from(*n), n.to_string()))
                .chain(choices.words.iter().map(|w| (Arg::from(w.clone()), w.clone())))
                .collect();
            combinations = combinations
                .into_iter()
                .flat_map(|combination| {
                    values.iter().map(move |(value, shown)| {
                        let mut next: Vec<_> = combination.iter().map(|(v, a, s)| (*v, copy(a), s.clone())).collect();
                        next.push((variable.as_str(), copy(value), shown.clone()));
                        next
                    })
                })
                .collect();
        }
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for combination in combinations {
            let branch = combination.iter().map(|(v, _, s)| format!("${v}={s}")).collect::<Vec<_>>().join(", ");
            let mut args: Vec<(&str, Arg<'static>)> = combination.into_iter().map(|(v, a, _)| (v, a)).collect();
            args.extend(
                self.variables
                    .iter()
                    .filter(|v| !self.choices.contains_key(*v) && *v != "band" && *v != "ftword")
                    .map(|v| (v.as_str(), sample(v))),
            );
            let text = words.fragment(id, &args);
            if seen.insert(text.clone()) {
                out.push((if branch.is_empty() { "(one text)".to_owned() } else { branch }, text));
            }
        }
        out
    }
}

fn copy(arg: &Arg<'static>) -> Arg<'static> {
    match arg {
        Arg::Text(text) => Arg::Text(text.clone()),
        Arg::Number(number) => Arg::Number(*number),
    }
}

/// The variable a selector reads: `$x` or `NUMBER($x, ...)`.
fn selected_variable<'a>(selector: &InlineExpression<&'a str>) -> Option<&'a str> {
    match selector {
        InlineExpression::VariableReference { id } => Some(id.name),
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().find_map(selected_variable)
        }
        _ => None,
    }
}

/// A plain sample value for a variable, by name, as the code passes it, so the score
/// is the message's, not the sample's.
fn sample(variable: &str) -> Arg<'static> {
    match variable {
        "days" | "times" | "count" | "cancelled" => 3.into(),
        "day" => 28.into(),
        "year" => 2026.into(),
        "hour24" => 14.into(),
        "hour12" => 2.into(),
        "minute" | "every" => 1.into(),
        "mm" => "00".into(),
        "part" => "afternoon".into(),
        "unit" => "week".into(),
        "reason" => "Sam is ill.".into(),
        "date" | "until" => "Monday 3 May".into(),
        "time" | "from" | "to" => "2pm".into(),
        "when" | "next" => "in 3 days".into(),
        "what" => "Dad's birthday".into(),
        "status" => "Moved.".into(),
        "relationship" => "your brother".into(),
        "before" => "3 times a week".into(),
        "after" => "once a week".into(),
        "form" => "Visit".into(),
        "month" => "May".into(),
        "weekday" => "Monday".into(),
        "list" => "Mum, Nan".into(),
        _ => "Sam".into(),
    }
}
