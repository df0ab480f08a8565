## tell.ftl (en-GB): the "Tell someone" screens. A child sends a worry, a question,
## good news or a request for change to an adult who listens, and sees that it
## arrived, was read and was answered.
## Every message may receive $band ("young" 4-7, "middle" 8-10, "older" 11-18)
## and $ftword (the child's own word for family time).
## People are first names or what the child calls them ("Mum", "Nan"); places are
## described, never addressed. $has-name is "yes" or "no": with "no" there is no
## name to show, so that branch never uses $name.
## The only phone numbers in this file are 999 and Childline's 0800 1111.

## Headings and buttons.

# Screen title.
# Variables: none
tell-title = Tell someone

# Variables: none
tell-who-heading = Who do you want to tell?

# Variables: none
tell-topic-heading = What is it about?

# Variables: $band
tell-change-heading =
    { $band ->
        [young] What do you want to change?
       *[older] What would you like to change?
    }

# Above the box where the child writes. Short is fine.
# Variables: $band
tell-write-heading =
    { $band ->
        [young] Say it in your own words. A few words is fine.
       *[older] Say it in your own words. It's OK to keep it short.
    }

# Button.
# Variables: none
tell-send = Send

# Button: nothing is sent, and the child's words stay on the phone.
# Variables: none
tell-keep-private = Keep it to myself


## What it is about: short choices, in the child's own voice.

# Variables: none
topic-worry = Something is worrying me

# Variables: none
topic-question = I have a question

# Variables: none
topic-something-good = Something good happened

# Variables: none
topic-change-request = I want something to change

# Opens the "If you feel unsafe right now" help at once.
# Variables: $band
topic-unsafe-now =
    { $band ->
        [young] I do not feel safe now
       *[older] I feel unsafe right now
    }


## What the child would like to change, in their own voice. Children asked to see
## brothers and sisters more, for times that fit school and clubs, for somewhere
## that is "not a small room", and for help with the cost of travel.

# Variables: $band, $name, $has-name ("yes" or "no")
change-see-more =
    { $has-name ->
        [yes]
            { $band ->
                [young] See { $name } more
               *[older] See { $name } more often
            }
       *[no]
            { $band ->
                [young] See someone more
               *[older] See someone more often
            }
    }

# Variables: $band, $name, $has-name ("yes" or "no")
change-see-less =
    { $has-name ->
        [yes]
            { $band ->
                [young] See { $name } less
               *[older] See { $name } less often
            }
       *[no]
            { $band ->
                [young] See someone less
               *[older] See someone less often
            }
    }

# Variables: $name, $has-name ("yes" or "no")
change-stop =
    { $has-name ->
        [yes] Stop seeing { $name } for now
       *[no] Stop seeing someone for now
    }

# Variables: $band, $name, $has-name ("yes" or "no")
change-different-time =
    { $has-name ->
        [yes]
            { $band ->
                [young] A different day or time to see { $name }
               *[older] A different time to see { $name }, one that fits school and clubs
            }
       *[no]
            { $band ->
                [young] A different day or time
               *[older] A different time, one that fits school and clubs
            }
    }

# "Not a small room" is what children said.
# Variables: $name, $has-name ("yes" or "no")
change-different-place =
    { $has-name ->
        [yes] A different place to see { $name }, not a small room
       *[no] A different place, not a small room
    }

# Variables: $band
change-add-someone =
    { $band ->
        [young] Add someone I love, like Nan or a pet
       *[older] Add someone who matters to me, like Nan, a past foster carer or a pet
    }

# Variables: $band, $name, $has-name ("yes" or "no")
change-video-calls-between-visits =
    { $has-name ->
        [yes]
            { $band ->
                [young] See { $name } on video calls too
               *[older] Video calls with { $name } between visits
            }
       *[no] Video calls between visits
    }

# Variables: $band
change-help-with-travel =
    { $band ->
        [young] Help with getting there
        [middle] Help with getting there
       *[older] Help with travel or what it costs
    }


## How often: the child says how it feels, and can choose to tell someone.

# Variables: $name
how-often-question = How often do you see { $name }?

# Variables: $band
how-often-too-little =
    { $band ->
        [young] Not enough
       *[older] Too little
    }

# Variables: none
how-often-just-right = Just right

# Variables: none
how-often-too-much = Too much

# After "too little" or "too much". Nothing is sent unless the child chooses to.
# Variables: $band, $name
how-often-offer =
    { $band ->
        [young] Do you want to tell your social worker about { $name }? You can change the words. Then you can send it, or keep it.
        [middle] Do you want to tell your social worker how you feel about seeing { $name }? You can change the words, send it, or keep it to yourself.
       *[older] Do you want to tell your social worker how you feel about seeing { $name }? You can change the words, send it, or keep it to yourself. An advocate can also help you be heard.
    }


## When the message will probably be seen. $name is who it is going to.

# Variables: $band, $name
likely-now =
    { $band ->
        [young] { $name } is at work now. They may see it today.
       *[older] { $name } is at work now, so they may see this today.
    }

# Variables: $band, $name, $weekday (a weekday-* text), $time (a time-of-day text)
likely-later =
    { $band ->
        [young] { $name } is not at work now. They will most likely see it on { $weekday } at { $time }.
       *[older] { $name } is not at work now. They will probably see this on { $weekday } at { $time }.
    }

# Shown with likely-later. Childline's number only: no other numbers here.
# Variables: $band
out-of-hours =
    { $band ->
        [young] Do you need to talk to someone before then? You can call Childline on 0800 1111. It is free, day or night.
        [middle] If you need to talk to someone before then, you can call Childline on 0800 1111. It's free, any time, day or night.
       *[older] If you need to talk to someone before then, Childline is there any time, day or night, on 0800 1111. It's free.
    }


## What happened to a message the child sent.

# It goes when the phone is online; nothing the child wrote is lost.
# Variables: $band
delivery-waiting =
    { $band ->
        [young] Not sent yet. It will go when the phone is online.
       *[older] Waiting to send. It will go when the phone is online.
    }

# Variables: none
delivery-sent = Sent

# Variables: $band
delivery-delivered =
    { $band ->
        [young] It got there
       *[older] Delivered
    }

# Variables: $band
delivery-read =
    { $band ->
        [young] They read it
       *[older] Read
    }

# Variables: $band
delivery-answered =
    { $band ->
        [young] They wrote back
       *[older] Answered
    }


## If the child feels unsafe right now: who can help at once, whatever the time.
## The numbers must stay exactly 999 and 0800 1111.

# Variables: $band
unsafe-title =
    { $band ->
        [young] If you do not feel safe now
       *[older] If you feel unsafe right now
    }

# Variables: $band
unsafe-danger =
    { $band ->
        [young] If you are in danger, call 999 now.
       *[older] If you are in danger now, call 999.
    }

# Variables: $band
unsafe-childline =
    { $band ->
        [young] You can call Childline on 0800 1111. It is free. They are there day and night.
       *[older] You can talk to Childline on 0800 1111. It's free, any time, day or night.
    }

# Variables: $band
unsafe-trusted-adult =
    { $band ->
        [young] Tell a grown-up you trust. Pick one who is near you.
       *[older] Tell an adult you trust who is near you.
    }

# Variables: $band, $name (who the urgent message goes to)
unsafe-told =
    { $band ->
        [young] We have sent { $name } a message too. It asks them to read it now.
       *[older] We have sent an urgent message to { $name } too.
    }

# Before any plan names a helper there is nobody to send the urgent message to yet.
unsafe-told-waiting =
    { $band ->
        [young] We will send your social worker a message too. It asks them to read it now. It goes when your app is set up.
       *[older] An urgent message to your social worker is waiting. It will go as soon as this phone is set up.
    }

# Buttons that open the phone's dialler.
unsafe-call-999 = Call 999
unsafe-call-999-label = Call 999 now. This opens the phone app.
unsafe-call-childline = Call Childline
unsafe-call-childline-label = Call Childline on 0800 1111. It's free.

## When a helper has not read a message by the time they promised.

# Variables: $band, $name
overdue-note = { $band ->
    [young] { $name } has not read this yet. You can tell someone else too.
   *[older] { $name } has not read this yet, though they said they would by now. You can also tell someone else, like your advocate or your IRO.
}

## An answer under the child's message.

# Variables: $name
answer-from = { $name } wrote back:
