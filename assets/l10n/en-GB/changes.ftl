# changes.ftl (en-GB): "what changed since you last looked", after a new plan arrives.
#
# Every message gets $band ("young" 4-7, "middle" 8-10, "older" 11-18) and $ftword.
# Changes that mean less always come with the worker's reason (reason-why) and with
# the words of the change itself (change-next-*), which say the child can ask why.
# Source: seed 000 ("It has been cut down to once a week ... I don't know why").

# The heading over the list.
# Variables: $band
changes-title =
    { $band ->
        [young] Something has changed
        [middle] What's changed
       *[older] What's changed since you last looked
    }

# The button the child presses when they have read the list.
# Variables: $band
changes-seen =
    { $band ->
        [young] OK
       *[older] I've seen this
    }

# An arrangement's days, times or details changed. $names is already joined.
# Variables: $band, $names
changes-altered =
    { $band ->
        [young] Your time with { $names } has changed
       *[older] Your plan for time with { $names } has changed
    }

# Variables: $band
changes-altered-next =
    { $band ->
        [young] Look at the calendar to see when. Your carer can tell you more.
        [middle] Look at the calendar to see the new days and times. You can ask your social worker about it.
       *[older] Your calendar shows the new days, times and details. If something doesn't work for you, you can ask your social worker for a change.
    }

# $rhythm is "once a week", "every 2 weeks" and the like.
# Variables: $band, $rhythm
changes-how-often-now =
    { $band ->
        [young] Now it is { $rhythm }.
       *[older] Now it happens { $rhythm }.
    }

# Heading for news about one person: whether the child can see them changed.
# Variables: $band, $name
changes-person =
    { $band ->
        [young] About { $name }
       *[older] News about { $name }
    }

# Variables: $band, $name
changes-can-see-again =
    { $band ->
        [young] You can see { $name } again.
        [middle] You can see { $name } again. Look at the calendar to see when.
       *[older] You can see { $name } again. Your calendar will show when.
    }

# $role is "your social worker", "your advocate" and the like.
# Variables: $band, $name, $role
changes-new-helper = { $name } is { $role } now.

# Variables: $band, $name, $role
changes-helper-left = { $name } is not { $role } any more.

# Variables: $band
changes-helper-left-next =
    { $band ->
        [young] Other grown-ups are still here to help you. Your carer can tell you who.
        [middle] Someone else will help you now. You can still use Tell someone at any time.
       *[older] Your plan shows who can help you now. You can still use Tell someone at any time, and you can ask for an advocate.
    }
