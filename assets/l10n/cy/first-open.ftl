## first-open.ftl (cy): y tro cyntaf mae'r ap yn agor, a'r gosodiadau sy'n newid yr un
## dewisiadau wedyn. Gall pob neges gael $band a $ftword.

# Enw iaith yn yr iaith honno: Cymraeg yw enw'r ffeil hon, beth bynnag yw iaith y sgrin.
language-name = Cymraeg

# Variables: $step, $steps (numbers)
first-open-progress = Cam { $step } o { $steps }

first-open-language-title =
    { $band ->
        [young] Pa iaith wyt ti eisiau?
       *[older] Dewisa dy iaith
    }

first-open-code-title = Teipia dy god
first-open-code-explain =
    { $band ->
        [young] Rhoddodd dy weithiwr cymdeithasol god i ti. Teipia fe yma. Dim ond unwaith mae'n gweithio.
        [middle] Rhoddodd dy weithiwr cymdeithasol god i ti. Teipia fe yma. Mae'n gweithio unwaith, ar y ffôn hwn.
       *[older] Rhoddodd dy weithiwr cymdeithasol god i ti. Teipia fe yma i osod y ffôn hwn. Mae'n gweithio unwaith.
    }
first-open-code-field = Dy god
first-open-code-checking = Yn gwirio dy god…
first-open-code-joined =
    { $band ->
        [young] Mae hynny wedi gweithio. Mae'r ffôn hwn yn barod.
       *[older] Mae hynny wedi gweithio. Mae'r ffôn hwn wedi'i osod.
    }

first-open-word-title =
    { $band ->
        [young] Beth wyt ti'n galw gweld dy deulu?
       *[older] Beth wyt ti'n ei alw fe?
    }
first-open-word-explain =
    { $band ->
        [young] Dewisa'r geiriau rwyt ti'n eu hoffi. Bydd yr ap yn eu defnyddio.
       *[older] Dewisa'r geiriau rwyt ti eisiau i'r ap eu defnyddio am amser gyda dy deulu. Gelli di newid hyn wedyn.
    }
first-open-own-word =
    { $band ->
        [young] Neu ysgrifenna dy eiriau dy hun
       *[older] Neu defnyddia dy eiriau dy hun
    }

first-open-age-title = Faint yw dy oed di?
first-open-age-explain =
    { $band ->
        [young] Mae hyn yn helpu'r ap i siarad â ti'n iawn.
       *[older] Mae'r ap yn defnyddio hyn i ddewis ei eiriau. Gelli di newid hyn wedyn.
    }

first-open-next = Nesaf
first-open-next-label = Mynd i'r cam nesaf
first-open-join = Defnyddio'r cod hwn
first-open-join-label = Gwirio'r cod hwn a gosod y ffôn hwn
first-open-done = Wedi gorffen
first-open-done-label =
    { $band ->
        [young] Wedi gorffen. Agor yr ap.
       *[older] Gorffen gosod ac agor yr ap
    }

## Y geiriau mae'r ap yn eu cynnig am amser teulu ($ftword yr iaith ei hun yn gyntaf).

word-choice-seeing = gweld fy nheulu
word-choice-time-with =
    { $band ->
        [young] amser gyda fy nheulu
       *[older] amser gyda'r teulu
    }

## Bandiau oed, wrth i'r plentyn ddewis un.

# Variables: $choice ("young", "middle" or "older")
age-band-choice =
    { $choice ->
        [young] Rydw i'n 4, 5, 6 neu 7
        [middle] Rydw i'n 8, 9 neu 10
       *[older] Rydw i'n 11 neu'n hŷn
    }

## Pan nad yw cod yn gweithio: beth ddigwyddodd, yna beth i'w wneud.

code-empty = Does dim cod eto.
code-empty-what-to-do = Teipia'r cod a roddodd dy weithiwr cymdeithasol i ti.
code-wrong = Wnaeth y cod yna ddim gweithio.
code-wrong-what-to-do =
    { $band ->
        [young] Edrych ar bob llythyren a thria eto. Neu gofynna i dy weithiwr cymdeithasol am god newydd.
       *[older] Gwiria fe a thria eto, neu gofynna i dy weithiwr cymdeithasol am god newydd.
    }
code-used =
    { $band ->
        [young] Mae rhywun wedi defnyddio'r cod yna.
       *[older] Mae'r cod yna wedi'i ddefnyddio'n barod.
    }
code-used-what-to-do = Gofynna i dy weithiwr cymdeithasol am god newydd.
code-expired =
    { $band ->
        [young] Mae'r cod yna'n rhy hen nawr.
       *[older] Mae amser y cod yna wedi dod i ben.
    }
code-expired-what-to-do = Gofynna i dy weithiwr cymdeithasol am god newydd.
code-offline =
    { $band ->
        [young] Dydy'r ffôn ddim ar-lein.
       *[older] Mae'r ffôn hwn all-lein.
    }
code-offline-what-to-do =
    { $band ->
        [young] Tria eto pan fydd y ffôn ar-lein.
       *[older] Tria eto pan fydd gen ti Wi-Fi neu ddata.
    }
code-failed =
    { $band ->
        [young] Aeth rhywbeth o'i le.
       *[older] Aeth rhywbeth o'i le wrth osod y ffôn hwn.
    }
code-failed-what-to-do =
    { $band ->
        [young] Tria eto wedyn. Neu gofynna i dy weithiwr cymdeithasol helpu.
       *[older] Tria eto wedyn, neu gofynna i dy weithiwr cymdeithasol am help.
    }

## Gosodiadau.

settings-title = Gosodiadau
settings-language-heading = Iaith
settings-age-heading =
    { $band ->
        [young] Faint yw dy oed di?
       *[older] Dy oed
    }
settings-word-heading =
    { $band ->
        [young] Beth rwyt ti'n galw gweld dy deulu
       *[older] Dy air am { $ftword }
    }
settings-reminders-heading = Nodiadau atgoffa
settings-reminder-details =
    { $band ->
        [young] Dweud pwy rydw i'n eu gweld
       *[older] Dangos pwy a beth mewn nodiadau atgoffa
    }
settings-reminder-details-explain =
    { $band ->
        [young] Os yw e ymlaen, gall eraill weld pwy rwyt ti'n eu gweld. Ar y dechrau mae i ffwrdd.
        [middle] Os yw hyn ymlaen, gall pobl sy'n gweld sgrin clo dy ffôn ddarllen pwy rwyt ti'n eu gweld. Mae i ffwrdd ar y dechrau.
       *[older] Os yw hyn ymlaen, gall unrhyw un sy'n gweld sgrin clo dy ffôn ddarllen pwy rwyt ti'n eu gweld a phryd. Mae i ffwrdd oni bai dy fod ti'n ei droi ymlaen.
    }
settings-privacy = Cadw fe'n breifat
settings-privacy-label = Cloi'r ap, neu newid ei enw a'i lun
