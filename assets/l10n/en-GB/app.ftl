## app.ftl (en-GB): what every screen carries (the top bar, the menu, whether the
## screen is up to date), moving about the calendar, and the outbox.
## Every message may receive $band and $ftword.

## Always on screen. A label is what a screen reader says for the button.

chrome-feel-unsafe = I feel unsafe
chrome-feel-unsafe-label = I feel unsafe. Show who can help now.
chrome-quick-exit = Quick exit
chrome-quick-exit-label = Quick exit. Hide this app now.
chrome-back = Back
chrome-back-label = Go back
chrome-menu = Menu
chrome-menu-label = Open the menu

## The menu: each place the child can go.

place-home = Home
place-home-label = Go to the home screen
place-week =
    { $band ->
        [young] My week
       *[older] Week
    }
place-week-label = See this week
place-month =
    { $band ->
        [young] My month
       *[older] Month
    }
place-month-label = See this month
place-changes =
    { $band ->
        [young] What is different
       *[older] What changed
    }
place-changes-label = See what has changed
place-rights =
    { $band ->
        [young] What I can ask for
       *[older] My rights
    }
place-rights-label =
    { $band ->
        [young] See what you can ask for, and who can help
       *[older] See your rights, words adults use, and who's who
    }
place-tell = Tell someone
place-tell-label = Write to someone who can help
place-outbox =
    { $band ->
        [young] My messages
       *[older] Messages
    }
place-outbox-label =
    { $band ->
        [young] See what you sent, and what they said back
       *[older] See the messages you sent, and any answers
    }
place-notes =
    { $band ->
        [young] My notes
       *[older] Notes
    }
place-notes-label = See your own notes
place-settings = Settings
place-settings-label =
    { $band ->
        [young] Change the app to suit you
       *[older] Change your language, age, words and reminders
    }

## Whether what is on screen is up to date.

# "today at 2pm", "yesterday at 2pm", "on Saturday 28 November".
# Variables: $days (days since), $time (a time-of-day text), $date (a date-long text)
sync-updated-when =
    { $days ->
        [0] today at { $time }
        [1] yesterday at { $time }
       *[other] on { $date }
    }
sync-not-joined =
    { $band ->
        [young] This phone is not ready yet. Ask your social worker for a code.
       *[older] This phone isn't set up yet. Ask your social worker for a code.
    }
sync-not-yet = Not updated yet.
# Variables: $when (a sync-updated-when text), $has-when ("yes" or "no")
sync-up-to-date =
    { $has-when ->
        [yes] Updated { $when }
       *[no] Up to date
    }
# Variables: $when, $has-when
sync-offline =
    { $has-when ->
        [yes]
            { $band ->
                [young] The phone is not online. This is from { $when }.
               *[older] You're offline. Last updated { $when }.
            }
       *[no]
            { $band ->
                [young] The phone is not online.
               *[older] You're offline.
            }
    }
sync-plan-refused =
    { $band ->
        [young] A new plan came, but it was not right. You still have your old one.
        [middle] A new plan came, but something was wrong with it. You still have your old one.
       *[older] A new plan came but something was wrong with it, so you still have the one from before.
    }
# Variables: $when, $has-when
sync-failed =
    { $has-when ->
        [yes]
            { $band ->
                [young] It did not update. This is from { $when }. We will try again soon.
               *[older] Couldn't update just now. Last updated { $when }. The app will try again soon.
            }
       *[no]
            { $band ->
                [young] It did not update. We will try again soon.
               *[older] Couldn't update just now. The app will try again soon.
            }
    }

## Moving about the calendar.

calendar-week-previous = Last week
calendar-week-previous-label = Go to the week before
calendar-week-next = Next week
calendar-week-next-label = Go to the week after
calendar-week-today = This week
calendar-week-today-label = Go back to this week
calendar-week-switch = Month
calendar-week-switch-label = See the whole month
calendar-month-previous = Last month
calendar-month-previous-label = Go to the month before
calendar-month-next = Next month
calendar-month-next-label = Go to the month after
calendar-month-today = This month
calendar-month-today-label = Go back to this month
calendar-month-switch = Week
calendar-month-switch-label = See one week

# A day in the week or month, for a screen reader.
# Variables: $date (a date-long text), $today ("yes" or "no"), $count (things on the day),
# $cancelled (sessions on it that are not going ahead)
day-label =
    { $today ->
        [yes] Today, { $date }.
       *[no] { $date }.
    } { $count ->
        [0] Nothing planned.
        [one]
            { $cancelled ->
                [0] One thing.
               *[other] One thing. It will not happen.
            }
       *[other]
            { $count } things.{ $cancelled ->
                [0] {""}
                [one] {" "}One will not happen.
               *[other] {" "}{ $cancelled } will not happen.
            }
    }

## Marks beside a session in the week or month: never colour alone.

mark-moved = Moved
mark-cancelled =
    { $band ->
        [young] Not happening
       *[older] Cancelled
    }
mark-did-not-happen = Didn't happen
mark-suspended = On hold

## The outbox.

outbox-title =
    { $band ->
        [young] My messages
       *[older] Your messages
    }
outbox-empty =
    { $band ->
        [young] You have not sent a message yet.
        [middle] You have not sent a message yet.
       *[older] You haven't sent any messages yet.
    }
