# explain.ftl (cy): pam mae trefniadau fel maen nhw, a beth sy'n digwydd nesaf.
#
# Every message gets $band ("young" 4-7, "middle" 8-10, "older" 11-18) and
# $ftword (the child's own word for family time). *[older] is always the default.
# Register: "ti" throughout (informal, as in Welsh-medium primary and secondary).
# Mutation: a variable cannot be mutated, so $ftword and names are placed where Welsh
# needs no mutation (after "ar gyfer", "gyda", "yn ystod", as the object of a verb-noun,
# after "Mae"), and "am"/"i"/"o" are not put in front of them.
# Sources: seeds 000-004 (Staying Connected; Coram Voice; Camden; Northamptonshire; Kent).


## Ffurfiau: sut mae amser teulu'n digwydd.

# Variables: $band
form-explain-visit =
    { $band ->
        [young] Ymweliad yw pan fyddi di'n eu gweld nhw wyneb yn wyneb. Gallwch chi siarad, chwarae a chael hwyl gyda'ch gilydd.
        [middle] Ymweliad yw pan fyddwch chi'n cwrdd wyneb yn wyneb. Rydych chi'n treulio amser gyda'ch gilydd, er enghraifft yn chwarae gemau, yn siarad neu'n mynd allan.
       *[older] Ymweliad yw pan fyddwch chi'n treulio amser gyda'ch gilydd wyneb yn wyneb. Gall fod gartref, mewn canolfan deulu neu allan yn rhywle. Ar rai ymweliadau mae gweithiwr yno, i helpu neu i gadw pethau'n ddiogel.
    }

# Variables: $band
form-explain-overnight =
    { $band ->
        [young] Rwyt ti'n cysgu yn eu cartref nhw dros nos. Yna rwyt ti'n dod yn ôl y diwrnod wedyn.
        [middle] Mae aros dros nos yn golygu cysgu yn eu cartref nhw am un noson neu fwy. Yna rwyt ti'n dod yn ôl i ble rwyt ti'n byw.
       *[older] Mae aros dros nos yn golygu dy fod di'n cysgu yn eu lle nhw am un noson neu fwy. Mae'n rhan o dy gynllun, felly mae dy ofalwr a dy weithiwr cymdeithasol yn gwybod y manylion, a gallan nhw helpu os oes angen.
    }

# Variables: $band
form-explain-video-call =
    { $band ->
        [young] Rwyt ti'n eu gweld nhw ac yn siarad â nhw ar sgrin. Gelli di godi llaw a dangos pethau iddyn nhw.
        [middle] Mae galwad fideo yn gadael i ti eu gweld nhw a siarad â nhw ar sgrin. Gall dy helpu di i gadw mewn cysylltiad rhwng ymweliadau.
       *[older] Weithiau mae galwad fideo yn cael ei galw'n amser teulu rhithiol. Gall dy helpu di i aros yn agos rhwng ymweliadau, neu gall gymryd lle ymweliadau am y tro. Fel ymweliad, gall fod gweithiwr yno i helpu.
    }

# Variables: $band
form-explain-phone-call =
    { $band ->
        [young] Rwyt ti'n siarad â nhw ar y ffôn. Gelli di ddweud wrthyn nhw am dy ddiwrnod.
        [middle] Mae galwad ffôn yn ffordd o siarad a chadw mewn cysylltiad. Mae'n help pan nad wyt ti'n gallu cwrdd.
       *[older] Mae galwad ffôn yn dy helpu di i gadw mewn cysylltiad rhwng ymweliadau, neu pan nad ydych chi'n gallu cwrdd. Mae dy gynllun yn dweud pwy i'w ffonio a phryd, a gall oedolyn helpu i'w threfnu.
    }

# Variables: $band
form-explain-letters-and-photos =
    { $band ->
        [young] Rydych chi'n anfon llythyrau, cardiau neu luniau at eich gilydd. Mae oedolyn yn helpu i'w hanfon nhw.
        [middle] Rydych chi'n anfon llythyrau, cardiau neu luniau at eich gilydd. Efallai y bydd oedolyn yn eu darllen nhw gyntaf, i wneud yn siŵr eu bod nhw'n iawn.
       *[older] Rwyt ti'n cadw mewn cysylltiad drwy anfon llythyrau, cardiau neu luniau. Weithiau mae oedolion yn galw hyn yn gyswllt anuniongyrchol. Efallai y bydd gweithiwr yn eu darllen nhw gyntaf, i wneud yn siŵr eu bod nhw'n iawn i ti. Mae hyn yr un mor bwysig â ffyrdd eraill o gadw mewn cysylltiad.
    }

# Variables: $band
form-explain-gifts =
    { $band ->
        [young] Gelli di anfon a chael anrhegion. Mae oedolyn yn eu gwirio nhw gyntaf.
        [middle] Rwyt ti a dy deulu'n gallu anfon anrhegion at eich gilydd, er enghraifft ar ben-blwyddi. Mae oedolyn yn eu gwirio nhw gyntaf.
       *[older] Mae anrhegion yn un ffordd o gadw mewn cysylltiad, er enghraifft ar ben-blwyddi. Efallai y bydd gweithiwr yn gwirio anrhegion gyntaf, i wneud yn siŵr eu bod nhw'n addas i ti.
    }


## Cymorth: pwy sydd yno, beth maen nhw'n ei wneud, a pham.

# Variables: $band
support-explain-unsupported =
    { $band ->
        [young] Does dim gweithiwr yn dod gyda ti. Mae dy ofalwr yn gwybod pryd a ble rwyt ti'n mynd.
        [middle] Does dim angen i weithiwr fod yno. Mae dy ofalwr a dy weithiwr cymdeithasol yn gwybod pryd mae'n digwydd.
       *[older] Heb gymorth: rwyt ti'n gwneud dy drefniadau dy hun gyda dy deulu, heb weithiwr yno. Mae angen i dy ofalwr a dy weithiwr cymdeithasol wybod pryd mae'n digwydd, er mwyn iddyn nhw allu helpu os bydd pethau'n newid.
    }

# Variables: $band
support-explain-facilitated =
    { $band ->
        [young] Mae oedolion yn dy helpu di i gyrraedd. Maen nhw'n helpu gyda'r lle a'r daith.
        [middle] Mae oedolion yn helpu i wneud iddo ddigwydd. Efallai y byddan nhw'n helpu gyda'r lle, y teithio neu'r gost. Does dim angen i weithiwr aros gyda ti.
       *[older] Wedi'i hwyluso: does dim angen i weithiwr aros, ond rwyt ti'n cael help i wneud iddo ddigwydd. Gall yr help fod yn lle i gwrdd, yn help gyda theithio, neu'n arian at gostau.
    }

# Variables: $band
support-explain-supported =
    { $band ->
        [young] Mae oedolyn caredig yno i helpu. Maen nhw'n helpu pawb i gael amser da.
        [middle] Mae gweithiwr yno gyda ti i helpu pethau i fynd yn dda. Efallai y byddan nhw'n ymuno ac yn helpu dy deulu.
       *[older] Gyda chymorth: mae gweithiwr yno i helpu pethau i fynd yn dda. Maen nhw'n ymuno yn lle dim ond gwylio, a gallan nhw roi syniadau i dy deulu. Byddan nhw'n camu i mewn os nad wyt ti'n ddiogel neu'n iawn.
    }

# Variables: $band
support-explain-supervised =
    { $band ->
        [young] Mae oedolyn yn aros gyda ti drwy'r amser. Maen nhw'n cadw pawb yn ddiogel. Maen nhw'n ysgrifennu beth sy'n digwydd.
        [middle] Mae gweithiwr yn aros gyda ti drwy'r amser. Maen nhw'n cadw pawb yn ddiogel ac yn ysgrifennu nodiadau am sut aeth pethau.
       *[older] Dan oruchwyliaeth: mae gweithiwr yn aros drwy'r amser, yn cadw pawb yn ddiogel ac yn ysgrifennu nodiadau. Gall fod er mwyn diogelwch, i helpu oedolion i gynllunio, neu i dy helpu di i gadw cysylltiad â dy deulu. Mae'n cael ei wirio mewn adolygiadau, a gelli di ofyn a oes angen goruchwyliaeth o hyd.
    }


## Lleoedd: sut le yw e.

# Variables: $band, $ftword
venue-explain-family-centre =
    { $band ->
        [young] Mae canolfan deulu yn lle gyda theganau a gemau. Mae gan rai ohonyn nhw gegin a gardd.
        [middle] Mae canolfan deulu yn lle sydd wedi'i wneud ar gyfer { $ftword }. Mae teganau, gemau a llyfrau yno. Mae gan rai gegin i goginio a gardd i chwarae.
       *[older] Mae canolfan deulu yn adeilad sydd wedi'i osod ar gyfer { $ftword }, gyda gemau, llyfrau, pethau celf a soffa. Mae gan rai gegin i goginio neu bobi, a gardd. Os wyt ti eisiau cwrdd yn rhywle arall, fel parc neu gaffi, gelli di ofyn.
    }

# Variables: $band
venue-explain-family-home =
    { $band ->
        [young] Rwyt ti'n eu gweld nhw yn eu cartref nhw.
        [middle] Rydych chi'n treulio amser gyda'ch gilydd yng nghartref dy deulu.
       *[older] Mae hyn yn digwydd yng nghartref dy deulu. Mae llawer o blant a theuluoedd yn hoffi hyn orau. Mae'n cael ei ddewis pan fydd yr oedolion yn meddwl ei fod yn ddiogel ac yn iawn i ti.
    }

# Variables: $band
venue-explain-foster-home =
    { $band ->
        [young] Maen nhw'n dod i dy weld di lle rwyt ti'n byw.
        [middle] Mae'n digwydd lle rwyt ti'n byw nawr. Mae dy ofalwr yn aml gerllaw os oes angen.
       *[older] Mae'n digwydd lle rwyt ti'n byw nawr. Gall hyn deimlo'n ddiogel ac yn gyfarwydd, ac mae dy ofalwr yn aml gerllaw os oes angen.
    }

# Variables: $band
venue-explain-community =
    { $band ->
        [young] Rydych chi'n cwrdd yn rhywle llawn hwyl, fel y parc neu gaffi.
        [middle] Rydych chi'n cwrdd allan yn rhywle, fel parc neu gaffi, neu'n mynd i fowlio.
       *[older] Rydych chi'n cwrdd allan yn rhywle, fel parc neu gaffi, neu'n mynd i fowlio. Mae llawer o bobl ifanc yn hoffi hyn, achos mae'n teimlo'n debycach i fywyd bob dydd.
    }

# Variables: $band
venue-explain-prison =
    { $band ->
        [young] Mae'r ymweliad yma mewn carchar. Mae oedolyn yn mynd gyda ti. Byddan nhw'n dweud wrthot ti sut le yw e yn gyntaf. Gelli di ofyn unrhyw beth iddyn nhw.
        [middle] Mae'r ymweliad yma mewn carchar. Mae staff a rhai rheolau yno. Cyn i ti fynd, bydd dy weithiwr cymdeithasol yn dy helpu di i wybod beth i'w ddisgwyl. Bydd oedolyn yn mynd gyda ti.
       *[older] Mae'r ymweliad yma mewn carchar. Mae gan garchardai staff a rheolau, a'r carchar sy'n penderfynu pa fath o ymweliad sy'n gallu digwydd. Dylai dy weithiwr cymdeithasol dy helpu di i baratoi yn gyntaf, a bydd oedolyn, rhywun rwyt ti'n ei adnabod os oes modd, yn mynd gyda ti. Gelli di ddweud sut rwyt ti'n teimlo cyn ac ar ôl.
    }

# Variables: $band
venue-explain-hospital =
    { $band ->
        [young] Mae'r ymweliad yma mewn ysbyty. Mae oedolyn yn mynd gyda ti. Byddan nhw'n dweud wrthot ti sut le yw e yn gyntaf. Gelli di ofyn unrhyw beth iddyn nhw.
        [middle] Mae'r ymweliad yma mewn ysbyty, lle maen nhw'n cael gofal. Cyn i ti fynd, bydd dy weithiwr cymdeithasol yn dy helpu di i wybod beth i'w ddisgwyl. Bydd oedolyn yn mynd gyda ti.
       *[older] Mae'r ymweliad yma mewn ysbyty, lle maen nhw'n cael gofal. Mae tîm yr ysbyty a dy weithiwr cymdeithasol yn gwirio yn gyntaf fod ymweliad yn iawn i ti. Dylai dy weithiwr cymdeithasol dy helpu di i baratoi, a bydd oedolyn yn mynd gyda ti.
    }

# Variables: $band
venue-explain-online =
    { $band ->
        [young] Rwyt ti'n eu gweld nhw ar sgrin, fel ffôn neu lechen.
        [middle] Mae hyn yn digwydd ar-lein, ar ffôn, llechen neu gyfrifiadur. Gall oedolyn dy helpu di i'w drefnu.
       *[older] Mae hyn yn digwydd ar-lein, drwy alwad fideo. Gall dy helpu di i aros yn agos rhwng ymweliadau. Os wyt ti eisiau, gallet ti ddangos dy anifail anwes iddyn nhw, neu rywbeth rwyt ti wedi'i wneud.
    }

# Variables: $band
venue-explain-other =
    { $band ->
        [young] Gall dy ofalwr ddweud wrthot ti ble mae e.
        [middle] Mae hyn yn rhywle arall. Gall dy ofalwr neu dy weithiwr cymdeithasol ddweud wrthot ti am y lle cyn i ti fynd.
       *[older] Mae hyn yn digwydd yn rhywle arall. Gall dy ofalwr neu dy weithiwr cymdeithasol ddweud wrthot ti sut le yw e cyn i ti fynd. Os nad yw'n dy siwtio di, gelli di ddweud hynny.
    }


## Teitlau newid: the heading next to a change. $names is already joined ("Mam a Kai").

# Variables: $band, $ftword, $names
change-title-started =
    { $band ->
        [young] Rhywbeth newydd: amser gyda { MUTATE($names, type: "aspirate") }
        [middle] Newydd: { $ftword } gyda { MUTATE($names, type: "aspirate") }
       *[older] Cynllun newydd ar gyfer { $ftword } gyda { MUTATE($names, type: "aspirate") }
    }

# Variables: $band, $names
change-title-increased =
    { $band ->
        [young] Mwy o amser gyda { MUTATE($names, type: "aspirate") }
        [middle] Byddi di'n cael mwy o amser gyda { MUTATE($names, type: "aspirate") }
       *[older] Mae dy amser gyda { MUTATE($names, type: "aspirate") } wedi cynyddu
    }

# Variables: $band, $names
change-title-reduced =
    { $band ->
        [young] Llai o amser gyda { MUTATE($names, type: "aspirate") }
        [middle] Byddi di'n cael llai o amser gyda { MUTATE($names, type: "aspirate") }
       *[older] Mae dy amser gyda { MUTATE($names, type: "aspirate") } wedi lleihau
    }

# Variables: $band, $names
change-title-suspended =
    { $band ->
        [young] Seibiant o weld { $names }
        [middle] Mae amser gyda { MUTATE($names, type: "aspirate") } wedi'i oedi
       *[older] Mae amser gyda { MUTATE($names, type: "aspirate") } wedi'i oedi am y tro
    }

# Variables: $band, $names
change-title-resumed =
    { $band ->
        [young] Cei di weld { $names } eto
        [middle] Mae amser gyda { MUTATE($names, type: "aspirate") } yn dechrau eto
       *[older] Mae amser gyda { MUTATE($names, type: "aspirate") } yn ôl
    }

# Variables: $band, $names
change-title-ended =
    { $band ->
        [young] Mae'r amser yma gyda { MUTATE($names, type: "aspirate") } wedi stopio
        [middle] Mae'r amser yma gyda { MUTATE($names, type: "aspirate") } wedi dod i ben
       *[older] Mae'r trefniant yma gyda { MUTATE($names, type: "aspirate") } wedi dod i ben
    }

# Variables: $band, $names
change-title-new-time =
    { $band ->
        [young] Amser newydd i weld { $names }
        [middle] Diwrnod neu amser newydd i weld { $names }
       *[older] Diwrnod neu amser newydd gyda { MUTATE($names, type: "aspirate") }
    }

# Variables: $band, $names
change-title-new-place =
    { $band ->
        [young] Lle newydd i weld { $names }
        [middle] Lle newydd i weld { $names }
       *[older] Lle newydd ar gyfer amser gyda { MUTATE($names, type: "aspirate") }
    }

# Variables: $band, $names
change-title-person-added =
    { $band ->
        [young] Nawr cei di weld { $names } hefyd
        [middle] Newydd yn dy gynllun: { $names }
       *[older] Yn dy gynllun nawr: { $names }
    }


## Pa mor aml. $before and $after are "rhythm" texts.

# Variables: $band, $before, $after
change-rhythm =
    { $band ->
        [young] Cyn hyn, roedd yn digwydd { $before }. Nawr mae'n digwydd { $after }.
        [middle] Roedd yn arfer digwydd { $before }. Nawr mae'n digwydd { $after }.
       *[older] Roedd yn digwydd { $before }. Nawr mae'n digwydd { $after }.
    }

# Variables: $unit (once | day | week | month | year), $times (number), $every (number)
# "unwaith yr wythnos", "tair gwaith yr wythnos", "unwaith bob pythefnos", "dwywaith y mis", "unwaith".
# Welsh plural categories: zero 0, one 1, two 2, few 3, many 6, other the rest.
# With a number in digits the noun stays singular and unmutated ("bob 4 wythnos").
rhythm =
    { $unit ->
        [once] unwaith
        [day]
            { $times ->
                [zero] { $times } gwaith
                [one] unwaith
                [two] dwywaith
                [few] tair gwaith
                [many] chwe gwaith
               *[other] { $times } gwaith
            } { $every ->
                [zero] bob { $every } diwrnod
                [one] y dydd
                [two] bob dau ddiwrnod
                [few] bob tri diwrnod
                [many] bob chwe diwrnod
               *[other] bob { $every } diwrnod
            }
        [month]
            { $times ->
                [zero] { $times } gwaith
                [one] unwaith
                [two] dwywaith
                [few] tair gwaith
                [many] chwe gwaith
               *[other] { $times } gwaith
            } { $every ->
                [zero] bob { $every } mis
                [one] y mis
                [two] bob dau fis
                [few] bob tri mis
                [many] bob chwe mis
               *[other] bob { $every } mis
            }
        [year]
            { $times ->
                [zero] { $times } gwaith
                [one] unwaith
                [two] dwywaith
                [few] tair gwaith
                [many] chwe gwaith
               *[other] { $times } gwaith
            } { $every ->
                [zero] bob { $every } blynedd
                [one] y flwyddyn
                [two] bob dwy flynedd
                [few] bob tair blynedd
                [many] bob chwe blynedd
               *[other] bob { $every } blynedd
            }
       *[week]
            { $times ->
                [zero] { $times } gwaith
                [one] unwaith
                [two] dwywaith
                [few] tair gwaith
                [many] chwe gwaith
               *[other] { $times } gwaith
            } { $every ->
                [zero] bob { $every } wythnos
                [one] yr wythnos
                [two] bob pythefnos
                [few] bob tair wythnos
                [many] bob chwe wythnos
               *[other] bob { $every } wythnos
            }
    }


## Beth sy'n digwydd nesaf, under a change. Never promises an outcome.
## Changes that mean less (reduced, suspended, ended) always say: you can ask why,
## you can ask for a change, and an advocate (eiriolwr) can help.

# Variables: $band, $ftword, $names
change-next-started =
    { $band ->
        [young] Cyn bo hir byddi di'n gweld { $names }. Gall dy ofalwr ddweud mwy wrthot ti. Gelli di ofyn unrhyw beth iddyn nhw.
        [middle] Mae amser gyda { MUTATE($names, type: "aspirate") } yn dechrau. Mae'r calendr yn dangos pryd. Os oes gen ti gwestiynau, neu eisiau newid rhywbeth, gelli di ofyn i dy weithiwr cymdeithasol.
       *[older] Mae hyn yn rhan newydd o dy gynllun ar gyfer { $ftword } gyda { MUTATE($names, type: "aspirate") }. Mae dy galendr yn dangos pryd a ble. Os oes gen ti gwestiynau neu os wyt ti eisiau newid rhywbeth, gelli di ofyn i dy weithiwr cymdeithasol, dy Swyddog Adolygu Annibynnol neu eiriolwr.
    }

# Variables: $band, $names
change-next-increased =
    { $band ->
        [young] Byddi di'n cael mwy o amser gyda { MUTATE($names, type: "aspirate") }. Gall dy ofalwr ddweud wrthot ti pryd.
        [middle] Byddi di'n cael mwy o amser gyda { MUTATE($names, type: "aspirate") }. Edrych ar y calendr i weld pryd. Gelli di ddweud sut mae'n mynd unrhyw bryd.
       *[older] Byddi di'n cael mwy o amser gyda { MUTATE($names, type: "aspirate") }, ac mae dy galendr yn dangos y cynllun newydd. Os yw'n dechrau teimlo fel gormod, neu ddim yn ddigon o hyd, gelli di ddweud hynny unrhyw bryd.
    }

# Variables: $band, $names
change-next-reduced =
    { $band ->
        [young] Byddi di'n gweld { $names } yn llai aml. Mae'n iawn cael teimladau mawr am hyn. Gelli di ofyn pam. Gelli di ofyn am newid, a gall oedolyn helpu.
        [middle] Byddi di'n cael llai o amser gyda { MUTATE($names, type: "aspirate") }. Gelli di ofyn i dy weithiwr cymdeithasol pam, a gofyn am newid. Gall eiriolwr dy helpu di i ddweud beth rwyt ti eisiau.
       *[older] Mae cael llai o amser gyda { MUTATE($names, type: "aspirate") } yn gallu bod yn anodd, neu efallai mai dyma beth roeddet ti ei eisiau. Mae'r rheswm i'w weld gyda'r newid yma, ac mae gen ti hawl i ofyn mwy amdano. Gelli di ofyn am newid unrhyw bryd, a gall eiriolwr dy helpu di i gael dy glywed.
    }

# Variables: $band, $names
change-next-suspended =
    { $band ->
        [young] Fyddi di ddim yn gweld { $names } am ychydig. Mae'n iawn teimlo'n drist. Gelli di ofyn pam. Gelli di ofyn am newid, a gall oedolyn helpu.
        [middle] Mae amser gyda { MUTATE($names, type: "aspirate") } wedi'i oedi am y tro. Dylai oedolion edrych arno eto. Gelli di ofyn pam, a gofyn iddo ailddechrau. Gall eiriolwr dy helpu di.
       *[older] Mae amser gyda { MUTATE($names, type: "aspirate") } wedi'i oedi. Dylai saib gael ei ystyried eto, er enghraifft mewn cyfarfod neu yn dy adolygiad. Gelli di ofyn pam y digwyddodd hyn, a gofyn iddo ailddechrau. Gall eiriolwr neu dy Swyddog Adolygu Annibynnol dy helpu di i gael dy glywed.
    }

# Variables: $band, $names
change-next-resumed =
    { $band ->
        [young] Cei di weld { $names } eto. Gall dy ofalwr ddweud wrthot ti pryd.
        [middle] Mae amser gyda { MUTATE($names, type: "aspirate") } yn dechrau eto. Edrych ar y calendr i weld pryd. Os wyt ti'n poeni, gelli di ddweud wrth dy ofalwr neu dy weithiwr cymdeithasol.
       *[older] Mae amser gyda { MUTATE($names, type: "aspirate") } yn ailddechrau, ac mae dy galendr yn dangos y cynllun. Mae'n iawn cael teimladau cymysg. Gelli di siarad â dy ofalwr neu dy weithiwr cymdeithasol, neu ofyn am newidiadau.
    }

# Variables: $band, $names
change-next-ended =
    { $band ->
        [young] Fyddi di ddim yn gweld { $names } fel hyn eto. Mae'n iawn teimlo'n drist. Gelli di ofyn pam. Gelli di ofyn am newid, a gall oedolyn helpu.
        [middle] Mae'r amser yma gyda { MUTATE($names, type: "aspirate") } wedi dod i ben. Mae'n iawn teimlo'n drist. Gelli di ofyn i dy weithiwr cymdeithasol pam, a gofyn i bethau newid. Gall eiriolwr dy helpu di i ddweud beth rwyt ti eisiau.
       *[older] Mae'r trefniant yma gyda { MUTATE($names, type: "aspirate") } wedi dod i ben. Gall hyn fod yn anodd, ac mae sut bynnag rwyt ti'n teimlo yn iawn. Mae gen ti hawl i wybod pam, ac i ofyn iddo gael ei ystyried eto, yn dy adolygiad neu unrhyw bryd. Gall eiriolwr dy helpu di. Gelli di hefyd ofyn am ffyrdd eraill o gadw mewn cysylltiad, fel llythyrau.
    }

# Variables: $band, $names
change-next-new-time =
    { $band ->
        [young] Mae amser newydd i weld { $names }. Edrych ar dy galendr. Gelli di ddweud os nad yw'n dy siwtio di.
        [middle] Mae'r diwrnod neu'r amser i weld { $names } wedi newid. Os yw'n taro ar draws ysgol neu glybiau, gelli di ofyn am amser gwahanol.
       *[older] Mae'r diwrnod neu'r amser gyda { MUTATE($names, type: "aspirate") } wedi newid. Os yw'n taro ar draws ysgol, clybiau neu waith, gelli di ofyn am amser sy'n ffitio'n well.
    }

# Variables: $band, $names
change-next-new-place =
    { $band ->
        [young] Byddi di'n gweld { $names } mewn lle newydd. Gall dy ofalwr ddweud wrthot ti amdano. Gelli di ofyn unrhyw beth iddyn nhw.
        [middle] Byddi di'n gweld { $names } yn rhywle newydd. Gall dy ofalwr neu dy weithiwr cymdeithasol ddweud wrthot ti sut le yw e. Os nad yw'n teimlo'n iawn, gelli di ddweud.
       *[older] Byddi di'n gweld { $names } mewn lle newydd. Gelli di ofyn sut le yw e cyn i ti fynd, a gofyn am rywle arall os nad yw'n dy siwtio di.
    }

# Variables: $band, $names
change-next-person-added =
    { $band ->
        [young] Nawr cei di weld { $names } hefyd. Gall dy ofalwr ddweud wrthot ti pryd.
        [middle] Mae { $names } yn dy gynllun nawr. Edrych ar y calendr i weld pryd. Os oes rhywun arall yn bwysig i ti, gelli di ofyn amdanyn nhw hefyd.
       *[older] Mae dy gynllun nawr yn cynnwys { $names }. Oes rhywun arall sy'n bwysig i ti, fel aelod arall o'r teulu, ffrind, cyn-ofalwr maeth neu anifail anwes? Gelli di ofyn iddyn nhw gael eu hychwanegu hefyd.
    }


## Pan na ddigwyddodd sesiwn, neu pan gafodd ei chanslo.

# Variables: $band, $who, $me (yes: the child could not go; no: $who did not come)
missed-explain =
    { $me ->
        [yes]
            { $band ->
                [young] Doeddet ti ddim yn gallu mynd y tro yma. Mae hynny'n iawn. Gall dy ofalwr ddweud wrthot ti beth sy'n digwydd nesaf.
                [middle] Doeddet ti ddim yn gallu mynd y tro yma. Mae hynny'n iawn. Bydd dy ofalwr neu dy weithiwr cymdeithasol yn siarad â ti am beth sy'n digwydd nesaf.
               *[older] Doeddet ti ddim yn gallu mynd y tro yma, ac mae hynny'n iawn. Os oes rhywbeth yn ei gwneud hi'n anodd mynd, gelli di ddweud wrth dy ofalwr, dy weithiwr cymdeithasol neu eiriolwr.
            }
       *[no]
            { $band ->
                [young] Wnaeth { $who } ddim dod. Nid dy fai di yw hyn. Mae'n iawn teimlo'n drist neu'n ddig. Gall dy ofalwr helpu.
                [middle] Wnaeth { $who } ddim dod y tro yma. Nid dy fai di yw hyn, ac mae'n iawn teimlo'n siomedig. Bydd dy ofalwr neu dy weithiwr cymdeithasol yn siarad â ti am beth sy'n digwydd nesaf.
               *[older] Wnaeth { $who } ddim dod y tro yma, ac nid dy fai di yw hynny. Mae'n iawn teimlo'n siomedig neu'n ddig. Dylai dy weithiwr cymdeithasol gael gwybod beth ddigwyddodd, a siarad â ti am beth sy'n digwydd nesaf.
            }
    }

# Variables: $band, $ftword
cancelled-explain =
    { $band ->
        [young] Fydd yr amser yma ddim yn digwydd. Nid dy fai di yw hyn. Gall dy ofalwr ddweud wrthot ti pam.
        [middle] Mae'r amser yma wedi'i ganslo. Nid dy fai di yw hyn. Mae'r rheswm i'w weld yma. Gelli di ofyn i dy ofalwr neu dy weithiwr cymdeithasol amdano.
       *[older] Mae'r sesiwn yma wedi'i chanslo, ac mae'r rheswm i'w weld yma. Gelli di ofyn i dy weithiwr cymdeithasol egluro mwy. Os yw { $ftword } yn cael ei ganslo dro ar ôl tro, gelli di ofyn i'r cynllun gael ei ystyried eto. Gall eiriolwr dy helpu di.
    }


## Pan nad oes dim wedi'i drefnu gyda rhywun: pam, yn garedig, a beth gelli di ei wneud.

# Variables: $band, $name
# The child's choice: no pressure, ever.
nothing-choose-not-to =
    { $band ->
        [young] Rwyt ti wedi dewis peidio â gweld { $name } ar hyn o bryd. Mae hynny'n iawn. Gelli di newid dy feddwl.
        [middle] Rwyt ti wedi dewis peidio â gweld { $name } ar hyn o bryd. Mae hynny'n iawn. Os wyt ti'n newid dy feddwl, gelli di ddweud wrth dy ofalwr neu dy weithiwr cymdeithasol.
       *[older] Rwyt ti wedi dewis peidio â gweld { $name } ar hyn o bryd, ac mae hynny'n iawn. Mae dy farn di'n cyfrif. Os byddi di'n newid dy feddwl rywbryd, gelli di ddweud wrth dy weithiwr cymdeithasol. Does dim brys.
    }

# Variables: $band, $name
nothing-died =
    { $band ->
        [young] Mae { $name } wedi marw. Gelli di ddal i feddwl amdanyn nhw a siarad amdanyn nhw. Mae dy ofalwr yno i helpu.
        [middle] Mae { $name } wedi marw. Mae'n iawn hiraethu amdanyn nhw a chael llawer o deimladau. Gelli di siarad amdanyn nhw gyda dy ofalwr, a gofyn am help i nodi diwrnodau arbennig.
       *[older] Mae { $name } wedi marw. Gelli di ddal i'w cofio nhw yn dy ffordd dy hun. Os hoffet ti gael cymorth, gelli di ofyn i dy ofalwr neu dy weithiwr cymdeithasol. Gelli di hefyd ofyn am help i ymweld â lle arbennig neu i nodi diwrnod arbennig.
    }

# Variables: $band, $name
nothing-cant-see =
    { $band ->
        [young] Dwyt ti ddim yn gallu gweld { $name } ar hyn o bryd. Nid o dy achos di mae hyn. Gall oedolyn ddweud wrthot ti pam.
        [middle] Dwyt ti ddim yn gallu gweld { $name } ar hyn o bryd. Nid oherwydd unrhyw beth wnest ti mae hyn. Gelli di ofyn i dy weithiwr cymdeithasol pam, a gofyn am ffyrdd eraill o gadw mewn cysylltiad.
       *[older] Dwyt ti ddim yn gallu gweld { $name } ar hyn o bryd. Mae gen ti hawl i wybod pam, felly gelli di ofyn i dy weithiwr cymdeithasol egluro. Gelli di hefyd ofyn am ffyrdd eraill o gadw mewn cysylltiad, fel llythyrau, a gall eiriolwr dy helpu di.
    }

# Variables: $band, $name
nothing-trying-to-find =
    { $band ->
        [young] Mae oedolion yn ceisio darganfod ble mae { $name }. Gall hyn gymryd amser hir. Gelli di ofyn sut mae pethau'n mynd.
        [middle] Mae pobl yn ceisio darganfod ble mae { $name }. Gall hyn gymryd amser hir, ac mae aros yn gallu bod yn anodd. Gelli di ofyn i dy weithiwr cymdeithasol am newyddion unrhyw bryd.
       *[older] Mae pobl yn ceisio darganfod ble mae { $name }, weithiau gyda help mudiadau fel y Groes Goch. Gall hyn gymryd amser hir, ac mae'n naturiol poeni. Gelli di ofyn am newyddion, a siarad â rhywun am sut rwyt ti'n teimlo.
    }

# Variables: $band, $name, $until (a date), $has-until (yes/no)
nothing-suspended =
    { $has-until ->
        [yes]
            { $band ->
                [young] Mae amser gyda { MUTATE($name, type: "aspirate") } wedi stopio tan { MUTATE($until, type: "soft") }. Gelli di ofyn pam. Gall oedolyn dy helpu di i ofyn am newid.
                [middle] Mae amser gyda { MUTATE($name, type: "aspirate") } wedi'i oedi tan { MUTATE($until, type: "soft") }. Gelli di ofyn i dy weithiwr cymdeithasol pam, a gofyn am newid. Gall eiriolwr dy helpu di.
               *[older] Mae amser gyda { MUTATE($name, type: "aspirate") } wedi'i oedi tan { MUTATE($until, type: "soft") }. Mae gen ti hawl i wybod pam. Gelli di ofyn iddo gael ei ystyried eto, a gall eiriolwr dy helpu di i ddweud beth rwyt ti eisiau.
            }
       *[no]
            { $band ->
                [young] Mae amser gyda { MUTATE($name, type: "aspirate") } wedi stopio am y tro. Gelli di ofyn pam. Gall oedolyn dy helpu di i ofyn am newid.
                [middle] Mae amser gyda { MUTATE($name, type: "aspirate") } wedi'i oedi am y tro. Gelli di ofyn i dy weithiwr cymdeithasol pam, a gofyn am newid. Gall eiriolwr dy helpu di.
               *[older] Mae amser gyda { MUTATE($name, type: "aspirate") } wedi'i oedi am y tro. Mae gen ti hawl i wybod pam, a dylai saib gael ei ystyried eto. Gelli di ofyn am hynny, a gall eiriolwr dy helpu di i ddweud beth rwyt ti eisiau.
            }
    }

# Variables: $band, $name
nothing-ended =
    { $band ->
        [young] Mae amser gyda { MUTATE($name, type: "aspirate") } wedi stopio. Mae'n iawn teimlo'n drist. Gelli di ofyn pam. Gall oedolyn dy helpu di.
        [middle] Mae amser gyda { MUTATE($name, type: "aspirate") } wedi dod i ben. Mae'n iawn teimlo'n drist. Gelli di ofyn i dy weithiwr cymdeithasol pam. Os wyt ti eisiau gofyn iddo ailddechrau, gall eiriolwr dy helpu di.
       *[older] Mae dy drefniadau i weld { $name } wedi dod i ben. Gall hyn fod yn anodd, ac mae sut bynnag rwyt ti'n teimlo yn iawn. Mae gen ti hawl i wybod pam, ac i ofyn i hyn gael ei ystyried eto yn dy adolygiad. Gelli di hefyd ofyn am ffyrdd eraill o gadw mewn cysylltiad, a gall eiriolwr helpu.
    }

# Variables: $band, $name
nothing-all-cancelled =
    { $band ->
        [young] Fydd yr amseroedd nesaf gyda { MUTATE($name, type: "aspirate") } ddim yn digwydd. Nid dy fai di yw hyn. Gelli di ofyn i dy ofalwr pam.
        [middle] Mae'r amseroedd nesaf gyda { MUTATE($name, type: "aspirate") } wedi'u canslo. Nid dy fai di yw hyn. Gelli di ofyn pam, a gofyn beth sy'n digwydd nesaf.
       *[older] Mae'r sesiynau nesaf gyda { MUTATE($name, type: "aspirate") } wedi'u canslo. Gelli di ofyn i dy weithiwr cymdeithasol pam, a beth sy'n digwydd nesaf. Os yw hyn yn dal i ddigwydd, gelli di ofyn i'r cynllun gael ei ystyried eto.
    }

# Variables: $band, $name
nothing-none-arranged =
    { $band ->
        [young] Does dim byd wedi'i drefnu gyda { MUTATE($name, type: "aspirate") } eto. Os wyt ti eisiau eu gweld nhw, gelli di ofyn.
        [middle] Does dim byd wedi'i drefnu gyda { MUTATE($name, type: "aspirate") } ar hyn o bryd. Os hoffet ti eu gweld nhw, gelli di ofyn i dy weithiwr cymdeithasol.
       *[older] Does dim byd wedi'i drefnu gyda { MUTATE($name, type: "aspirate") } ar hyn o bryd. Os hoffet ti eu gweld nhw, neu gadw mewn cysylltiad mewn ffordd arall, gelli di ofyn i dy weithiwr cymdeithasol. Gall eiriolwr dy helpu di i ofyn.
    }
