//! `familytime`: the worker tool. Checks a child's family-time plan, previews what the
//! child's app would show, and publishes it to the council's server.

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use clap::{Parser, Subcommand};
use familytime_core::calendar;
use familytime_core::l10n::FALLBACK;
use familytime_core::plan::AgeBand;
use familytime_core::relay::{Published, Relay, RelayError};
use familytime_core::validate::{self, PlanRejected};

use familytime::desk::{self, Desk};
use familytime::preview::{self, PreviewError, Shown};
use familytime::removal::{self, Removing};
use familytime::web;
use familytime::web::words::{DeskWords, Value};

#[derive(Parser)]
#[command(name = "familytime", about = "Check, preview and publish children's family-time plans", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Work with a plan file.
    #[command(subcommand)]
    Plan(PlanCommand),
    /// Read and answer what children send (a helper's device).
    #[command(subcommand)]
    Desk(DeskCommand),
}

/// Where the council's server is, and whom to trust for it.
#[derive(clap::Args)]
struct CouncilServer {
    /// The council server's address: https://… (http:// only on this machine's loopback).
    #[arg(long)]
    server: String,
    /// The council's CA certificate (PEM): the server's certificate must come from it,
    /// and from no other authority.
    #[arg(long, value_name = "FILE")]
    ca: Option<PathBuf>,
}

impl CouncilServer {
    /// The CA file's text, if one was given.
    fn ca_pem(&self) -> Result<Option<String>, String> {
        self.ca
            .as_ref()
            .map(|file| {
                std::fs::read_to_string(file)
                    .map_err(|e| format!("the council CA file {} cannot be read: {e}", file.display()))
            })
            .transpose()
    }

    fn relay(&self) -> Result<Relay, Box<dyn std::error::Error>> {
        Ok(Relay::new(&self.server, self.ca_pem()?.as_deref().map(str::as_bytes))?)
    }
}

/// The language the worker tool answers in.
#[derive(clap::Args)]
struct Speaking {
    /// The language to answer in: en-GB or cy.
    #[arg(long, default_value = "en-GB")]
    lang: String,
}

#[derive(Subcommand)]
enum DeskCommand {
    /// Join the council's server as a helper's device; prints the device id for the plan.
    Join {
        #[command(flatten)]
        council: CouncilServer,
        /// A file holding the council's worker token.
        #[arg(long)]
        worker_token_file: PathBuf,
        /// The helper's id in children's plans.
        #[arg(long)]
        helper: String,
        #[arg(long, default_value_os_t = desk::default_dir())]
        dir: PathBuf,
        #[command(flatten)]
        speaking: Speaking,
    },
    /// Make a one-time enrolment code for a child's device.
    Code {
        #[command(flatten)]
        council: CouncilServer,
        #[arg(long)]
        worker_token_file: PathBuf,
        /// The child's plan id.
        #[arg(long)]
        child: String,
        #[command(flatten)]
        speaking: Speaking,
    },
    /// Make a one-time code for a child who forgot their app's PIN: with it, the child
    /// chooses a new PIN and keeps everything they wrote. Give it to the child yourself.
    PinReset {
        #[command(flatten)]
        council: CouncilServer,
        #[arg(long)]
        worker_token_file: PathBuf,
        /// The child's plan id.
        #[arg(long)]
        child: String,
        #[command(flatten)]
        speaking: Speaking,
    },
    /// Stop a device working at once: a child's lost or stolen phone (--child, every
    /// device of that child) or a helper's old laptop (--helper-device). Its sign-in stops
    /// working, messages waiting for it are deleted (only it could open them), messages
    /// it sent are kept, and it leaves every contact list. Give the child a new phone with
    /// `desk code`.
    RemoveDevice {
        #[command(flatten)]
        council: CouncilServer,
        /// A file holding the council's worker token.
        #[arg(long)]
        worker_token_file: PathBuf,
        /// The child's plan id: removes every device the child enrolled.
        #[arg(
            long,
            value_name = "PLAN_ID",
            conflicts_with = "helper_device",
            required_unless_present = "helper_device"
        )]
        child: Option<String>,
        /// The helper device's id (the one `desk join` printed, as put in plans).
        #[arg(long, value_name = "DEVICE_ID")]
        helper_device: Option<String>,
        #[command(flatten)]
        speaking: Speaking,
    },
    /// Children's messages no helper has read: urgent ones at once, others after --hours.
    Duty {
        #[command(flatten)]
        council: CouncilServer,
        #[arg(long)]
        worker_token_file: PathBuf,
        #[arg(long, default_value_t = 24)]
        hours: u32,
        #[command(flatten)]
        speaking: Speaking,
    },
    /// Show the messages children sent this desk, with their fields.
    Inbox {
        #[arg(long, default_value_os_t = desk::default_dir())]
        dir: PathBuf,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        speaking: Speaking,
    },
    /// Open the desk in a browser: a web app on 127.0.0.1, signed in by a one-time link.
    Serve {
        /// A file holding the council's worker token (for codes, the duty list and plans).
        #[arg(long)]
        worker_token_file: PathBuf,
        /// The port on 127.0.0.1; default a free one.
        #[arg(long, default_value_t = 0)]
        port: u16,
        /// The desk's language: en-GB or cy.
        #[arg(long, default_value = "en-GB")]
        lang: String,
        #[arg(long, default_value_os_t = desk::default_dir())]
        dir: PathBuf,
    },
    /// Answer a message.
    Reply {
        id: String,
        text: String,
        #[arg(long, default_value_os_t = desk::default_dir())]
        dir: PathBuf,
        #[command(flatten)]
        speaking: Speaking,
    },
}

#[derive(Subcommand)]
enum PlanCommand {
    /// List every problem in a plan, with where it is and how to fix it.
    Check {
        file: PathBuf,
        /// Print the result as JSON: each problem's id, arguments, path and words.
        #[arg(long)]
        json: bool,
        /// The language to say the problems in: en-GB or cy.
        #[arg(long, default_value = "en-GB")]
        lang: String,
    },
    /// Show what the child's app would show on a given day.
    Preview {
        file: PathBuf,
        /// The day (YYYY-MM-DD, from midnight) or moment (YYYY-MM-DDTHH:MM), UK time; default now.
        #[arg(long, value_parser = parse_moment)]
        as_of: Option<DateTime<Utc>>,
        /// The language to show, e.g. "en-GB" or "cy"; default the child's. Problems are
        /// said in it too, or in en-GB without it.
        #[arg(long)]
        lang: Option<String>,
        /// The age band to write for: 4-7, 8-10 or 11-18; default the child's.
        #[arg(long, value_parser = parse_band)]
        age_band: Option<AgeBand>,
        /// The version the child has now: show what the child will be told has changed,
        /// or why the server would refuse this version.
        #[arg(long)]
        since: Option<PathBuf>,
        /// Print the screens as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check a plan, then publish it as the child's new version on the council's server.
    Publish {
        file: PathBuf,
        /// The child's plan id: must be the file's plan_id, so no child gets another's plan.
        #[arg(long)]
        child: String,
        #[command(flatten)]
        council: CouncilServer,
        /// A file holding the council's worker token.
        #[arg(long)]
        worker_token_file: PathBuf,
        /// The language to say problems in: en-GB or cy.
        #[arg(long, default_value = "en-GB")]
        lang: String,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Plan(PlanCommand::Check { file, json, lang }) => in_words(&lang, |w| check(&file, json, w)),
        Command::Plan(PlanCommand::Preview { file, as_of, lang, age_band, since, json }) => {
            let shown = Shown { now: as_of.unwrap_or_else(Utc::now), lang: lang.as_deref(), band: age_band };
            in_words(lang.as_deref().unwrap_or(FALLBACK), |w| preview(&file, since.as_deref(), shown, json, w))
        }
        Command::Plan(PlanCommand::Publish { file, child, council, worker_token_file, lang }) => {
            in_words(&lang, |w| publish(&file, &child, &council, &worker_token_file, w))
        }
        Command::Desk(command) => {
            let lang = command.lang().to_owned();
            in_words(&lang, |w| match run_desk(command, w) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::FAILURE
                }
            })
        }
    }
}

/// Runs `command` with the worker tool's words in `lang`, or says there are none.
fn in_words(lang: &str, command: impl FnOnce(&DeskWords) -> ExitCode) -> ExitCode {
    match DeskWords::new(lang) {
        Ok(words) => command(&words),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// Lists a refused plan's problems, the same way whoever found them.
fn print_problems(file: &Path, problems: &[validate::Problem], w: &DeskWords) {
    let file = file.display().to_string();
    let count = i64::try_from(problems.len()).unwrap_or(i64::MAX);
    let mut listed = w.with("cli-problems", &[("file", Value::Text(&file)), ("count", Value::Number(count))]);
    listed.push('\n');
    for problem in problems {
        let said = w.explain(problem);
        let at = if said.path.is_empty() { w.t("cli-whole-file") } else { said.path.clone() };
        let fix = w.with("cli-fix", &[("fix", Value::Text(&said.fix))]);
        listed += &format!("  {at}\n    {}\n    {fix}\n", said.message);
    }
    tell(&listed);
}

/// Writes a line for the worker to standard error: what went wrong, and what was not done.
/// Whether or not anyone still reads it (`2>&1 | head`), the exit status says it.
fn tell(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    if !text.ends_with('\n') {
        let _ = err.write_all(b"\n");
    }
}

/// Writes `text` to standard output. A reader that stops early (`| head`) has what it
/// wanted, so a closed pipe ends the tool quietly instead of as a failure.
fn say(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => {
            let _ = writeln!(std::io::stderr(), "the output could not be written: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

fn check(file: &Path, json: bool, w: &DeskWords) -> ExitCode {
    let result = read(file);
    let problems = match &result {
        Ok(_) => Vec::new(),
        Err(rejected) => rejected.problems.clone(),
    };
    let said = if json {
        let explained: Vec<_> = problems.iter().map(|p| w.explain(p)).collect();
        say(&format!("{}\n", serde_json::json!({ "ok": problems.is_empty(), "problems": explained })))
    } else if problems.is_empty() {
        say(&format!("{}\n", w.with("cli-no-problems", &[("file", Value::Text(&file.display().to_string()))])))
    } else {
        print_problems(file, &problems, w);
        ExitCode::SUCCESS
    };
    if problems.is_empty() { said } else { ExitCode::FAILURE }
}

fn preview(file: &Path, since: Option<&Path>, shown: Shown<'_>, json: bool, w: &DeskWords) -> ExitCode {
    let plan = match read(file) {
        Ok(plan) => plan,
        Err(_) => {
            tell(&w.with("cli-has-problems", &[("file", Value::Text(&file.display().to_string()))]));
            return ExitCode::FAILURE;
        }
    };
    let since = match since.map(read).transpose() {
        Ok(since) => since,
        Err(_) => {
            tell(&w.t("cli-since-has-problems"));
            return ExitCode::FAILURE;
        }
    };
    let built = match preview::make(&plan, since.as_ref(), shown) {
        Ok(built) => built,
        Err(PreviewError::Unexplained(problems)) => {
            print_problems(file, &problems, w);
            tell(&w.t("cli-server-would-refuse"));
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("{}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    if json {
        say(&format!("{}\n", serde_json::to_string_pretty(&built).expect("screens serialise")))
    } else {
        say(&preview::text(&built))
    }
}

fn publish(file: &Path, child: &str, council: &CouncilServer, worker_token_file: &Path, w: &DeskWords) -> ExitCode {
    let checked = read_file(file).and_then(|bytes| Ok((validate::read_plan(&bytes)?, bytes)));
    let (plan, bytes) = match checked {
        Ok(checked) => checked,
        Err(rejected) => {
            print_problems(file, &rejected.problems, w);
            tell(&w.t("cli-nothing-published"));
            return ExitCode::FAILURE;
        }
    };
    if plan.plan_id != child {
        let file = file.display().to_string();
        let args = [("file", Value::Text(&file)), ("plan", Value::Text(&plan.plan_id)), ("child", Value::Text(child))];
        tell(&w.with("cli-wrong-child", &args));
        return ExitCode::FAILURE;
    }
    match send_plan(&bytes, council, worker_token_file) {
        Ok(published) => {
            let version = Value::Number(published.version.into());
            say(&format!(
                "{}\n",
                w.with("cli-published", &[("version", version), ("plan", Value::Text(&published.plan_id))])
            ))
        }
        Err(e) => {
            match e.downcast_ref::<RelayError>() {
                // The server's checks found what this tool's did not (a version that gives
                // the child less time than the last one without saying why).
                Some(RelayError::PlanRefused(rejected)) => print_problems(file, &rejected.problems, w),
                _ => tell(&e.to_string()),
            }
            tell(&w.t("cli-nothing-published"));
            ExitCode::FAILURE
        }
    }
}

fn send_plan(
    bytes: &[u8],
    council: &CouncilServer,
    worker_token_file: &Path,
) -> Result<Published, Box<dyn std::error::Error>> {
    let token = worker_token(worker_token_file)?;
    let relay = council.relay()?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    Ok(runtime.block_on(relay.publish_plan(&token, bytes))?)
}

/// The council's worker token, from the file the server wrote.
fn worker_token(file: &Path) -> Result<String, String> {
    std::fs::read_to_string(file)
        .map(|token| token.trim().to_owned())
        .map_err(|e| format!("the worker token file {} cannot be read: {e}", file.display()))
}

impl DeskCommand {
    fn lang(&self) -> &str {
        match self {
            DeskCommand::Serve { lang, .. } => lang,
            DeskCommand::Join { speaking, .. }
            | DeskCommand::Code { speaking, .. }
            | DeskCommand::PinReset { speaking, .. }
            | DeskCommand::RemoveDevice { speaking, .. }
            | DeskCommand::Duty { speaking, .. }
            | DeskCommand::Inbox { speaking, .. }
            | DeskCommand::Reply { speaking, .. } => &speaking.lang,
        }
    }
}

fn run_desk(command: DeskCommand, w: &DeskWords) -> Result<(), Box<dyn std::error::Error>> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        match command {
            DeskCommand::Join { council, worker_token_file, helper, dir, .. } => {
                let ca = council.ca_pem()?;
                let token = worker_token(&worker_token_file)?;
                let device = Desk::join(&dir, &council.server, ca.as_deref(), &token, &helper).await?;
                println!(
                    "{}",
                    w.with("cli-joined", &[("device", Value::Text(&device)), ("helper", Value::Text(&helper))])
                );
            }
            DeskCommand::Code { council, worker_token_file, child, .. } => {
                let relay = council.relay()?;
                let (code, expires) = relay.new_code(&worker_token(&worker_token_file)?, &child).await?;
                let args =
                    [("child", Value::Text(&child)), ("code", Value::Text(&code)), ("expires", Value::Text(&expires))];
                println!("{}", w.with("cli-code", &args));
            }
            DeskCommand::PinReset { council, worker_token_file, child, .. } => {
                let relay = council.relay()?;
                let (code, expires) = relay.new_pin_reset_code(&worker_token(&worker_token_file)?, &child).await?;
                let args =
                    [("child", Value::Text(&child)), ("code", Value::Text(&code)), ("expires", Value::Text(&expires))];
                println!("{}", w.with("cli-pin-reset", &args));
            }
            DeskCommand::RemoveDevice { council, worker_token_file, child, helper_device, .. } => {
                let removing = match (child, helper_device) {
                    (Some(plan), _) => Removing::Child { plan },
                    (None, Some(device)) => Removing::Helper { device },
                    (None, None) => return Err(w.t("cli-remove-which").into()),
                };
                let ca = council.ca_pem()?;
                let token = worker_token(&worker_token_file)?;
                let removed = removal::remove(&council.server, ca.as_deref(), &token, &removing).await?;
                print!("{}", removal::describe(&removing, &removed, w));
            }
            DeskCommand::Duty { council, worker_token_file, hours, .. } => {
                let relay = council.relay()?;
                let unread = relay.duty(&worker_token(&worker_token_file)?, hours).await?;
                if unread.is_empty() {
                    println!("{}", w.t("cli-duty-none"));
                }
                for u in unread {
                    let args = [
                        ("urgent", Value::Text(if u.urgent { "yes" } else { "no" })),
                        ("message", Value::Text(&u.message_id)),
                        ("device", Value::Text(&u.recipient)),
                        ("since", Value::Text(&u.received_at)),
                    ];
                    println!("{}", w.with("cli-duty-unread", &args));
                }
            }
            DeskCommand::Inbox { dir, json, .. } => {
                let received = Desk::open(&dir)?.inbox(Utc::now()).await?;
                if json {
                    println!("{}", serde_json::to_string_pretty(&received)?);
                } else if received.is_empty() {
                    println!("{}", w.t("cli-inbox-none"));
                }
                for message in received.iter().filter(|_| !json) {
                    let m = &message.message;
                    println!(
                        "{}",
                        w.with(
                            "cli-inbox-from",
                            &[("id", Value::Text(&message.id)), ("from", Value::Text(&message.from))]
                        )
                    );
                    let topic = serde_json::to_value(m.topic)?.to_string();
                    println!("  {}", w.with("cli-inbox-topic", &[("topic", Value::Text(&topic))]));
                    if let Some(change) = m.change {
                        let change = serde_json::to_value(change)?.to_string();
                        println!("  {}", w.with("cli-inbox-change", &[("change", Value::Text(&change))]));
                    }
                    if let Some(person) = &m.about_person {
                        println!("  {}", w.with("cli-inbox-about", &[("person", Value::Text(person))]));
                    }
                    println!("  {}", w.with("cli-inbox-words", &[("words", Value::Text(&m.text))]));
                }
            }
            DeskCommand::Serve { worker_token_file, port, lang, dir } => {
                let options = web::Options { dir, worker_token: worker_token(&worker_token_file)?, port, locale: lang };
                let serving = web::bind(options).await?;
                // The link is the only way in, and it works once; it is not a secret after.
                let address = format!("http://{}/", serving.address);
                println!("{}", w.with("cli-desk-at", &[("address", Value::Text(&address))]));
                println!("{}", w.with("cli-sign-in", &[("link", Value::Text(&serving.sign_in))]));
                serving.serve(async { drop(tokio::signal::ctrl_c().await) }).await?;
            }
            DeskCommand::Reply { id, text, dir, .. } => {
                Desk::open(&dir)?.reply(&id, &text, Utc::now()).await?;
                println!("{}", w.with("cli-answered", &[("id", Value::Text(&id))]));
            }
        }
        Ok(())
    })
}

fn read(file: &Path) -> Result<familytime_core::plan::ValidPlan, PlanRejected> {
    validate::read_plan(&read_file(file)?)
}

fn read_file(file: &Path) -> Result<Vec<u8>, PlanRejected> {
    std::fs::read(file).map_err(|e| {
        let reason = match e.kind() {
            ErrorKind::NotFound => "not-found",
            ErrorKind::PermissionDenied => "permission-denied",
            _ => "other",
        };
        PlanRejected { problems: vec![validate::Problem::new("", "file-unreadable").with("reason", reason)] }
    })
}

fn parse_band(text: &str) -> Result<AgeBand, String> {
    serde_json::from_value(serde_json::Value::from(text))
        .map_err(|_| format!("\"{text}\" is not an age band: use 4-7, 8-10 or 11-18"))
}

fn parse_moment(text: &str) -> Result<DateTime<Utc>, String> {
    let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDate::parse_from_str(text, "%Y-%m-%d").map(|d| d.and_hms_opt(0, 0, 0).expect("midnight")))
        .map_err(|_| format!("\"{text}\" is not a date (YYYY-MM-DD) or a moment (YYYY-MM-DDTHH:MM)"))?;
    calendar::uk_instant(local).map_err(|e| e.to_string())
}
