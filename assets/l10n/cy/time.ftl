## time.ftl (cy): dyddiau, misoedd, dyddiadau, amseroedd a "faint o amser tan".
## Days, months, dates, times and "how long until", in Welsh.
## Every message may receive $band ("young" 4-7, "middle" 8-10, "older" 11-18)
## and $ftword (the child's own word for family time).
## Welsh uses all the plural categories: zero, one, two, few, many, other.
## We speak to the child as "ti".

## Days of the week (lower-case "dydd", as in running text).

weekday-mon = dydd Llun
weekday-tue = dydd Mawrth
weekday-wed = dydd Mercher
weekday-thu = dydd Iau
weekday-fri = dydd Gwener
weekday-sat = dydd Sadwrn
weekday-sun = dydd Sul

## Months of the year, 1 is Ionawr (January).

month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

## Whole dates and clock times.

# A date in full: "dydd Sadwrn 28 Tachwedd".
# Variables: $weekday (a weekday-* text), $day (number), $month (a month-* text)
date-long = { $weekday } { $day } { $month }

# A clock time on the 24-hour clock: "14:00", "10:30".
# Twelve o'clock is "hanner dydd" (midday) or "hanner nos" (midnight).
# Variables: $hour24 (number 0-23), $hour12 (number 1-12), $minute (number 0-59),
#   $mm (two-digit minutes, "05"), $pm ("yes" or "no")
time-of-day =
    { $minute ->
        [0]
            { $hour12 ->
                [12]
                    { $pm ->
                        [yes] hanner dydd
                       *[no] hanner nos
                    }
               *[other] { $hour24 }:{ $mm }
            }
       *[other] { $hour24 }:{ $mm }
    }

# A rough time of day, used for the youngest instead of a clock time.
# Variables: $part ("morning", "afternoon", "after-school" or "evening")
part-of-day =
    { $part ->
        [morning] yn y bore
        [after-school] ar ôl ysgol
        [evening] gyda'r nos
       *[afternoon] yn y prynhawn
    }

## How far away something is. The youngest count sleeps (nights until that day):
## "ar ôl cysgu 3 noson". "noson" does not change after a number; "diwrnod"
## becomes "ddiwrnod" after 2 (dau ddiwrnod).

# Variables: $days (number, 0 or more)
when-days =
    { $band ->
        [young]
            { $days ->
                [zero] heddiw
                [one] ar ôl cysgu unwaith
                [two] ar ôl cysgu { $days } noson
                [few] ar ôl cysgu { $days } noson
                [many] ar ôl cysgu { $days } noson
               *[other] ar ôl cysgu { $days } noson
            }
       *[older]
            { $days ->
                [zero] heddiw
                [one] yfory
                [two] ymhen { $days } ddiwrnod
                [few] ymhen { $days } diwrnod
                [many] ymhen { $days } diwrnod
               *[other] ymhen { $days } diwrnod
            }
    }

# How long ago something was.
# Variables: $days (number, 1 or more)
when-ago =
    { $band ->
        [young]
            { $days ->
                [zero] heddiw
                [one] ddoe
                [two] { $days } noson yn ôl
                [few] { $days } noson yn ôl
                [many] { $days } noson yn ôl
               *[other] { $days } noson yn ôl
            }
       *[older]
            { $days ->
                [zero] heddiw
                [one] ddoe
                [two] { $days } ddiwrnod yn ôl
                [few] { $days } diwrnod yn ôl
                [many] { $days } diwrnod yn ôl
               *[other] { $days } diwrnod yn ôl
            }
    }

# Something that is going on right now.
when-now = yn digwydd nawr

# How a card says when. $when is a when-days, when-ago or when-now text,
# $weekday a weekday-* text, $part a part-of-day text, $time a time-of-day text,
# $date a date-long text. Commas keep "dydd" free of mutation after a preposition.
# Young: "ar ôl cysgu 3 noson, dydd Sadwrn, yn y prynhawn". Middle: "ymhen 3 diwrnod,
# dydd Sadwrn am 14:00". Older: "dydd Sadwrn 28 Tachwedd am 14:00".
# Llythyrau, lluniau ac anrhegion: diwrnod, nid amser ($clock "no").
# Variables: $when, $weekday, $part, $time, $date, $clock ("yes" or "no")
when-full =
    { $clock ->
        [yes]
            { $band ->
                [young] { $when }, { $weekday }, { $part }
                [middle] { $when }, { $weekday } am { $time }
               *[older] { $date } am { $time }
            }
       *[no]
            { $band ->
                [young] { $when }, { $weekday }
                [middle] { $when }, { $weekday }
               *[older] { $date }
            }
    }
