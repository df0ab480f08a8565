## app.ftl (cy): beth sydd ar bob sgrin (y bar uchaf, y ddewislen, a yw'r sgrin yn
## gyfredol), symud o gwmpas y calendr, a'r negeseuon a anfonwyd.
## Gall pob neges gael $band a $ftword.

## Bob amser ar y sgrin. Label yw'r hyn mae darllenydd sgrin yn ei ddweud.

chrome-feel-unsafe = Dydw i ddim yn teimlo'n ddiogel
chrome-feel-unsafe-label = Dydw i ddim yn teimlo'n ddiogel. Dangos pwy all helpu nawr.
chrome-quick-exit = Gadael yn gyflym
chrome-quick-exit-label = Gadael yn gyflym. Cuddio'r ap hwn nawr.
chrome-back = Yn ôl
chrome-back-label = Mynd yn ôl
chrome-menu = Dewislen
chrome-menu-label = Agor y ddewislen

## Y ddewislen: pob lle gall y plentyn fynd.

place-home = Hafan
place-home-label = Mynd i'r sgrin hafan
place-week =
    { $band ->
        [young] Fy wythnos
       *[older] Wythnos
    }
place-week-label = Gweld yr wythnos hon
place-month =
    { $band ->
        [young] Fy mis
       *[older] Mis
    }
place-month-label = Gweld y mis hwn
place-changes =
    { $band ->
        [young] Beth sy'n wahanol
       *[older] Beth sydd wedi newid
    }
place-changes-label = Gweld beth sydd wedi newid
place-rights =
    { $band ->
        [young] Beth galla i ofyn amdano
       *[older] Fy hawliau
    }
place-rights-label =
    { $band ->
        [young] Gweld beth gelli di ofyn amdano, a phwy all helpu
       *[older] Gweld dy hawliau, geiriau mae oedolion yn eu defnyddio, a phwy yw pwy
    }
place-tell = Dweud wrth rywun
place-tell-label = Ysgrifennu at rywun sy'n gallu helpu
place-outbox =
    { $band ->
        [young] Fy negeseuon
       *[older] Negeseuon
    }
place-outbox-label =
    { $band ->
        [young] Gweld beth anfonaist ti, a beth ddywedon nhw yn ôl
       *[older] Gweld y negeseuon a anfonaist ti, ac unrhyw atebion
    }
place-notes =
    { $band ->
        [young] Fy nodiadau
       *[older] Nodiadau
    }
place-notes-label = Gweld dy nodiadau dy hun
place-settings = Gosodiadau
place-settings-label =
    { $band ->
        [young] Newid yr ap i dy siwtio di
       *[older] Newid dy iaith, dy oed, dy eiriau a'r nodiadau atgoffa
    }

## A yw beth sydd ar y sgrin yn gyfredol.

# "heddiw am 14:00", "ddoe am 14:00", "ar ddydd Sadwrn 28 Tachwedd" (MUTATE: "ar" softens "dydd").
# Variables: $days (days since), $time (a time-of-day text), $date (a date-long text)
sync-updated-when =
    { $days ->
        [0] heddiw am { $time }
        [1] ddoe am { $time }
       *[other] ar { MUTATE($date, type: "soft") }
    }
sync-not-joined =
    { $band ->
        [young] Dydy'r ffôn hwn ddim yn barod eto. Gofynna i dy weithiwr cymdeithasol am god.
       *[older] Dydy'r ffôn hwn ddim wedi'i osod eto. Gofynna i dy weithiwr cymdeithasol am god.
    }
sync-not-yet = Heb ddiweddaru eto.
# Variables: $when (a sync-updated-when text), $has-when ("yes" or "no")
sync-up-to-date =
    { $has-when ->
        [yes] Diweddarwyd { $when }
       *[no] Yn gyfredol
    }
# Variables: $when, $has-when
sync-offline =
    { $has-when ->
        [yes]
            { $band ->
                [young] Dydy'r ffôn ddim ar-lein. Mae hyn o { $when }.
               *[older] Rwyt ti all-lein. Diweddarwyd ddiwethaf { $when }.
            }
       *[no]
            { $band ->
                [young] Dydy'r ffôn ddim ar-lein.
               *[older] Rwyt ti all-lein.
            }
    }
sync-plan-refused =
    { $band ->
        [young] Daeth cynllun newydd, ond doedd e ddim yn iawn. Mae dy hen un gen ti o hyd.
        [middle] Daeth cynllun newydd, ond roedd rhywbeth o'i le arno. Mae dy hen un gen ti o hyd.
       *[older] Daeth cynllun newydd ond roedd rhywbeth o'i le arno, felly mae'r un o'r blaen gen ti o hyd.
    }
# Variables: $when, $has-when
sync-failed =
    { $has-when ->
        [yes]
            { $band ->
                [young] Wnaeth e ddim diweddaru. Mae hyn o { $when }. Byddwn ni'n trio eto cyn bo hir.
               *[older] Methu diweddaru nawr. Diweddarwyd ddiwethaf { $when }. Bydd yr ap yn trio eto cyn bo hir.
            }
       *[no]
            { $band ->
                [young] Wnaeth e ddim diweddaru. Byddwn ni'n trio eto cyn bo hir.
               *[older] Methu diweddaru nawr. Bydd yr ap yn trio eto cyn bo hir.
            }
    }

## Symud o gwmpas y calendr.

calendar-week-previous = Wythnos diwethaf
calendar-week-previous-label = Mynd i'r wythnos cynt
calendar-week-next = Wythnos nesaf
calendar-week-next-label = Mynd i'r wythnos wedyn
calendar-week-today = Yr wythnos hon
calendar-week-today-label = Mynd yn ôl i'r wythnos hon
calendar-week-switch = Mis
calendar-week-switch-label = Gweld y mis cyfan
calendar-month-previous = Mis diwethaf
calendar-month-previous-label = Mynd i'r mis cynt
calendar-month-next = Mis nesaf
calendar-month-next-label = Mynd i'r mis wedyn
calendar-month-today = Y mis hwn
calendar-month-today-label = Mynd yn ôl i'r mis hwn
calendar-month-switch = Wythnos
calendar-month-switch-label = Gweld un wythnos

# Diwrnod yn yr wythnos neu'r mis, i ddarllenydd sgrin.
# Variables: $date (a date-long text), $today ("yes" or "no"), $count (things on the day),
# $cancelled (sessions on it that are not going ahead)
day-label =
    { $today ->
        [yes] Heddiw, { $date }.
       *[no] { $date }.
    } { $count ->
        [0] Dim byd wedi'i drefnu.
        [one]
            { $cancelled ->
                [0] Un peth.
               *[other] Un peth. Fydd e ddim yn digwydd.
            }
       *[other]
            { $count } peth.{ $cancelled ->
                [0] {""}
                [one] {" "}Fydd un ddim yn digwydd.
               *[other] {" "}Fydd { $cancelled } ddim yn digwydd.
            }
    }

## Marciau wrth ymyl sesiwn yn yr wythnos neu'r mis: byth lliw yn unig.

mark-moved = Wedi symud
mark-cancelled =
    { $band ->
        [young] Ddim yn digwydd
       *[older] Wedi'i ganslo
    }
mark-did-not-happen = Ddim wedi digwydd
mark-suspended = Ar saib

## Y negeseuon a anfonwyd.

outbox-title =
    { $band ->
        [young] Fy negeseuon
       *[older] Dy negeseuon
    }
outbox-empty =
    { $band ->
        [young] Dwyt ti ddim wedi anfon neges eto.
        [middle] Dwyt ti ddim wedi anfon neges eto.
       *[older] Dwyt ti ddim wedi anfon unrhyw negeseuon eto.
    }
