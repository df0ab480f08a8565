# rights.ftl (en-GB): what the child can ask for, the words adults use, and who helps.
#
# Every message gets $band ("young" 4-7, "middle" 8-10, "older" 11-18) and
# $ftword (the child's own word for family time). *[older] is always the default.
# Say "you can ask", never "you will get". No phone numbers or addresses here:
# help right now (999, Childline) is shown by the safety screen, not in these words.
# Sources: seeds 000-004 (Staying Connected; Coram Voice; Camden; Northamptonshire; Kent).


## Rights cards.

# Variables: $band
rights-title =
    { $band ->
        [young] Things you can ask for
        [middle] Your rights
       *[older] Your rights
    }

# Variables: $band, $ftword
rights-intro =
    { $band ->
        [young] You matter. Grown-ups must listen to you. Here are things you can ask for.
        [middle] What you think about { $ftword } matters. Adults must listen to you. Here is what you can ask for, and who can help.
       *[older] Adults must find out what you want and feel about { $ftword }, and take it seriously when they plan. They also think about your age and what is safe. Here is what you can ask for, and who can help you ask.
    }

# Variables: $band
right-ask-to-see-title =
    { $band ->
        [young] You can ask to see someone
        [middle] Ask to see someone
       *[older] Asking to see someone
    }

# Variables: $band
right-ask-to-see-body =
    { $band ->
        [young] Do you miss someone? You can ask to see them. It could be Nan, a friend or a pet.
        [middle] If you miss someone, you can ask to see them or keep in touch. It could be a brother, a sister, Nan, a friend, a past carer or a pet.
       *[older] You can ask to see or keep in touch with anyone who matters to you. That includes brothers and sisters, grandparents, friends, past foster carers or a pet. Your wishes should be part of the plan, and if the answer is no, you should be told why.
    }

# Variables: $band
right-more-or-less-title =
    { $band ->
        [young] More or less time
        [middle] See someone more or less
       *[older] Asking for more or less
    }

# Variables: $band
right-more-or-less-body =
    { $band ->
        [young] You can ask to see someone more. You can ask to see someone less. Both are OK to ask.
        [middle] You can ask for more time with someone, or for less. You can also ask for longer visits, or video calls in between.
       *[older] You can ask to see someone more often, for longer visits, or for video calls in between. You can ask for help with travel costs too. If it feels like too much, you can ask for less.
    }

# Variables: $band
right-say-no-title =
    { $band ->
        [young] You can say no
        [middle] You can say no
       *[older] Saying no
    }

# Variables: $band, $ftword
right-say-no-body =
    { $band ->
        [young] If you don't want to go, you can say so. That is OK. Tell your carer or a grown-up you trust.
        [middle] If you don't want to see someone, you can say so. Adults should not make you go if you really don't want to. Tell your carer, your social worker or an advocate.
       *[older] You can say no to seeing someone, or ask for { $ftword } to stop. Your wishes must be taken seriously, and you should not be forced to see someone you strongly do not want to see. If you ever feel unsafe, tell someone straight away.
    }

# Variables: $band
right-time-or-place-title =
    { $band ->
        [young] A new time or place
        [middle] A different time or place
       *[older] A different time or place
    }

# Variables: $band, $ftword
right-time-or-place-body =
    { $band ->
        [young] You can ask for a different day or time. You can ask to meet somewhere else, like the park.
        [middle] If { $ftword } clashes with school or clubs, you can ask for a different time. You can ask to meet somewhere else too, not just a small room.
       *[older] You can ask for times that fit around school, clubs or work. You can ask for places that feel normal, like a park, a café or a home, not a small room. Your social worker should think about what suits you.
    }

# Variables: $band
right-advocate-title =
    { $band ->
        [young] Someone on your side
        [middle] Getting an advocate
       *[older] Getting an advocate
    }

# Variables: $band, $ftword
right-advocate-body =
    { $band ->
        [young] An advocate is a grown-up on your side. They help you say what you want. It is free.
        [middle] An advocate is on your side. They help you say what you want and make sure you are heard. It is free. Your social worker or carer can help you get one.
       *[older] An advocate is on your side and does not work for your social worker. They help you say what you want about { $ftword } or anything else, and make sure you are heard. It is free, and you have a right to one. Ask your social worker, your IRO or your carer, or a national service like Coram Voice or NYAS.
    }

# Variables: $band
right-review-title =
    { $band ->
        [young] Your plan gets checked
        [middle] Reviews
       *[older] Reviews of your plan
    }

# Variables: $band, $ftword
right-review-body =
    { $band ->
        [young] Grown-ups meet to check your plan is right for you. You can tell them what you think.
        [middle] Your plan is checked at meetings called reviews. The first is within 28 days, then within 3 months, then every 6 months. You can go, or share your views another way.
       *[older] Your care plan, including { $ftword }, is checked at meetings called reviews. The first is in your first 28 days in care, the next within 3 months, then one every 6 months. You can go to the meeting or tell them what you think another way. An advocate can help.
    }

# Variables: $band
right-iro-title =
    { $band ->
        [young] The person who checks your plan
        [middle] Your IRO
       *[older] Independent Reviewing Officer
    }

# Variables: $band, $name, $has-name (yes/no)
right-iro-body =
    { $has-name ->
        [yes]
            { $band ->
                [young] { $name } checks that your plan is right for you. They want to hear what you think.
                [middle] { $name } is your IRO. They run your reviews and check your plan is right for you. They can meet you on your own to hear what you think.
               *[older] { $name } is your IRO, short for Independent Reviewing Officer. They are not your social worker. They run the meetings where your plan is checked, and make sure it is right for you. You can talk to them on your own, and tell them if you are unhappy with your plan.
            }
       *[no]
            { $band ->
                [young] A grown-up checks that your plan is right for you. They want to hear what you think.
                [middle] You have an IRO. They run your reviews and check your plan is right for you. They can meet you on your own to hear what you think.
               *[older] Every child in care has an IRO, short for Independent Reviewing Officer. They are not your social worker. They run the meetings where your plan is checked, and make sure it is right for you. You can talk to them on your own. Your social worker can tell you who yours is.
            }
    }


## Glossary: the words adults use.

# Variables: $band
glossary-title =
    { $band ->
        [young] Words you might hear
        [middle] Words adults use
       *[older] Words adults use
    }

glossary-contact-word = Contact

# Variables: $band
glossary-contact-meaning =
    { $band ->
        [young] What some grown-ups call time with your mum or dad.
        [middle] Another word for family time. It means seeing or keeping in touch with your family.
       *[older] The word the law and many adults use for family time. It means any way of seeing or keeping in touch with family and people who matter to you.
    }

glossary-family-time-word = Family time

# Variables: $band
glossary-family-time-meaning =
    { $band ->
        [young] Time with your mum, dad and people you love.
        [middle] Time with your family or people who matter to you. It can be a visit, a call, or letters and photos.
       *[older] A kinder word for contact: any way you see or keep in touch with family and people who matter to you. You can choose your own word for it in this app.
    }

glossary-supervised-word = Supervised

# Variables: $band
glossary-supervised-meaning =
    { $band ->
        [young] A grown-up stays with you all the time. They keep you safe.
        [middle] A worker stays with you all the time. They keep you safe and write notes.
       *[older] A worker stays for the whole time, keeps everyone safe and writes notes about how it went. It is checked at your reviews.
    }

glossary-iro-word = IRO

# Variables: $band
glossary-iro-meaning =
    { $band ->
        [young] A grown-up who checks your plan is right for you.
        [middle] The person who runs your reviews and checks your plan is right for you.
       *[older] Short for Independent Reviewing Officer: the person who runs the meetings where your care plan is checked. They make sure what you want is heard.
    }

glossary-advocate-word = Advocate

# Variables: $band
glossary-advocate-meaning =
    { $band ->
        [young] A grown-up on your side. They help you say what you want.
        [middle] Someone on your side who helps you say what you want. It is free.
       *[older] Someone independent and on your side, who helps you say what you want and makes sure you are heard. It is free.
    }

glossary-care-plan-word = Care plan

# Variables: $band, $ftword
glossary-care-plan-meaning =
    { $band ->
        [young] The plan grown-ups make to look after you.
        [middle] The plan for your life in care: where you live, school, health and { $ftword }.
       *[older] The written plan for your life in care, including where you live, school, health and { $ftword }. Your views should be in it.
    }

glossary-review-word = Review

# Variables: $band
glossary-review-meaning =
    { $band ->
        [young] A meeting to check your plan is still right.
        [middle] A meeting to check your plan is still right for you.
       *[older] A meeting, run by your IRO, where your care plan is checked to make sure it is still right for you. You can go, or have your say another way.
    }


## Roles: who the helpers are ("your social worker") and what they do.

role-social-worker = your social worker
role-advocate = your advocate

# Variables: $band
role-independent-reviewing-officer =
    { $band ->
        [young] the person who checks your plan
        [middle] your IRO
       *[older] your IRO
    }

role-foster-carer = your foster carer
role-key-worker = your key worker
role-independent-visitor = your Independent Visitor
role-personal-adviser = your personal adviser

# Variables: $band, $ftword
role-explain-social-worker =
    { $band ->
        [young] Your social worker helps make plans for you. You can tell them what you want.
        [middle] Your social worker makes plans with you, like plans for { $ftword }. You can ask them questions and tell them what you want.
       *[older] Your social worker writes your care plan and arranges { $ftword }. They should listen to what you want and explain decisions to you. You can ask them anything, or ask for a change.
    }

# Variables: $band, $ftword
role-explain-advocate =
    { $band ->
        [young] An advocate is on your side. They help you say what you want.
        [middle] An advocate is only on your side. They help you say what you want and make sure adults listen.
       *[older] An advocate is independent and on your side only. They help you understand what is going on, say what you want, and be heard, at reviews and about { $ftword }. It is free.
    }

# Variables: $band
role-explain-independent-reviewing-officer =
    { $band ->
        [young] They check that your plan is right for you. They want to know what you think.
        [middle] Your IRO runs your reviews. They check your plan is right for you and listen to what you think.
       *[older] Your IRO is not your social worker. They run the meetings where your plan is checked, and make sure it is right for you. You can talk to them on your own, and tell them if you are unhappy.
    }

# Variables: $band, $ftword
role-explain-foster-carer =
    { $band ->
        [young] Your foster carer looks after you at home. They help you get ready. They talk with you after.
        [middle] Your foster carer looks after you. They help you get ready for { $ftword }. After, they talk with you about how it went.
       *[older] Your foster carer looks after you day to day. Part of their job is to help you get ready for { $ftword } and talk about how you feel after. You can tell them if something worries you.
    }

# Variables: $band, $ftword
role-explain-key-worker =
    { $band ->
        [young] Your key worker helps look after you where you live. You can talk to them.
        [middle] Your key worker helps look after you where you live. You can talk to them about { $ftword }.
       *[older] Your key worker is the main member of staff who looks after you where you live. They can help you get ready for { $ftword } and talk about how it went.
    }

# Variables: $band
role-explain-independent-visitor =
    { $band ->
        [young] This is a kind grown-up who visits you. You do fun things together. They come because they want to.
        [middle] An Independent Visitor is a volunteer who spends time with you, doing things you both like. They are not paid to see you. They choose to.
       *[older] An Independent Visitor is a volunteer who spends time with you, often doing things you both enjoy. For many young people they are the one adult not paid to be there. You can ask for one.
    }

# Variables: $band
role-explain-personal-adviser =
    { $band ->
        [young] This is a helper for big boys and girls. They help them get ready to leave care.
        [middle] This is a helper for young people aged 16 and over. They help them get ready to leave care.
       *[older] Your personal adviser helps you from about 16, as you get ready to leave care and after you leave. They can help you keep in touch with people who matter to you.
    }


## A helper's usual working hours.

# Variables: $band, $name, $days ("Monday to Friday"), $from, $to (times of day)
helper-hours =
    { $band ->
        [young] { $name } works { $days }, from { $from } to { $to }.
        [middle] { $name } works { $days }, from { $from } to { $to }. If you send a message at other times, it waits till then.
       *[older] { $name } usually works { $days }, { $from } to { $to }. Messages sent at other times may not be read until then.
    }
