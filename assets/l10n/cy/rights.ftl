# rights.ftl (cy): beth gall plentyn ofyn amdano, y geiriau mae oedolion yn eu defnyddio, a phwy sy'n helpu.
#
# Every message gets $band ("young" 4-7, "middle" 8-10, "older" 11-18) and
# $ftword (the child's own word for family time). *[older] is always the default.
# Say "gelli di ofyn" (you can ask), never "byddi di'n cael" (you will get).
# No phone numbers or addresses here: help right now is shown by the safety screen.
# Register: "ti" throughout. IRO = Swyddog Adolygu Annibynnol (SAA); the glossary
# also gives the English "IRO", which children may hear from staff.
# Sources: seeds 000-004 (Staying Connected; Coram Voice; Camden; Northamptonshire; Kent).


## Cardiau hawliau.

# Variables: $band
rights-title =
    { $band ->
        [young] Pethau y gelli di ofyn amdanyn nhw
        [middle] Dy hawliau
       *[older] Dy hawliau
    }

# Variables: $band, $ftword
rights-intro =
    { $band ->
        [young] Rwyt ti'n bwysig. Rhaid i oedolion wrando arnat ti. Dyma bethau y gelli di ofyn amdanyn nhw.
        [middle] Mae dy farn di'n bwysig pan fydd oedolion yn cynllunio { $ftword }. Rhaid iddyn nhw wrando arnat ti. Dyma beth y gelli di ofyn amdano, a phwy sy'n gallu helpu.
       *[older] Rhaid i oedolion ddarganfod beth rwyt ti eisiau a sut rwyt ti'n teimlo, a chymryd hynny o ddifrif wrth gynllunio { $ftword }. Maen nhw hefyd yn ystyried dy oedran a beth sy'n ddiogel. Dyma beth y gelli di ofyn amdano, a phwy all dy helpu di i ofyn.
    }

# Variables: $band
right-ask-to-see-title =
    { $band ->
        [young] Gelli di ofyn i weld rhywun
        [middle] Gofyn i weld rhywun
       *[older] Gofyn i weld rhywun
    }

# Variables: $band
right-ask-to-see-body =
    { $band ->
        [young] Wyt ti'n hiraethu am rywun? Gelli di ofyn i'w gweld nhw. Gallai fod yn rhywun o'r teulu, yn ffrind neu'n anifail anwes.
        [middle] Os wyt ti'n hiraethu am rywun, gelli di ofyn i'w gweld nhw neu gadw mewn cysylltiad. Gallai fod yn frawd, yn chwaer, yn ffrind, yn gyn-ofalwr neu'n anifail anwes.
       *[older] Gelli di ofyn i weld neu i gadw mewn cysylltiad ag unrhyw un sy'n bwysig i ti. Mae hynny'n cynnwys brodyr a chwiorydd, neiniau a theidiau, ffrindiau, cyn-ofalwyr maeth neu anifail anwes. Dylai dy ddymuniadau fod yn rhan o'r cynllun, ac os mai na yw'r ateb, dylet ti gael gwybod pam.
    }

# Variables: $band
right-more-or-less-title =
    { $band ->
        [young] Mwy neu lai o amser
        [middle] Gweld rhywun yn amlach neu'n llai aml
       *[older] Gofyn am fwy neu lai
    }

# Variables: $band
right-more-or-less-body =
    { $band ->
        [young] Gelli di ofyn i weld rhywun yn amlach. Gelli di ofyn i'w gweld nhw'n llai aml. Mae'n iawn gofyn am y ddau.
        [middle] Gelli di ofyn am fwy o amser gyda rhywun, neu am lai. Gelli di hefyd ofyn am ymweliadau hirach, neu alwadau fideo rhwng ymweliadau.
       *[older] Gelli di ofyn i weld rhywun yn amlach, am ymweliadau hirach, neu am alwadau fideo rhwng ymweliadau. Gelli di ofyn am help gyda chostau teithio hefyd. Os yw'n teimlo fel gormod, gelli di ofyn am lai.
    }

# Variables: $band
right-say-no-title =
    { $band ->
        [young] Gelli di ddweud na
        [middle] Gelli di ddweud na
       *[older] Dweud na
    }

# Variables: $band
right-say-no-body =
    { $band ->
        [young] Os nad wyt ti eisiau mynd, gelli di ddweud. Mae hynny'n iawn. Dywed wrth dy ofalwr neu oedolyn rwyt ti'n ymddiried ynddo.
        [middle] Os nad wyt ti eisiau gweld rhywun, gelli di ddweud hynny. Ddylai oedolion ddim gwneud i ti fynd os wyt ti wir ddim eisiau. Dywed wrth dy ofalwr, dy weithiwr cymdeithasol neu eiriolwr.
       *[older] Gelli di ddweud na i weld rhywun, neu ofyn i'r trefniadau stopio. Rhaid cymryd dy ddymuniadau o ddifrif, a ddylet ti ddim cael dy orfodi i weld rhywun os wyt ti'n gryf yn erbyn hynny. Os wyt ti'n teimlo'n anniogel ar unrhyw adeg, dywed wrth rywun ar unwaith.
    }

# Variables: $band
right-time-or-place-title =
    { $band ->
        [young] Amser neu le newydd
        [middle] Amser neu le gwahanol
       *[older] Amser neu le gwahanol
    }

# Variables: $band, $ftword
right-time-or-place-body =
    { $band ->
        [young] Gelli di ofyn am ddiwrnod neu amser gwahanol. Gelli di ofyn am gael cwrdd yn rhywle arall, fel y parc.
        [middle] Os yw { $ftword } yn taro ar draws ysgol neu glybiau, gelli di ofyn am amser gwahanol. Gelli di ofyn am gael cwrdd yn rhywle arall hefyd, nid dim ond mewn ystafell fach.
       *[older] Gelli di ofyn am amseroedd sy'n ffitio o gwmpas ysgol, clybiau neu waith. Gelli di ofyn am lefydd sy'n teimlo'n normal, fel parc, caffi neu gartref, nid ystafell fach. Dylai dy weithiwr cymdeithasol ystyried beth sy'n dy siwtio di.
    }

# Variables: $band
right-advocate-title =
    { $band ->
        [young] Rhywun ar dy ochr di
        [middle] Cael eiriolwr
       *[older] Cael eiriolwr
    }

# Variables: $band
right-advocate-body =
    { $band ->
        [young] Mae eiriolwr yn oedolyn sydd ar dy ochr di. Maen nhw'n dy helpu di i ddweud beth rwyt ti eisiau. Mae am ddim.
        [middle] Mae eiriolwr ar dy ochr di. Maen nhw'n dy helpu di i ddweud beth rwyt ti eisiau. Maen nhw'n gwneud yn siŵr bod pobl yn gwrando. Mae am ddim. Gall dy weithiwr cymdeithasol neu dy ofalwr dy helpu di i gael un.
       *[older] Mae eiriolwr ar dy ochr di, a dydyn nhw ddim yn gweithio i dy weithiwr cymdeithasol. Maen nhw'n dy helpu di i ddweud beth rwyt ti eisiau, am dy deulu neu unrhyw beth arall. Maen nhw'n gwneud yn siŵr dy fod di'n cael dy glywed. Mae am ddim, ac mae gen ti hawl i gael un. Gofynna i dy weithiwr cymdeithasol, dy Swyddog Adolygu Annibynnol neu dy ofalwr, neu i wasanaeth cenedlaethol fel NYAS.
    }

# Variables: $band
right-review-title =
    { $band ->
        [young] Mae dy gynllun yn cael ei wirio
        [middle] Adolygiadau
       *[older] Adolygiadau o dy gynllun
    }

# Variables: $band, $ftword
right-review-body =
    { $band ->
        [young] Mae oedolion yn cwrdd i wirio dy gynllun. Gelli di ddweud wrthyn nhw beth rwyt ti'n ei feddwl.
        [middle] Mae dy gynllun yn cael ei wirio mewn cyfarfodydd o'r enw adolygiadau. Mae'r cyntaf o fewn 28 diwrnod, yna o fewn tri mis, yna bob chwe mis. Gelli di fynd, neu rannu dy farn mewn ffordd arall.
       *[older] Mae dy gynllun gofal, gan gynnwys { $ftword }, yn cael ei wirio mewn cyfarfodydd o'r enw adolygiadau. Mae'r cyntaf yn dy 28 diwrnod cyntaf mewn gofal, yr ail o fewn tri mis, ac yna un bob chwe mis. Gelli di fynd i'r cyfarfod neu ddweud beth rwyt ti'n ei feddwl mewn ffordd arall. Gall eiriolwr helpu.
    }

# Variables: $band
right-iro-title =
    { $band ->
        [young] Y person sy'n gwirio dy gynllun
        [middle] Dy Swyddog Adolygu Annibynnol
       *[older] Swyddog Adolygu Annibynnol
    }

# Variables: $band, $name, $has-name (yes/no)
right-iro-body =
    { $has-name ->
        [yes]
            { $band ->
                [young] Mae { $name } yn gwirio bod dy gynllun yn iawn i ti. Maen nhw eisiau clywed beth rwyt ti'n ei feddwl.
                [middle] { $name } yw dy Swyddog Adolygu Annibynnol. Maen nhw'n cynnal dy adolygiadau ac yn gwirio bod dy gynllun yn iawn i ti. Gallan nhw gwrdd â ti ar dy ben dy hun i glywed beth rwyt ti'n ei feddwl.
               *[older] { $name } yw dy SAA, sy'n fyr am Swyddog Adolygu Annibynnol. Nid dy weithiwr cymdeithasol di ydyn nhw. Maen nhw'n arwain y cyfarfodydd lle mae dy gynllun yn cael ei wirio, ac yn gwneud yn siŵr ei fod yn iawn i ti. Gelli di siarad â nhw ar dy ben dy hun, a dweud wrthyn nhw os nad wyt ti'n hapus gyda dy gynllun.
            }
       *[no]
            { $band ->
                [young] Mae oedolyn yn gwirio bod dy gynllun yn iawn i ti. Maen nhw eisiau clywed beth rwyt ti'n ei feddwl.
                [middle] Mae gen ti Swyddog Adolygu Annibynnol. Maen nhw'n cynnal dy adolygiadau ac yn gwirio bod dy gynllun yn iawn i ti. Gallan nhw gwrdd â ti ar dy ben dy hun i glywed beth rwyt ti'n ei feddwl.
               *[older] Mae gan bob plentyn mewn gofal SAA, sy'n fyr am Swyddog Adolygu Annibynnol. Nid dy weithiwr cymdeithasol di ydyn nhw. Maen nhw'n arwain y cyfarfodydd lle mae dy gynllun yn cael ei wirio, ac yn gwneud yn siŵr ei fod yn iawn i ti. Gelli di siarad â nhw ar dy ben dy hun. Gall dy weithiwr cymdeithasol ddweud wrthot ti pwy yw dy un di.
            }
    }


## Geirfa: y geiriau mae oedolion yn eu defnyddio.

# Variables: $band
glossary-title =
    { $band ->
        [young] Geiriau y gallet ti eu clywed
        [middle] Geiriau mae oedolion yn eu defnyddio
       *[older] Geiriau mae oedolion yn eu defnyddio
    }

glossary-contact-word = Cyswllt

# Variables: $band
glossary-contact-meaning =
    { $band ->
        [young] Gair oedolion am amser gyda dy fam, dy dad neu bobl eraill.
        [middle] Gair arall am amser teulu. Mae'n golygu gweld dy deulu neu gadw mewn cysylltiad â nhw.
       *[older] Y gair mae'r gyfraith a llawer o oedolion yn ei ddefnyddio am amser teulu. Mae'n golygu unrhyw ffordd o weld neu gadw mewn cysylltiad â theulu a phobl sy'n bwysig i ti.
    }

glossary-family-time-word = Amser teulu

# Variables: $band
glossary-family-time-meaning =
    { $band ->
        [young] Amser gyda dy fam, dy dad a phobl rwyt ti'n eu caru.
        [middle] Amser gyda dy deulu neu bobl sy'n bwysig i ti. Gall fod yn ymweliad, yn alwad, neu'n llythyrau a lluniau.
       *[older] Gair mwy caredig am gyswllt: unrhyw ffordd rwyt ti'n gweld neu'n cadw mewn cysylltiad â theulu a phobl sy'n bwysig i ti. Gelli di ddewis dy air dy hun amdano yn yr ap yma.
    }

glossary-supervised-word = Dan oruchwyliaeth

# Variables: $band
glossary-supervised-meaning =
    { $band ->
        [young] Mae oedolyn yn aros gyda ti drwy'r amser. Maen nhw'n dy gadw di'n ddiogel.
        [middle] Mae gweithiwr yn aros gyda ti drwy'r amser. Maen nhw'n dy gadw di'n ddiogel ac yn ysgrifennu nodiadau.
       *[older] Pan fydd gweithiwr yn aros drwy'r amser, yn cadw pawb yn ddiogel ac yn ysgrifennu nodiadau am sut aeth pethau. Mae'n cael ei wirio yn dy adolygiadau.
    }

glossary-iro-word = SAA

# Variables: $band
glossary-iro-meaning =
    { $band ->
        [young] Oedolyn sy'n gwirio bod dy gynllun yn iawn i ti.
        [middle] Swyddog Adolygu Annibynnol: y person sy'n cynnal dy adolygiadau. Maen nhw'n gwirio bod dy gynllun yn iawn i ti.
       *[older] Yn fyr am Swyddog Adolygu Annibynnol (yn Saesneg, IRO): y person sy'n arwain y cyfarfodydd lle mae dy gynllun gofal yn cael ei wirio. Maen nhw'n gwneud yn siŵr bod beth rwyt ti eisiau yn cael ei glywed.
    }

glossary-advocate-word = Eiriolwr

# Variables: $band
glossary-advocate-meaning =
    { $band ->
        [young] Oedolyn ar dy ochr di. Maen nhw'n dy helpu di i ddweud beth rwyt ti eisiau.
        [middle] Rhywun ar dy ochr di sy'n dy helpu di i ddweud beth rwyt ti eisiau. Mae am ddim.
       *[older] Rhywun annibynnol ar dy ochr di, sy'n dy helpu di i ddweud beth rwyt ti eisiau. Maen nhw'n gwneud yn siŵr dy fod di'n cael dy glywed. Mae am ddim.
    }

glossary-care-plan-word = Cynllun gofal

# Variables: $band, $ftword
glossary-care-plan-meaning =
    { $band ->
        [young] Y cynllun mae oedolion yn ei wneud i ofalu amdanat ti.
        [middle] Y cynllun ar gyfer dy fywyd mewn gofal: { $ftword }, ble rwyt ti'n byw, ysgol ac iechyd.
       *[older] Y cynllun ysgrifenedig ar gyfer dy fywyd mewn gofal, gan gynnwys { $ftword }, ble rwyt ti'n byw, ysgol ac iechyd. Dylai dy farn di fod ynddo.
    }

glossary-review-word = Adolygiad

# Variables: $band
glossary-review-meaning =
    { $band ->
        [young] Cyfarfod i wirio bod dy gynllun yn dal yn iawn.
        [middle] Cyfarfod i wirio bod dy gynllun yn dal yn iawn i ti.
       *[older] Cyfarfod, dan arweiniad dy SAA, lle mae dy gynllun gofal yn cael ei wirio i wneud yn siŵr ei fod yn dal yn iawn i ti. Gelli di fynd, neu ddweud dy farn mewn ffordd arall.
    }


## Rolau: pwy yw'r bobl sy'n helpu ("dy weithiwr cymdeithasol") a beth maen nhw'n ei wneud.

role-social-worker = dy weithiwr cymdeithasol
role-advocate = dy eiriolwr

# Variables: $band
role-independent-reviewing-officer =
    { $band ->
        [young] y person sy'n gwirio dy gynllun
        [middle] dy Swyddog Adolygu Annibynnol
       *[older] dy Swyddog Adolygu Annibynnol
    }

role-foster-carer = dy ofalwr maeth
role-key-worker = dy weithiwr allweddol
role-independent-visitor = dy Ymwelydd Annibynnol
role-personal-adviser = dy gynghorydd personol

# Variables: $band, $ftword
role-explain-social-worker =
    { $band ->
        [young] Mae dy weithiwr cymdeithasol yn helpu i wneud cynlluniau i ti. Gelli di ddweud wrthyn nhw beth rwyt ti eisiau.
        [middle] Mae dy weithiwr cymdeithasol yn gwneud cynlluniau gyda ti, fel cynlluniau ar gyfer { $ftword }. Gelli di ofyn cwestiynau iddyn nhw a dweud beth rwyt ti eisiau.
       *[older] Mae dy weithiwr cymdeithasol yn ysgrifennu dy gynllun gofal ac yn trefnu { $ftword }. Dylen nhw wrando ar beth rwyt ti eisiau ac egluro penderfyniadau i ti. Gelli di ofyn unrhyw beth iddyn nhw, neu ofyn am newid.
    }

# Variables: $band, $ftword
role-explain-advocate =
    { $band ->
        [young] Mae eiriolwr ar dy ochr di. Maen nhw'n dy helpu di i ddweud beth rwyt ti eisiau.
        [middle] Mae eiriolwr ar dy ochr di yn unig. Maen nhw'n dy helpu di i ddweud beth rwyt ti eisiau. Maen nhw'n gwneud yn siŵr bod oedolion yn gwrando.
       *[older] Mae eiriolwr yn annibynnol ac ar dy ochr di yn unig. Maen nhw'n dy helpu di i ddeall beth sy'n digwydd, i ddweud beth rwyt ti eisiau ac i gael dy glywed. Maen nhw yno mewn adolygiadau ac wrth drafod { $ftword }. Mae am ddim.
    }

# Variables: $band
role-explain-independent-reviewing-officer =
    { $band ->
        [young] Maen nhw'n gwirio bod dy gynllun yn iawn i ti. Maen nhw eisiau gwybod beth rwyt ti'n ei feddwl.
        [middle] Mae dy Swyddog Adolygu Annibynnol yn cynnal dy adolygiadau. Maen nhw'n gwirio bod dy gynllun yn iawn i ti. Maen nhw'n gwrando ar beth rwyt ti'n ei feddwl.
       *[older] Nid dy weithiwr cymdeithasol di yw dy SAA. Maen nhw'n arwain y cyfarfodydd lle mae dy gynllun yn cael ei wirio, ac yn gwneud yn siŵr ei fod yn iawn i ti. Gelli di siarad â nhw ar dy ben dy hun, a dweud wrthyn nhw os nad wyt ti'n hapus.
    }

# Variables: $band, $ftword
role-explain-foster-carer =
    { $band ->
        [young] Mae dy ofalwr maeth yn gofalu amdanat ti gartref. Maen nhw'n dy helpu di i baratoi. Maen nhw'n siarad â ti wedyn.
        [middle] Mae dy ofalwr maeth yn gofalu amdanat ti. Maen nhw'n dy helpu di i baratoi ar gyfer { $ftword }. Wedyn, maen nhw'n siarad â ti am sut aeth pethau.
       *[older] Mae dy ofalwr maeth yn gofalu amdanat ti o ddydd i ddydd. Rhan o'u gwaith yw dy helpu di i baratoi ar gyfer { $ftword } a siarad am sut rwyt ti'n teimlo wedyn. Gelli di ddweud wrthyn nhw os oes rhywbeth yn dy boeni di.
    }

# Variables: $band, $ftword
role-explain-key-worker =
    { $band ->
        [young] Mae dy weithiwr allweddol yn gofalu amdanat ti lle rwyt ti'n byw. Gelli di siarad â nhw.
        [middle] Mae dy weithiwr allweddol yn gofalu amdanat ti lle rwyt ti'n byw. Gelli di siarad â nhw cyn ac ar ôl { $ftword }.
       *[older] Dy weithiwr allweddol yw'r prif aelod o staff sy'n gofalu amdanat ti lle rwyt ti'n byw. Gallan nhw dy helpu di i baratoi ar gyfer { $ftword } a siarad am sut aeth pethau.
    }

# Variables: $band
role-explain-independent-visitor =
    { $band ->
        [young] Dyma oedolyn caredig sy'n ymweld â ti. Rydych chi'n gwneud pethau llawn hwyl gyda'ch gilydd. Maen nhw'n dod achos eu bod nhw eisiau dod.
        [middle] Mae Ymwelydd Annibynnol yn wirfoddolwr sy'n treulio amser gyda ti. Rydych chi'n gwneud pethau rydych chi'ch dau yn eu hoffi. Dydyn nhw ddim yn cael eu talu i dy weld di. Maen nhw'n dewis dod.
       *[older] Mae Ymwelydd Annibynnol yn wirfoddolwr sy'n treulio amser gyda ti, yn aml yn gwneud pethau rydych chi'ch dau yn eu mwynhau. I lawer o bobl ifanc, dyma'r unig oedolyn sydd ddim yn cael ei dalu i fod yno. Gelli di ofyn am un.
    }

# Variables: $band
role-explain-personal-adviser =
    { $band ->
        [young] Dyma helpwr i blant hŷn. Maen nhw'n eu helpu nhw i baratoi i adael gofal.
        [middle] Dyma helpwr i bobl ifanc 16 oed a hŷn. Maen nhw'n eu helpu nhw i baratoi i adael gofal.
       *[older] Mae dy gynghorydd personol yn dy helpu di o 16 oed ymlaen, wrth i ti baratoi i adael gofal ac ar ôl i ti adael. Gallan nhw dy helpu di i gadw mewn cysylltiad â phobl sy'n bwysig i ti.
    }


## Oriau gwaith arferol rhywun sy'n helpu.

# Variables: $band, $name, $days ("dydd Llun i ddydd Gwener"), $from, $to (24-hour times)
helper-hours =
    { $band ->
        [young] Mae { $name } yn gweithio { $days }, o { $from } tan { $to }.
        [middle] Mae { $name } yn gweithio { $days }, o { $from } tan { $to }. Os wyt ti'n anfon neges ar adegau eraill, bydd yn aros tan hynny.
       *[older] Mae { $name } fel arfer yn gweithio { $days }, o { $from } tan { $to }. Efallai na fydd negeseuon sy'n cael eu hanfon ar adegau eraill yn cael eu darllen tan hynny.
    }
