# What `familytime plan check`, the desk and the council's server say is wrong with a
# plan file, and how to fix it, for social workers. Each message says what is wrong; its
# .fix says what to do. Variables are only numbers, field and rule-part names, dates the
# checker read, or the plan's own ids: never text from the plan, which may hold an address.
# Keep the plan format's own words (field names, FREQ=MONTHLY;BYDAY=1SA, "#3A7D44") as
# they are: the worker types them into the file.

## Shared parts of fixes

-id-rule = use 1-40 lower-case letters, digits and hyphens, e.g. "sam-saturdays"
-name-rule = use a first name or what the child calls them ("Mum", "Nan", "Uncle Dave")
-rule-parts = write the rule as NAME=VALUE parts separated by ';', in capital letters, digits, ',' and '-', e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=SA (every other Saturday)
-how-freq = write FREQ=DAILY, FREQ=WEEKLY, FREQ=MONTHLY or FREQ=YEARLY; every other Saturday is FREQ=WEEKLY;INTERVAL=2;BYDAY=SA
-how-interval = write INTERVAL as a whole number from 1 to 366: INTERVAL=2 means every other week
-how-count = write COUNT as the number of sessions, 1 or more: COUNT=6 for six sessions
-how-until = write UNTIL as the date of the last day, UNTIL=20270731, or a UK time, UNTIL=20270731T170000
-how-byday = write BYDAY as two-letter days separated by commas, MO TU WE TH FR SA SU, e.g. BYDAY=MO,WE; in a monthly rule a number in front picks one of them: BYDAY=1SA is the first Saturday, BYDAY=-1SA the last
-how-bymonthday = write BYMONTHDAY as days of the month from 1 to 31, or -1 to -31 counted from the month's end (-1 is the last day; there is no day 0), e.g. BYMONTHDAY=1,15
-how-bymonth = write BYMONTH as month numbers from 1 to 12, e.g. BYMONTH=6,12 for June and December
-how-bysetpos = write BYSETPOS as positions among the days the rule picks, 1 or more or -1 or less: BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 is the last weekday
-how-wkst = write WKST as a two-letter day, e.g. WKST=MO
-write-one-of = write one of:

## Reading the file

file-unreadable = the file cannot be read: { $reason ->
        [not-found] there is no file with that name
        [permission-denied] you do not have permission to read it
       *[other] the computer could not open it
    }
    .fix = check the file name and that you can read it
file-too-large = the file is { $bytes } bytes; a plan is at most { $max } bytes
    .fix = check that this is a family-time plan file
json-ends-early = the file ends before the plan does (line { $line }, column { $column })
    .fix = check that the whole plan was copied: every {"{"} and [ needs its {"}"} and ]
json-trailing = there is more after the plan ends (line { $line }, column { $column })
    .fix = remove everything after the plan's closing {"}"}: a file holds one plan and nothing else
json-invalid = the file is not valid JSON at line { $line }, column { $column }
    .fix = correct the JSON at that line and column (a missing comma, quote or bracket)
field-unknown = this has a field the plan format does not have
    .fix = remove it or correct its spelling; the fields here are: { $fields }
field-missing = "{ $field }" is missing here
    .fix = add "{ $field }" (docs/plan-format.md)
field-twice = "{ $field }" is written twice here
    .fix = keep one "{ $field }"
not-object = this is not an object in {"{ }"}
    .fix = write the fields docs/plan-format.md lists for it between {"{"} and {"}"}
not-list = this is not a list in [ ]
    .fix = write a list between [ and ], or leave the field out for none (a list cannot be null)
not-text = this is not text
    .fix = write it as text between double quotes
not-whole-number = this is not a whole number
    .fix = write a whole number of 0 or more without quotes, e.g. 7
not-date = this is not a date written YYYY-MM-DD
    .fix = write a real date as "YYYY-MM-DD" with nothing around it, e.g. "2026-11-18"
not-local-time = this is not a UK date and time written YYYY-MM-DDTHH:MM
    .fix = write a real date and a 24-hour time as "YYYY-MM-DDTHH:MM", e.g. "2026-09-05T10:00", with no offset
not-time-of-day = this is not a time of day written HH:MM
    .fix = write a 24-hour time with two-digit hours and minutes, e.g. "09:00"
not-month-day = this is not a month and day written MM-DD
    .fix = write a day of the year with two-digit month and day, e.g. "07-19"
not-weekday = this is not a weekday
    .fix = write Mon, Tue, Wed, Thu, Fri, Sat or Sun, exactly so
not-age-band = this is not an age band
    .fix = { -write-one-of } { $choices }
not-relationship = this is not a relationship the format knows
    .fix = { -write-one-of } { $choices }
not-status = this is not a status the format knows
    .fix = { -write-one-of } { $choices }
not-role = this is not a helper's role the format knows
    .fix = { -write-one-of } { $choices }
not-form = this is not a form of family time the format knows
    .fix = { -write-one-of } { $choices }
not-support = this is not a kind of support the format knows
    .fix = { -write-one-of } { $choices }
not-decided-by = this is not someone who decides, as the format names them
    .fix = { -write-one-of } { $choices }
not-venue-kind = this is not a kind of place the format knows
    .fix = { -write-one-of } { $choices }
not-change-kind = this is not a kind of change the format knows
    .fix = { -write-one-of } { $choices }
not-session-change-kind = this is not a kind of session change
    .fix = { -write-one-of } { $choices }

## The plan, the child and the people

format-unknown = this is not a family-time plan file
    .fix = set format to "{ $format }"
format-version-unknown = this tool reads plan format version { $reads }, not { $found }
    .fix = write the plan in format version { $reads }, or update the app and tool
id-unusable = this is not a usable id
    .fix = { -id-rule }
id-twice = the id "{ $id }" is used twice
    .fix = give each one its own id
version-zero = plan versions start at 1
    .fix = set version to 1 for a first plan
child-name-not-first-name = this is not a single first name
    .fix = use the child's first name only
language-unknown = this is not a language the app speaks
    .fix = use "en-GB" for English or "cy" for Welsh
family-time-word-length = the child's word for family time is empty or longer than { $max } characters
    .fix = use the child's own short word, or leave it out to use "family time"
name-empty = the name is empty
    .fix = { -name-rule }
name-too-long = the name is longer than { $max } characters
    .fix = { -name-rule }
name-not-letters = the name has characters other than letters, hyphens and apostrophes
    .fix = { -name-rule }
name-full-name = the name looks like a full name
    .fix = { -name-rule }
colour-unknown = this is not a colour
    .fix = write a colour as "#RRGGBB", e.g. "#3A7D44"
emoji-not-emoji = a picture's emoji must be emoji only: no letters, numbers or spaces
    .fix = choose one emoji the child knows them by, e.g. "🐶", or leave emoji out
reads-within-days-range = a promise to read must be between { $min } and { $max } working days
    .fix = use the number of working days the helper promises, e.g. 1
device-id-unusable = this is not a device id
    .fix = { -id-rule }
helper-name-not-first-name = this is not a first name
    .fix = use the helper's first name only
working-hours-empty = working hours need at least one day and a start before the end
    .fix = e.g. {"{"}"days": ["Mon", "Tue"], "from": "09:00", "to": "17:00"{"}"}
text-control-character = this has an invisible control character in it
    .fix = retype the text (copying from another program can bring these); only new lines are allowed
text-locating = this looks like it contains { $detail ->
        [postcode] a postcode
        [street] a street address
        [flat] a flat or house number
        [phone] a phone number
        [email] an email address
       *[web] a web address
    }
    .fix = plans never carry addresses, postcodes, contact details or the placement's area: describe the place instead ("the family centre", "the park")

## Arrangements and their schedules

arrangement-with-nobody = the arrangement is with nobody
    .fix = list the ids of the people
person-unknown = there is no person with the id "{ $id }"
    .fix = use one of the ids in people: { $ids }
purpose-missing = the arrangement has no purpose
    .fix = say in plain words why this family time is arranged the way it is
venue-missing = a visit needs a venue
    .fix = add a venue with its kind and a description such as "the family centre"
start-skipped = { $time } does not exist in the UK: the clocks go forward that night
    .fix = choose a time outside 01:00-02:00 on that night
start-repeated = { $time } happens twice in the UK: the clocks go back that night
    .fix = choose a time outside 01:00-02:00 on that night
duration-missing = a visit or call needs to say how long it lasts
    .fix = add duration_minutes, e.g. 120 for two hours
duration-impossible = { $minutes } minutes is not a possible length for a session
    .fix = use a length between 1 and { $max } minutes
rule-no-sessions = the repeat rule gives no sessions at all
    .fix = check the rule's days and months, e.g. BYMONTHDAY=31 never falls in February
change-reason-missing = a change that means less family time ({ $kind ->
        [reduced] reduced
        [suspended] suspended
       *[ended] ended
    }) has no reason
    .fix = write why, in words the child can be shown: children told us not knowing why hurts most
changes-out-of-order = changes are not in date order
    .fix = list an arrangement's changes oldest first
until-not-suspension = only a suspension has an end date
    .fix = remove until
suspension-ends-before-start = the suspension ends before it starts
    .fix = check the dates
resumed-not-suspended = family time is resumed but was never suspended
    .fix = add the suspension before it, or use "started"

## Repeat rules (RFC 5545 RRULE)

rule-not-plain-text = the repeat rule has characters a rule never contains
    .fix = { -rule-parts }
rule-too-long = the repeat rule is longer than { $max } characters
    .fix = { -rule-parts }
rule-not-name-value = part { $position } of the repeat rule is not written NAME=VALUE
    .fix = { -rule-parts }
rule-unknown-part = part { $position } of the repeat rule is not one this app reads
    .fix = use only the parts FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS and WKST
rule-time-of-day = { $part } would give more than one session a day, each at its own time
    .fix = leave out BYHOUR, BYMINUTE and BYSECOND: the session's time is the schedule's start; for a second session on the same day, add another arrangement
rule-day-of-year = { $part } picks days in a way this app does not read
    .fix = pick days with BYMONTH and BYMONTHDAY instead, e.g. FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=19
rule-part-twice = { $part } is given twice in the repeat rule
    .fix = keep one { $part } part; list several values in it separated by commas
rule-no-freq = the repeat rule has no FREQ: it does not say how often sessions repeat
    .fix = { -how-freq }
rule-more-than-daily = the repeat rule repeats more often than once a day
    .fix = family time is at most once a day: write FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, and add another arrangement for a second session on the same day
rule-bad-value = the value of { $part } is not one a rule can have
    .fix = { $part ->
        [FREQ] { -how-freq }
        [INTERVAL] { -how-interval }
        [COUNT] { -how-count }
        [UNTIL] { -how-until }
        [BYDAY] { -how-byday }
        [BYMONTHDAY] { -how-bymonthday }
        [BYMONTH] { -how-bymonth }
        [BYSETPOS] { -how-bysetpos }
       *[WKST] { -how-wkst }
    }
rule-interval-zero = INTERVAL=0 would never repeat: an interval counts days, weeks, months or years between sessions
    .fix = { -how-interval }
rule-count-zero = COUNT=0 would give no sessions
    .fix = { -how-count }
rule-count-and-until = the repeat rule has both COUNT and UNTIL
    .fix = keep either COUNT (how many sessions) or UNTIL (the last day), not both
rule-numbered-day-not-monthly = a numbered day in BYDAY only works in a rule that repeats monthly or yearly
    .fix = for the first Saturday of each month write FREQ=MONTHLY;BYDAY=1SA; for every Saturday write FREQ=WEEKLY;BYDAY=SA
rule-numbered-day-past-month = a numbered day in BYDAY is out of range: a month has at most five of each day
    .fix = number days from 1 to 5, or -1 to -5 from the month's end: BYDAY=-1SA is the last Saturday
rule-numbered-day-past-year = a numbered day in BYDAY is out of range: a year has at most 53 of each day, or 52 counted from its end
    .fix = number days from 1 to 53, or -1 to -52 from the year's end, or add BYMONTH to count within a month: FREQ=YEARLY;BYMONTH=12;BYDAY=1SA
rule-fifth-from-end = BYDAY counted five from the end of the month only works in a rule that repeats every month
    .fix = leave out INTERVAL and BYSETPOS, or count from the start of the month: BYDAY=1SA
rule-month-day-in-weekly = BYMONTHDAY cannot be used in a weekly rule
    .fix = for days of the month write FREQ=MONTHLY;BYMONTHDAY=1; for days of the week write BYDAY=MO
rule-position-without-days = BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH to choose among
    .fix = { -how-bysetpos }
rule-until-outside-years = UNTIL names a year outside { $from }-{ $to }, the years a plan may name
    .fix = write the last day of the arrangement, between { $from } and { $to }, e.g. UNTIL=20270731
rule-until-clock-change = UNTIL names a time the clocks skip or repeat that night
    .fix = end the rule on that day instead: UNTIL=YYYYMMDD
rule-until-before-start = the repeat rule ends (UNTIL) before its first session starts
    .fix = make UNTIL the date of the last session, on or after the schedule's start, e.g. UNTIL=20270731

## Changes to single sessions

arrangement-unknown = there is no arrangement with the id "{ $id }"
    .fix = use one of: { $ids }
session-change-twice = this session already has a change
    .fix = keep one change per session: the latest
cancel-reason-missing = a cancelled session has no reason
    .fix = write why it was cancelled, in words the child can be shown
moved-to-missing = a moved session needs its new time
    .fix = add moved_to
moved-to-skipped = { $time } does not exist in the UK: the clocks go forward that night
    .fix = choose another time
moved-to-repeated = { $time } happens twice in the UK: the clocks go back that night
    .fix = choose another time
move-too-far = a move must change the time, by at most { $days } days
    .fix = for a longer change, cancel this session and add a one-off arrangement
moved-to-not-moved = only a moved session has a new time
    .fix = remove moved_to
who-not-missed = this is not someone this session was with, or the session was not missed
    .fix = name a person from the arrangement's "with", and only when the session did not happen
planned-no-session = the arrangement has no session at { $planned }
    .fix = use the planned start of a real session; the nearest is { $nearest }
planned-no-session-near = the arrangement has no session at { $planned }
    .fix = use the planned start of a real session; there are none within { $days } days

## How far a plan reaches

date-outside-years = this date is outside { $from }-{ $to }, the years a plan may name
    .fix = check the year: plans are about the years around now
too-many-schedules = the plan has more than { $max } schedules, counting each change's "before"
    .fix = end arrangements that have finished and publish them no more; keep "before" only for changes the child still needs to see
too-many-sessions = the arrangements give more than { $max } sessions up to two years after the plan is issued, more than a phone should hold
    .fix = end arrangements that have finished with an "ended" change or UNTIL in their rule, and check rules that repeat daily

## A new version against the one the child has

arrangement-dropped = arrangement "{ $arrangement }" was in version { $old } and is missing from version { $new }
    .fix = keep the arrangement and add a change of kind "ended" with the reason, so the child is told why
person-dropped = "{ $person }" was in version { $old } and is missing from version { $new }
    .fix = keep the person and set their status (with a status_reason) instead: a child should never find someone gone from their plan without a word
status-reason-missing = in version { $version } the child can't see "{ $person }" right now, and no reason is given
    .fix = add a status_reason in words the child can be shown
less-family-time = version { $new } gives the child less family time in "{ $arrangement }" than version { $old }, and says nothing about why
    .fix = add a change of kind "reduced", "suspended" or "ended" with the reason (and the schedule that applied before), or cancel the sessions with a reason
