//! `familytime`: the worker tool. Checks a child's family-time plan, previews what the
//! child's app would show, and publishes it to the council's server.

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use clap::{Parser, Subcommand};
use familytime_core::calendar;
use familytime_core::plan::AgeBand;
use familytime_core::relay::{Published, Relay, RelayError};
use familytime_core::validate::{self, PlanRejected};

use familytime::desk::{self, Desk};
use familytime::preview::{self, PreviewError, Shown};
use familytime::removal::{self, Removing};
use familytime::web;

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
    },
    /// Children's messages no helper has read: urgent ones at once, others after --hours.
    Duty {
        #[command(flatten)]
        council: CouncilServer,
        #[arg(long)]
        worker_token_file: PathBuf,
        #[arg(long, default_value_t = 24)]
        hours: u32,
    },
    /// Show the messages children sent this desk, with their fields.
    Inbox {
        #[arg(long, default_value_os_t = desk::default_dir())]
        dir: PathBuf,
        #[arg(long)]
        json: bool,
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
    },
}

#[derive(Subcommand)]
enum PlanCommand {
    /// List every problem in a plan, with where it is and how to fix it.
    Check {
        file: PathBuf,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show what the child's app would show on a given day.
    Preview {
        file: PathBuf,
        /// The day (YYYY-MM-DD, from midnight) or moment (YYYY-MM-DDTHH:MM), UK time; default now.
        #[arg(long, value_parser = parse_moment)]
        as_of: Option<DateTime<Utc>>,
        /// The language to show, e.g. "en-GB" or "cy"; default the child's.
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
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Plan(PlanCommand::Check { file, json }) => check(&file, json),
        Command::Plan(PlanCommand::Preview { file, as_of, lang, age_band, since, json }) => {
            let shown = Shown { now: as_of.unwrap_or_else(Utc::now), lang: lang.as_deref(), band: age_band };
            preview(&file, since.as_deref(), shown, json)
        }
        Command::Plan(PlanCommand::Publish { file, child, council, worker_token_file }) => {
            publish(&file, &child, &council, &worker_token_file)
        }
        Command::Desk(command) => match run_desk(command) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Lists a refused plan's problems, the same way whoever found them.
fn print_problems(file: &Path, problems: &[validate::Problem]) {
    let mut listed = format!("{}: {} problem(s)\n", file.display(), problems.len());
    for problem in problems {
        listed += &format!("  {}\n    {}\n    fix: {}\n", at(&problem.path), problem.message, problem.fix);
    }
    // Whether or not anyone still reads it (`2>&1 | head`), the exit status says it.
    let _ = std::io::stderr().write_all(listed.as_bytes());
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

fn check(file: &Path, json: bool) -> ExitCode {
    let result = read(file);
    let problems = match &result {
        Ok(_) => Vec::new(),
        Err(rejected) => rejected.problems.clone(),
    };
    let said = if json {
        say(&format!("{}\n", serde_json::json!({ "ok": problems.is_empty(), "problems": problems })))
    } else if problems.is_empty() {
        say(&format!("{}: no problems found\n", file.display()))
    } else {
        print_problems(file, &problems);
        ExitCode::SUCCESS
    };
    if problems.is_empty() { said } else { ExitCode::FAILURE }
}

fn preview(file: &Path, since: Option<&Path>, shown: Shown<'_>, json: bool) -> ExitCode {
    let plan = match read(file) {
        Ok(plan) => plan,
        Err(_) => {
            eprintln!("{}: the plan has problems; run `familytime plan check` to see them", file.display());
            return ExitCode::FAILURE;
        }
    };
    let since = match since.map(read).transpose() {
        Ok(since) => since,
        Err(_) => {
            eprintln!("the plan given with --since has problems; run `familytime plan check` on it");
            return ExitCode::FAILURE;
        }
    };
    let built = match preview::make(&plan, since.as_ref(), shown) {
        Ok(built) => built,
        Err(PreviewError::Unexplained(problems)) => {
            print_problems(file, &problems);
            eprintln!("the server would refuse this version, and the child's phone would keep the one they have");
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

fn publish(file: &Path, child: &str, council: &CouncilServer, worker_token_file: &Path) -> ExitCode {
    let checked = read_file(file).and_then(|bytes| Ok((validate::read_plan(&bytes)?, bytes)));
    let (plan, bytes) = match checked {
        Ok(checked) => checked,
        Err(rejected) => {
            print_problems(file, &rejected.problems);
            eprintln!("nothing was published");
            return ExitCode::FAILURE;
        }
    };
    if plan.plan_id != child {
        eprintln!(
            "{}: this file is the plan \"{}\", not \"{child}\"; check that it is this child's plan file. \
             Nothing was published",
            file.display(),
            plan.plan_id
        );
        return ExitCode::FAILURE;
    }
    match send_plan(&bytes, council, worker_token_file) {
        Ok(published) => {
            println!(
                "published version {} of plan {}: the child's app will show it at its next sync",
                published.version, published.plan_id
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            match e.downcast_ref::<RelayError>() {
                // The server's checks found what this tool's did not (a version that gives
                // the child less time than the last one without saying why).
                Some(RelayError::PlanRefused(rejected)) => print_problems(file, &rejected.problems),
                _ => eprintln!("{e}"),
            }
            eprintln!("nothing was published");
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

fn run_desk(command: DeskCommand) -> Result<(), Box<dyn std::error::Error>> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        match command {
            DeskCommand::Join { council, worker_token_file, helper, dir } => {
                let ca = council.ca_pem()?;
                let token = worker_token(&worker_token_file)?;
                let device = Desk::join(&dir, &council.server, ca.as_deref(), &token, &helper).await?;
                println!("joined as device {device}: put \"device\": \"{device}\" on helper \"{helper}\" in plans");
            }
            DeskCommand::Code { council, worker_token_file, child } => {
                let relay = council.relay()?;
                let (code, expires) = relay.new_code(&worker_token(&worker_token_file)?, &child).await?;
                println!("enrolment code for {child}: {code} (works once, until {expires})");
            }
            DeskCommand::PinReset { council, worker_token_file, child } => {
                let relay = council.relay()?;
                let (code, expires) = relay.new_pin_reset_code(&worker_token(&worker_token_file)?, &child).await?;
                println!("PIN reset code for {child}: {code} (works once, on that child's phone, until {expires})");
            }
            DeskCommand::RemoveDevice { council, worker_token_file, child, helper_device } => {
                let removing = match (child, helper_device) {
                    (Some(plan), _) => Removing::Child { plan },
                    (None, Some(device)) => Removing::Helper { device },
                    (None, None) => return Err("say which device: --child PLAN_ID or --helper-device DEVICE_ID".into()),
                };
                let ca = council.ca_pem()?;
                let token = worker_token(&worker_token_file)?;
                let removed = removal::remove(&council.server, ca.as_deref(), &token, &removing).await?;
                print!("{}", removal::describe(&removing, &removed));
            }
            DeskCommand::Duty { council, worker_token_file, hours } => {
                let relay = council.relay()?;
                let unread = relay.duty(&worker_token(&worker_token_file)?, hours).await?;
                if unread.is_empty() {
                    println!("nothing unread");
                }
                for u in unread {
                    let urgent = if u.urgent { "URGENT: the child feels unsafe now. " } else { "" };
                    println!("{urgent}{} to device {}, unread since {}", u.message_id, u.recipient, u.received_at);
                }
            }
            DeskCommand::Inbox { dir, json } => {
                let received = Desk::open(&dir)?.inbox(Utc::now()).await?;
                if json {
                    println!("{}", serde_json::to_string_pretty(&received)?);
                } else if received.is_empty() {
                    println!("no messages");
                }
                for message in received.iter().filter(|_| !json) {
                    let m = &message.message;
                    println!("{} from {}", message.id, message.from);
                    println!("  topic: {}", serde_json::to_value(m.topic)?);
                    if let Some(change) = m.change {
                        println!("  change asked for: {}", serde_json::to_value(change)?);
                    }
                    if let Some(person) = &m.about_person {
                        println!("  about: {person}");
                    }
                    println!("  words: {}", m.text);
                }
            }
            DeskCommand::Serve { worker_token_file, port, lang, dir } => {
                let options = web::Options { dir, worker_token: worker_token(&worker_token_file)?, port, locale: lang };
                let serving = web::bind(options).await?;
                // The link is the only way in, and it works once; it is not a secret after.
                println!("the desk is at http://{}/", serving.address);
                println!("sign in (works once): {}", serving.sign_in);
                serving.serve(async { drop(tokio::signal::ctrl_c().await) }).await?;
            }
            DeskCommand::Reply { id, text, dir } => {
                Desk::open(&dir)?.reply(&id, &text, Utc::now()).await?;
                println!("answered {id}");
            }
        }
        Ok(())
    })
}

fn read(file: &Path) -> Result<familytime_core::plan::ValidPlan, PlanRejected> {
    validate::read_plan(&read_file(file)?)
}

fn read_file(file: &Path) -> Result<Vec<u8>, PlanRejected> {
    std::fs::read(file).map_err(|e| PlanRejected {
        problems: vec![validate::Problem {
            path: String::new(),
            message: format!("the file cannot be read: {e}"),
            fix: "check the file name and that you can read it".into(),
        }],
    })
}

fn at(path: &str) -> &str {
    if path.is_empty() { "(whole file)" } else { path }
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
