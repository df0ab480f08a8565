## lock.ftl (en-GB): the app lock, a forgotten PIN, and how the app looks from outside.
## Every message may receive $band and $ftword.

lock-title =
    { $band ->
        [young] Type your PIN
       *[other] Enter your PIN
    }
lock-field = Your PIN
lock-wrong = That is not right. Try again.
# Variables: $minutes (whole minutes, at least 1)
lock-wait =
    { $minutes ->
        [1] Wait 1 minute. Then try again.
       *[other] Wait { $minutes } minutes. Then try again.
    }
lock-unlock = Open
lock-unlock-label = Open the app with this PIN
lock-biometrics = Use fingerprint or face
lock-biometrics-label = Use your face or finger to get in.
lock-forgot = I forgot my PIN
lock-forgot-label = I forgot my PIN. Get help.

pin-setup-title = Choose a PIN
pin-setup-rule =
    { $band ->
        [young] Pick 4 to 8 numbers. Keep them secret.
       *[other] Use 4 to 8 numbers. Don't tell anyone.
    }
pin-setup-field = New PIN
pin-setup-confirm = Type it again
pin-setup-bad = A PIN is 4 to 8 numbers. Try again.
pin-setup-differ = The two PINs are not the same. Try again.
pin-setup-save = Save
pin-setup-save-label = Save this PIN
pin-setup-cancel = Go back
pin-setup-cancel-label = Do not change the PIN

forgot-title = Forgot your PIN?
# Variables: $name (the social worker's first name)
forgot-explain-named =
    { $band ->
        [young] Ask { $name } for a code. Your things stay safe.
       *[other] Ask { $name } for a code. Everything you wrote stays safe.
    }
forgot-explain =
    { $band ->
        [young] Ask your social worker for a code. Your things stay safe.
       *[other] Ask your social worker for a code. Everything you wrote stays safe.
    }
forgot-field = Code
forgot-done = That worked. Now choose a new PIN.
forgot-submit = Check code
forgot-submit-label = Check this code

privacy-title = Keep it private
privacy-lock-heading = Lock
privacy-lock = Lock with a PIN
privacy-lock-explain = The app asks for your PIN when you open it.
privacy-change-pin = Change PIN
privacy-change-pin-label = Choose a new PIN
privacy-biometrics = Fingerprint or face
privacy-biometrics-explain = Open the app with your fingerprint or face. Your PIN still works.
privacy-disguise-heading = Name and picture
privacy-disguise-explain =
    { $band ->
        [young] Pick how the app looks on your phone.
       *[other] Choose how the app looks on your phone, so others don't know what it is.
    }
# Only an iPhone shows this: iOS can change an app's picture but never the name under it.
# Variables: $band
privacy-disguise-name-stays =
    { $band ->
        [young] On an iPhone, just the picture changes. The name stays.
       *[other] On an iPhone only the picture changes. The name under it stays Family Time.
    }
disguise-family-time = Family Time
disguise-family-time-label = Make the app look like Family Time
disguise-notes = Notes
disguise-notes-label = Make the app look like Notes
disguise-planner = Planner
disguise-planner-label = Make the app look like Planner
privacy-reminder-heading = Reminders
privacy-after-reminders = Ask me how it was
privacy-after-reminders-explain =
    { $band ->
        [young] We ask after you see someone. It never says who.
       *[other] A reminder after you see someone. It never says who.
    }
lock-biometrics-failed = That did not work. Use your PIN.
# Someone added a fingerprint or face to the phone since the child turned this on, so it
# no longer opens the app until they turn it on again.
# Variables: $band
lock-biometrics-changed =
    { $band ->
        [young] Someone added a new face or finger to this phone. So use your PIN. You can turn it on again in Settings.
       *[other] A new fingerprint or face was added to this phone. So it cannot open the app now. Use your PIN. You can turn it on again in Settings.
    }
