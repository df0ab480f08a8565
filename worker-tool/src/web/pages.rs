//! The desk's pages: the inbox and one message, the duty list, plans, and enrolment
//! codes. Every value reaches the page through askama, which escapes it for HTML; no
//! template marks anything safe.

use std::sync::Arc;

use askama::Template;
use axum::Router;
use axum::extract::{Extension, Path, Query, State as Shared};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use chrono::{DateTime, NaiveDate, Utc};
use familytime_core::calendar;
use familytime_core::l10n::problems::Explained;
use familytime_core::plan::{AgeBand, ValidPlan};
use familytime_core::relay::RelayError;
use familytime_core::validate::{self, Problem};
use serde::Deserialize;

use super::State;
use super::guard::{Posted, Session};
use super::plan_lines::{self, Line};
use super::words::{DeskWords, Value};
use crate::desk::{DeskError, Received};
use crate::preview::{self, PreviewError, Section, Shown};

type Shared_ = Shared<Arc<State>>;

pub(crate) fn routes() -> Router<Arc<State>> {
    Router::new()
        .route("/", get(|| async { Redirect::to("/inbox") }))
        .route("/inbox", get(inbox))
        .route("/messages/{id}", get(message).post(reply))
        .route("/duty", get(duty))
        .route("/plans", get(plans).post(plan_posted))
        .route("/code", get(code).post(code_posted))
}

/// What every page shows around its content.
pub(crate) struct Frame<'a> {
    pub w: &'a DeskWords,
    pub title: String,
    /// The section's path, to mark it current in the navigation.
    pub section: &'static str,
    pub csrf: String,
}

impl<'a> Frame<'a> {
    fn new(state: &'a State, title: String, section: &'static str, session: Option<&Session>) -> Frame<'a> {
        Frame { w: &state.words, title, section, csrf: session.map(|s| s.csrf.clone()).unwrap_or_default() }
    }

    /// Navigation: (path, words, whether it is this page's section).
    pub fn nav(&self) -> Vec<(&'static str, String, bool)> {
        [("/inbox", "nav-inbox"), ("/duty", "nav-duty"), ("/plans", "nav-plans"), ("/code", "nav-code")]
            .into_iter()
            .map(|(path, id)| (path, self.w.t(id), path == self.section))
            .collect()
    }

    /// Signed in: the navigation is worth showing.
    pub fn signed_in(&self) -> bool {
        !self.csrf.is_empty()
    }
}

/// An error in the summary at the top, linking to the field it is about.
pub(crate) struct FieldError {
    pub field: String,
    pub text: String,
}

fn render(status: StatusCode, page: &impl Template) -> Response {
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

#[derive(Template)]
#[template(path = "notice.html")]
struct NoticePage<'a> {
    frame: Frame<'a>,
    body: String,
}

/// A page that only says something: signed out, a form that expired, no such page.
pub(crate) fn notice(state: &State, status: StatusCode, title: &str, body: &str) -> Response {
    let page = NoticePage { frame: Frame::new(state, state.words.t(title), "", None), body: state.words.t(body) };
    render(status, &page)
}

pub(crate) async fn not_found(Shared(state): Shared_, session: Option<Extension<Session>>) -> Response {
    let mut page = NoticePage {
        frame: Frame::new(&state, state.words.t("not-found-title"), "", session.as_deref()),
        body: state.words.t("not-found-body"),
    };
    page.frame.section = "";
    render(StatusCode::NOT_FOUND, &page)
}

fn stamp(time: DateTime<Utc>) -> String {
    calendar::uk_local(time).format("%Y-%m-%d %H:%M").to_string()
}

/// A snake_case name from the core (`change_request`) as a message id (`topic-change-request`).
fn word_id(prefix: &str, value: &impl serde::Serialize) -> String {
    let name = serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    format!("{prefix}-{}", name.replace('_', "-"))
}

// ---- Inbox and messages ----

struct Row {
    id: String,
    topic: String,
    about: String,
    arrived: String,
    urgent: bool,
    read: bool,
    answered: bool,
}

#[derive(Template)]
#[template(path = "inbox.html")]
struct InboxPage<'a> {
    frame: Frame<'a>,
    rows: Vec<Row>,
    count: String,
    error: Option<String>,
}

fn about(w: &DeskWords, received: &Received) -> String {
    let m = &received.message;
    let mut about: Vec<String> = Vec::new();
    about.extend(m.change.map(|change| w.t(&word_id("change", &change))));
    about.extend(m.about_person.clone());
    about.extend(m.about_session.clone());
    about.join(" · ")
}

async fn inbox(Shared(state): Shared_, Extension(session): Extension<Session>) -> Response {
    let w = &state.words;
    let result = state.desk.lock().await.messages(Utc::now()).await;
    let (mut received, error) = match result {
        Ok(received) => (received, None),
        Err(e) => (Vec::new(), Some(desk_error(w, &e))),
    };
    // Urgent first, then the newest.
    received.sort_by(|a, b| b.urgent().cmp(&a.urgent()).then(b.first_seen.cmp(&a.first_seen)));
    let rows = received
        .iter()
        .map(|r| Row {
            id: r.id.clone(),
            topic: w.t(&word_id("topic", &r.message.topic)),
            about: about(w, r),
            arrived: stamp(r.first_seen),
            urgent: r.urgent(),
            read: r.read,
            answered: r.answered,
        })
        .collect();
    let count = w.with("inbox-count", &[("count", Value::Number(received.len() as i64))]);
    let page =
        InboxPage { frame: Frame::new(&state, w.t("inbox-title"), "/inbox", Some(&session)), rows, count, error };
    render(StatusCode::OK, &page)
}

/// A desk error in the adult's words.
fn desk_error(w: &DeskWords, error: &DeskError) -> String {
    match error {
        DeskError::NoLongerLinked(_) => w.t("error-no-longer-linked"),
        DeskError::NoSuchMessage(_) => w.t("error-no-message"),
        DeskError::Relay(e) => w.with("error-server", &[("detail", Value::Text(&e.to_string()))]),
        other => other.to_string(),
    }
}

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage<'a> {
    frame: Frame<'a>,
    id: String,
    fields: Vec<(String, String)>,
    words: String,
    urgent: bool,
    answered: bool,
    sent: bool,
    reply: String,
    errors: Vec<FieldError>,
}

#[derive(Deserialize)]
struct Sent {
    sent: Option<String>,
}

async fn message(
    Shared(state): Shared_,
    Extension(session): Extension<Session>,
    Path(id): Path<String>,
    Query(sent): Query<Sent>,
) -> Response {
    let result = state.desk.lock().await.read(&id, Utc::now()).await;
    show_message(&state, &session, &id, result, sent.sent.is_some(), String::new(), Vec::new())
}

fn show_message(
    state: &State,
    session: &Session,
    id: &str,
    result: Result<Received, DeskError>,
    sent: bool,
    reply: String,
    mut errors: Vec<FieldError>,
) -> Response {
    let w = &state.words;
    let received = match result {
        Ok(received) => received,
        Err(e) => {
            let (status, title) = match e {
                DeskError::Relay(_) => (StatusCode::BAD_GATEWAY, "error-summary-title"),
                _ => (StatusCode::NOT_FOUND, "error-summary-title"),
            };
            let page =
                NoticePage { frame: Frame::new(state, w.t(title), "/inbox", Some(session)), body: desk_error(w, &e) };
            return render(status, &page);
        }
    };
    let m = &received.message;
    let topic = w.t(&word_id("topic", &m.topic));
    let mut fields = vec![(w.t("message-field-topic"), topic.clone())];
    fields.extend(m.change.map(|change| (w.t("message-field-change"), w.t(&word_id("change", &change)))));
    fields.extend(m.about_person.clone().map(|person| (w.t("message-field-person"), person)));
    fields.extend(m.about_session.clone().map(|session| (w.t("message-field-session"), session)));
    fields.push((w.t("message-field-arrived"), stamp(received.first_seen)));
    fields.push((w.t("message-field-from"), received.from.clone()));
    errors.retain(|e| !e.text.is_empty());
    let page = MessagePage {
        frame: Frame::new(state, w.with("message-title", &[("topic", Value::Text(&topic))]), "/inbox", Some(session)),
        id: id.to_owned(),
        fields,
        words: m.text.clone(),
        urgent: received.urgent(),
        answered: received.answered,
        sent,
        reply,
        errors,
    };
    let status = if page.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render(status, &page)
}

#[derive(Deserialize)]
struct ReplyForm {
    reply: String,
}

async fn reply(
    Shared(state): Shared_,
    Extension(session): Extension<Session>,
    Path(id): Path<String>,
    Posted(form): Posted<ReplyForm>,
) -> Response {
    let w = &state.words;
    let desk = state.desk.lock().await;
    let now = Utc::now();
    let text = form.reply.trim();
    let error = if text.is_empty() {
        w.t("error-reply-empty")
    } else {
        match desk.reply(&id, text, now).await {
            Ok(()) => return Redirect::to(&format!("/messages/{id}?sent=1")).into_response(),
            Err(e) => desk_error(w, &e),
        }
    };
    let result = desk.read(&id, now).await;
    drop(desk);
    show_message(
        &state,
        &session,
        &id,
        result,
        false,
        form.reply,
        vec![FieldError { field: "reply".into(), text: error }],
    )
}

// ---- Duty list ----

struct DutyRow {
    urgent: bool,
    recipient: String,
    arrived: String,
    waited: String,
}

#[derive(Template)]
#[template(path = "duty.html")]
struct DutyPage<'a> {
    frame: Frame<'a>,
    hours: String,
    rows: Vec<DutyRow>,
    errors: Vec<FieldError>,
    failed: Option<String>,
}

#[derive(Deserialize)]
struct DutyQuery {
    hours: Option<String>,
}

async fn duty(
    Shared(state): Shared_,
    Extension(session): Extension<Session>,
    Query(query): Query<DutyQuery>,
) -> Response {
    let w = &state.words;
    let hours_text = query.hours.unwrap_or_else(|| "24".into());
    let mut page = DutyPage {
        frame: Frame::new(&state, w.t("duty-title"), "/duty", Some(&session)),
        hours: hours_text.clone(),
        rows: Vec::new(),
        errors: Vec::new(),
        failed: None,
    };
    let Some(hours) = hours_text.trim().parse::<u32>().ok().filter(|h| *h <= 720) else {
        page.errors.push(FieldError { field: "hours".into(), text: w.t("error-duty-hours") });
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let relay = state.desk.lock().await.council_relay();
    let unread = match relay {
        Ok(relay) => relay.duty(&state.worker_token, hours).await,
        Err(e) => Err(e),
    };
    let now = Utc::now();
    match unread {
        Ok(unread) => {
            page.rows = unread
                .into_iter()
                .map(|u| {
                    let arrived = DateTime::parse_from_rfc3339(&u.received_at).map(|t| t.with_timezone(&Utc));
                    let waited = arrived.map(|t| (now - t).num_hours().max(0)).unwrap_or_default();
                    DutyRow {
                        urgent: u.urgent,
                        recipient: u.recipient,
                        arrived: arrived.map(stamp).unwrap_or(u.received_at),
                        waited: w.with("duty-waited", &[("hours", Value::Number(waited))]),
                    }
                })
                .collect();
        }
        Err(e) => page.failed = Some(w.with("error-server", &[("detail", Value::Text(&e.to_string()))])),
    }
    render(StatusCode::OK, &page)
}

// ---- Plans ----

#[derive(Deserialize, Default)]
struct PlanForm {
    #[serde(default)]
    plan: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    band: String,
    #[serde(default)]
    as_of: String,
    #[serde(default)]
    action: String,
}

struct PreviewShown {
    /// The child's language, for the browser and screen readers.
    lang: String,
    intro: String,
    /// Which version the child has now, that this one was compared with.
    compared: String,
    sections: Vec<Section>,
}

#[derive(Template)]
#[template(path = "plans.html")]
struct PlansPage<'a> {
    frame: Frame<'a>,
    form: PlanForm,
    /// Errors in the form's own fields (empty plan, a date that is not one).
    errors: Vec<FieldError>,
    /// The plan's problems, each also shown next to its part of the plan.
    problems: Vec<Explained>,
    problems_title: String,
    lines: Vec<Line>,
    outcome: Option<(String, String)>,
    ok: bool,
    preview: Option<PreviewShown>,
}

impl PlansPage<'_> {
    fn problem_at(&self, path: &str) -> String {
        if path.is_empty() {
            self.frame.w.t("problem-whole-file")
        } else {
            self.frame.w.with("problem-at", &[("path", Value::Text(path))])
        }
    }

    fn fix(&self, problem: &Explained) -> String {
        self.frame.w.with("problem-fix", &[("fix", Value::Text(&problem.fix))])
    }

    /// The choices of a select: (value, words, selected).
    fn langs(&self) -> Vec<(&'static str, String, bool)> {
        [("", "lang-child"), ("en-GB", "lang-en-GB"), ("cy", "lang-cy")]
            .into_iter()
            .map(|(value, id)| (value, self.frame.w.t(id), self.form.lang == value))
            .collect()
    }

    fn bands(&self) -> Vec<(&'static str, String, bool)> {
        [("", "band-child"), ("4-7", "band-young"), ("8-10", "band-middle"), ("11-18", "band-older")]
            .into_iter()
            .map(|(value, id)| (value, self.frame.w.t(id), self.form.band == value))
            .collect()
    }

    fn has_error(&self, field: &str) -> bool {
        self.errors.iter().any(|e| e.field == field)
    }

    fn error_for(&self, field: &str) -> String {
        self.errors.iter().find(|e| e.field == field).map(|e| e.text.clone()).unwrap_or_default()
    }
}

async fn plans(Shared(state): Shared_, Extension(session): Extension<Session>) -> Response {
    render(StatusCode::OK, &plans_page(&state, &session, PlanForm::default()))
}

fn plans_page<'a>(state: &'a State, session: &Session, form: PlanForm) -> PlansPage<'a> {
    PlansPage {
        frame: Frame::new(state, state.words.t("plans-title"), "/plans", Some(session)),
        form,
        errors: Vec::new(),
        problems: Vec::new(),
        problems_title: String::new(),
        lines: Vec::new(),
        outcome: None,
        ok: false,
        preview: None,
    }
}

async fn plan_posted(
    Shared(state): Shared_,
    Extension(session): Extension<Session>,
    Posted(form): Posted<PlanForm>,
) -> Response {
    let w = &state.words;
    let publish = form.action == "publish";
    let mut page = plans_page(&state, &session, form);
    let form = &page.form;
    if form.plan.trim().is_empty() {
        page.errors.push(FieldError { field: "plan".into(), text: w.t("error-plan-empty") });
    }
    let now = match form.as_of.trim() {
        "" => Some(Utc::now()),
        text => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .ok()
            .and_then(|day| calendar::uk_instant(day.and_hms_opt(0, 0, 0)?).ok()),
    };
    if now.is_none() {
        page.errors.push(FieldError { field: "as_of".into(), text: w.t("error-as-of") });
    }
    let (Some(now), true) = (now, page.errors.is_empty()) else {
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let plan = match validate::read_plan(page.form.plan.as_bytes()) {
        Ok(plan) => plan,
        Err(rejected) => return refused(page, rejected.problems),
    };
    // What the child has now comes from the council's server, as signed: the worker
    // never has to find and paste it to see what the child will be told changed.
    let published = state.desk.lock().await.published_plan(&state.worker_token, &plan.plan_id).await;
    let (since, compared) = match published {
        Ok(Some(since)) => {
            let version = i64::from(since.version);
            (Some(since), w.with("compared-with", &[("version", Value::Number(version))]))
        }
        Ok(None) => (None, w.t("compared-first")),
        Err(e) => (None, w.with("compared-unknown", &[("detail", Value::Text(&e.to_string()))])),
    };
    let band = serde_json::from_value::<AgeBand>(page.form.band.clone().into()).ok();
    let lang = Some(page.form.lang.as_str()).filter(|l| !l.is_empty());
    let built = match preview::make(&plan, since.as_ref(), Shown { now, lang, band }) {
        Ok(built) => built,
        Err(PreviewError::Unexplained(problems)) => return refused(page, problems),
        Err(e) => {
            page.outcome =
                Some((w.t("refused-title"), w.with("error-preview", &[("detail", Value::Text(&e.to_string()))])));
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let intro = w.with(
        "preview-intro",
        &[
            ("lang", Value::Text(&w.t(&format!("lang-{}", built.locale)))),
            ("band", Value::Text(&w.t(&format!("band-{}", band_key(band.unwrap_or(plan.child.age_band)))))),
            ("date", Value::Text(&calendar::uk_local(now).format("%Y-%m-%d").to_string())),
        ],
    );
    page.preview =
        Some(PreviewShown { lang: built.locale.clone(), intro, compared, sections: preview::sections(&built) });
    if publish {
        return publish_plan(&state, page, &plan).await;
    }
    page.ok = true;
    page.outcome = Some((w.t("plan-ok-title"), w.t("plan-ok-body")));
    render(StatusCode::OK, &page)
}

fn band_key(band: AgeBand) -> &'static str {
    match band {
        AgeBand::Young => "young",
        AgeBand::Middle => "middle",
        AgeBand::Older => "older",
    }
}

async fn publish_plan(state: &State, mut page: PlansPage<'_>, plan: &ValidPlan) -> Response {
    let w = &state.words;
    let relay = state.desk.lock().await.council_relay();
    let published = match relay {
        Ok(relay) => relay.publish_plan(&state.worker_token, page.form.plan.as_bytes()).await,
        Err(e) => Err(e),
    };
    match published {
        Ok(published) => {
            let version = i64::from(published.version);
            page.ok = true;
            page.outcome = Some((
                w.t("published-title"),
                w.with("published-body", &[("version", Value::Number(version)), ("plan", Value::Text(&plan.plan_id))]),
            ));
            render(StatusCode::OK, &page)
        }
        // The server's rule across versions found what the desk could not see alone.
        Err(RelayError::PlanRefused(rejected)) => refused(page, rejected.problems),
        Err(e) => {
            page.preview = None;
            page.outcome =
                Some((w.t("refused-title"), w.with("error-plan-server", &[("detail", Value::Text(&e.to_string()))])));
            render(StatusCode::BAD_GATEWAY, &page)
        }
    }
}

/// The plan's problems, in the summary and next to their parts of the plan.
fn refused(mut page: PlansPage<'_>, problems: Vec<Problem>) -> Response {
    let w = page.frame.w;
    let problems: Vec<Explained> = problems.iter().map(|p| w.explain(p)).collect();
    let shown: serde_json::Value = serde_json::from_str(&page.form.plan).unwrap_or(serde_json::Value::Null);
    page.lines = plan_lines::lines(&shown, &problems);
    page.problems_title = w.with("plan-problems-title", &[("count", Value::Number(problems.len() as i64))]);
    page.problems = problems;
    page.preview = None;
    page.outcome = Some((w.t("refused-title"), w.t("plan-problems-intro")));
    render(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

// ---- Enrolment codes ----

#[derive(Template)]
#[template(path = "code.html")]
struct CodePage<'a> {
    frame: Frame<'a>,
    child: String,
    errors: Vec<FieldError>,
    /// (heading, the code, its expiry)
    made: Option<(String, String, String)>,
}

async fn code(Shared(state): Shared_, Extension(session): Extension<Session>) -> Response {
    let page = CodePage {
        frame: Frame::new(&state, state.words.t("code-title"), "/code", Some(&session)),
        child: String::new(),
        errors: Vec::new(),
        made: None,
    };
    render(StatusCode::OK, &page)
}

#[derive(Deserialize)]
struct CodeForm {
    child: String,
}

async fn code_posted(
    Shared(state): Shared_,
    Extension(session): Extension<Session>,
    Posted(form): Posted<CodeForm>,
) -> Response {
    let w = &state.words;
    let child = form.child.trim().to_owned();
    let mut page = CodePage {
        frame: Frame::new(&state, w.t("code-title"), "/code", Some(&session)),
        child: child.clone(),
        errors: Vec::new(),
        made: None,
    };
    if child.is_empty() {
        page.errors.push(FieldError { field: "child".into(), text: w.t("error-code-child") });
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let relay = state.desk.lock().await.council_relay();
    let made = match relay {
        Ok(relay) => relay.new_code(&state.worker_token, &child).await,
        Err(e) => Err(e),
    };
    match made {
        Ok((code, expires)) => {
            let expires =
                DateTime::parse_from_rfc3339(&expires).map(|t| stamp(t.with_timezone(&Utc))).unwrap_or(expires);
            page.made = Some((
                w.with("code-for", &[("child", Value::Text(&child))]),
                code,
                w.with("code-expires", &[("expires", Value::Text(&expires))]),
            ));
            render(StatusCode::OK, &page)
        }
        Err(e) => {
            let text = w.with("error-code-server", &[("detail", Value::Text(&e.to_string()))]);
            page.errors.push(FieldError { field: "child".into(), text });
            render(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}
