# changes.ftl (cy): "beth sydd wedi newid ers i ti edrych ddiwethaf", ar ôl i gynllun
# newydd gyrraedd.
#
# Mae pob neges yn cael $band a $ftword. Mae newidiadau sy'n golygu llai bob amser
# yn dod gyda rheswm y gweithiwr (reason-why) a geiriau'r newid ei hun (change-next-*).
# Names and roles arrive as they are and cannot mutate, so they sit where Welsh needs
# no mutation: as the subject, or after "yw" and "gyda".

# Variables: $band
changes-title =
    { $band ->
        [young] Mae rhywbeth wedi newid
        [middle] Beth sydd wedi newid
       *[older] Beth sydd wedi newid ers i ti edrych ddiwethaf
    }

# Variables: $band
changes-seen =
    { $band ->
        [young] Iawn
       *[older] Dw i wedi gweld hyn
    }

# Variables: $band, $names
changes-altered =
    { $band ->
        [young] Mae dy amser gyda { MUTATE($names, type: "aspirate") } wedi newid
       *[older] Mae dy gynllun ar gyfer amser gyda { MUTATE($names, type: "aspirate") } wedi newid
    }

# Variables: $band
changes-altered-next =
    { $band ->
        [young] Edrych ar y calendr i weld pryd. Gall dy ofalwr ddweud mwy wrthot ti.
        [middle] Edrych ar y calendr i weld y diwrnodau a'r amseroedd newydd. Gelli di ofyn i dy weithiwr cymdeithasol amdano.
       *[older] Mae dy galendr yn dangos y diwrnodau, yr amseroedd a'r manylion newydd. Os nad yw rhywbeth yn gweithio i ti, gelli di ofyn i dy weithiwr cymdeithasol am newid.
    }

# Variables: $band, $rhythm
changes-how-often-now =
    { $band ->
        [young] Nawr mae'n digwydd { $rhythm }.
       *[older] O hyn ymlaen, mae'n digwydd { $rhythm }.
    }

# Variables: $band, $name
changes-person =
    { $band ->
        [young] Newyddion: { $name }
       *[older] Newyddion am dy gynllun: { $name }
    }

# Variables: $band, $name
changes-can-see-again =
    { $band ->
        [young] Cei di weld { $name } eto.
        [middle] Cei di weld { $name } eto. Edrych ar y calendr i weld pryd.
       *[older] Cei di weld { $name } eto. Bydd dy galendr yn dangos pryd.
    }

# Variables: $band, $name, $role
changes-new-helper = { $name } yw { $role } nawr.

# Variables: $band, $name, $role
changes-helper-left = Nid { $name } yw { $role } bellach.

# Variables: $band
changes-helper-left-next =
    { $band ->
        [young] Mae oedolion eraill yma o hyd i dy helpu di. Gall dy ofalwr ddweud pwy.
        [middle] Bydd rhywun arall yn dy helpu di nawr. Gelli di ddefnyddio Dweud wrth rywun unrhyw bryd.
       *[older] Mae dy gynllun yn dangos pwy sy'n gallu dy helpu di nawr. Gelli di ddefnyddio Dweud wrth rywun unrhyw bryd, a gelli di ofyn am eiriolwr.
    }
