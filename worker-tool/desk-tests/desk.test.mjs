// The browser desk, end to end, in Debian's Chromium: a council server, the worker tool's
// desk and a child's phone (the real core) on 127.0.0.1. Run by `cargo xtask desk-test`,
// which builds the three programs and passes their paths in FAMILYTIME_SERVER,
// FAMILYTIME_TOOL and FAMILYTIME_CHILD.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { PNG } from "pngjs";
import pixelmatch from "pixelmatch";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const bins = {
  server: process.env.FAMILYTIME_SERVER,
  tool: process.env.FAMILYTIME_TOOL,
  child: process.env.FAMILYTIME_CHILD,
};
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const references = join(here, "screenshots");
const updating = process.env.UPDATE_SCREENSHOTS === "1";
const axeSource = readFileSync(join(here, "node_modules/axe-core/axe.min.js"), "utf8");

const WORRY = "I am worried about Mum. She looked sad at the family centre.";
const URGENT = "Someone is shouting at home and I feel scared.";
const ANSWER = "Thank you for telling me, Jay. I will call you after school today.";
const XSS_SCRIPT = "<script>window.__xss = 'script'</script>hello";
const XSS_IMG = "<img src=x onerror=\"window.__xss = 'img'\">look";

const work = mkdtempSync(join(tmpdir(), "familytime-desk-"));
const processes = [];
let council, desk, browser, context, page, deskOutput = "";

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port) {
  for (let tries = 0; tries < 300; tries++) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1", () => { socket.destroy(); resolve(true); });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nothing listened on ${port}`);
}

function run(bin, args) {
  return execFileSync(bin, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function child(...args) {
  return JSON.parse(run(bins.child, args));
}

function jay(device, version, change) {
  const plan = JSON.parse(readFileSync(join(root, "assets/samples/jay-8-10.json"), "utf8"));
  plan.helpers.find((h) => h.id === "amira").device = device;
  plan.version = version;
  if (change) plan.session_changes.push(change);
  return JSON.stringify(plan, null, 2);
}

/// The Wednesday visit a week or more from now, as the plan writes it.
function nextWednesday() {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 7 + ((3 - day.getUTCDay() + 7) % 7));
  return `${day.toISOString().slice(0, 10)}T16:00`;
}

/// axe-core in the page: no serious or critical violations.
async function accessible(name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`), [], `${name}: axe`);
}

/// At 200% zoom (half the width, twice the pixels) nothing scrolls sideways.
async function zoomed(name) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 640, height: 900 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${name}: at 200% the page scrolls sideways by ${overflow}px`);
  await page.setViewportSize(size);
}

/// The page as a picture, against its committed reference; what changes from run to run
/// (ids, times, codes) is masked.
async function looks(name, masks = []) {
  const mask = [page.locator(".mono"), page.locator("[data-varies]"), ...masks];
  const shot = PNG.sync.read(await page.screenshot({ fullPage: true, mask, animations: "disabled" }));
  const file = join(references, `${name}.png`);
  if (updating || !existsSync(file)) {
    mkdirSync(references, { recursive: true });
    writeFileSync(file, PNG.sync.write(shot));
    return;
  }
  const reference = PNG.sync.read(readFileSync(file));
  assert.equal(`${shot.width}x${shot.height}`, `${reference.width}x${reference.height}`, `${name}: size`);
  const diff = new PNG({ width: shot.width, height: shot.height });
  const changed = pixelmatch(shot.data, reference.data, diff.data, shot.width, shot.height, { threshold: 0.2 });
  const share = changed / (shot.width * shot.height);
  if (share > 0.01) writeFileSync(join(work, `${name}-diff.png`), PNG.sync.write(diff));
  assert.ok(share <= 0.01, `${name}: ${(share * 100).toFixed(2)}% of the picture differs (diff in ${work})`);
}

async function checked(name, masks) {
  await accessible(name);
  await zoomed(name);
  await looks(name, masks);
}

before(async () => {
  for (const [name, path] of Object.entries(bins)) assert.ok(path && existsSync(path), `${name} program: ${path}`);
  const port = await freePort();
  const data = join(work, "council");
  council = { url: `http://127.0.0.1:${port}/`, token: join(data, "worker-token") };
  processes.push(spawn(bins.server, ["serve", "--data", data, "--listen", `127.0.0.1:${port}`], { stdio: "ignore" }));
  await waitForPort(port);

  const deskDir = join(work, "desk");
  council.device = run(bins.tool, ["desk", "join", "--server", council.url, "--worker-token-file", council.token,
    "--helper", "amira", "--dir", deskDir]).match(/device (\S+):/)[1];
  desk = spawn(bins.tool, ["desk", "serve", "--worker-token-file", council.token, "--dir", deskDir]);
  processes.push(desk);
  desk.stderr.on("data", (chunk) => { deskOutput += chunk; });
  council.signIn = await new Promise((resolve, reject) => {
    desk.stdout.on("data", (chunk) => {
      deskOutput += chunk;
      const link = deskOutput.match(/sign in \(works once\): (\S+)/);
      if (link) resolve(link[1]);
    });
    desk.once("exit", (code) => reject(new Error(`the desk stopped (${code}): ${deskOutput}`)));
  });

  browser = await chromium.launch({ executablePath: chromiumPath, args: ["--font-render-hinting=none"] });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  page = await context.newPage();
  page.on("dialog", (dialog) => { throw new Error(`a dialog opened: ${dialog.message()}`); });
});

after(async () => {
  await browser?.close();
  for (const process of processes) process.kill();
  rmSync(work, { recursive: true, force: true });
});

test("only the browser that opens the one-time link gets in", async () => {
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  assert.equal((await strangerPage.goto(council.signIn.replace(/[0-9a-f]{8}$/, "00000000"))).status(), 401);
  await page.goto(council.signIn);
  assert.match(page.url(), /\/inbox$/);
  const cookie = (await context.cookies()).find((c) => c.name === "desk_session");
  assert.ok(cookie.httpOnly, "HttpOnly");
  assert.equal(cookie.sameSite, "Strict");
  // The link works once, and the desk's pages need the session.
  assert.equal((await strangerPage.goto(council.signIn)).status(), 401);
  assert.equal((await strangerPage.goto(council.signIn.replace(/sign-in.*/, "inbox"))).status(), 401);
  await expectText(strangerPage, "Sign in with a new link");
  const response = await page.goto(council.signIn.replace(/sign-in.*/, "inbox"));
  const csp = response.headers()["content-security-policy"];
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'/);
  await stranger.close();
});

async function expectText(target, text) {
  const body = await target.locator("body").innerText();
  assert.ok(body.includes(text), `"${text}" is not on the page:\n${body}`);
}

const base = () => council.signIn.replace(/sign-in.*/, "");

test("the worker publishes Jay's plan and makes an enrolment code, by keyboard", async () => {
  await page.goto(`${base()}plans`);
  await checked("plans-empty");
  await page.fill("#plan", jay(council.device, 7));
  await page.click("button[value=publish]");
  await expectText(page, "Version 7 of kt-2026-0413 is published");

  await page.goto(`${base()}code`);
  await checked("code-empty");
  // Keyboard only: Tab to the field, type, Enter.
  for (let tabs = 0; tabs < 20 && (await page.evaluate(() => document.activeElement?.id)) !== "child"; tabs++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.type("kt-2026-0413");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#code");
  await expectText(page, "Enrolment code for kt-2026-0413");
  await expectText(page, "Works once, until");
  const size = await page.locator("#code").evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(size >= 48, `the code is large (${size}px)`);
  council.code = (await page.locator("#code").innerText()).trim();
  await checked("code-made", [page.locator("#code"), page.locator(".code-expires")]);
});

test("a child's worry and urgent message arrive, urgent first, and the answer reaches the phone", async () => {
  const phone = join(work, "phone");
  assert.equal(child("enrol", phone, council.url, council.code).plan_version, 7);
  const worry = child("send", phone, "worry", WORRY);
  child("send", phone, "unsafe_now", URGENT);

  await page.goto(`${base()}inbox`);
  const rows = page.locator("tbody tr");
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).innerText(), /Feels unsafe right now[\s\S]*Urgent[\s\S]*Unread/);
  assert.match(await rows.nth(1).innerText(), /A worry[\s\S]*Unread/);
  assert.equal(await rows.nth(0).evaluate((row) => getComputedStyle(row.cells[0]).fontWeight), "700", "unread is bold");
  await checked("inbox", [page.locator("tbody td:nth-child(3)")]);

  await rows.nth(0).locator("a").click();
  await expectText(page, "Act at once");
  await expectText(page, URGENT);
  await checked("message-urgent", [page.locator(".summary-row:nth-last-child(-n+2) dd")]);

  await page.goto(`${base()}messages/${worry.id}`);
  await page.click("button[type=submit]");
  await expectText(page, "Write an answer before you send it");
  assert.equal(await page.locator(".error-summary a").getAttribute("href"), "#reply");
  await checked("message-reply-empty", [page.locator(".summary-row:nth-last-child(-n+2) dd")]);
  await page.fill("#reply", ANSWER);
  await page.click("button[type=submit]");
  await expectText(page, "Answer sent");

  const { replies } = child("replies", phone);
  assert.deepEqual(replies, [{ thread: worry.id, helper: "amira", text: ANSWER }]);
  await page.goto(`${base()}inbox`);
  assert.match(await page.locator("tbody tr").nth(1).innerText(), /Answered/);

  await page.goto(`${base()}duty`);
  await expectText(page, "Nothing is waiting.");
  await checked("duty");
});

test("what a child writes shows as text, never as markup", async () => {
  const phone = join(work, "phone");
  const script = child("send", phone, "question", XSS_SCRIPT);
  const image = child("send", phone, "question", XSS_IMG);
  for (const [id, text] of [[script.id, XSS_SCRIPT], [image.id, XSS_IMG]]) {
    await page.goto(`${base()}messages/${id}`);
    assert.equal(await page.locator("#child-words").innerText(), text);
    assert.equal(await page.locator("#child-words img, #child-words script").count(), 0);
  }
  await page.goto(`${base()}inbox`);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
});

test("a form posted without the page's CSRF token is refused", async () => {
  const noToken = await page.request.post(`${base()}code`, { form: { child: "kt-2026-0413" }, maxRedirects: 0 });
  assert.equal(noToken.status(), 403);
  assert.match(await noToken.text(), /This form has expired/);
  const wrong = await page.request.post(`${base()}code`, { form: { child: "kt-2026-0413", csrf: "0".repeat(64) } });
  assert.equal(wrong.status(), 403);
});

test("a cut with no reason is refused next to its field; with the reason it publishes and the child is told", async () => {
  const cut = { arrangement: "mum-and-kai", planned: nextWednesday(), kind: "cancelled", decided_by: "social_worker" };
  await page.goto(`${base()}plans`);
  await page.fill("#plan", jay(council.device, 8, cut));
  await page.click("button[value=publish]");
  await expectText(page, "Nothing was published");
  const problem = page.locator("#problem-1");
  assert.match(await problem.innerText(), /In \/session_changes\/3\/reason: a cancelled session has no reason/);
  assert.match(await problem.innerText(), /How to fix it: write why it was cancelled/);
  // Next to its field: the line just above the problem is the cancelled session's.
  const line = await problem.evaluate((p) => p.closest("li").querySelector("code").textContent);
  assert.equal(line, "{");
  const next = await problem.evaluate((p) => p.closest("li").nextElementSibling.textContent.trim());
  assert.equal(next, "\"arrangement\": \"mum-and-kai\"");
  await page.click(".error-summary a[href='#problem-1']");
  assert.equal(await page.evaluate(() => location.hash), "#problem-1");
  await checked("plan-refused");

  const explained = { ...cut, reason: "Mum has to go to hospital that day for a check-up." };
  await page.fill("#plan", jay(council.device, 8, explained));
  await page.click("button[value=check]");
  await expectText(page, "No problems found");
  // The desk compared it with what Jay's phone has, fetched from the server, not pasted.
  await expectText(page, "Compared with version 7, the one the child's app has now.");
  const screens = page.locator(".screen");
  assert.match(await screens.nth(0).innerText(), /hospital/);
  await checked("plan-preview");
  await page.click("button[value=publish]");
  await expectText(page, "Version 8 of kt-2026-0413 is published");
  const phone = join(work, "phone");
  child("replies", phone);
});

/// A second desk on the same council, in Welsh, signed in from its own one-time link.
async function welshDesk() {
  const dir = join(work, "desk-cy");
  run(bins.tool, ["desk", "join", "--server", council.url, "--worker-token-file", council.token, "--helper", "amira",
    "--dir", dir]);
  const welsh = spawn(bins.tool, ["desk", "serve", "--worker-token-file", council.token, "--dir", dir, "--lang", "cy"]);
  processes.push(welsh);
  let said = "";
  return new Promise((resolve, reject) => {
    welsh.stdout.on("data", (chunk) => {
      said += chunk;
      // The Welsh desk says "mewngofnodi"; the link is the same kind of link.
      const link = said.match(/(http:\/\/\S+\/sign-in\S*)/);
      if (link) resolve(link[1]);
    });
    welsh.once("exit", (code) => reject(new Error(`the Welsh desk stopped (${code}): ${said}`)));
  });
}

test("a Welsh desk says a plan's problem in Welsh, next to its field", async () => {
  const signIn = await welshDesk();
  const cymraeg = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 }))
    .newPage();
  await cymraeg.goto(signIn);
  await cymraeg.goto(signIn.replace(/sign-in.*/, "plans"));
  const cut = { arrangement: "mum-and-kai", planned: nextWednesday(), kind: "cancelled", decided_by: "social_worker" };
  await cymraeg.fill("#plan", jay(council.device, 9, cut));
  await cymraeg.click("button[value=check]");
  await expectText(cymraeg, "Ni chyhoeddwyd dim");
  const problem = cymraeg.locator("#problem-1");
  assert.match(await problem.innerText(), /Yn \/session_changes\/3\/reason: does dim rheswm dros ganslo'r sesiwn/);
  assert.match(await problem.innerText(), /Sut i'w thrwsio: ysgrifennwch pam y cafodd ei chanslo/);
  const next = await problem.evaluate((p) => p.closest("li").nextElementSibling.textContent.trim());
  assert.equal(next, "\"arrangement\": \"mum-and-kai\"");
  const summary = await cymraeg.locator(".error-summary").innerText();
  assert.match(summary, /Mae gan y cynllun 1 broblem/);
  assert.ok(!/has no reason|How to fix/.test(await cymraeg.locator("main").innerText()), "no English on the page");
  // Accessible, whole at 200%, and as pictured, like the English page.
  const english = page;
  page = cymraeg;
  try {
    await checked("plan-refused-cy");
  } finally {
    page = english;
  }
});

test("nothing a child wrote reaches the desk's output", () => {
  for (const text of [WORRY, URGENT, "window.__xss"]) assert.ok(!deskOutput.includes(text), `the desk printed "${text}"`);
});
