# Y ddesg yn y porwr: geiriau y mae'r oedolion yn eu darllen.

desk-name = Desg Amser Teulu
skip-link = Neidio i'r prif gynnwys
nav-label = Adrannau'r ddesg
nav-inbox = Mewnflwch
nav-duty = Rhestr ddyletswydd
nav-plans = Cynlluniau
nav-code = Cod cofrestru
footer = Mae'r ddesg hon yn rhedeg ar eich cyfrifiadur chi yn unig. Mae negeseuon plant yn cael eu hagor yma a byth yn cael eu cadw.
error-summary-title = Mae problem
error-prefix = Gwall:
field-optional = (dewisol)

## Mewngofnodi
sign-in-refused-title = Mewngofnodwch gyda dolen newydd
sign-in-refused-body = Dim ond o'r ddolen untro a argraffodd y ddesg wrth ddechrau y mae'n agor, ac mae'r ddolen honno'n gweithio unwaith. Stopiwch y ddesg a rhedeg familytime desk serve eto i gael dolen newydd.
form-expired-title = Mae'r ffurflen hon wedi dod i ben
form-expired-body = Nid oedd y ddesg yn gallu cadarnhau bod y ffurflen wedi dod o'r dudalen hon. Ewch yn ôl, ail-lwythwch y dudalen a'i hanfon eto.
not-found-title = Heb ddod o hyd i'r dudalen
not-found-body = Nid oes tudalen o'r fath ar y ddesg hon.

## Mewnflwch
inbox-title = Mewnflwch
inbox-intro = Negeseuon a anfonodd plant at y ddesg hon. Daw rhai brys yn gyntaf, yna'r rhai mwyaf newydd. Mae agor neges yn dweud wrth y plentyn ei bod wedi'i darllen.
inbox-empty = Dim negeseuon gan blant eto.
inbox-col-message = Neges
inbox-col-about = Am
inbox-col-arrived = Gwelwyd gyntaf
inbox-col-status = Statws
status-urgent = Brys
status-unread = Heb ei darllen
status-read = Wedi'i darllen
status-answered = Wedi'i hateb
inbox-count = { $count ->
    [zero] Dim negeseuon
    [one] 1 neges
    [two] 2 neges
    [few] { $count } neges
    [many] { $count } neges
   *[other] { $count } neges
}

topic-worry = Pryder
topic-question = Cwestiwn
topic-something-good = Rhywbeth da
topic-change-request = Gofyn am newid
topic-unsafe-now = Yn teimlo'n anniogel nawr

change-see-more = Gweld rhywun yn amlach
change-see-less = Gweld rhywun yn llai aml
change-stop = Stopio gweld rhywun
change-different-time = Amser gwahanol
change-different-place = Lle gwahanol
change-add-someone = Ychwanegu rhywun pwysig
change-video-calls-between-visits = Galwadau fideo rhwng ymweliadau
change-help-with-travel = Help gyda theithio

## Un neges
message-title = { $topic }
message-urgent-title = Brys
message-urgent-body = Dywedodd y plentyn wrth yr ap ei fod yn teimlo'n anniogel nawr. Gweithredwch ar unwaith, gan ddilyn gweithdrefn ddiogelu eich cyngor.
message-field-topic = Pwnc
message-field-change = Y newid y gofynnwyd amdano
message-field-person = Am
message-field-session = Am y sesiwn
message-field-words = Eu geiriau
message-field-arrived = Gwelwyd gyntaf gan y ddesg hon
message-field-from = O ddyfais y plentyn
message-back = Yn ôl i'r mewnflwch
reply-label = Eich ateb
reply-hint = Mae'r plentyn yn darllen hwn yn yr ap. Ysgrifennwch yn glir ac yn garedig, fel y byddech yn ei ddweud.
reply-send = Anfon ateb
reply-sent-title = Ateb wedi'i anfon
reply-sent-body = Bydd y plentyn yn gweld eich ateb, a'i fod wedi'i ateb, y tro nesaf y bydd ei ap yn cysoni.
error-reply-empty = Ysgrifennwch ateb cyn ei anfon
error-no-longer-linked = Nid ydych ar gynllun y plentyn hwn bellach, felly ni all y ddesg hon ateb. Mae'r neges yn aros heb ei darllen i'r tîm dyletswydd. Gofynnwch i weithiwr cymdeithasol y plentyn ateb.
error-no-message = Nid oes gan y ddesg hon neges o'r fath.
error-server = Ni atebodd gweinydd y cyngor ({ $detail }). Ni anfonwyd dim. Rhowch gynnig arall arni mewn munud.

## Rhestr ddyletswydd
duty-title = Rhestr ddyletswydd
duty-intro = Negeseuon heb eu darllen i unrhyw helpwr: rhai brys ar unwaith, eraill pan fyddant wedi aros yn hirach na'r hyn a ddewiswch. Mae'r rhestr hon yn dangos dim ond i bwy mae neges a pha mor hir y mae wedi aros, byth beth mae'n ei ddweud.
duty-hours-label = Negeseuon eraill heb eu darllen ers mwy na
duty-hours-hint = Mewn oriau, er enghraifft 24
duty-hours-unit = awr
duty-show = Dangos
duty-empty = Does dim yn aros.
duty-col-urgency = Brys
duty-col-for = I ddyfais yr helpwr
duty-col-arrived = Cyrhaeddodd
duty-col-waited = Yn aros ers
duty-urgent = Brys
duty-waiting = Yn aros
duty-waited = { $hours ->
    [0] llai nag awr
    [one] 1 awr
    [two] 2 awr
    [few] { $hours } awr
    [many] { $hours } awr
   *[other] { $hours } awr
}
error-duty-hours = Rhowch yr oriau fel rhif cyfan o 0 i 720, er enghraifft 24

## Cynlluniau
plans-title = Cynlluniau
plans-intro = Gludwch ffeil cynllun neu dewiswch un. Mae'r ddesg yn ei wirio, yn dangos beth fydd ap y plentyn yn ei ddangos, ac yn ei gyhoeddi dim ond pan fyddwch yn pwyso Cyhoeddi.
plan-file-label = Dewiswch ffeil cynllun
plan-file-hint = Mae testun y ffeil yn cael ei roi yn y blwch isod. Nid oes dim yn cael ei anfon nes i chi bwyso botwm.
plan-label = Fersiwn newydd y cynllun
plan-hint = JSON ffeil y cynllun.
preview-lang-label = Iaith y rhagolwg
lang-child = Iaith y plentyn ei hun
lang-en-GB = Saesneg (English)
lang-cy = Cymraeg
preview-band-label = Grŵp oedran y rhagolwg
band-child = Grŵp oedran y plentyn ei hun
band-young = 4 i 7
band-middle = 8 i 10
band-older = 11 i 18
as-of-label = Dangos yr ap fel ar
as-of-hint = Dyddiad, er enghraifft 2026-11-22. Gadewch yn wag am heddiw.
plan-check = Gwirio a rhagweld
plan-publish = Cyhoeddi
plan-ok-title = Dim problemau
plan-ok-body = Bydd y gweinydd yn derbyn y fersiwn hon. Y rhagolwg isod yw'r hyn y bydd ap y plentyn yn ei ddangos.
plan-problems-title = { $count ->
    [one] Mae gan y cynllun 1 broblem
    [two] Mae gan y cynllun 2 broblem
   *[other] Mae gan y cynllun { $count } o broblemau
}
plan-problems-intro = Mae pob problem yn cael ei dangos wrth ymyl y rhan o'r cynllun y mae ynddi.
problem-at = Yn { $path }
problem-whole-file = Yn y ffeil gyfan
problem-fix = Sut i'w thrwsio: { $fix }
plan-lines-title = Y cynllun, fesul rhan
published-title = Wedi'i gyhoeddi
published-body = Mae fersiwn { $version } o { $plan } wedi'i chyhoeddi. Bydd ap y plentyn yn ei dangos y tro nesaf y bydd yn cysoni.
refused-title = Ni chyhoeddwyd dim
error-plan-empty = Gludwch gynllun neu dewiswch ffeil
error-as-of = Rhowch y dyddiad fel blwyddyn-mis-diwrnod, er enghraifft 2026-11-22
error-plan-server = Ni chyhoeddodd gweinydd y cyngor y cynllun: { $detail }
preview-title = Beth fydd ap y plentyn yn ei ddangos
preview-intro = Sgriniau'r plentyn, yn { $lang }, i oedran { $band }, fel ar { $date }.
compared-with = O'i chymharu â fersiwn { $version }, yr un sydd gan ap y plentyn nawr.
compared-first = Does gan ap y plentyn ddim cynllun eto: hon fydd y fersiwn gyntaf.
compared-unknown = Doedd y ddesg ddim yn gallu nôl y fersiwn sydd gan y plentyn nawr, felly dydy'r hyn a newidiodd ddim i'w weld: { $detail }

## Cod cofrestru
code-title = Cod cofrestru
code-intro = Gwnewch god untro ar gyfer ffôn plentyn. Mae pwy bynnag sy'n gosod y ffôn yn ei deipio i'r ap. Mae'n gweithio unwaith, a dim ond nes iddo ddod i ben.
code-child-label = Dynodydd cynllun y plentyn
code-child-hint = Fel y mae yn ffeil y cynllun, er enghraifft jay-plan
code-make = Gwneud cod
code-for = Cod cofrestru ar gyfer { $child }
code-expires = Yn gweithio unwaith, tan { $expires }
code-print = Argraffu'r cod hwn
error-code-child = Rhowch ddynodydd cynllun y plentyn, er enghraifft jay-plan
error-code-server = Ni wnaeth gweinydd y cyngor god: { $detail }
error-preview = Ni allai'r ddesg ddangos sgriniau'r plentyn ar gyfer y cynllun hwn: { $detail }

## Gorchmynion cynllun yr offeryn gweithiwr (familytime plan check, preview, publish)

cli-problems = { $file }: { $count ->
    [one] 1 broblem
    [two] 2 broblem
   *[other] { $count } o broblemau
}
cli-whole-file = (y ffeil gyfan)
cli-fix = trwsio: { $fix }
cli-no-problems = { $file }: dim problemau
cli-has-problems = { $file }: mae problemau yn y cynllun; rhedwch `familytime plan check` i'w gweld
cli-since-has-problems = mae problemau yn y cynllun a roddwyd gyda --since; rhedwch `familytime plan check` arno
cli-server-would-refuse = byddai'r gweinydd yn gwrthod y fersiwn hon, a byddai ffôn y plentyn yn cadw'r un sydd ganddo
cli-nothing-published = ni chyhoeddwyd dim
cli-wrong-child = { $file }: y cynllun "{ $plan }" yw'r ffeil hon, nid "{ $child }"; gwiriwch mai ffeil cynllun y plentyn hwn yw hi. Ni chyhoeddwyd dim
cli-published = cyhoeddwyd fersiwn { $version } o gynllun { $plan }: bydd ap y plentyn yn ei dangos y tro nesaf y bydd yn cysoni

## Gorchmynion desg yr offeryn gweithiwr (familytime desk …)

cli-joined = wedi ymuno fel dyfais { $device }: rhowch "device": "{ $device }" ar y cynorthwyydd "{ $helper }" mewn cynlluniau
cli-code = cod cofrestru ar gyfer { $child }: { $code } (yn gweithio unwaith, tan { $expires })
cli-pin-reset = cod ailosod PIN ar gyfer { $child }: { $code } (yn gweithio unwaith, ar ffôn y plentyn hwnnw, tan { $expires })
cli-remove-which = dywedwch pa ddyfais: --child PLAN_ID neu --helper-device DEVICE_ID
cli-removed-helper = Tynnwyd dyfais y cynorthwyydd { $devices }: ni all fewngofnodi mwyach, ac ni all unrhyw blentyn anfon ati.
cli-removed-child = Tynnwyd dyfeisiau'r plentyn ar gyfer cynllun { $plan } ({ $devices }): ni allan nhw fewngofnodi mwyach, ac ni all unrhyw gynorthwyydd anfon atyn nhw.
cli-removed-deleted = Negeseuon yn aros am y ddyfais a dynnwyd, wedi'u dileu (dim ond hi allai eu hagor; anfonwch eto yr hyn sydd ei angen o hyd): { $count }
cli-removed-kept = Negeseuon a anfonodd hi, wedi'u cadw ar gyfer y cynorthwywyr roedden nhw iddyn nhw, y gall eu desgiau eu hagor o hyd: { $count }
cli-removed-new-phone = I roi ffôn newydd i'r plentyn, gwnewch god ar ei gyfer: familytime desk code --child { $plan }
cli-duty-none = dim byd heb ei ddarllen
cli-duty-unread = { $urgent ->
    [yes] BRYS: mae'r plentyn yn teimlo'n anniogel nawr. { $message }
   *[no] { $message }
} i'r ddyfais { $device }, heb ei darllen ers { $since }
cli-inbox-none = dim negeseuon
cli-inbox-from = { $id } gan { $from }
cli-inbox-topic = pwnc: { $topic }
cli-inbox-change = newid y gofynnwyd amdano: { $change }
cli-inbox-about = am: { $person }
cli-inbox-words = geiriau: { $words }
cli-desk-at = mae'r ddesg yn { $address }
cli-sign-in = mewngofnodi (yn gweithio unwaith): { $link }
cli-answered = atebwyd { $id }
