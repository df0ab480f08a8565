//! Reading a plan file's bytes into its types, refusing in the format's own words.
//!
//! serde's messages quote what they refuse (an unknown field's name, a wrong value), and a
//! refused plan may hold an address. So a refusal here is built only from what the format
//! knows (its field names and kinds of value) and where the fault is: never from the
//! file's text, not even in the JSON Pointer.

use serde_json::error::Category;
use serde_path_to_error::Segment;

use crate::plan::Plan;
use crate::problem::{PlanRejected, Problem};

/// Plans are a few kilobytes; anything near this is not a plan.
pub const MAX_PLAN_BYTES: usize = 1024 * 1024;

/// Reads the plan's structure; a file that does not parse stops at its first problem.
/// Nothing may follow the document: bytes after it are refused, never ignored.
pub fn parse(bytes: &[u8]) -> Result<Plan, PlanRejected> {
    if bytes.len() > MAX_PLAN_BYTES {
        return Err(refuse(Problem::new("", "file-too-large").with("bytes", bytes.len()).with("max", MAX_PLAN_BYTES)));
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let plan = structure(&mut de).map_err(|e| {
        let at: Vec<Segment> = e.path().iter().cloned().collect();
        refusal(bytes, &at, &e.into_inner())
    })?;
    de.end().map_err(|e| syntax(&e))?;
    let tree: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| syntax(&e))?;
    objects_are_objects(&tree, &PLAN, "")?;
    Ok(plan)
}

/// A plan's structure, or a part of it, noting where reading stopped. The store reads
/// plans it checked before with this too, rather than with serde_json alone: each way of
/// reading is its own copy of the code in the phone's library (docs/decisions.md, 97).
pub(crate) fn structure<T: serde::de::DeserializeOwned>(
    de: &mut serde_json::Deserializer<serde_json::de::SliceRead<'_>>,
) -> Result<T, serde_path_to_error::Error<serde_json::Error>> {
    serde_path_to_error::deserialize(de)
}

/// serde also reads an object written as the list of its values (`"picture": []`); the
/// format has objects only, so a list where an object goes is refused.
fn objects_are_objects(value: &serde_json::Value, object: &Object, at: &str) -> Result<(), PlanRejected> {
    let Some(fields) = value.as_object() else { return Ok(()) };
    for field in object.fields {
        let (Some(inner), Some(value)) = (object_in(field), fields.get(*field)) else { continue };
        let at = format!("{at}/{field}");
        let items: Vec<(String, &serde_json::Value)> = match value.as_array() {
            Some(items) if LISTS.contains(field) => {
                items.iter().enumerate().map(|(i, item)| (format!("{at}/{i}"), item)).collect()
            }
            _ => vec![(at, value)],
        };
        for (at, item) in items {
            if item.is_array() {
                return Err(refuse(OBJECT.at(at)));
            }
            objects_are_objects(item, inner, &at)?;
        }
    }
    Ok(())
}

/// The fields that hold lists of objects.
const LISTS: [&str; 6] = ["people", "helpers", "arrangements", "session_changes", "remembering", "changes"];

fn refuse(problem: Problem) -> PlanRejected {
    PlanRejected { problems: vec![problem] }
}

fn refusal(bytes: &[u8], at: &[Segment], error: &serde_json::Error) -> PlanRejected {
    // serde_json calls a number where a choice goes "expected value", a syntax error; the
    // file is then valid JSON with a value of the wrong kind.
    let valid_json = || serde_json::from_slice::<serde::de::IgnoredAny>(bytes).is_ok();
    if matches!(error.classify(), Category::Syntax | Category::Eof | Category::Io) && !valid_json() {
        return syntax(error);
    }
    let place = Place::of(at);
    let said = error.to_string();
    let unknown = place.unknown_field || said.starts_with("unknown field");
    let object = if place.unknown_field { place.object } else { place.holder() };
    // serde names the field itself for these two; it is one of the format's own names
    // only if the object has it, and is used only then.
    let named = |prefix: &str| {
        said.strip_prefix(prefix)
            .and_then(|rest| rest.split('`').nth(1))
            .and_then(|name| object.fields.iter().copied().find(|field| *field == name))
    };
    let problem = if unknown {
        Problem::new(place.pointer, "field-unknown").with("fields", object.fields.join(", "))
    } else if let Some(field) = named("missing field") {
        Problem::new(place.pointer, "field-missing").with("field", field)
    } else if let Some(field) = named("duplicate field") {
        Problem::new(place.pointer, "field-twice").with("field", field)
    } else {
        place.kind().at(place.pointer)
    };
    refuse(problem)
}

fn syntax(error: &serde_json::Error) -> PlanRejected {
    // serde_json's own phrases are English; only where the fault is and what kind it is
    // are kept.
    let trailing = error.to_string().starts_with("trailing characters");
    let problem = match error.classify() {
        Category::Eof => Problem::new("", "json-ends-early"),
        _ if trailing => Problem::new("", "json-trailing"),
        _ => Problem::new("", "json-invalid"),
    };
    refuse(problem.with("line", error.line()).with("column", error.column()))
}

/// An object of the format: its name in docs/plan-format.md, and its fields.
struct Object {
    name: &'static str,
    fields: &'static [&'static str],
}

const PLAN: Object = Object {
    name: "plan",
    fields: &[
        "format",
        "format_version",
        "plan_id",
        "version",
        "council",
        "issued",
        "child",
        "people",
        "helpers",
        "arrangements",
        "session_changes",
    ],
};
const CHILD: Object = Object { name: "child", fields: &["first_name", "age_band", "family_time_word", "language"] };
const PERSON: Object = Object {
    name: "person",
    fields: &["id", "name", "relationship", "picture", "status", "status_reason", "remembering"],
};
const PICTURE: Object = Object { name: "picture", fields: &["emoji", "colour"] };
const REMEMBERING: Object = Object { name: "remembering", fields: &["date", "what"] };
const HELPER: Object =
    Object { name: "helper", fields: &["id", "role", "name", "working_hours", "reads_within_days", "device"] };
const WORKING_HOURS: Object = Object { name: "working_hours", fields: &["days", "from", "to"] };
const ARRANGEMENT: Object = Object {
    name: "arrangement",
    fields: &[
        "id",
        "with",
        "form",
        "support",
        "venue",
        "who_takes_me",
        "activities",
        "purpose",
        "review_date",
        "schedule",
        "changes",
    ],
};
const VENUE: Object = Object { name: "venue", fields: &["kind", "description"] };
const SCHEDULE: Object = Object { name: "schedule", fields: &["start", "duration_minutes", "repeat"] };
const CHANGE: Object =
    Object { name: "change", fields: &["kind", "effective", "until", "reason", "decided_by", "before"] };
const SESSION_CHANGE: Object = Object {
    name: "session_change",
    fields: &["arrangement", "planned", "kind", "moved_to", "who", "reason", "decided_by"],
};

/// The object a field (or a list's items) holds, for the fields that hold objects.
fn object_in(field: &str) -> Option<&'static Object> {
    Some(match field {
        "child" => &CHILD,
        "people" => &PERSON,
        "picture" => &PICTURE,
        "remembering" => &REMEMBERING,
        "helpers" => &HELPER,
        "working_hours" => &WORKING_HOURS,
        "arrangements" => &ARRANGEMENT,
        "venue" => &VENUE,
        "schedule" | "before" => &SCHEDULE,
        "changes" => &CHANGE,
        "session_changes" => &SESSION_CHANGE,
        _ => return None,
    })
}

/// Where in the plan a refusal is, built from known field names and list positions only.
struct Place {
    pointer: String,
    /// The innermost object reached.
    object: &'static Object,
    /// The field at the fault, if the fault is in one of the object's fields.
    field: Option<&'static str>,
    /// Whether the fault is at an item of a list (the field is the list).
    in_list: bool,
    /// The fault is a field the object does not have; it is left out of the pointer.
    unknown_field: bool,
}

impl Place {
    fn of(at: &[Segment]) -> Place {
        let mut place =
            Place { pointer: String::new(), object: &PLAN, field: None, in_list: false, unknown_field: false };
        for segment in at {
            match segment {
                Segment::Map { key } => {
                    // Entering the field's object, if the last step left us on one.
                    if let Some(object) = place.field.and_then(object_in) {
                        place.object = object;
                    }
                    let Some(field) = place.object.fields.iter().copied().find(|f| f == key) else {
                        place.unknown_field = true;
                        break;
                    };
                    place.pointer.push('/');
                    place.pointer.push_str(field);
                    place.field = Some(field);
                    place.in_list = false;
                }
                Segment::Seq { index } => {
                    place.pointer.push('/');
                    place.pointer.push_str(&index.to_string());
                    place.in_list = true;
                }
                Segment::Enum { .. } | Segment::Unknown => break,
            }
        }
        place
    }

    /// The object the fault is in: the one the field holds (or its list's items), else the
    /// one the field is in.
    fn holder(&self) -> &'static Object {
        self.field.and_then(object_in).unwrap_or(self.object)
    }

    /// The kind of value the format wants here.
    fn kind(&self) -> Kind {
        let Some(field) = self.field else { return OBJECT };
        match (self.object.name, field) {
            _ if self.in_list => match field {
                "days" => WEEKDAY,
                "with" => TEXT,
                _ => OBJECT,
            },
            (_, field) if LISTS.contains(&field) => LIST,
            (_, "with" | "days") => LIST,
            (_, "child" | "picture" | "working_hours" | "venue" | "schedule" | "before") => OBJECT,
            (_, "format_version" | "version" | "duration_minutes" | "reads_within_days") => WHOLE_NUMBER,
            (_, "issued" | "review_date" | "effective" | "until") => DATE,
            (_, "start" | "planned" | "moved_to") => LOCAL_TIME,
            (_, "from" | "to") => TIME_OF_DAY,
            (_, "date") => MONTH_DAY,
            (_, "age_band") => Kind::choice("not-age-band", "4-7, 8-10, 11-18"),
            (_, "relationship") => Kind::choice(
                "not-relationship",
                "mum, dad, brother, sister, half_brother, half_sister, step_brother, step_sister, grandmother, \
                 grandfather, aunt, uncle, cousin, former_foster_carer, foster_sibling, friend, pet, \
                 independent_visitor, other",
            ),
            (_, "status") => {
                Kind::choice("not-status", "can_see, cant_see_right_now, choose_not_to, died, trying_to_find")
            }
            (_, "role") => Kind::choice(
                "not-role",
                "social_worker, advocate, independent_reviewing_officer, foster_carer, key_worker, \
                 independent_visitor, personal_adviser",
            ),
            (_, "form") => {
                Kind::choice("not-form", "visit, overnight, video_call, phone_call, letters_and_photos, gifts")
            }
            (_, "support") => Kind::choice("not-support", "unsupported, facilitated, supported, supervised"),
            (_, "decided_by") => {
                Kind::choice("not-decided-by", "social_worker, court, review_meeting, child, family, carer")
            }
            ("venue", "kind") => Kind::choice(
                "not-venue-kind",
                "family_centre, family_home, foster_home, community, prison, hospital, online, other",
            ),
            ("change", "kind") => Kind::choice(
                "not-change-kind",
                "started, increased, reduced, suspended, resumed, ended, new_time, new_place, person_added",
            ),
            (_, "kind") => Kind::choice("not-session-change-kind", "cancelled, moved, did_not_happen"),
            _ => TEXT,
        }
    }
}

/// What a value should be: the problem that says so, and for a choice, the choices.
#[derive(Clone, Copy)]
struct Kind {
    id: &'static str,
    choices: Option<&'static str>,
}

impl Kind {
    const fn plain(id: &'static str) -> Kind {
        Kind { id, choices: None }
    }

    const fn choice(id: &'static str, choices: &'static str) -> Kind {
        Kind { id, choices: Some(choices) }
    }

    /// The problem of a value of the wrong kind at `path`.
    fn at(self, path: String) -> Problem {
        let problem = Problem::new(path, self.id);
        match self.choices {
            Some(choices) => problem.with("choices", choices),
            None => problem,
        }
    }
}

const OBJECT: Kind = Kind::plain("not-object");
const LIST: Kind = Kind::plain("not-list");
const TEXT: Kind = Kind::plain("not-text");
const WHOLE_NUMBER: Kind = Kind::plain("not-whole-number");
const DATE: Kind = Kind::plain("not-date");
const LOCAL_TIME: Kind = Kind::plain("not-local-time");
const TIME_OF_DAY: Kind = Kind::plain("not-time-of-day");
const MONTH_DAY: Kind = Kind::plain("not-month-day");
const WEEKDAY: Kind = Kind::plain("not-weekday");
