## feelings.ftl (en-GB): how the child feels before and after family time. Private
## unless they share it. Every message may receive $band and $ftword.

feeling-happy = happy
feeling-okay = okay
feeling-worried = worried
feeling-sad = sad
feeling-angry = angry
feeling-scared = scared
feeling-unsafe = unsafe
# Variables: $feeling (a feeling-* text)
feeling-label = I feel { $feeling }

# Variables: $names (who the family time is with)
feelings-prompt-before =
    { $band ->
        [young] Seeing { $names } soon. How do you feel?
       *[other] How do you feel about seeing { $names }?
    }
# Variables: $names
feelings-prompt-before-label = Say how you feel about seeing { $names }
# Variables: $names
feelings-prompt-after =
    { $band ->
        [young] You saw { $names }. How was it?
       *[other] How was seeing { $names }?
    }
# Variables: $names
feelings-prompt-after-label = Say how it was seeing { $names }
# Variables: $names
feelings-title-before =
    { $band ->
        [young] How do you feel about seeing { $names }?
       *[other] Seeing { $names }: how do you feel about it?
    }
# Variables: $names
feelings-title-after =
    { $band ->
        [young] How was it with { $names }?
       *[other] How was it seeing { $names }?
    }
feelings-private =
    { $band ->
        [young] Only you can see this. It stays on this phone.
       *[other] Only you can see this. It stays on this phone unless you share it.
    }
feelings-own-words =
    { $band ->
        [young] Say more if you like
       *[other] Add a few words if you like
    }
feelings-save = Save
feelings-save-label = Save how you feel
feelings-share = Share
feelings-share-label = Choose someone to share this with

# Variables: $date (a date-long text)
feelings-point-date = { $date }
# Variables: $moment (before or after), $names, $date, $feeling (a feeling-* text)
feelings-point-label =
    { $moment ->
        [before] Before seeing { $names } on { $date }: { $feeling }
       *[after] After seeing { $names } on { $date }: { $feeling }
    }
# Variables: $name
feelings-line-title =
    { $band ->
        [young] How it felt with { $name }
       *[other] How time with { $name } has felt
    }
# Variables: $name
feelings-line-empty =
    { $band ->
        [young] No faces for { $name } yet.
       *[other] You have not said how time with { $name } felt yet.
    }
feelings-line-private = Only you can see this.

feelings-offer-question = Do you want to tell someone?
feelings-offer-up-to-you =
    { $band ->
        [young] It is up to you. Nothing is sent by itself.
       *[other] It's up to you. Nothing is sent unless you send it.
    }
feelings-offer-tell = Tell someone
feelings-offer-tell-label = Write to someone who can help
feelings-offer-not-now = Not now
feelings-offer-not-now-label = Not now, close this

feelings-share-title = Share how you feel
feelings-share-intro =
    { $band ->
        [young] They will see just this:
       *[other] They will see exactly this:
    }
feelings-share-to = Who to send it to
# Variables: $name (a helper's first name)
feelings-share-helper-label = Send it to { $name }
feelings-share-send = Send
feelings-share-send-label = Send this message
feelings-share-keep = Keep it private
feelings-share-keep-label = Do not send, keep it private
# The shared message, in the child's voice. Variables: $moment (before or after),
# $names, $date (a date-long text), $feeling (a feeling-* text), $has-words (yes or no),
# $words (the child's own words)
feelings-share-line =
    { $moment ->
        [before] Before seeing { $names } on { $date } I felt { $feeling }.
       *[after] After seeing { $names } on { $date } I felt { $feeling }.
    } { $has-words ->
        [yes] I wrote: { $words }
       *[no] { "" }
    }

# A reminder after family time: it names no one, whatever the child chose.
feelings-reminder = How was it? Tap to say how you feel.

# Why a check-in cannot be saved now.
feelings-closed-early =
    { $band ->
        [young] Not yet. You can do this the day before.
       *[other] Not yet. You can say how you feel from the day before.
    }
feelings-closed-late =
    { $band ->
        [young] This one is closed now. You can still tell someone.
       *[other] It is too late to save this one. You can still tell someone how it went.
    }
feelings-closed-not-going-ahead =
    { $band ->
        [young] This is not happening now.
       *[other] This { $ftword } is not going ahead, so there is nothing to save.
    }
