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
        return Err(refuse(
            String::new(),
            format!("the file is {} bytes; a plan is at most {MAX_PLAN_BYTES} bytes", bytes.len()),
            "check that this is a family-time plan file".into(),
        ));
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let plan = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let at: Vec<Segment> = e.path().iter().cloned().collect();
        refusal(bytes, &at, &e.into_inner())
    })?;
    de.end().map_err(|e| syntax(&e))?;
    let tree: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| syntax(&e))?;
    objects_are_objects(&tree, &PLAN, "")?;
    Ok(plan)
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
                return Err(refuse(at, format!("this is not {}", OBJECT.what), OBJECT.fix.into()));
            }
            objects_are_objects(item, inner, &at)?;
        }
    }
    Ok(())
}

/// The fields that hold lists of objects.
const LISTS: [&str; 6] = ["people", "helpers", "arrangements", "session_changes", "remembering", "changes"];

fn refuse(path: String, message: String, fix: String) -> PlanRejected {
    PlanRejected { problems: vec![Problem { path, message, fix }] }
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
    let (message, fix) = if unknown {
        (
            format!("{} has a field the plan format does not have", object.name),
            format!(
                "remove it or correct its spelling; the fields of {} are: {}",
                object.name,
                object.fields.join(", ")
            ),
        )
    } else if let Some(field) = named("missing field") {
        (format!("{} has no \"{field}\"", object.name), format!("add \"{field}\" (docs/plan-format.md)"))
    } else if let Some(field) = named("duplicate field") {
        (format!("\"{field}\" is written twice here"), format!("keep one \"{field}\" in {}", object.name))
    } else {
        let kind = place.kind();
        (format!("this is not {}", kind.what), kind.fix.into())
    };
    refuse(place.pointer, message, fix)
}

fn syntax(error: &serde_json::Error) -> PlanRejected {
    // serde_json's syntax messages are fixed phrases ("trailing characters", "expected `,`
    // or `}`"), never the file's text; the location is said separately.
    let said = error.to_string();
    let what = said.split(" at line ").next().unwrap_or_default();
    let fix = if what == "trailing characters" {
        "remove everything after the plan's closing }: a file holds one plan and nothing else"
    } else {
        "correct the JSON at that line and column (a missing comma, quote or bracket)"
    };
    refuse(
        String::new(),
        format!("the file is not valid JSON at line {}, column {}: {what}", error.line(), error.column()),
        fix.into(),
    )
}

/// An object of the format: what docs/plan-format.md calls it, and its fields.
struct Object {
    name: &'static str,
    fields: &'static [&'static str],
}

const PLAN: Object = Object {
    name: "the plan",
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
const CHILD: Object = Object { name: "the child", fields: &["first_name", "age_band", "family_time_word", "language"] };
const PERSON: Object = Object {
    name: "a person",
    fields: &["id", "name", "relationship", "picture", "status", "status_reason", "remembering"],
};
const PICTURE: Object = Object { name: "a picture", fields: &["emoji", "colour"] };
const REMEMBERING: Object = Object { name: "a day to remember", fields: &["date", "what"] };
const HELPER: Object =
    Object { name: "a helper", fields: &["id", "role", "name", "working_hours", "reads_within_days", "device"] };
const WORKING_HOURS: Object = Object { name: "a helper's working hours", fields: &["days", "from", "to"] };
const ARRANGEMENT: Object = Object {
    name: "an arrangement",
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
const VENUE: Object = Object { name: "a venue", fields: &["kind", "description"] };
const SCHEDULE: Object = Object { name: "a schedule", fields: &["start", "duration_minutes", "repeat"] };
const CHANGE: Object =
    Object { name: "a change", fields: &["kind", "effective", "until", "reason", "decided_by", "before"] };
const SESSION_CHANGE: Object = Object {
    name: "a session change",
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
            (_, "age_band") => Kind { what: "an age band", fix: "write \"4-7\", \"8-10\" or \"11-18\"" },
            (_, "relationship") => Kind {
                what: "a relationship the format knows",
                fix: "write one of: mum, dad, brother, sister, half_brother, half_sister, step_brother, \
                      step_sister, grandmother, grandfather, aunt, uncle, cousin, former_foster_carer, \
                      foster_sibling, friend, pet, independent_visitor, other",
            },
            (_, "status") => Kind {
                what: "a status the format knows",
                fix: "write one of: can_see, cant_see_right_now, choose_not_to, died, trying_to_find",
            },
            (_, "role") => Kind {
                what: "a helper's role the format knows",
                fix: "write one of: social_worker, advocate, independent_reviewing_officer, foster_carer, \
                      key_worker, independent_visitor, personal_adviser",
            },
            (_, "form") => Kind {
                what: "a form of family time the format knows",
                fix: "write one of: visit, overnight, video_call, phone_call, letters_and_photos, gifts",
            },
            (_, "support") => Kind {
                what: "a kind of support the format knows",
                fix: "write one of: unsupported, facilitated, supported, supervised",
            },
            (_, "decided_by") => Kind {
                what: "someone who decides, as the format names them",
                fix: "write one of: social_worker, court, review_meeting, child, family, carer",
            },
            ("a venue", "kind") => Kind {
                what: "a kind of place the format knows",
                fix: "write one of: family_centre, family_home, foster_home, community, prison, hospital, \
                      online, other",
            },
            ("a change", "kind") => Kind {
                what: "a kind of change the format knows",
                fix: "write one of: started, increased, reduced, suspended, resumed, ended, new_time, \
                      new_place, person_added",
            },
            (_, "kind") => {
                Kind { what: "a kind of session change", fix: "write one of: cancelled, moved, did_not_happen" }
            }
            _ => TEXT,
        }
    }
}

/// What a value should be, and how to write it.
#[derive(Clone, Copy)]
struct Kind {
    what: &'static str,
    fix: &'static str,
}

const OBJECT: Kind =
    Kind { what: "an object in { }", fix: "write the fields docs/plan-format.md lists for it between { and }" };
const LIST: Kind = Kind {
    what: "a list in [ ]",
    fix: "write a list between [ and ], or leave the field out for none (a list cannot be null)",
};
const TEXT: Kind = Kind { what: "text", fix: "write it as text between double quotes" };
const WHOLE_NUMBER: Kind =
    Kind { what: "a whole number", fix: "write a whole number of 0 or more without quotes, e.g. 7" };
const DATE: Kind = Kind {
    what: "a date written YYYY-MM-DD",
    fix: "write a real date as \"YYYY-MM-DD\" with nothing around it, e.g. \"2026-11-18\"",
};
const LOCAL_TIME: Kind = Kind {
    what: "a UK date and time written YYYY-MM-DDTHH:MM",
    fix: "write a real date and a 24-hour time as \"YYYY-MM-DDTHH:MM\", e.g. \"2026-09-05T10:00\", \
          with no offset",
};
const TIME_OF_DAY: Kind = Kind {
    what: "a time of day written HH:MM",
    fix: "write a 24-hour time with two-digit hours and minutes, e.g. \"09:00\"",
};
const MONTH_DAY: Kind = Kind {
    what: "a month and day written MM-DD",
    fix: "write a day of the year with two-digit month and day, e.g. \"07-19\"",
};
const WEEKDAY: Kind = Kind { what: "a weekday", fix: "write Mon, Tue, Wed, Thu, Fri, Sat or Sun, exactly so" };
