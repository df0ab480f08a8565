## notes.ftl (cy): nodiadau'r plentyn ei hun, sydd byth yn gadael y ffôn.
## Gall pob neges gael $band a $ftword.

notes-title =
    { $band ->
        [young] Fy nodiadau
       *[older] Nodiadau
    }
notes-intro =
    { $band ->
        [young] Dim ond ti sy'n gallu gweld y rhain. Maen nhw'n aros ar y ffôn hwn.
       *[older] Dim ond ti sy'n gallu gweld dy nodiadau. Dydyn nhw byth yn gadael y ffôn hwn.
    }
notes-field =
    { $band ->
        [young] Ysgrifenna nodyn
       *[older] Nodyn newydd
    }
notes-save = Cadw
notes-save-label = Cadw'r nodyn hwn
notes-empty =
    { $band ->
        [young] Dim nodiadau eto.
       *[older] Does gen ti ddim nodiadau eto.
    }
# Variables: $date (a date-long text), $time (a time-of-day text)
notes-written = { $date }, { $time }
# Variables: $name
notes-about = Am { MUTATE($name, type: "soft") }
notes-delete = Dileu
# Variables: $written (a notes-written text)
notes-delete-label = Dileu'r nodyn o { $written }
notes-delete-question =
    { $band ->
        [young] Dileu'r nodyn hwn? Bydd e wedi mynd.
       *[older] Dileu'r nodyn hwn? Alli di ddim ei gael yn ôl.
    }
notes-delete-yes = Dileu
notes-delete-yes-label = Ie, dileu'r nodyn hwn
notes-delete-no = Cadw
notes-delete-no-label = Na, cadw'r nodyn hwn
