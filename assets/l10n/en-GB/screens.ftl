## screens.ftl (en-GB): headings, cards, statuses and people on the child's screens.
## Every message may receive $band ("young" 4-7, "middle" 8-10, "older" 11-18)
## and $ftword (the child's own word for family time).
## People are first names or what the child calls them ("Mum", "Nan"); places are
## described, never addressed.

## The child's own word for family time, used when they have not chosen one.

family-time-word = family time

## Joining names. $vowel only matters in Welsh ("a" or "ac"); English ignores it.

# "Mum and Kai"
# Variables: $first, $second, $vowel ("yes" or "no")
names-two =
    { $vowel ->
        [yes] { $first } and { $second }
       *[no] { $first } and { $second }
    }

# "Mum, Nan and Kai". $list is already joined: "Mum, Nan".
# Variables: $list, $last, $vowel ("yes" or "no")
names-more =
    { $vowel ->
        [yes] { $list } and { $last }
       *[no] { $list } and { $last }
    }

## Home screen.

# Greeting at the top.
# Variables: $name (the child's first name)
home-title = Hi { $name }
home-today-heading = Today
home-tomorrow-heading = Tomorrow
home-nothing-today = Nothing planned today.
home-nothing-tomorrow = Nothing planned tomorrow.
home-people-heading = When will I see everyone?
home-changes-heading =
    { $band ->
        [young] What is different
       *[older] What has changed
    }
# Birthdays and remembering days for people the child can't see or who have died.
home-remembering-heading = Days to remember

## Calendar: week and month views.

# The youngest read no calendar dates in headings.
# Variables: $date (a date-long text, always a Monday)
week-title =
    { $band ->
        [young] Your week
       *[older] The week that starts on { $date }
    }
# A day's heading in a week or month. The youngest read its weekday and how many sleeps
# away it is; the others its date.
# Variables: $date (a date-long text), $weekday (a weekday-* text), $when (a when-days or when-ago text)
day-title =
    { $band ->
        [young] { $weekday }, { $when }
       *[older] { $date }
    }
# Variables: $month (a month-* text), $year (number)
month-title = { $month } { NUMBER($year, useGrouping: "false") }
# A day with nothing on it.
day-nothing = Nothing planned

## A person's page.

# Variables: $name
person-next-heading =
    { $band ->
        [young] When will I see { $name }?
       *[older] Next time with { $name }
    }
person-upcoming-heading =
    { $band ->
        [young] Coming soon
       *[older] Coming up
    }
person-past-heading =
    { $band ->
        [young] Before now
       *[older] Earlier
    }
person-arrangements-heading =
    { $band ->
        [young] The plan
       *[older] How it works
    }
person-changes-heading =
    { $band ->
        [young] What is different
       *[older] What has changed
    }
person-remembering-heading = Days to remember

# Screen-reader label for a person's picture on the home screen:
# "Sam, your brother. Next: in 3 sleeps". $next may be a full sentence, so no full stop after it.
# Variables: $name, $relationship (a relationship-* text), $next (a when-full or nothing-* text)
person-label = { $name }, { $relationship }. Next: { $next }

# The same on an 11-18's home screen, which friends may glance at: who someone is stays
# on their own page. "Sam. Next: in 3 days"
# Variables: $name, $next (a when-full or next-short-* text)
home-person-label = { $name }. Next: { $next }

## Who someone is to the child.

relationship-mum = your mum
relationship-dad = your dad
relationship-brother = your brother
relationship-sister = your sister
relationship-half-brother = your half-brother
relationship-half-sister = your half-sister
relationship-step-brother = your stepbrother
relationship-step-sister = your stepsister
relationship-grandmother =
    { $band ->
        [young] your grandma
       *[older] your grandmother
    }
relationship-grandfather =
    { $band ->
        [young] your grandad
       *[older] your grandfather
    }
relationship-aunt =
    { $band ->
        [young] your auntie
       *[older] your aunt
    }
relationship-uncle = your uncle
relationship-cousin = your cousin
relationship-former-foster-carer =
    { $band ->
        [young] your old foster carer
       *[older] your foster carer from before
    }
relationship-foster-sibling =
    { $band ->
        [young] your foster brother or sister
       *[older] your foster brother or sister
    }
relationship-friend = your friend
relationship-pet = your pet
relationship-independent-visitor =
    { $band ->
        [young] your visitor
       *[older] your independent visitor
    }
relationship-other =
    { $band ->
        [young] someone who is special to you
        [middle] someone who is special to you
       *[older] someone important to you
    }

## A family time card: one session.

# Card heading: "Time with Mum and Kai"; older: "Family time with Mum and Kai"
# (the core capitalises the first letter, so $ftword can lead).
# Variables: $names (already joined)
card-title =
    { $band ->
        [young] Time with { $names }
       *[older] { $ftword } with { $names }
    }

# For a screen reader: "Nan, in 3 sleeps. On Saturday, in the afternoon. Video call."
# $status is "", or the card's status and its reason as sentences: "Cancelled. Why: Sam is ill."
# Variables: $names, $when (a when-full text), $form (a form-name-* text), $status
card-label = { $names }, { $when }. { $form }. { $status }

## How they see each other, as short names.

form-name-visit = Visit
form-name-overnight =
    { $band ->
        [young] Sleepover
       *[older] Overnight stay
    }
form-name-video-call = Video call
form-name-phone-call = Phone call
form-name-letters-and-photos = Letters and photos
form-name-gifts =
    { $band ->
        [young] Presents
       *[older] Gifts
    }

## How much help there is from a worker, as short names.

support-name-unsupported = No worker there
support-name-facilitated = Help to make it happen
support-name-supported =
    { $band ->
        [young] A worker helps
        [middle] A worker helps
       *[older] Supported
    }
support-name-supervised =
    { $band ->
        [young] A worker stays with you
        [middle] A worker stays with you
       *[older] Supervised
    }

## Where it happens, described and never addressed.

venue-name-family-centre = at the family centre
venue-name-family-home =
    { $band ->
        [young] at your family's house
       *[older] at your family's home
    }
venue-name-foster-home =
    { $band ->
        [young] where you live
       *[older] at your foster home
    }
venue-name-community = out and about, like a park or café
venue-name-prison = at the prison
venue-name-hospital = at the hospital
venue-name-online = online
venue-name-other = somewhere else

## Statuses on a card, when it is not going ahead as planned.

# It was moved; $date and $time are when it was first planned.
# A letter has no clock time ($clock is "no").
# Variables: $date (a date-long text), $time (a time-of-day text), $clock ("yes" or "no")
status-moved =
    { $band ->
        [young] It has moved. It was meant to be on { $date }.
        [middle]
            { $clock ->
                [yes] This has moved. It was on { $date } at { $time }.
               *[no] This has moved. It was on { $date }.
            }
       *[older]
            { $clock ->
                [yes] Moved from { $date } at { $time }
               *[no] Moved from { $date }
            }
    }
status-cancelled =
    { $band ->
        [young] Not happening
       *[older] Cancelled
    }
# Variables: $who (who didn't come), $me ("yes" when the child couldn't go)
status-did-not-happen =
    { $me ->
        [yes] You couldn't go
       *[no] { $who } didn't come
    }
# Variables: $until (a date-long text), $has-until ("yes" or "no")
status-suspended =
    { $band ->
        [young]
            { $has-until ->
                [yes] It is on hold. It stays on hold until { $until }.
               *[no] It is on hold for now.
            }
        [middle]
            { $has-until ->
                [yes] It is on hold. It stays on hold until { $until }.
               *[no] It is on hold for now.
            }
       *[older]
            { $has-until ->
                [yes] On hold until { $until }
               *[no] On hold for now
            }
    }

## Why, and who decided. $reason is the worker's own words, shown after the colon.

# Variables: $reason
reason-why = Why: { $reason }

decided-by-social-worker =
    { $band ->
        [young] Your social worker chose this.
        [middle] Your social worker chose this.
       *[older] Your social worker decided this.
    }
decided-by-court =
    { $band ->
        [young] A judge in court chose this.
        [middle] A judge in court chose this.
       *[older] A judge in the family court decided this.
    }
decided-by-review-meeting =
    { $band ->
        [young] The people at your meeting chose this.
        [middle] Your review meeting chose this.
       *[older] This was decided at your review meeting.
    }
decided-by-child =
    { $band ->
        [young] You chose this.
        [middle] You chose this.
       *[older] You decided this.
    }
decided-by-family =
    { $band ->
        [young] Your family chose this.
        [middle] Your family chose this.
       *[older] This was decided by your family.
    }
decided-by-carer =
    { $band ->
        [young] Your carer chose this.
        [middle] Your carer chose this.
       *[older] Your carer decided this.
    }

## Remembering days (birthdays, anniversaries).

# Screen-reader label, and the day's line on a person's page. $what is the day ("Nan's
# birthday", without its full stop), $when a when-days text; a day more than a week away
# ($soon is "no") is said by its date, as it next comes.
# Variables: $name, $what, $when, $date (a date-long text), $soon ("yes" or "no")
remembering-label =
    { $soon ->
        [yes] { $what }, { $when }. A day to think of { $name }.
       *[no] { $what }, on { $date }. A day to think of { $name }.
    }

## One session in detail.

session-purpose-heading = Why it's like this
# Variables: $who (who takes the child there)
session-who-takes-me = { $who } will take you.
session-activities-heading = What you can do there
# Variables: $date (a date-long text)
session-review =
    { $band ->
        [young] Your plan will be looked at once more. That will be on { $date }. You can say what you think.
        [middle] Your plan will be looked at again on { $date }. You can have your say.
       *[older] Your plan will be reviewed on { $date }. You can have your say.
    }

## The short line under a person's picture when nothing is planned. The full
## explanation (nothing-* in explain.ftl) is on their page.

# Variables: $band
next-short-choose-not-to = Not for now. That's your choice.
# Variables: $name
next-short-died = Remembering { $name }
# Variables: $band
next-short-cant-see = Not right now
# Variables: $band
next-short-trying-to-find = { $band ->
    [young] Still looking
   *[older] Still trying to find them
}
# Variables: $band
next-short-suspended = On hold for now
# Variables: $band
next-short-ended = { $band ->
    [young] Not any more
   *[older] Stopped
}
# Variables: $band
next-short-all-cancelled = Not happening for now
# Variables: $band
next-short-none-arranged = Nothing planned yet

## Reminders the phone shows, on the lock screen too. Unless the child chose to show
## details, they say nothing about who or what: anyone may pick the phone up.

# Variables: none
reminder-title = Reminder
# Variables: $details (yes/no), $names, $time
reminder-tomorrow = { $details ->
    [yes] { $band ->
        [young] You will see { $names } tomorrow at { $time }.
       *[older] { $ftword } with { $names } tomorrow at { $time }.
    }
   *[no] You have something planned tomorrow.
}
# Variables: $details (yes/no), $names, $time
reminder-soon = { $details ->
    [yes] { $ftword } with { $names } starts at { $time }.
   *[no] { $band ->
        [young] You have something soon. It starts after two TV shows.
       *[older] Something you planned starts in an hour.
    }
}
