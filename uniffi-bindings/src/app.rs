//! The app object the shells hold for the app's lifetime.

use std::future::Future;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use chrono::{DateTime, Utc};
use familytime_core::crypto::{CryptoError, DeviceKeys};
use familytime_core::l10n::{self, Words};
use familytime_core::messages::{self, HowOften, Incoming, Message, Outgoing};
use familytime_core::plan::{AgeBand, Plan};
use familytime_core::relay::Relay;
use familytime_core::reminders::{ReminderSettings, Reminders as _};
use familytime_core::screens::{ChangesView, HomeView, MonthView, PersonView, Screens, SessionDetail, WeekView};
use familytime_core::signed;
use familytime_core::store::{Note, Settings, Snapshot, Store, StoreError};
use familytime_core::sync::{self, BackgroundSync as _, SyncError, SyncProblem};

use crate::error::FamilyTimeError;
use crate::platform::{BackgroundSync, KeyStore, Keys, Notifications, Reachability, ReminderScheduler, Wakeups};
use crate::types::{Draft, RightsView, SyncReport, TellView};

/// The store's file in the folder the shell gives.
const STORE_FILE: &str = "familytime.db";

/// The languages the app speaks, as `Settings.language` takes them.
#[uniffi::export]
pub fn languages() -> Vec<String> {
    l10n::locales().into_iter().map(str::to_owned).collect()
}

/// The child's app: their encrypted store, their words, the channel to the council's
/// server. One per process, held for the app's lifetime; every method may be called
/// from any thread. Screens are quick and synchronous; `enrol` and `sync` are async.
#[derive(uniffi::Object)]
pub struct FamilyTime {
    app: Arc<App>,
    /// Owned here, not by `App`: a task finishing on the runtime may drop the last `App`,
    /// and a runtime cannot be dropped from its own threads.
    runtime: tokio::runtime::Runtime,
}

pub(crate) struct App {
    path: PathBuf,
    keys: Keys,
    device: OnceLock<DeviceKeys>,
    /// `Store` is not `Sync`; screens and writes take turns on it.
    store: Mutex<Store>,
    settings: Mutex<Settings>,
    words: Mutex<Option<(WordsKey, Arc<Words>)>>,
    reminders: Notifications,
    background: Wakeups,
    network: Arc<dyn Reachability>,
    /// One enrolment or sync at a time.
    syncing: tokio::sync::Mutex<()>,
    /// A moment the tests pin so screens and what the child writes do not move with the
    /// clock (`test-hooks`); always `None` in the shells' library.
    pinned_now: Mutex<Option<DateTime<Utc>>>,
    /// What went wrong with the last sync, until one works: for the status line.
    sync_problem: Mutex<Option<SyncProblem>>,
    /// Whether the app lock has been opened since the app started or came back.
    pub(crate) gate: Mutex<familytime_core::lock::Gate>,
}

/// What a child's words depend on; they are rebuilt when any of it changes.
#[derive(Clone, PartialEq, Eq)]
struct WordsKey {
    language: String,
    band: AgeBand,
    word: Option<String>,
}

#[uniffi::export]
impl FamilyTime {
    /// Opens (on first use, creates) the child's store in `folder`, under a key kept by
    /// `keys`. `phone_language` (e.g. "cy-GB") picks the first language until the child
    /// chooses one.
    #[uniffi::constructor]
    pub fn open(
        folder: String,
        phone_language: String,
        keys: Arc<dyn KeyStore>,
        reminders: Arc<dyn ReminderScheduler>,
        background: Arc<dyn BackgroundSync>,
        network: Arc<dyn Reachability>,
    ) -> Result<Arc<FamilyTime>, FamilyTimeError> {
        let keys = Keys(keys);
        let path = PathBuf::from(folder).join(STORE_FILE);
        let store = Store::open(&path, &keys, Utc::now())?;
        let settings = match store.settings()? {
            Some(settings) => settings,
            None => Settings {
                language: language_for(&phone_language),
                age_band: None,
                family_time_word: None,
                reminder_details: false,
            },
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("familytime")
            .enable_all()
            .build()
            .map_err(|e| FamilyTimeError::Internal(format!("could not start the app's network thread: {e}")))?;
        let app = App {
            path,
            keys,
            device: OnceLock::new(),
            store: Mutex::new(store),
            settings: Mutex::new(settings),
            words: Mutex::new(None),
            reminders: Notifications(reminders),
            background: Wakeups(background),
            network,
            syncing: tokio::sync::Mutex::new(()),
            pinned_now: Mutex::new(None),
            sync_problem: Mutex::new(None),
            gate: Mutex::new(familytime_core::lock::Gate::default()),
        };
        Ok(Arc::new(FamilyTime { app: Arc::new(app), runtime }))
    }

    pub fn settings(&self) -> Settings {
        lock(&self.app.settings).clone()
    }

    /// Saves the child's choices; the next screen speaks with them, and reminders are
    /// scheduled again in the new words.
    pub fn set_settings(&self, settings: Settings) -> Result<(), FamilyTimeError> {
        // Checked before saving: words that cannot be made would break every screen.
        let band = settings.age_band.unwrap_or(AgeBand::Middle);
        Words::new(&settings.language, band, settings.family_time_word.as_deref())?;
        lock(&self.app.store).save_settings(&settings)?;
        *lock(&self.app.settings) = settings;
        self.app.schedule_reminders()
    }

    pub fn home(&self) -> Result<HomeView, FamilyTimeError> {
        self.unlocked()?;
        self.app.screen(|screens, _| screens.home())
    }

    /// The Monday-to-Sunday week containing `date`.
    pub fn week(&self, date: chrono::NaiveDate) -> Result<WeekView, FamilyTimeError> {
        self.unlocked()?;
        self.app.screen(|screens, _| screens.week(date))
    }

    /// `month` is 1 to 12; anything else is refused.
    pub fn month(&self, year: i32, month: u32) -> Result<MonthView, FamilyTimeError> {
        self.unlocked()?;
        self.app
            .screen(|screens, _| screens.month(year, month))?
            .ok_or_else(|| FamilyTimeError::Refused(format!("there is no month {month}; months are 1 to 12")))
    }

    /// A person's page; null/nil when the plan has no such person.
    pub fn person(&self, id: String) -> Result<Option<PersonView>, FamilyTimeError> {
        self.unlocked()?;
        self.app.screen(|screens, _| screens.person(&id))
    }

    /// A session's page; null/nil when there is no such session.
    pub fn session(&self, id: String) -> Result<Option<SessionDetail>, FamilyTimeError> {
        self.unlocked()?;
        self.app.screen(|screens, _| screens.session(&id))
    }

    pub fn rights(&self) -> Result<RightsView, FamilyTimeError> {
        self.unlocked()?;
        self.app.screen(|screens, _| Ok(screens.rights().into()))
    }

    /// "Tell someone", with every message sent and its answers; `about` is the person a
    /// change would be about, if the child came from their page.
    pub fn tell(&self, about: Option<String>) -> Result<TellView, FamilyTimeError> {
        self.unlocked()?;
        self.app.screen(|screens, store| Ok(screens.tell(&store.outbox()?, &store.inbox()?, about.as_deref()).into()))
    }

    /// "What changed since you last looked": one card per change new plan versions
    /// brought, until the child has seen them.
    pub fn changes(&self) -> Result<ChangesView, FamilyTimeError> {
        self.unlocked()?;
        self.app.screen(|screens, store| screens.changes(&store.unseen_changes()?))
    }

    /// The child has seen the cards of the `changes()` that gave `up_to`; changes that
    /// arrived meanwhile stay. Returns how many were marked.
    pub fn mark_changes_seen(&self, up_to: i64) -> Result<u32, FamilyTimeError> {
        self.unlocked()?;
        let marked = self.app.store().mark_changes_seen(up_to, self.app.now())?;
        Ok(u32::try_from(marked).unwrap_or(u32::MAX))
    }

    /// Saves the draft `id` as the child types; cheap enough for every pause.
    pub fn save_draft(&self, id: String, message: Message) -> Result<(), FamilyTimeError> {
        self.unlocked()?;
        Ok(self.app.store().save_draft(&id, &message, self.app.now())?)
    }

    /// After "how often do you see them?": the request the child is offered, to edit,
    /// send or keep; none when it feels just right or the person is not in the plan.
    pub fn suggested_request(&self, person: String, feeling: HowOften) -> Result<Option<Message>, FamilyTimeError> {
        self.unlocked()?;
        let store = self.app.store();
        let plan = store.outline().ok_or_else(no_plan)?;
        Ok(plan.person(&person).and_then(|p| messages::suggested_request(plan, p, feeling)))
    }

    /// Something the child writes for themselves; it never leaves the phone.
    pub fn add_note(&self, text: String, about_person: Option<String>) -> Result<Note, FamilyTimeError> {
        self.unlocked()?;
        Ok(self.app.store().add_note(&text, about_person.as_deref(), self.app.now())?)
    }

    /// The child's notes, newest first.
    pub fn notes(&self) -> Result<Vec<Note>, FamilyTimeError> {
        self.unlocked()?;
        Ok(self.app.store().notes()?)
    }

    /// Deletes a note beyond recovery from the file; whether there was one.
    pub fn delete_note(&self, id: i64) -> Result<bool, FamilyTimeError> {
        self.unlocked()?;
        Ok(self.app.store().delete_note(id)?)
    }

    /// Drafts, newest first.
    pub fn drafts(&self) -> Result<Vec<Draft>, FamilyTimeError> {
        self.unlocked()?;
        let drafts = self.app.store().drafts()?;
        Ok(drafts.into_iter().map(|(id, message)| Draft { id, message }).collect())
    }

    /// Whether there was such a draft.
    pub fn discard_draft(&self, id: String) -> Result<bool, FamilyTimeError> {
        self.unlocked()?;
        Ok(self.app.store().discard_draft(&id)?)
    }

    /// Moves the draft to the outbox, checked against the plan; the message then waits
    /// there until a sync sends it, however long the phone is offline.
    pub fn send(&self, draft_id: String) -> Result<Outgoing, FamilyTimeError> {
        self.unlocked()?;
        let outgoing = self.app.store().send(&draft_id, self.app.now())?;
        self.app.schedule_background()?;
        Ok(outgoing)
    }

    /// Everything sent, newest first, with where it has got to.
    pub fn outbox(&self) -> Result<Vec<Outgoing>, FamilyTimeError> {
        self.unlocked()?;
        Ok(self.app.store().outbox()?)
    }

    /// Answers from helpers, oldest first.
    pub fn replies(&self) -> Result<Vec<Incoming>, FamilyTimeError> {
        self.unlocked()?;
        Ok(self.app.store().inbox()?)
    }

    /// A plan file signed by the council this phone joined; refused, keeping the stored
    /// plan, when another key signed it, it was changed, or it is older.
    pub fn import_plan(&self, signed_plan: Vec<u8>) -> Result<(), FamilyTimeError> {
        let mut store = self.app.store();
        let joined = store.joined()?.ok_or_else(|| {
            FamilyTimeError::NotEnrolled("join the council's server first: a plan is checked against its key".into())
        })?;
        let plan = signed::open(&signed_plan, &joined.council)?;
        store.import_plan(plan, Utc::now())?;
        drop(store);
        self.app.schedule_reminders()
    }

    /// Gives the platform the reminders for the next two weeks, replacing any before.
    pub fn schedule_reminders(&self) -> Result<(), FamilyTimeError> {
        self.app.schedule_reminders()
    }

    /// Joins the council's server at `server` with the one-time `code` a worker gave.
    /// Safe to abandon: the work goes on to the end on the app's own thread.
    pub async fn enrol(&self, server: String, code: String) -> Result<(), FamilyTimeError> {
        let app = self.app.clone();
        self.run(async move {
            app.join(server, code).await?;
            // From now on the phone looks for new plans and answers on its own.
            app.schedule_background()
        })
        .await
    }

    /// Sends what the outbox holds, then fetches answers and receipts. Safe to abandon
    /// or to call again at any time: a message is sent once however often it is retried.
    pub async fn sync(&self) -> Result<SyncReport, FamilyTimeError> {
        let app = self.app.clone();
        self.run(async move { app.sync().await }).await
    }
}

impl FamilyTime {
    /// Runs `work` on the app's runtime. Awaiting it from a cancelled coroutine or task
    /// drops only the handle: the work itself finishes, and the store records it.
    pub(crate) async fn run<T: Send + 'static>(
        &self,
        work: impl Future<Output = Result<T, FamilyTimeError>> + Send + 'static,
    ) -> Result<T, FamilyTimeError> {
        match self.runtime.spawn(work).await {
            Ok(result) => result,
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Err(e) => Err(FamilyTimeError::Internal(format!("the app's network thread stopped: {e}"))),
        }
    }

    #[cfg(any(test, feature = "test-hooks"))]
    pub(crate) fn app_store(&self) -> MutexGuard<'_, Store> {
        self.app.store()
    }

    #[cfg(any(test, feature = "test-hooks"))]
    pub(crate) fn pin_now(&self, at: DateTime<Utc>) {
        *lock(&self.app.pinned_now) = Some(at);
    }

    pub(crate) fn app(&self) -> &Arc<App> {
        &self.app
    }
}

impl App {
    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }

    pub(crate) fn now(&self) -> DateTime<Utc> {
        lock(&self.pinned_now).unwrap_or_else(Utc::now)
    }

    pub(crate) fn settings(&self) -> Settings {
        lock(&self.settings).clone()
    }

    pub(crate) fn sync_problem(&self) -> Option<SyncProblem> {
        *lock(&self.sync_problem)
    }

    /// Builds a screen that needs no plan, with the child's words and their plan if one
    /// has arrived.
    pub(crate) fn planless<T>(
        &self,
        build: impl FnOnce(&Words, Option<&Plan>, &Store) -> Result<T, StoreError>,
    ) -> Result<T, FamilyTimeError> {
        let store = self.store();
        let plan = store.outline();
        let words = self.words(plan)?;
        Ok(build(&words, plan, &store)?)
    }

    /// The age band the screens speak in: the child's choice, else their plan's.
    pub(crate) fn band(&self, plan: Option<&Plan>) -> Option<AgeBand> {
        lock(&self.settings).age_band.or(plan.map(|p| p.child.age_band))
    }

    /// Builds a screen with the child's words, on one consistent read of the store.
    pub(crate) fn screen<T>(
        &self,
        build: impl FnOnce(&Screens<'_, Snapshot<'_>>, &Store) -> Result<T, StoreError>,
    ) -> Result<T, FamilyTimeError> {
        let store = self.store();
        let plan = store.outline().ok_or_else(no_plan)?;
        let words = self.words(Some(plan))?;
        let snapshot = store.snapshot()?;
        let screens = Screens::new(plan, &snapshot, &words, self.now());
        Ok(build(&screens, &store)?)
    }

    /// Before a plan (and a choice of band) the words are for 8 to 10: plain enough for
    /// most, not babyish for a teenager.
    fn words(&self, plan: Option<&Plan>) -> Result<Arc<Words>, FamilyTimeError> {
        let band = self.band(plan).unwrap_or(AgeBand::Middle);
        // One guard for both fields: a second `lock` in the same expression would wait
        // for the first guard, which lives to the end of the statement, forever.
        let settings = self.settings();
        let key = WordsKey {
            band,
            word: settings.family_time_word.or_else(|| plan?.child.family_time_word.clone()),
            language: settings.language,
        };
        let mut cached = lock(&self.words);
        if let Some((made_for, words)) = cached.as_ref()
            && *made_for == key
        {
            return Ok(words.clone());
        }
        let words = Arc::new(Words::new(&key.language, key.band, key.word.as_deref())?);
        *cached = Some((key, words.clone()));
        Ok(words)
    }

    fn device(&self) -> Result<&DeviceKeys, CryptoError> {
        if let Some(keys) = self.device.get() {
            return Ok(keys);
        }
        let keys = DeviceKeys::load_or_create(&self.keys)?;
        Ok(self.device.get_or_init(|| keys))
    }

    pub(crate) fn schedule_reminders(&self) -> Result<(), FamilyTimeError> {
        let settings = ReminderSettings { show_details: lock(&self.settings).reminder_details };
        let mut reminders = match self.screen(|screens, _| screens.reminders(settings)) {
            Ok(reminders) => reminders,
            Err(FamilyTimeError::NoPlan(_)) => Vec::new(),
            Err(e) => return Err(e),
        };
        reminders.extend(crate::feelings::after_reminders(self)?);
        reminders.sort_by_key(|r| r.at);
        self.reminders.replace_all(reminders).map_err(|e| FamilyTimeError::Platform(e.to_string()))
    }

    /// Asks the platform for the next background sync, when the core says it is due.
    pub(crate) fn schedule_background(&self) -> Result<(), FamilyTimeError> {
        let earliest = sync::next_sync(&self.store(), Utc::now())?;
        self.background.schedule(earliest).map_err(|e| FamilyTimeError::Platform(e.to_string()))
    }

    /// A connection of its own for the network round trips, so screens keep reading
    /// while a slow server is awaited; it replaces the screens' connection afterwards,
    /// so they see anything the sync changed.
    pub(crate) fn second_connection(&self) -> Result<Store, FamilyTimeError> {
        Ok(Store::open(&self.path, &self.keys, Utc::now())?)
    }

    /// Joins the council's server; the core's own error, so that a code the server
    /// refused can be told to the child in their words.
    pub(crate) async fn join(&self, server: String, code: String) -> Result<(), SyncError> {
        let _one_at_a_time = self.syncing.lock().await;
        let relay = Relay::new(&server, None)?;
        let mut store = Store::open(&self.path, &self.keys, Utc::now())?;
        sync::enrol(&mut store, &relay, self.device()?, &server, &code).await?;
        *self.store() = store;
        *lock(&self.sync_problem) = None;
        Ok(())
    }

    async fn sync(&self) -> Result<SyncReport, FamilyTimeError> {
        let _one_at_a_time = self.syncing.lock().await;
        if !self.network.is_online() {
            *lock(&self.sync_problem) = Some(SyncProblem::Offline);
            self.schedule_background()?;
            return Err(FamilyTimeError::Offline(
                "this phone is offline; messages wait in the outbox and go when it is back online".into(),
            ));
        }
        let mut store = self.second_connection()?;
        let joined = store.joined()?.ok_or_else(|| FamilyTimeError::from(SyncError::NotEnrolled))?;
        let relay = Relay::new(&joined.server, None)?;
        let result = sync::sync(&mut store, &relay, self.device()?, Utc::now()).await;
        *lock(&self.sync_problem) = result.as_ref().err().map(SyncProblem::of);
        // Whatever the sync got to is stored; the screens read it from here on.
        *self.store() = store;
        self.schedule_background()?;
        let mut report = SyncReport::from_core(result?);
        report.reminders_error = self.schedule_reminders().err().map(|e| e.to_string());
        Ok(report)
    }
}

/// The lock even if a panic poisoned it: the store's writes are transactions, so a
/// panic mid-call leaves the file consistent, and the app must keep working.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn no_plan() -> FamilyTimeError {
    FamilyTimeError::NoPlan("no plan has arrived yet; it comes from the council once this phone has joined".into())
}

/// The app's language closest to the phone's ("cy-GB" → "cy"), or en-GB.
fn language_for(phone: &str) -> String {
    let locales = l10n::locales();
    let primary = |tag: &str| tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    let chosen = locales
        .iter()
        .find(|l| l.eq_ignore_ascii_case(phone))
        .or_else(|| locales.iter().find(|l| primary(l) == primary(phone)));
    chosen.map_or(l10n::FALLBACK, |l| *l).to_owned()
}
