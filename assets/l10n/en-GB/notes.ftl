## notes.ftl (en-GB): the child's own notes, which never leave the phone.
## Every message may receive $band and $ftword.

notes-title =
    { $band ->
        [young] My notes
       *[older] Notes
    }
notes-intro =
    { $band ->
        [young] Only you can see these. They stay on this phone.
       *[older] Only you can see your notes. They never leave this phone.
    }
notes-field =
    { $band ->
        [young] Write a note
       *[older] New note
    }
notes-save = Save
notes-save-label = Save this note
notes-empty =
    { $band ->
        [young] No notes yet.
       *[older] You have no notes yet.
    }
# Variables: $date (a date-long text), $time (a time-of-day text)
notes-written = { $date }, { $time }
# Variables: $name
notes-about = About { $name }
notes-delete = Delete
# Variables: $written (a notes-written text)
notes-delete-label = Delete the note from { $written }
notes-delete-question =
    { $band ->
        [young] Delete this note? It will be gone.
       *[older] Delete this note? You can't get it back.
    }
notes-delete-yes = Delete
notes-delete-yes-label = Yes, delete this note
notes-delete-no = Keep
notes-delete-no-label = No, keep this note
