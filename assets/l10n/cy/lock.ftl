## lock.ftl (cy): clo'r ap, PIN wedi'i anghofio, a sut mae'r ap yn edrych o'r tu allan.
## Gall pob neges gael $band a $ftword.

lock-title =
    { $band ->
        [young] Teipia dy PIN
       *[other] Rho dy PIN
    }
lock-field = Dy PIN
lock-wrong = Dydy hynny ddim yn iawn. Rho gynnig arall.
# Variables: $minutes (whole minutes, at least 1)
lock-wait =
    { $minutes ->
        [1] Aros 1 munud. Yna rho gynnig arall.
       *[other] Aros { $minutes } munud. Yna rho gynnig arall.
    }
lock-unlock = Agor
lock-unlock-label = Agor yr ap gyda'r PIN hwn
lock-biometrics = Defnyddio ôl bys neu wyneb
lock-biometrics-label = Defnyddia dy wyneb neu dy fys i agor yr ap.
lock-forgot = Dw i wedi anghofio fy PIN
lock-forgot-label = Dw i wedi anghofio fy PIN. Cael help.

pin-setup-title = Dewis PIN
pin-setup-rule =
    { $band ->
        [young] Dewis 4 i 8 rhif. Cadw nhw'n gyfrinach.
       *[other] Defnyddia 4 i 8 rhif. Paid â dweud wrth neb.
    }
pin-setup-field = PIN newydd
pin-setup-confirm = Teipia fe eto
pin-setup-bad = Mae PIN yn 4 i 8 rhif. Rho gynnig arall.
pin-setup-differ = Dydy'r ddau PIN ddim yr un fath. Rho gynnig arall.
pin-setup-save = Cadw
pin-setup-save-label = Cadw'r PIN hwn
pin-setup-cancel = Yn ôl
pin-setup-cancel-label = Peidio newid y PIN

forgot-title = Wedi anghofio dy PIN?
# Variables: $name (the social worker's first name)
forgot-explain-named =
    { $band ->
        [young] Gofyn i { $name } am god. Mae dy bethau di'n ddiogel.
       *[other] Gofyn i { $name } am god. Mae popeth ysgrifennaist ti'n aros yn ddiogel.
    }
forgot-explain =
    { $band ->
        [young] Gofyn i dy weithiwr cymdeithasol am god. Mae dy bethau di'n ddiogel.
       *[other] Gofyn i dy weithiwr cymdeithasol am god. Mae popeth ysgrifennaist ti'n aros yn ddiogel.
    }
forgot-field = Cod
forgot-done = Mae hynny wedi gweithio. Nawr dewis PIN newydd.
forgot-submit = Gwirio'r cod
forgot-submit-label = Gwirio'r cod hwn

privacy-title = Cadw'n breifat
privacy-lock-heading = Clo
privacy-lock = Cloi gyda PIN
privacy-lock-explain = Mae'r ap yn gofyn am dy PIN pan fyddi di'n ei agor.
privacy-change-pin = Newid PIN
privacy-change-pin-label = Dewis PIN newydd
privacy-biometrics = Ôl bys neu wyneb
privacy-biometrics-explain = Agor yr ap gyda dy ôl bys neu dy wyneb. Mae dy PIN yn dal i weithio.
privacy-disguise-heading = Enw a llun
privacy-disguise-explain =
    { $band ->
        [young] Dewis sut mae'r ap yn edrych ar dy ffôn.
       *[other] Dewis sut mae'r ap yn edrych ar dy ffôn. Fydd pobl eraill ddim yn gwybod beth yw e.
    }
# Only an iPhone shows this: iOS can change an app's picture but never the name under it.
# Variables: $band
privacy-disguise-name-stays =
    { $band ->
        [young] Ar iPhone, dim ond y llun sy'n newid. Mae'r enw'n aros.
       *[other] Ar iPhone dim ond y llun sy'n newid. Mae'r enw oddi tano yn aros yn Amser Teulu.
    }
disguise-family-time = Amser Teulu
disguise-family-time-label = Gwneud i'r ap edrych fel Amser Teulu
disguise-notes = Nodiadau
disguise-notes-label = Gwneud i'r ap edrych fel Nodiadau
disguise-planner = Cynllunydd
disguise-planner-label = Gwneud i'r ap edrych fel Cynllunydd
privacy-reminder-heading = Nodiadau atgoffa
privacy-after-reminders = Gofyn i fi sut oedd hi
privacy-after-reminders-explain =
    { $band ->
        [young] Rydyn ni'n gofyn ar ôl i ti weld rhywun. Dyw e byth yn dweud pwy.
       *[other] Neges atgoffa ar ôl i ti weld rhywun. Dyw hi byth yn dweud pwy.
    }
lock-biometrics-failed = Wnaeth hynny ddim gweithio. Defnyddia dy PIN.
# Someone added a fingerprint or face to the phone since the child turned this on, so it
# no longer opens the app until they turn it on again.
# Variables: $band
lock-biometrics-changed =
    { $band ->
        [young] Mae rhywun wedi rhoi wyneb neu fys newydd ar y ffôn hwn. Felly defnyddia dy PIN. Gelli di ei droi ymlaen eto yn y Gosodiadau.
       *[other] Mae ôl bys neu wyneb newydd ar y ffôn hwn. Felly all e ddim agor yr ap nawr. Defnyddia dy PIN. Gelli di ei droi ymlaen eto yn y Gosodiadau.
    }
