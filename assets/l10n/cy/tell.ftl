## tell.ftl (cy): sgriniau "Dweud wrth rywun".
## The "Tell someone" screens, in Welsh. A child sends a worry, a question, good
## news or a request for change to an adult who listens, and sees that it arrived,
## was read and was answered.
## Every message may receive $band ("young" 4-7, "middle" 8-10, "older" 11-18)
## and $ftword (the child's own word for family time).
## We speak to the child as "ti"; the child's own choices are in the first person
## ("Dw i eisiau..."). Names cannot mutate, so they follow a verb-noun ("gweld
## { $name }"), stand as the subject, or follow "ar gyfer", rather than "i", "at"
## or "gyda". $has-name is "yes" or "no": with "no" that branch never uses $name.
## "Neges" is feminine: "wedi'i hanfon", "wedi'i hateb".
## The only phone numbers in this file are 999 and Childline's 0800 1111.

## Penawdau a botymau: headings and buttons.

# Screen title.
# Variables: none
tell-title = Dweud wrth rywun

# Variables: none
tell-who-heading = Wrth bwy rwyt ti eisiau dweud?

# "What is on your mind?"
# Variables: none
tell-topic-heading = Beth sydd ar dy feddwl di?

# Variables: $band
tell-change-heading =
    { $band ->
        [young] Beth wyt ti eisiau ei newid?
       *[older] Beth hoffet ti ei newid?
    }

# Above the box where the child writes. Short is fine.
# Variables: $band
tell-write-heading =
    { $band ->
        [young] Dywed hyn yn dy eiriau dy hun. Mae ychydig eiriau'n iawn.
       *[older] Dywed hyn yn dy eiriau dy hun. Mae'n iawn ei gadw'n fyr.
    }

# Button.
# Variables: none
tell-send = Anfon

# Button: nothing is sent, and the child's words stay on the phone.
# Variables: none
tell-keep-private = Cadw hyn i fi fy hun


## Am beth mae e: short choices, in the child's own voice.

# Variables: none
topic-worry = Mae rhywbeth yn fy mhoeni i

# Variables: none
topic-question = Mae gen i gwestiwn

# Variables: none
topic-something-good = Digwyddodd rhywbeth da

# Variables: none
topic-change-request = Dw i eisiau i rywbeth newid

# Opens the "If you feel unsafe right now" help at once.
# Variables: $band
topic-unsafe-now =
    { $band ->
        [young] Dw i ddim yn teimlo'n ddiogel nawr
       *[older] Dw i'n teimlo'n anniogel ar hyn o bryd
    }


## Beth hoffet ti ei newid: what the child would like to change, in their own voice.
## Children asked to see brothers and sisters more, for times that fit school and
## clubs, for somewhere that is "not a small room", and for help with travel costs.

# Variables: $name, $has-name ("yes" or "no")
change-see-more =
    { $has-name ->
        [yes] Gweld { $name } yn amlach
       *[no] Gweld rhywun yn amlach
    }

# Variables: $name, $has-name ("yes" or "no")
change-see-less =
    { $has-name ->
        [yes] Gweld { $name } yn llai aml
       *[no] Gweld rhywun yn llai aml
    }

# Variables: $name, $has-name ("yes" or "no")
change-stop =
    { $has-name ->
        [yes] Stopio gweld { $name } am y tro
       *[no] Stopio gweld rhywun am y tro
    }

# Variables: $band, $name, $has-name ("yes" or "no")
change-different-time =
    { $has-name ->
        [yes]
            { $band ->
                [young] Diwrnod neu amser gwahanol i weld { $name }
               *[older] Amser gwahanol i weld { $name }, sy'n ffitio o gwmpas ysgol a chlybiau
            }
       *[no]
            { $band ->
                [young] Diwrnod neu amser gwahanol
               *[older] Amser gwahanol, sy'n ffitio o gwmpas ysgol a chlybiau
            }
    }

# "Not a small room" is what children said.
# Variables: $name, $has-name ("yes" or "no")
change-different-place =
    { $has-name ->
        [yes] Lle gwahanol i weld { $name }, nid ystafell fach
       *[no] Lle gwahanol, nid ystafell fach
    }

# Variables: $band
change-add-someone =
    { $band ->
        [young] Ychwanegu rhywun sy'n bwysig i fi, fel Nain neu anifail anwes
       *[older] Ychwanegu rhywun sy'n bwysig i fi, fel Nain, cyn-ofalwr maeth neu anifail anwes
    }

# "Seeing { $name } on a video call between visits": "gweld" keeps the name unmutated.
# Variables: $name, $has-name ("yes" or "no")
change-video-calls-between-visits =
    { $has-name ->
        [yes] Gweld { $name } ar alwad fideo rhwng ymweliadau
       *[no] Galwadau fideo rhwng ymweliadau
    }

# Variables: $band
change-help-with-travel =
    { $band ->
        [young] Help i gyrraedd yno
        [middle] Help i gyrraedd yno
       *[older] Help gyda theithio neu'r gost
    }


## Pa mor aml: the child says how it feels, and can choose to tell someone.

# Variables: $name
how-often-question = Pa mor aml rwyt ti'n gweld { $name }?

# Variables: $band
how-often-too-little =
    { $band ->
        [young] Dim digon
       *[older] Rhy ychydig
    }

# Variables: none
how-often-just-right = Yn iawn fel y mae

# Variables: none
how-often-too-much = Gormod

# After "too little" or "too much". Nothing is sent unless the child chooses to.
# Variables: $band, $name
how-often-offer =
    { $band ->
        [young] Wyt ti eisiau dweud wrth dy weithiwr cymdeithasol am weld { $name }? Gelli di newid y geiriau. Wedyn gelli di anfon y neges, neu ei chadw.
        [middle] Wyt ti eisiau dweud wrth dy weithiwr cymdeithasol sut rwyt ti'n teimlo am weld { $name }? Gelli di newid y geiriau, anfon y neges, neu ei chadw i ti dy hun.
       *[older] Wyt ti eisiau dweud wrth dy weithiwr cymdeithasol sut rwyt ti'n teimlo am weld { $name }? Gelli di newid y geiriau, anfon y neges, neu ei chadw i ti dy hun. Gall eiriolwr dy helpu di i gael dy glywed hefyd.
    }


## Pryd bydd y neges yn cael ei gweld: when it will probably be seen.
## $name is who it is going to. The weekday follows a comma, so "dydd" stays free
## of mutation.

# Variables: $band, $name
likely-now =
    { $band ->
        [young] Mae { $name } yn y gwaith nawr. Efallai y byddan nhw'n ei gweld hi heddiw.
       *[older] Mae { $name } yn y gwaith nawr, felly efallai y byddan nhw'n gweld hyn heddiw.
    }

# Variables: $band, $name, $weekday (a weekday-* text), $time (a time-of-day text)
likely-later =
    { $band ->
        [young] Dydy { $name } ddim yn y gwaith nawr. Byddan nhw'n ei gweld hi, mwy na thebyg, { MUTATE($weekday, type: "soft") } am { $time }.
       *[older] Dydy { $name } ddim yn y gwaith nawr. Mae'n debyg y byddan nhw'n gweld hyn yn nes ymlaen, { MUTATE($weekday, type: "soft") } am { $time }.
    }

# Shown with likely-later. Childline's number only: no other numbers here.
# Variables: $band
out-of-hours =
    { $band ->
        [young] Oes angen i ti siarad â rhywun cyn hynny? Gelli di ffonio Childline ar 0800 1111. Mae am ddim, ddydd a nos.
        [middle] Os oes angen i ti siarad â rhywun cyn hynny, gelli di ffonio Childline ar 0800 1111. Mae am ddim, unrhyw bryd, ddydd a nos.
       *[older] Os oes angen i ti siarad â rhywun cyn hynny, mae Childline yno unrhyw bryd, ddydd a nos, ar 0800 1111. Mae am ddim.
    }


## Beth ddigwyddodd i'r neges: what happened to a message the child sent.

# It goes when the phone is online; nothing the child wrote is lost.
# Variables: $band
delivery-waiting =
    { $band ->
        [young] Heb fynd eto. Bydd yn mynd pan fydd y ffôn ar-lein.
       *[older] Yn aros i anfon. Bydd yn mynd pan fydd y ffôn ar-lein.
    }

# Variables: $band
delivery-sent =
    { $band ->
        [young] Wedi mynd
       *[older] Wedi'i hanfon
    }

# Variables: $band
delivery-delivered =
    { $band ->
        [young] Mae wedi cyrraedd
       *[older] Wedi cyrraedd
    }

# Variables: $band
delivery-read =
    { $band ->
        [young] Maen nhw wedi'i darllen hi
       *[older] Wedi'i darllen
    }

# Variables: $band
delivery-answered =
    { $band ->
        [young] Maen nhw wedi ateb
       *[older] Wedi'i hateb
    }


## Os wyt ti'n teimlo'n anniogel nawr: who can help at once, whatever the time.
## The numbers must stay exactly 999 and 0800 1111. Childline is Childline in Welsh too.

# Variables: $band
unsafe-title =
    { $band ->
        [young] Os nad wyt ti'n teimlo'n ddiogel nawr
       *[older] Os wyt ti'n teimlo'n anniogel ar hyn o bryd
    }

# Variables: $band
unsafe-danger =
    { $band ->
        [young] Os wyt ti mewn perygl, ffonia 999 nawr.
       *[older] Os wyt ti mewn perygl nawr, ffonia 999.
    }

# Variables: $band
unsafe-childline =
    { $band ->
        [young] Gelli di ffonio Childline ar 0800 1111. Mae am ddim. Maen nhw yno ddydd a nos.
       *[older] Gelli di siarad â Childline ar 0800 1111. Mae am ddim, unrhyw bryd, ddydd a nos.
    }

# Variables: $band
unsafe-trusted-adult =
    { $band ->
        [young] Dywed wrth oedolyn rwyt ti'n ymddiried ynddo. Dewisa rywun sy'n agos atat ti.
       *[older] Dywed wrth oedolyn sy'n agos atat ti ac rwyt ti'n ymddiried ynddo.
    }

# "Ar gyfer" keeps the name unmutated.
# Variables: $band, $name (who the urgent message goes to)
unsafe-told =
    { $band ->
        [young] Rydyn ni wedi anfon neges ar gyfer { $name } hefyd. Mae'n gofyn iddyn nhw ei darllen hi nawr.
       *[older] Rydyn ni hefyd wedi anfon neges frys ar gyfer { $name }.
    }

# Cyn i gynllun enwi rhywun, does neb i anfon y neges frys ato eto.
unsafe-told-waiting =
    { $band ->
        [young] Byddwn ni'n anfon neges at dy weithiwr cymdeithasol hefyd. Mae'n gofyn iddyn nhw ei darllen hi nawr. Bydd hi'n mynd pan fydd dy ap yn barod.
       *[older] Mae neges frys at dy weithiwr cymdeithasol yn aros. Bydd hi'n mynd cyn gynted ag y bydd y ffôn hwn wedi'i osod.
    }

# Botymau sy'n agor deialydd y ffôn.
unsafe-call-999 = Ffonio 999
unsafe-call-999-label = Ffonio 999 nawr. Mae hyn yn agor yr ap ffôn.
unsafe-call-childline = Ffonio Childline
unsafe-call-childline-label = Ffonio Childline ar 0800 1111. Mae am ddim.

## Pan nad yw rhywun wedi darllen neges erbyn yr amser a addawon nhw.

# Variables: $band, $name
overdue-note = { $band ->
    [young] Dydy { $name } ddim wedi darllen hwn eto. Gelli di ddweud wrth rywun arall hefyd.
   *[older] Dydy { $name } ddim wedi darllen hwn eto, er iddyn nhw ddweud y bydden nhw wedi gwneud erbyn hyn. Gelli di hefyd ddweud wrth rywun arall, fel dy eiriolwr neu dy SAA.
}

## Ateb o dan neges y plentyn.

# Variables: $name
answer-from = Atebodd { $name }:
