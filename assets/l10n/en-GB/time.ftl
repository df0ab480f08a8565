## time.ftl (en-GB): days, months, dates, times and "how long until".
## Every message may receive $band ("young" 4-7, "middle" 8-10, "older" 11-18)
## and $ftword (the child's own word for family time).
## The youngest count in sleeps and hear "after school"; older children read dates and clock times.

## Days of the week, as they stand alone and inside dates.

weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

## Months of the year, 1 is January.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Whole dates and clock times.

# A date in full: "Saturday 28 November".
# Variables: $weekday (a weekday-* text), $day (number), $month (a month-* text)
date-long = { $weekday } { $day } { $month }

# A clock time: "2pm", "10:30am", "midday". Whole hours drop ":00".
# Variables: $hour24 (number 0-23), $hour12 (number 1-12), $minute (number 0-59),
#   $mm (two-digit minutes, "05"), $pm ("yes" or "no")
time-of-day =
    { $minute ->
        [0]
            { $hour24 ->
                [0] midnight
                [12] midday
               *[other]
                    { $hour12 }{ $pm ->
                        [yes] pm
                       *[no] am
                    }
            }
       *[other]
            { $hour12 }:{ $mm }{ $pm ->
                [yes] pm
               *[no] am
            }
    }

# A rough time of day, used for the youngest instead of a clock time.
# Variables: $part ("morning", "afternoon", "after-school" or "evening")
part-of-day =
    { $part ->
        [morning] in the morning
        [after-school] after school
        [evening] in the evening
       *[afternoon] in the afternoon
    }

## How far away something is. The youngest count sleeps (nights until that day).

# Variables: $days (number, 0 or more)
when-days =
    { $band ->
        [young]
            { $days ->
                [0] today
                [1] after 1 sleep
               *[other] in { $days } sleeps
            }
       *[older]
            { $days ->
                [0] today
                [1] tomorrow
               *[other] in { $days } days
            }
    }

# How long ago something was. The youngest count back in sleeps, as they count forward.
# Variables: $days (number, 1 or more)
when-ago =
    { $band ->
        [young]
            { $days ->
                [0] today
                [1] yesterday
               *[other] { $days } sleeps ago
            }
       *[older]
            { $days ->
                [0] today
                [1] yesterday
               *[other] { $days } days ago
            }
    }

# Something that is going on right now.
when-now = happening now

# How a card says when. $when is a when-days, when-ago or when-now text,
# $weekday a weekday-* text, $part a part-of-day text, $time a time-of-day text,
# $date a date-long text. Young: "in 3 sleeps. On Saturday, in the afternoon" (two short
# parts keep it easy to read; no full stop at the end, as cards add their own).
# Middle: "in 3 days, Saturday at 2pm". Older: "Saturday 28 November at 2pm".
# Letters, photos and gifts come on a day, not at a time ($clock is "no"): "in 9 days,
# Tuesday".
# Variables: $when, $weekday, $part, $time, $date, $clock ("yes" or "no")
when-full =
    { $clock ->
        [yes]
            { $band ->
                [young] { $when }. On { $weekday }, { $part }
                [middle] { $when }, { $weekday } at { $time }
               *[older] { $date } at { $time }
            }
       *[no]
            { $band ->
                [young] { $when }. On { $weekday }
                [middle] { $when }, { $weekday }
               *[older] { $date }
            }
    }
