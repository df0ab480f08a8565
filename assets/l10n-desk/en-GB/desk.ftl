# The browser desk: words the adults read (social workers, advocates, IROs, duty teams).
# Adults have no age band. `familytime desk serve --lang` chooses the locale.

desk-name = Family Time desk
skip-link = Skip to main content
nav-label = Desk sections
nav-inbox = Inbox
nav-duty = Duty list
nav-plans = Plans
nav-code = Enrolment code
footer = This desk runs on your computer only. Children's messages are opened here and never stored.
error-summary-title = There is a problem
error-prefix = Error:
field-optional = (optional)

## Signing in
sign-in-refused-title = Sign in with a new link
sign-in-refused-body = This desk opens only from the one-time link it printed when it started, and that link works once. Stop the desk and run familytime desk serve again to get a new link.
form-expired-title = This form has expired
form-expired-body = The desk could not confirm the form came from this page. Go back, reload the page and send it again.
not-found-title = Page not found
not-found-body = There is no such page on this desk.

## Inbox
inbox-title = Inbox
inbox-intro = Messages children sent to this desk. Urgent ones come first, then the newest. Opening one tells the child it was read.
inbox-empty = No messages from children yet.
inbox-col-message = Message
inbox-col-about = About
inbox-col-arrived = First seen
inbox-col-status = Status
status-urgent = Urgent
status-unread = Unread
status-read = Read
status-answered = Answered
inbox-count = { $count ->
    [one] 1 message
   *[other] { $count } messages
}

topic-worry = A worry
topic-question = A question
topic-something-good = Something good
topic-change-request = Asking for a change
topic-unsafe-now = Feels unsafe right now

change-see-more = See someone more
change-see-less = See someone less
change-stop = Stop seeing someone
change-different-time = A different time
change-different-place = A different place
change-add-someone = Add someone important
change-video-calls-between-visits = Video calls between visits
change-help-with-travel = Help with travel

## One message
message-title = { $topic }
message-urgent-title = Urgent
message-urgent-body = The child told the app they feel unsafe right now. Act at once, following your council's safeguarding procedure.
message-field-topic = Topic
message-field-change = Change asked for
message-field-person = About
message-field-session = About the session
message-field-words = Their words
message-field-arrived = First seen by this desk
message-field-from = From the child's device
message-back = Back to the inbox
reply-label = Your answer
reply-hint = The child reads this in the app. Write plainly and kindly, as you would say it.
reply-send = Send answer
reply-sent-title = Answer sent
reply-sent-body = The child will see your answer, and that it was answered, the next time their app syncs.
error-reply-empty = Write an answer before you send it
error-no-longer-linked = You are no longer on this child's plan, so this desk cannot answer. The message stays unread for the duty team. Ask the child's social worker to answer.
error-no-message = This desk has no such message.
error-server = The council's server did not answer ({ $detail }). Nothing was sent. Try again in a minute.

## Duty list
duty-title = Duty list
duty-intro = Unread messages to any helper: urgent ones at once, others once they have waited longer than you choose. This list shows only who a message is for and how long it has waited, never what it says.
duty-hours-label = Other messages unread for longer than
duty-hours-hint = In hours, for example 24
duty-hours-unit = hours
duty-show = Show
duty-empty = Nothing is waiting.
duty-col-urgency = Urgency
duty-col-for = For helper device
duty-col-arrived = Arrived
duty-col-waited = Waiting for
duty-urgent = Urgent
duty-waiting = Waiting
duty-waited = { $hours ->
    [0] less than an hour
    [one] 1 hour
   *[other] { $hours } hours
}
error-duty-hours = Enter the hours as a whole number from 0 to 720, for example 24

## Plans
plans-title = Plans
plans-intro = Paste a plan file or choose one. The desk checks it, shows what the child's app will show, and publishes it only when you press Publish.
plan-file-label = Choose a plan file
plan-file-hint = The file's text is put in the box below. Nothing is sent until you press a button.
plan-label = The new version of the plan
plan-hint = The plan file's JSON.
preview-lang-label = Language to preview
lang-child = The child's own language
lang-en-GB = English
lang-cy = Welsh (Cymraeg)
preview-band-label = Age band to preview
band-child = The child's own age band
band-young = 4 to 7
band-middle = 8 to 10
band-older = 11 to 18
as-of-label = Show the app as on
as-of-hint = A date, for example 2026-11-22. Leave it empty for today.
plan-check = Check and preview
plan-publish = Publish
plan-ok-title = No problems found
plan-ok-body = The server will accept this version. The preview below is what the child's app will show.
plan-problems-title = { $count ->
    [one] The plan has 1 problem
   *[other] The plan has { $count } problems
}
plan-problems-intro = Each problem is shown next to the part of the plan it is in.
problem-at = In { $path }
problem-whole-file = In the whole file
problem-fix = How to fix it: { $fix }
plan-lines-title = The plan, part by part
published-title = Published
published-body = Version { $version } of { $plan } is published. The child's app will show it at its next sync.
refused-title = Nothing was published
error-plan-empty = Paste a plan or choose a file
error-as-of = Enter the date as year-month-day, for example 2026-11-22
error-plan-server = The council's server did not publish the plan: { $detail }
preview-title = What the child's app will show
preview-intro = The child's screens, in { $lang }, for ages { $band }, as on { $date }.
compared-with = Compared with version { $version }, the one the child's app has now.
compared-first = The child's app has no plan yet: this will be the first version.
compared-unknown = The desk could not fetch the version the child has now, so what changed is not shown: { $detail }

## Enrolment code
code-title = Enrolment code
code-intro = Make a one-time code for a child's phone. Whoever sets up the phone types it into the app. It works once, and only until it expires.
code-child-label = The child's plan id
code-child-hint = As it is in the plan file, for example jay-plan
code-make = Make a code
code-for = Enrolment code for { $child }
code-expires = Works once, until { $expires }
code-print = Print this code
error-code-child = Enter the child's plan id, for example jay-plan
error-code-server = The council's server did not make a code: { $detail }
error-preview = The desk could not show the child's screens for this plan: { $detail }

## The worker tool's plan commands (familytime plan check, preview, publish)

cli-problems = { $file }: { $count ->
    [one] 1 problem
   *[other] { $count } problems
}
cli-whole-file = (whole file)
cli-fix = fix: { $fix }
cli-no-problems = { $file }: no problems found
cli-has-problems = { $file }: the plan has problems; run `familytime plan check` to see them
cli-since-has-problems = the plan given with --since has problems; run `familytime plan check` on it
cli-server-would-refuse = the server would refuse this version, and the child's phone would keep the one they have
cli-nothing-published = nothing was published
cli-wrong-child = { $file }: this file is the plan "{ $plan }", not "{ $child }"; check that it is this child's plan file. Nothing was published
cli-published = published version { $version } of plan { $plan }: the child's app will show it at its next sync

## The worker tool's desk commands (familytime desk …)

cli-joined = joined as device { $device }: put "device": "{ $device }" on helper "{ $helper }" in plans
cli-code = enrolment code for { $child }: { $code } (works once, until { $expires })
cli-pin-reset = PIN reset code for { $child }: { $code } (works once, on that child's phone, until { $expires })
cli-remove-which = say which device: --child PLAN_ID or --helper-device DEVICE_ID
cli-removed-helper = Removed helper device { $devices }: it can no longer sign in, and no child can send to it.
cli-removed-child = Removed the child's devices for plan { $plan } ({ $devices }): they can no longer sign in, and no helper can send to them.
cli-removed-deleted = Messages waiting for the removed device, deleted (only it could open them; send again what is still needed): { $count }
cli-removed-kept = Messages it sent, kept for the helpers they were for, whose desks can still open them: { $count }
cli-removed-new-phone = To give the child a new phone, make a code for it: familytime desk code --child { $plan }
cli-duty-none = nothing unread
cli-duty-unread = { $urgent ->
    [yes] URGENT: the child feels unsafe now. { $message }
   *[no] { $message }
} to device { $device }, unread since { $since }
cli-inbox-none = no messages
cli-inbox-from = { $id } from { $from }
cli-inbox-topic = topic: { $topic }
cli-inbox-change = change asked for: { $change }
cli-inbox-about = about: { $person }
cli-inbox-words = words: { $words }
cli-desk-at = the desk is at { $address }
cli-sign-in = sign in (works once): { $link }
cli-answered = answered { $id }
