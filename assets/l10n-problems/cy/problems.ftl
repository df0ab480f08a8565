# Beth mae `familytime plan check`, y ddesg a gweinydd y cyngor yn ei ddweud sydd o'i le ar
# ffeil cynllun, a sut i'w thrwsio, i weithwyr cymdeithasol. Mae pob neges yn dweud beth sydd
# o'i le; mae ei .fix yn dweud beth i'w wneud. Cadwch eiriau fformat y cynllun (enwau
# meysydd, FREQ=MONTHLY;BYDAY=1SA, "#3A7D44") fel y maen nhw: mae'r gweithiwr yn eu teipio
# i'r ffeil.

## Rhannau a rennir

-id-rule = defnyddiwch 1-40 o lythrennau bach, digidau a chysylltnodau, e.e. "sam-saturdays"
-name-rule = defnyddiwch enw cyntaf neu'r hyn mae'r plentyn yn eu galw ("Mam", "Nain", "Yncl Dave")
-rule-parts = ysgrifennwch y rheol fel rhannau ENW=GWERTH wedi'u gwahanu gan ';', mewn priflythrennau, digidau, ',' a '-', e.e. FREQ=WEEKLY;INTERVAL=2;BYDAY=SA (bob yn ail ddydd Sadwrn)
-how-freq = ysgrifennwch FREQ=DAILY, FREQ=WEEKLY, FREQ=MONTHLY neu FREQ=YEARLY; bob yn ail ddydd Sadwrn yw FREQ=WEEKLY;INTERVAL=2;BYDAY=SA
-how-interval = ysgrifennwch INTERVAL fel rhif cyfan o 1 i 366: mae INTERVAL=2 yn golygu bob yn ail wythnos
-how-count = ysgrifennwch COUNT fel nifer y sesiynau, 1 neu fwy: COUNT=6 am chwe sesiwn
-how-until = ysgrifennwch UNTIL fel dyddiad y diwrnod olaf, UNTIL=20270731, neu amser yn y DU, UNTIL=20270731T170000
-how-byday = ysgrifennwch BYDAY fel diwrnodau dwy lythyren wedi'u gwahanu gan gomas, MO TU WE TH FR SA SU, e.e. BYDAY=MO,WE; mewn rheol fisol mae rhif o'i flaen yn dewis un ohonyn nhw: BYDAY=1SA yw'r dydd Sadwrn cyntaf, BYDAY=-1SA yr olaf
-how-bymonthday = ysgrifennwch BYMONTHDAY fel diwrnodau'r mis o 1 i 31, neu -1 i -31 wedi'u cyfrif o ddiwedd y mis (-1 yw'r diwrnod olaf; does dim diwrnod 0), e.e. BYMONTHDAY=1,15
-how-bymonth = ysgrifennwch BYMONTH fel rhifau misoedd o 1 i 12, e.e. BYMONTH=6,12 am fis Mehefin a mis Rhagfyr
-how-bysetpos = ysgrifennwch BYSETPOS fel safleoedd ymhlith y diwrnodau mae'r rheol yn eu dewis, 1 neu fwy neu -1 neu lai: BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 yw'r diwrnod gwaith olaf
-how-wkst = ysgrifennwch WKST fel diwrnod dwy lythyren, e.e. WKST=MO
-write-one-of = ysgrifennwch un o'r rhain:

## Darllen y ffeil

file-unreadable = does dim modd darllen y ffeil: { $reason ->
        [not-found] does dim ffeil â'r enw hwnnw
        [permission-denied] does gennych chi ddim caniatâd i'w darllen
       *[other] methodd y cyfrifiadur â'i hagor
    }
    .fix = gwiriwch enw'r ffeil a'ch bod yn gallu ei darllen
file-too-large = mae'r ffeil yn { $bytes } beit; mae cynllun yn { $max } beit ar y mwyaf
    .fix = gwiriwch mai ffeil cynllun amser teulu yw hon
json-ends-early = mae'r ffeil yn gorffen cyn i'r cynllun orffen (llinell { $line }, colofn { $column })
    .fix = gwiriwch fod y cynllun cyfan wedi'i gopïo: mae angen {"}"} ar gyfer pob {"{"} a ] ar gyfer pob [
json-trailing = mae rhagor ar ôl diwedd y cynllun (llinell { $line }, colofn { $column })
    .fix = tynnwch bopeth ar ôl y {"}"} sy'n cau'r cynllun: mae ffeil yn dal un cynllun a dim byd arall
json-invalid = nid yw'r ffeil yn JSON dilys yn llinell { $line }, colofn { $column }
    .fix = cywirwch y JSON yn y llinell a'r golofn honno (coma, dyfynnod neu fraced ar goll)
field-unknown = mae gan hwn faes nad yw yn fformat y cynllun
    .fix = tynnwch ef neu cywirwch ei sillafu; y meysydd yma yw: { $fields }
field-missing = mae "{ $field }" ar goll yma
    .fix = ychwanegwch "{ $field }" (docs/plan-format.md)
field-twice = mae "{ $field }" wedi'i ysgrifennu ddwywaith yma
    .fix = cadwch un "{ $field }"
not-object = nid yw hwn yn wrthrych rhwng {"{ }"}
    .fix = ysgrifennwch y meysydd mae docs/plan-format.md yn eu rhestru ar ei gyfer rhwng {"{"} a {"}"}
not-list = nid yw hwn yn rhestr rhwng [ ]
    .fix = ysgrifennwch restr rhwng [ a ], neu gadewch y maes allan os nad oes dim (ni all rhestr fod yn null)
not-text = nid yw hwn yn destun
    .fix = ysgrifennwch ef fel testun rhwng dyfynodau dwbl
not-whole-number = nid yw hwn yn rhif cyfan
    .fix = ysgrifennwch rif cyfan, 0 neu fwy, heb ddyfynodau, e.e. 7
not-date = nid yw hwn yn ddyddiad ar y ffurf YYYY-MM-DD
    .fix = ysgrifennwch ddyddiad go iawn fel "YYYY-MM-DD" heb ddim o'i gwmpas, e.e. "2026-11-18"
not-local-time = nid yw hwn yn ddyddiad ac amser yn y DU ar y ffurf YYYY-MM-DDTHH:MM
    .fix = ysgrifennwch ddyddiad go iawn ac amser 24 awr fel "YYYY-MM-DDTHH:MM", e.e. "2026-09-05T10:00", heb wrthbwyso
not-time-of-day = nid yw hwn yn amser o'r dydd ar y ffurf HH:MM
    .fix = ysgrifennwch amser 24 awr gyda dau ddigid i'r oriau a'r munudau, e.e. "09:00"
not-month-day = nid yw hwn yn fis a diwrnod ar y ffurf MM-DD
    .fix = ysgrifennwch ddiwrnod o'r flwyddyn gyda dau ddigid i'r mis a'r diwrnod, e.e. "07-19"
not-weekday = nid yw hwn yn ddiwrnod o'r wythnos
    .fix = ysgrifennwch Mon, Tue, Wed, Thu, Fri, Sat neu Sun, yn union felly
not-age-band = nid yw hwn yn grŵp oedran
    .fix = { -write-one-of } { $choices }
not-relationship = nid yw hwn yn berthynas mae'r fformat yn ei hadnabod
    .fix = { -write-one-of } { $choices }
not-status = nid yw hwn yn statws mae'r fformat yn ei adnabod
    .fix = { -write-one-of } { $choices }
not-role = nid yw hwn yn rôl cynorthwyydd mae'r fformat yn ei hadnabod
    .fix = { -write-one-of } { $choices }
not-form = nid yw hwn yn fath o amser teulu mae'r fformat yn ei adnabod
    .fix = { -write-one-of } { $choices }
not-support = nid yw hwn yn fath o gymorth mae'r fformat yn ei adnabod
    .fix = { -write-one-of } { $choices }
not-decided-by = nid yw hwn yn rhywun sy'n penderfynu, fel mae'r fformat yn eu henwi
    .fix = { -write-one-of } { $choices }
not-venue-kind = nid yw hwn yn fath o le mae'r fformat yn ei adnabod
    .fix = { -write-one-of } { $choices }
not-change-kind = nid yw hwn yn fath o newid mae'r fformat yn ei adnabod
    .fix = { -write-one-of } { $choices }
not-session-change-kind = nid yw hwn yn fath o newid i sesiwn
    .fix = { -write-one-of } { $choices }

## Y cynllun, y plentyn a'r bobl

format-unknown = nid yw hon yn ffeil cynllun amser teulu
    .fix = gosodwch format i "{ $format }"
format-version-unknown = mae'r offeryn hwn yn darllen fersiwn { $reads } o fformat y cynllun, nid { $found }
    .fix = ysgrifennwch y cynllun yn fersiwn { $reads } o'r fformat, neu diweddarwch yr ap a'r offeryn
id-unusable = nid yw hwn yn ddynodydd y gellir ei ddefnyddio
    .fix = { -id-rule }
id-twice = mae'r dynodydd "{ $id }" wedi'i ddefnyddio ddwywaith
    .fix = rhowch ei ddynodydd ei hun i bob un
version-zero = mae fersiynau cynllun yn dechrau ar 1
    .fix = gosodwch version i 1 ar gyfer cynllun cyntaf
child-name-not-first-name = nid yw hwn yn un enw cyntaf
    .fix = defnyddiwch enw cyntaf y plentyn yn unig
language-unknown = nid yw hon yn iaith mae'r ap yn ei siarad
    .fix = defnyddiwch "en-GB" ar gyfer Saesneg neu "cy" ar gyfer Cymraeg
family-time-word-length = mae gair y plentyn am amser teulu yn wag neu'n hwy na { $max } nod
    .fix = defnyddiwch air byr y plentyn ei hun, neu gadewch ef allan i ddefnyddio "amser teulu"
name-empty = mae'r enw'n wag
    .fix = { -name-rule }
name-too-long = mae'r enw'n hwy na { $max } nod
    .fix = { -name-rule }
name-not-letters = mae gan yr enw nodau heblaw llythrennau, cysylltnodau a chollnodau
    .fix = { -name-rule }
name-full-name = mae'r enw'n edrych fel enw llawn
    .fix = { -name-rule }
colour-unknown = nid yw hwn yn lliw
    .fix = ysgrifennwch liw fel "#RRGGBB", e.e. "#3A7D44"
emoji-not-emoji = rhaid i emoji llun fod yn emoji yn unig: dim llythrennau, rhifau na bylchau
    .fix = dewiswch un emoji mae'r plentyn yn eu hadnabod wrtho, e.e. "🐶", neu gadewch emoji allan
reads-within-days-range = rhaid i addewid i ddarllen fod rhwng { $min } a { $max } diwrnod gwaith
    .fix = defnyddiwch nifer y diwrnodau gwaith mae'r cynorthwyydd yn ei addo, e.e. 1
device-id-unusable = nid yw hwn yn ddynodydd dyfais
    .fix = { -id-rule }
helper-name-not-first-name = nid yw hwn yn enw cyntaf
    .fix = defnyddiwch enw cyntaf y cynorthwyydd yn unig
working-hours-empty = mae oriau gwaith angen o leiaf un diwrnod a dechrau cyn y diwedd
    .fix = e.e. {"{"}"days": ["Mon", "Tue"], "from": "09:00", "to": "17:00"{"}"}
text-control-character = mae nod rheoli anweledig yn hwn
    .fix = teipiwch y testun eto (gall copïo o raglen arall ddod â'r rhain); dim ond llinellau newydd a ganiateir
text-locating = mae'n edrych fel bod { $detail ->
        [postcode] cod post
        [street] cyfeiriad stryd
        [flat] rhif fflat neu dŷ
        [phone] rhif ffôn
        [email] cyfeiriad e-bost
       *[web] cyfeiriad gwe
    } yn hwn
    .fix = nid yw cynlluniau byth yn cynnwys cyfeiriadau, codau post, manylion cyswllt nac ardal y lleoliad: disgrifiwch y lle yn lle hynny ("y ganolfan deulu", "y parc")

## Trefniadau a'u hamserlenni

arrangement-with-nobody = nid yw'r trefniant gydag unrhyw un
    .fix = rhestrwch ddynodyddion y bobl
person-unknown = does dim person â'r dynodydd "{ $id }"
    .fix = defnyddiwch un o'r dynodyddion yn people: { $ids }
purpose-missing = does gan y trefniant ddim diben
    .fix = dywedwch mewn geiriau plaen pam mae'r amser teulu hwn wedi'i drefnu fel hyn
venue-missing = mae ymweliad angen lleoliad
    .fix = ychwanegwch venue gyda'i fath a disgrifiad fel "y ganolfan deulu"
start-skipped = nid yw { $time } yn bodoli yn y DU: mae'r clociau'n mynd ymlaen y noson honno
    .fix = dewiswch amser y tu allan i 01:00-02:00 y noson honno
start-repeated = mae { $time } yn digwydd ddwywaith yn y DU: mae'r clociau'n mynd yn ôl y noson honno
    .fix = dewiswch amser y tu allan i 01:00-02:00 y noson honno
duration-missing = rhaid i ymweliad neu alwad ddweud pa mor hir mae'n para
    .fix = ychwanegwch duration_minutes, e.e. 120 am ddwy awr
duration-impossible = nid yw { $minutes } munud yn hyd posibl i sesiwn
    .fix = defnyddiwch hyd rhwng 1 a { $max } munud
rule-no-sessions = nid yw'r rheol ailadrodd yn rhoi unrhyw sesiynau o gwbl
    .fix = gwiriwch ddiwrnodau a misoedd y rheol, e.e. nid yw BYMONTHDAY=31 byth yn disgyn ym mis Chwefror
change-reason-missing = does dim rheswm dros newid sy'n golygu llai o amser teulu ({ $kind ->
        [reduced] lleihau
        [suspended] atal
       *[ended] dod i ben
    })
    .fix = ysgrifennwch pam, mewn geiriau y gellir eu dangos i'r plentyn: dywedodd plant wrthym mai peidio â gwybod pam sy'n brifo fwyaf
changes-out-of-order = nid yw'r newidiadau yn nhrefn dyddiad
    .fix = rhestrwch newidiadau trefniant gyda'r hynaf yn gyntaf
until-not-suspension = dim ond ataliad sydd â dyddiad gorffen
    .fix = tynnwch until
suspension-ends-before-start = mae'r ataliad yn gorffen cyn iddo ddechrau
    .fix = gwiriwch y dyddiadau
resumed-not-suspended = mae amser teulu'n ailddechrau ond ni chafodd ei atal erioed
    .fix = ychwanegwch yr ataliad o'i flaen, neu defnyddiwch "started"

## Rheolau ailadrodd (RRULE RFC 5545)

rule-not-plain-text = mae gan y rheol ailadrodd nodau nad ydyn nhw byth mewn rheol
    .fix = { -rule-parts }
rule-too-long = mae'r rheol ailadrodd yn hwy na { $max } nod
    .fix = { -rule-parts }
rule-not-name-value = nid yw rhan { $position } o'r rheol ailadrodd wedi'i hysgrifennu fel ENW=GWERTH
    .fix = { -rule-parts }
rule-unknown-part = nid yw rhan { $position } o'r rheol ailadrodd yn un mae'r ap hwn yn ei darllen
    .fix = defnyddiwch y rhannau FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS a WKST yn unig
rule-time-of-day = byddai { $part } yn rhoi mwy nag un sesiwn y dydd, pob un ar ei amser ei hun
    .fix = gadewch BYHOUR, BYMINUTE a BYSECOND allan: amser y sesiwn yw dechrau'r amserlen; am ail sesiwn ar yr un diwrnod, ychwanegwch drefniant arall
rule-day-of-year = mae { $part } yn dewis diwrnodau mewn ffordd nad yw'r ap hwn yn ei darllen
    .fix = dewiswch ddiwrnodau gyda BYMONTH a BYMONTHDAY yn lle hynny, e.e. FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=19
rule-part-twice = mae { $part } wedi'i roi ddwywaith yn y rheol ailadrodd
    .fix = cadwch un rhan { $part }; rhestrwch sawl gwerth ynddi wedi'u gwahanu gan gomas
rule-no-freq = does gan y rheol ailadrodd ddim FREQ: nid yw'n dweud pa mor aml mae sesiynau'n ailadrodd
    .fix = { -how-freq }
rule-more-than-daily = mae'r rheol ailadrodd yn ailadrodd yn amlach nag unwaith y dydd
    .fix = mae amser teulu unwaith y dydd ar y mwyaf: ysgrifennwch FREQ=DAILY, WEEKLY, MONTHLY neu YEARLY, ac ychwanegwch drefniant arall am ail sesiwn ar yr un diwrnod
rule-bad-value = nid yw gwerth { $part } yn un y gall rheol ei gael
    .fix = { $part ->
        [FREQ] { -how-freq }
        [INTERVAL] { -how-interval }
        [COUNT] { -how-count }
        [UNTIL] { -how-until }
        [BYDAY] { -how-byday }
        [BYMONTHDAY] { -how-bymonthday }
        [BYMONTH] { -how-bymonth }
        [BYSETPOS] { -how-bysetpos }
       *[WKST] { -how-wkst }
    }
rule-interval-zero = ni fyddai INTERVAL=0 byth yn ailadrodd: mae cyfwng yn cyfrif diwrnodau, wythnosau, misoedd neu flynyddoedd rhwng sesiynau
    .fix = { -how-interval }
rule-count-zero = ni fyddai COUNT=0 yn rhoi unrhyw sesiynau
    .fix = { -how-count }
rule-count-and-until = mae gan y rheol ailadrodd COUNT ac UNTIL
    .fix = cadwch naill ai COUNT (faint o sesiynau) neu UNTIL (y diwrnod olaf), nid y ddau
rule-numbered-day-not-monthly = dim ond mewn rheol sy'n ailadrodd yn fisol neu'n flynyddol mae diwrnod â rhif yn BYDAY yn gweithio
    .fix = am y dydd Sadwrn cyntaf bob mis ysgrifennwch FREQ=MONTHLY;BYDAY=1SA; am bob dydd Sadwrn ysgrifennwch FREQ=WEEKLY;BYDAY=SA
rule-numbered-day-past-month = mae diwrnod â rhif yn BYDAY y tu allan i'r ystod: mae gan fis bump o bob diwrnod ar y mwyaf
    .fix = rhifwch ddiwrnodau o 1 i 5, neu -1 i -5 o ddiwedd y mis: BYDAY=-1SA yw'r dydd Sadwrn olaf
rule-numbered-day-past-year = mae diwrnod â rhif yn BYDAY y tu allan i'r ystod: mae gan flwyddyn 53 o bob diwrnod ar y mwyaf, neu 52 wedi'u cyfrif o'i diwedd
    .fix = rhifwch ddiwrnodau o 1 i 53, neu -1 i -52 o ddiwedd y flwyddyn, neu ychwanegwch BYMONTH i gyfrif o fewn mis: FREQ=YEARLY;BYMONTH=12;BYDAY=1SA
rule-fifth-from-end = dim ond mewn rheol sy'n ailadrodd bob mis mae BYDAY wedi'i gyfrif bump o ddiwedd y mis yn gweithio
    .fix = gadewch INTERVAL a BYSETPOS allan, neu cyfrifwch o ddechrau'r mis: BYDAY=1SA
rule-month-day-in-weekly = ni ellir defnyddio BYMONTHDAY mewn rheol wythnosol
    .fix = am ddiwrnodau'r mis ysgrifennwch FREQ=MONTHLY;BYMONTHDAY=1; am ddiwrnodau'r wythnos ysgrifennwch BYDAY=MO
rule-position-without-days = mae BYSETPOS angen BYDAY, BYMONTHDAY neu BYMONTH i ddewis o'u plith
    .fix = { -how-bysetpos }
rule-until-outside-years = mae UNTIL yn enwi blwyddyn y tu allan i { $from }-{ $to }, y blynyddoedd y caiff cynllun eu henwi
    .fix = ysgrifennwch ddiwrnod olaf y trefniant, rhwng { $from } a { $to }, e.e. UNTIL=20270731
rule-until-clock-change = mae UNTIL yn enwi amser mae'r clociau'n ei hepgor neu'n ei ailadrodd y noson honno
    .fix = gorffennwch y rheol ar y diwrnod hwnnw yn lle hynny: UNTIL=YYYYMMDD
rule-until-before-start = mae'r rheol ailadrodd yn gorffen (UNTIL) cyn i'w sesiwn gyntaf ddechrau
    .fix = gwnewch UNTIL yn ddyddiad y sesiwn olaf, ar ddechrau'r amserlen neu ar ei ôl, e.e. UNTIL=20270731

## Newidiadau i sesiynau unigol

arrangement-unknown = does dim trefniant â'r dynodydd "{ $id }"
    .fix = defnyddiwch un o'r rhain: { $ids }
session-change-twice = mae gan y sesiwn hon newid yn barod
    .fix = cadwch un newid i bob sesiwn: yr un diweddaraf
cancel-reason-missing = does dim rheswm dros ganslo'r sesiwn
    .fix = ysgrifennwch pam y cafodd ei chanslo, mewn geiriau y gellir eu dangos i'r plentyn
moved-to-missing = mae sesiwn wedi'i symud angen ei hamser newydd
    .fix = ychwanegwch moved_to
moved-to-skipped = nid yw { $time } yn bodoli yn y DU: mae'r clociau'n mynd ymlaen y noson honno
    .fix = dewiswch amser arall
moved-to-repeated = mae { $time } yn digwydd ddwywaith yn y DU: mae'r clociau'n mynd yn ôl y noson honno
    .fix = dewiswch amser arall
move-too-far = rhaid i symud newid yr amser, o { $days } diwrnod ar y mwyaf
    .fix = am newid hwy, canslwch y sesiwn hon ac ychwanegwch drefniant untro
moved-to-not-moved = dim ond sesiwn wedi'i symud sydd ag amser newydd
    .fix = tynnwch moved_to
who-not-missed = nid yw hwn yn rhywun roedd y sesiwn hon gyda nhw, neu ni chafodd y sesiwn ei cholli
    .fix = enwch berson o "with" y trefniant, a dim ond pan na ddigwyddodd y sesiwn
planned-no-session = does gan y trefniant ddim sesiwn am { $planned }
    .fix = defnyddiwch ddechrau arfaethedig sesiwn go iawn; yr agosaf yw { $nearest }
planned-no-session-near = does gan y trefniant ddim sesiwn am { $planned }
    .fix = defnyddiwch ddechrau arfaethedig sesiwn go iawn; does dim un o fewn { $days } diwrnod

## Pa mor bell mae cynllun yn cyrraedd

date-outside-years = mae'r dyddiad hwn y tu allan i { $from }-{ $to }, y blynyddoedd y caiff cynllun eu henwi
    .fix = gwiriwch y flwyddyn: mae cynlluniau'n ymwneud â'r blynyddoedd o gwmpas nawr
too-many-schedules = mae gan y cynllun fwy na { $max } o amserlenni, gan gyfrif "before" pob newid
    .fix = rhowch ddiwedd ar drefniadau sydd wedi gorffen a pheidiwch â'u cyhoeddi mwyach; cadwch "before" dim ond ar gyfer newidiadau mae'r plentyn angen eu gweld o hyd
too-many-sessions = mae'r trefniadau'n rhoi mwy na { $max } o sesiynau hyd at ddwy flynedd ar ôl cyhoeddi'r cynllun, mwy nag y dylai ffôn ei ddal
    .fix = rhowch ddiwedd ar drefniadau sydd wedi gorffen gyda newid "ended" neu UNTIL yn eu rheol, a gwiriwch reolau sy'n ailadrodd bob dydd

## Fersiwn newydd o'i chymharu â'r un sydd gan y plentyn

arrangement-dropped = roedd y trefniant "{ $arrangement }" yn fersiwn { $old } ac mae ar goll o fersiwn { $new }
    .fix = cadwch y trefniant ac ychwanegwch newid o'r math "ended" gyda'r rheswm, fel bod y plentyn yn cael gwybod pam
person-dropped = roedd "{ $person }" yn fersiwn { $old } ac mae ar goll o fersiwn { $new }
    .fix = cadwch y person a gosodwch ei statws (gyda status_reason) yn lle hynny: ni ddylai plentyn fyth weld rhywun wedi diflannu o'i gynllun heb air
status-reason-missing = yn fersiwn { $version } ni all y plentyn weld "{ $person }" ar hyn o bryd, a does dim rheswm wedi'i roi
    .fix = ychwanegwch status_reason mewn geiriau y gellir eu dangos i'r plentyn
less-family-time = mae fersiwn { $new } yn rhoi llai o amser teulu i'r plentyn yn "{ $arrangement }" na fersiwn { $old }, ac nid yw'n dweud dim am pam
    .fix = ychwanegwch newid o'r math "reduced", "suspended" neu "ended" gyda'r rheswm (a'r amserlen oedd yn berthnasol cynt), neu canslwch y sesiynau gyda rheswm
