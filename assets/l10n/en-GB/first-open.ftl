## first-open.ftl (en-GB): the first time the app opens, and the settings that change
## the same choices later. Every message may receive $band and $ftword.

# A language's name in itself: this file's is English, whatever the screen is in.
language-name = English

# Variables: $step, $steps (numbers)
first-open-progress = Step { $step } of { $steps }

first-open-language-title =
    { $band ->
        [young] Which language do you want?
       *[older] Choose your language
    }

first-open-code-title = Type your code
first-open-code-explain =
    { $band ->
        [young] Your social worker gave you a code. Type it here. It only works once.
        [middle] Your social worker gave you a code. Type it here. It works once, on this phone.
       *[older] Your social worker gave you a code. Type it here to set up this phone. It works once.
    }
first-open-code-field = Your code
first-open-code-checking = Checking your code…
first-open-code-joined =
    { $band ->
        [young] That worked. This phone is ready.
       *[older] That worked. This phone is set up.
    }

first-open-word-title =
    { $band ->
        [young] What do you call seeing your family?
       *[older] What do you call it?
    }
first-open-word-explain =
    { $band ->
        [young] Pick the words you like. The app will use them.
       *[older] Pick the words you want the app to use for time with your family. You can change this later.
    }
# The label of the field for a word of the child's own.
first-open-own-word =
    { $band ->
        [young] Or write your own words
       *[older] Or use your own words
    }

first-open-age-title = How old are you?
first-open-age-explain =
    { $band ->
        [young] This helps the app talk to you the right way.
       *[older] The app uses this to choose its words. You can change it later.
    }

first-open-next = Next
first-open-next-label = Go to the next step
first-open-join = Use this code
first-open-join-label = Check this code and set up this phone
first-open-done = Done
first-open-done-label =
    { $band ->
        [young] All done. Open the app.
       *[older] Finish setting up and open the app
    }

## The words the app offers for family time ($ftword is the language's own, offered first).

word-choice-seeing = seeing my family
word-choice-time-with =
    { $band ->
        [young] time with my family
       *[older] time with family
    }

## Age bands, as the child picks one.

# Variables: $choice ("young", "middle" or "older")
age-band-choice =
    { $choice ->
        [young] I am 4, 5, 6 or 7
        [middle] I am 8, 9 or 10
       *[older] I am 11 or older
    }

## When a code does not work: what happened, then what to do.

code-empty = There is no code yet.
code-empty-what-to-do = Type the code your social worker gave you.
code-wrong =
    { $band ->
        [young] That code did not work.
       *[older] That code didn't work.
    }
code-wrong-what-to-do =
    { $band ->
        [young] Check each letter and try again. Or ask your social worker for a new code.
       *[older] Check it and try again, or ask your social worker for a new code.
    }
code-used =
    { $band ->
        [young] Someone has used that code.
       *[older] That code has already been used.
    }
code-used-what-to-do = Ask your social worker for a new code.
code-expired =
    { $band ->
        [young] That code is too old now.
       *[older] That code has run out.
    }
code-expired-what-to-do = Ask your social worker for a new code.
code-offline =
    { $band ->
        [young] The phone is not online.
       *[older] This phone is offline.
    }
code-offline-what-to-do =
    { $band ->
        [young] Try again when the phone is online.
       *[older] Try again when you have Wi-Fi or data.
    }
code-failed =
    { $band ->
        [young] Something went wrong.
       *[older] Something went wrong setting up this phone.
    }
code-failed-what-to-do =
    { $band ->
        [young] Try again soon. Or ask your social worker to help.
       *[older] Try again later, or ask your social worker for help.
    }

## Settings.

settings-title = Settings
settings-language-heading = Language
settings-age-heading =
    { $band ->
        [young] How old are you?
       *[older] Your age
    }
settings-word-heading =
    { $band ->
        [young] What you call seeing your family
       *[older] Your word for { $ftword }
    }
settings-reminders-heading = Reminders
settings-reminder-details =
    { $band ->
        [young] Say who I am seeing
       *[older] Show who and what in reminders
    }
settings-reminder-details-explain =
    { $band ->
        [young] If it is on, others may see who you see. At first it is off.
        [middle] If this is on, people who see your lock screen can read who you're seeing. It's off at first.
       *[older] If this is on, anyone who sees your lock screen can read who you're seeing and when. It's off unless you turn it on.
    }
settings-privacy = Keep it private
settings-privacy-label = Lock the app, or change its name and picture
