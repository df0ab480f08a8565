## feelings.ftl (cy): sut mae'r plentyn yn teimlo cyn ac ar ôl amser teulu. Preifat
## oni bai ei fod yn ei rannu. Gall pob neges gael $band a $ftword.

feeling-happy = hapus
feeling-okay = iawn
feeling-worried = yn poeni
feeling-sad = trist
feeling-angry = crac
feeling-scared = ofnus
feeling-unsafe = ddim yn ddiogel
# Variables: $feeling (a feeling-* text)
feeling-label = Dw i'n teimlo: { $feeling }

# Variables: $names (who the family time is with)
feelings-prompt-before =
    { $band ->
        [young] Gweld { $names } cyn bo hir. Sut wyt ti'n teimlo?
       *[other] Sut wyt ti'n teimlo am weld { $names }?
    }
# Variables: $names
feelings-prompt-before-label = Dweud sut rwyt ti'n teimlo am weld { $names }
# Variables: $names
feelings-prompt-after =
    { $band ->
        [young] Gwelaist ti { $names }. Sut oedd hi?
       *[other] Sut oedd gweld { $names }?
    }
# Variables: $names
feelings-prompt-after-label = Dweud sut oedd gweld { $names }
# Variables: $names
feelings-title-before =
    { $band ->
        [young] Sut wyt ti'n teimlo am weld { $names }?
       *[other] Gweld { $names }: sut wyt ti'n teimlo am hynny?
    }
# Variables: $names
feelings-title-after =
    { $band ->
        [young] Sut oedd hi gyda { $names }?
       *[other] Sut aeth hi wrth weld { $names }?
    }
feelings-private =
    { $band ->
        [young] Dim ond ti sy'n gallu gweld hwn. Mae'n aros ar y ffôn hwn.
       *[other] Dim ond ti sy'n gallu gweld hwn. Mae'n aros ar y ffôn hwn oni bai dy fod ti'n ei rannu.
    }
feelings-own-words =
    { $band ->
        [young] Dywed fwy os hoffet ti
       *[other] Ychwanega ychydig eiriau os hoffet ti
    }
feelings-save = Cadw
feelings-save-label = Cadw sut rwyt ti'n teimlo
feelings-share = Rhannu
feelings-share-label = Dewis rhywun i rannu hwn gyda nhw

# Variables: $date (a date-long text)
feelings-point-date = { $date }
# Variables: $moment (before or after), $names, $date, $feeling (a feeling-* text)
feelings-point-label =
    { $moment ->
        [before] Cyn gweld { $names } ar { MUTATE($date, type: "soft") }: { $feeling }
       *[after] Ar ôl gweld { $names } ar { MUTATE($date, type: "soft") }: { $feeling }
    }
# Variables: $name
feelings-line-title =
    { $band ->
        [young] Sut roedd hi gyda { $name }
       *[other] Sut mae amser gyda { $name } wedi teimlo
    }
# Variables: $name
feelings-line-empty =
    { $band ->
        [young] Dim wynebau i { $name } eto.
       *[other] Dwyt ti ddim wedi dweud sut roedd amser gyda { $name } eto.
    }
feelings-line-private = Dim ond ti sy'n gallu gweld hwn.

feelings-offer-question = Wyt ti eisiau dweud wrth rywun?
feelings-offer-up-to-you =
    { $band ->
        [young] Ti sy'n dewis. Does dim byd yn mynd ar ei ben ei hun.
       *[other] Ti sy'n dewis. Does dim byd yn cael ei anfon oni bai dy fod ti'n ei anfon.
    }
feelings-offer-tell = Dweud wrth rywun
feelings-offer-tell-label = Ysgrifennu at rywun sy'n gallu helpu
feelings-offer-not-now = Dim nawr
feelings-offer-not-now-label = Dim nawr, cau hwn

feelings-share-title = Rhannu sut rwyt ti'n teimlo
feelings-share-intro =
    { $band ->
        [young] Byddan nhw'n gweld hyn yn unig:
       *[other] Byddan nhw'n gweld hyn yn union:
    }
feelings-share-to = At bwy i'w anfon
# Variables: $name (a helper's first name)
feelings-share-helper-label = Anfon at { $name }
feelings-share-send = Anfon
feelings-share-send-label = Anfon y neges hon
feelings-share-keep = Cadw'n breifat
feelings-share-keep-label = Peidio anfon, cadw'n breifat
# The shared message, in the child's voice. Variables: $moment (before or after),
# $names, $date (a date-long text), $feeling (a feeling-* text), $has-words (yes or no),
# $words (the child's own words)
feelings-share-line =
    { $moment ->
        [before] Cyn gweld { $names } ar { MUTATE($date, type: "soft") }, fy nheimlad oedd: { $feeling }.
       *[after] Ar ôl gweld { $names } ar { MUTATE($date, type: "soft") }, fy nheimlad oedd: { $feeling }.
    } { $has-words ->
        [yes] Ysgrifennais i: { $words }
       *[no] { "" }
    }

# A reminder after family time: it names no one, whatever the child chose.
feelings-reminder = Sut oedd hi? Tapia i ddweud sut rwyt ti'n teimlo.

# Why a check-in cannot be saved now.
feelings-closed-early =
    { $band ->
        [young] Dim eto. Gelli di wneud hyn y diwrnod cynt.
       *[other] Dim eto. Gelli di ddweud sut rwyt ti'n teimlo o'r diwrnod cynt.
    }
feelings-closed-late =
    { $band ->
        [young] Mae hwn wedi cau nawr. Gelli di ddweud wrth rywun o hyd.
       *[other] Mae'n rhy hwyr i gadw hwn. Gelli di ddweud wrth rywun sut aeth hi o hyd.
    }
feelings-closed-not-going-ahead =
    { $band ->
        [young] Dydy hyn ddim yn digwydd nawr.
       *[other] Dydy hyn ddim yn digwydd, felly does dim i'w gadw.
    }
