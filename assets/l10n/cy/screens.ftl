## screens.ftl (cy): penawdau, cardiau, statws a phobl ar sgriniau'r plentyn.
## Headings, cards, statuses and people on the child's screens, in Welsh.
## Every message may receive $band ("young" 4-7, "middle" 8-10, "older" 11-18)
## and $ftword (the child's own word for family time).
## We speak to the child as "ti". Names and dates arrive as they are and cannot
## mutate, so where we can, sentences put them where Welsh needs no mutation
## (after a verb-noun, after a colon, as a subject) rather than after "i", "ar" or
## "tan" (dates start with "dydd", which would become "ddydd"). card-title keeps
## "gyda" because it reads most naturally.

## The child's own word for family time, used when they have not chosen one.

family-time-word = amser teulu

## Joining names: "a" before a consonant, "ac" before a vowel ($vowel is "yes").

# "Mam a Kai", "Mam ac Ifan"
# Variables: $first, $second, $vowel ("yes" or "no")
names-two =
    { $vowel ->
        [yes] { $first } ac { $second }
       *[no] { $first } a { MUTATE($second, type: "aspirate") }
    }

# "Mam, Nain a Kai". $list is already joined: "Mam, Nain".
# Variables: $list, $last, $vowel ("yes" or "no")
names-more =
    { $vowel ->
        [yes] { $list } ac { $last }
       *[no] { $list } a { MUTATE($last, type: "aspirate") }
    }

## Home screen.

# Greeting at the top.
# Variables: $name (the child's first name)
home-title = Helo { $name }
home-today-heading = Heddiw
home-tomorrow-heading = Yfory
home-nothing-today = Dim byd wedi'i drefnu heddiw.
home-nothing-tomorrow = Dim byd wedi'i drefnu yfory.
home-people-heading = Pryd bydda i'n gweld pawb?
home-changes-heading =
    { $band ->
        [young] Beth sy'n wahanol
       *[older] Beth sydd wedi newid
    }
# Birthdays and remembering days for people the child can't see or who have died.
home-remembering-heading = Diwrnodau i'w cofio

## Calendar: week and month views.

# Variables: $date (a date-long text, always a Monday)
week-title =
    { $band ->
        [young] Dy wythnos di
       *[older] Yr wythnos sy'n dechrau: { $date }
    }
day-title =
    { $band ->
        [young] { $weekday }, { $when }
       *[older] { $date }
    }
# Variables: $month (a month-* text), $year (number)
month-title = { $month } { NUMBER($year, useGrouping: "false") }
# A day with nothing on it.
day-nothing = Dim byd wedi'i drefnu

## A person's page.

# Variables: $name
person-next-heading =
    { $band ->
        [young] Pryd bydda i'n gweld { $name }?
       *[older] Gweld { $name } y tro nesaf
    }
person-upcoming-heading =
    { $band ->
        [young] Cyn bo hir
       *[older] I ddod
    }
person-past-heading =
    { $band ->
        [young] Cyn nawr
       *[older] Yn gynharach
    }
person-arrangements-heading =
    { $band ->
        [young] Y cynllun
       *[older] Sut mae'n gweithio
    }
person-changes-heading =
    { $band ->
        [young] Beth sy'n wahanol
       *[older] Beth sydd wedi newid
    }
person-remembering-heading = Diwrnodau i'w cofio

# Screen-reader label for a person's picture on the home screen:
# "Sam, dy frawd. Nesaf: ar ôl cysgu 3 noson". $next may be a full sentence, so no full stop after it.
# Variables: $name, $relationship (a relationship-* text), $next (a when-full or nothing-* text)
person-label = { $name }, { $relationship }. Nesaf: { $next }

# The same on an 11-18's home screen, which friends may glance at: who someone is stays
# on their own page. "Sam. Nesaf: ymhen 3 diwrnod"
# Variables: $name, $next (a when-full or next-short-* text)
home-person-label = { $name }. Nesaf: { $next }

## Who someone is to the child ("dy" + soft mutation).

relationship-mum = dy fam
relationship-dad = dy dad
relationship-brother = dy frawd
relationship-sister = dy chwaer
relationship-half-brother = dy hanner brawd
relationship-half-sister = dy hanner chwaer
relationship-step-brother = dy lysfrawd
relationship-step-sister = dy lyschwaer
relationship-grandmother = dy nain
relationship-grandfather = dy daid
relationship-aunt = dy fodryb
relationship-uncle = dy ewythr
relationship-cousin = dy gefnder neu dy gyfnither
relationship-former-foster-carer =
    { $band ->
        [young] dy hen ofalwr maeth
       *[older] dy ofalwr maeth o'r blaen
    }
relationship-foster-sibling =
    { $band ->
        [young] dy frawd neu dy chwaer o dy gartref maeth
       *[older] dy frawd neu dy chwaer maeth
    }
relationship-friend = dy ffrind
relationship-pet = dy anifail anwes
relationship-independent-visitor =
    { $band ->
        [young] dy ymwelydd
       *[older] dy ymwelydd annibynnol
    }
relationship-other =
    { $band ->
        [young] rhywun sy'n arbennig i ti
        [middle] rhywun sy'n arbennig i ti
       *[older] rhywun pwysig i ti
    }

## A family time card: one session.

# Card heading: "Amser gyda Mam a Kai"; older: "Amser teulu gyda Mam a Kai"
# (the core capitalises the first letter, so $ftword can lead).
# Names cannot mutate after "gyda" (strictly "gyda Thaid", not "gyda Taid").
# Variables: $names (already joined)
card-title =
    { $band ->
        [young] Amser gyda { MUTATE($names, type: "aspirate") }
       *[older] { $ftword } gyda { MUTATE($names, type: "aspirate") }
    }

# One sentence for a screen reader: "Nain, ar ôl cysgu 3 noson, dydd Sadwrn, yn y prynhawn. Galwad fideo."
# Variables: $names, $when (a when-full text), $form (a form-name-* text), $status ("" or a status-* text)
card-label = { $names }, { $when }. { $form }. { $status }

## How they see each other, as short names.

form-name-visit = Ymweliad
form-name-overnight =
    { $band ->
        [young] Aros y nos
       *[older] Aros dros nos
    }
form-name-video-call = Galwad fideo
form-name-phone-call = Galwad ffôn
form-name-letters-and-photos = Llythyrau a lluniau
form-name-gifts = Anrhegion

## How much help there is from a worker, as short names.

support-name-unsupported = Dim gweithiwr yno
support-name-facilitated = Help i wneud iddo ddigwydd
support-name-supported =
    { $band ->
        [young] Gweithiwr yn helpu
        [middle] Gweithiwr yn helpu
       *[older] Gyda chymorth
    }
support-name-supervised =
    { $band ->
        [young] Gweithiwr yn aros gyda ti
        [middle] Gweithiwr yn aros gyda ti
       *[older] Dan oruchwyliaeth
    }

## Where it happens, described and never addressed.

venue-name-family-centre = yn y ganolfan deulu
venue-name-family-home =
    { $band ->
        [young] yn nhŷ dy deulu
       *[older] yng nghartref dy deulu
    }
venue-name-foster-home =
    { $band ->
        [young] lle rwyt ti'n byw
       *[older] yn dy gartref maeth
    }
venue-name-community = allan yn rhywle, fel parc neu gaffi
venue-name-prison = yn y carchar
venue-name-hospital = yn yr ysbyty
venue-name-online = ar-lein
venue-name-other = rhywle arall

## Statuses on a card, when it is not going ahead as planned.
## Dates follow a colon so "dydd" never needs to mutate.

# It was moved; $date and $time are when it was first planned.
# Variables: $date (a date-long text), $time (a time-of-day text)
status-moved =
    { $band ->
        [young] Mae hyn wedi symud. Cyn hyn: { $date }.
        [middle]
            { $clock ->
                [yes] Mae hyn wedi symud. Cyn hyn: { $date } am { $time }.
               *[no] Mae hyn wedi symud. Cyn hyn: { $date }.
            }
       *[older]
            { $clock ->
                [yes] Wedi symud. Cyn hyn: { $date } am { $time }
               *[no] Wedi symud. Cyn hyn: { $date }
            }
    }
status-cancelled =
    { $band ->
        [young] Ddim yn digwydd
       *[older] Wedi'i ganslo
    }
# Variables: $who (who didn't come), $me ("yes" when the child couldn't go)
status-did-not-happen =
    { $me ->
        [yes] Doeddet ti ddim yn gallu mynd
       *[no] Ddaeth { $who } ddim
    }
# Variables: $until (a date-long text), $has-until ("yes" or "no")
status-suspended =
    { $band ->
        [young]
            { $has-until ->
                [yes] Mae hyn ar saib. Diwedd y saib: { $until }.
               *[no] Mae hyn ar saib am nawr.
            }
        [middle]
            { $has-until ->
                [yes] Mae hyn ar saib. Diwedd y saib: { $until }.
               *[no] Mae hyn ar saib am nawr.
            }
       *[older]
            { $has-until ->
                [yes] Ar saib. Diwedd y saib: { $until }
               *[no] Ar saib am nawr
            }
    }

## Why, and who decided. $reason is the worker's own words, shown after the colon.

# Variables: $reason
reason-why = Pam: { $reason }

decided-by-social-worker =
    { $band ->
        [young] Dy weithiwr cymdeithasol wnaeth ddewis hyn.
        [middle] Dy weithiwr cymdeithasol wnaeth ddewis hyn.
       *[older] Dy weithiwr cymdeithasol wnaeth benderfynu hyn.
    }
decided-by-court =
    { $band ->
        [young] Barnwr yn y llys wnaeth ddewis hyn.
        [middle] Barnwr yn y llys wnaeth ddewis hyn.
       *[older] Barnwr yn y llys teulu wnaeth benderfynu hyn.
    }
decided-by-review-meeting =
    { $band ->
        [young] Y bobl yn dy gyfarfod wnaeth ddewis hyn.
        [middle] Dy gyfarfod adolygu wnaeth ddewis hyn.
       *[older] Cafodd hyn ei benderfynu yn dy gyfarfod adolygu.
    }
decided-by-child =
    { $band ->
        [young] Ti wnaeth ddewis hyn.
        [middle] Ti wnaeth ddewis hyn.
       *[older] Ti wnaeth benderfynu hyn.
    }
decided-by-family =
    { $band ->
        [young] Dy deulu wnaeth ddewis hyn.
        [middle] Dy deulu wnaeth ddewis hyn.
       *[older] Dy deulu wnaeth benderfynu hyn.
    }
decided-by-carer =
    { $band ->
        [young] Dy ofalwr wnaeth ddewis hyn.
        [middle] Dy ofalwr wnaeth ddewis hyn.
       *[older] Dy ofalwr wnaeth benderfynu hyn.
    }

## Remembering days (birthdays, anniversaries).

# Screen-reader label. $what is the day ("pen-blwydd Nain"), $when a when-days text.
# Variables: $name, $what, $when
remembering-label =
    { $soon ->
        [yes] { $what }, { $when }. Diwrnod i gofio { $name }.
       *[no] { $what }, ar { MUTATE($date, type: "soft") }. Diwrnod i gofio { $name }.
    }

## One session in detail.

session-purpose-heading = Pam mae pethau fel hyn
# Variables: $who (who takes the child there)
session-who-takes-me = Bydd { $who } yn mynd â ti.
session-activities-heading = Beth alli di ei wneud yno
# Variables: $date (a date-long text)
session-review =
    { $band ->
        [young] Bydd pobl yn edrych ar dy gynllun eto. Dyddiad: { $date }. Gelli di ddweud beth rwyt ti'n ei feddwl.
        [middle] Bydd pobl yn edrych eto ar dy gynllun. Dyddiad: { $date }. Gelli di ddweud dy ddweud.
       *[older] Bydd dy gynllun yn cael ei adolygu eto. Dyddiad: { $date }. Gelli di ddweud dy ddweud.
    }

## Y llinell fer o dan lun rhywun pan nad oes dim wedi'i drefnu. Mae'r esboniad llawn
## (nothing-* yn explain.ftl) ar eu tudalen.

# Variables: $band
next-short-choose-not-to = Ddim am nawr. Dy ddewis di yw hynny.
# Variables: $name
next-short-died = Cofio { $name }
# Variables: $band
next-short-cant-see = Ddim ar hyn o bryd
# Variables: $band
next-short-trying-to-find = { $band ->
    [young] Yn dal i chwilio
   *[older] Yn dal i geisio dod o hyd iddyn nhw
}
# Variables: $band
next-short-suspended = Wedi'i oedi am nawr
# Variables: $band
next-short-ended = { $band ->
    [young] Ddim mwy
   *[older] Wedi dod i ben
}
# Variables: $band
next-short-all-cancelled = Ddim yn digwydd am nawr
# Variables: $band
next-short-none-arranged = Dim byd wedi'i drefnu eto

## Nodiadau atgoffa'r ffôn, ar y sgrin clo hefyd. Oni bai bod y plentyn wedi dewis dangos
## manylion, dydyn nhw'n dweud dim am bwy na beth: gall unrhyw un godi'r ffôn.

# Variables: none
reminder-title = Nodyn atgoffa
# Variables: $details (yes/no), $names, $time
reminder-tomorrow = { $details ->
    [yes] { $band ->
        [young] Byddi di'n gweld { $names } yfory am { $time }.
       *[older] { $ftword } gyda { MUTATE($names, type: "aspirate") } yfory am { $time }.
    }
   *[no] Mae gen ti rywbeth wedi'i drefnu yfory.
}
# Variables: $details (yes/no), $names, $time
reminder-soon = { $details ->
    [yes] Mae { $ftword } gyda { MUTATE($names, type: "aspirate") } yn dechrau am { $time }.
   *[no] { $band ->
        [young] Mae rhywbeth yn dechrau cyn bo hir. Mae hynny ar ôl tua dwy raglen deledu.
       *[older] Mae rhywbeth wedi'i drefnu yn dechrau mewn awr.
    }
}
